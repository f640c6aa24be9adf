import type { Finding } from '../detect/types.js';
import { targetFor, type Target } from './languages.js';
import { assignedName, conventionalName } from './names.js';

export type FixCandidate = Pick<Finding, 'line' | 'column' | 'ruleId' | 'provider' | 'title' | 'fingerprint'> & { secret: string };

/** One literal replaced by an environment read. `value` is the secret's whole literal (a URL holding a password moves whole). */
export interface Rewrite {
  fingerprint: string;
  line: number;
  name: string;
  value: string;
  expression: string;
}

/** A finding fix leaves to the user, with why and what to do. */
export interface Manual {
  fingerprint: string;
  line: number;
  reason: string;
}

export interface FileRewrite {
  text: string;
  rewrites: Rewrite[];
  manual: Manual[];
  target?: Target;
  /** Each changed line as it was and as it is, for applying the same edit to another copy of the file (the working tree). */
  edits: { before: string; after: string }[];
}

/** The longest line fix edits: longer ones are minified or generated code, where a rewrite is no one's to review. */
const MAX_LINE = 1000;

interface Span {
  line: number;
  start: number;
  end: number;
  content: string;
  quote: string;
}

/**
 * Replaces each finding's literal in a file by the language's environment read, or says why not.
 * `nameFor(desired, value)` picks the variable name (reusing the name .env already has for the value,
 * never overwriting another value: fix/dotenv.ts). Pure: the caller reads and writes.
 */
export function rewriteFile(path: string, text: string, findings: FixCandidate[], nameFor: (desired: string, value: string) => string): FileRewrite {
  const target = targetFor(path);
  const out: FileRewrite = { text, rewrites: [], manual: [], edits: [], ...(target ? { target } : {}) };
  if (!target) {
    for (const f of findings) out.manual.push({ fingerprint: f.fingerprint, line: f.line, reason: noTargetReason(path) });
    return out;
  }
  const lines = text.split('\n');
  const spans: { span: Span; findings: FixCandidate[] }[] = [];
  for (const f of findings) {
    const found = locate(lines, f, target);
    if (typeof found === 'string') {
      out.manual.push({ fingerprint: f.fingerprint, line: f.line, reason: found });
      continue;
    }
    const same = spans.find((s) => s.span.line === found.line && s.span.start === found.start);
    if (same) same.findings.push(f);
    else spans.push({ span: found, findings: [f] });
  }
  // Last first, so earlier positions stay valid.
  spans.sort((a, b) => b.span.line - a.span.line || b.span.start - a.span.start);
  const names: string[] = [];
  for (const { span, findings: fs } of spans) {
    const f = fs[0]!;
    const raw = lines[span.line]!;
    const assigned = assignedName(raw.slice(0, span.start));
    // A password in a connection string becomes its own variable where the language can build the string.
    const url = URL_PASSWORD.exec(span.content);
    const split = url && url[2] === f.secret ? splitUrl(target, span, url[1]!, url[3]!) : undefined;
    const desired = split ? passwordName(assigned) : (assigned ?? conventionalName(f, span.content));
    const value = split ? f.secret : span.content;
    const name = nameFor(target.envName ? target.envName(desired) : desired, value);
    const expression = target.expression(name);
    let replacement: string;
    if (split) replacement = split(expression);
    else if (target.keepQuotes && span.quote && !(target.id === 'shell' && span.quote === "'")) replacement = `${span.quote}${expression}${span.quote}`;
    else if (target.id === 'shell') replacement = `"${expression}"`;
    else replacement = expression;
    const after = raw.slice(0, span.start) + replacement + raw.slice(span.end);
    out.edits.push({ before: raw, after });
    lines[span.line] = after;
    names.push(name);
    for (const x of fs) out.rewrites.push({ fingerprint: x.fingerprint, line: x.line, name, value, expression });
  }
  let result = lines.join('\n');
  if (target.prepare) for (const n of new Set(names)) result = target.prepare(result, n);
  out.text = result;
  return out;
}

/** `scheme://user:PASSWORD@rest`: the text before the password, the password, and from the `@` on. */
const URL_PASSWORD = /^([a-z][a-z0-9+.-]{0,30}:\/\/[^:@/\s]{0,200}:)([^@\s]{1,500})(@.*)$/i;

/** `DATABASE_URL` → `DATABASE_PASSWORD`, `db` → `DB_PASSWORD`, nothing → `DATABASE_PASSWORD`. */
function passwordName(assigned: string | undefined): string {
  if (!assigned) return 'DATABASE_PASSWORD';
  const base = assigned.replace(/_(?:URL|URI|DSN|CONNECTION_STRING|CONN_STR|CONNECTION)$/, '');
  return /PASSWORD$/.test(base) ? base : `${base}_PASSWORD`;
}

/**
 * The literal rebuilt around an environment read of the password alone, in the language's own way of
 * building a string (template, f-string, interpolation, concatenation, the format's `${}`), or
 * undefined where the text around it would need escaping: then the whole URL moves.
 */
function splitUrl(target: Target, span: Span, before: string, after: string): ((expr: string) => string) | undefined {
  const q = span.quote;
  const clean = (chars: RegExp) => !chars.test(before) && !chars.test(after);
  switch (target.id) {
    case 'js':
      return clean(/[`$\\]/) ? (e) => `\`${before}\${${e}}${after}\`` : undefined;
    case 'python':
      return clean(/[{}"'\\]/) ? (e) => `f"${before}{${e.replace(/"/g, "'")}}${after}"` : undefined;
    case 'ruby':
      return clean(/["#\\]/) ? (e) => `"${before}#{${e}}${after}"` : undefined;
    case 'terraform':
      return clean(/[$%"\\]/) ? (e) => `"${before}\${${e}}${after}"` : undefined;
    case 'go':
    case 'jvm':
    case 'csharp':
      return q ? (e) => `${q}${before}${q} + ${e} + ${q}${after}${q}` : undefined;
    case 'php':
    case 'laravel':
      return q ? (e) => `${q}${before}${q} . ${e} . ${q}${after}${q}` : undefined;
    case 'shell':
      // Inside double quotes the shell expands ${NAME}; single-quoted text is taken as written.
      return clean(/["$`\\]/) ? (e) => `"${before}${e}${after}"` : undefined;
    case 'compose':
    case 'spring':
    case 'actions':
      return clean(/\$/) ? (e) => `${q}${before}${e}${after}${q}` : undefined;
    default:
      return undefined;
  }
}

function noTargetReason(path: string): string {
  if (/\.(?:json|ya?ml|toml|xml|ini|cfg|conf|csv|txt|md)$/i.test(path)) return 'a data or configuration file read as data: no environment variable reaches it';
  return 'a kind of file fix has no safe rewrite for';
}

/** The string literal (or configuration value) that holds the finding's secret, or why there is none. */
function locate(lines: string[], f: FixCandidate, target: Target): Span | string {
  const li = f.line - 1;
  const raw = lines[li];
  if (raw === undefined || f.line < 1) return 'not on a line of the file';
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.length > MAX_LINE) return 'a line of minified or generated code';
  let at = line.indexOf(f.secret, Math.max(0, f.column - 1));
  if (at < 0) at = line.indexOf(f.secret);
  if (at < 0) return 'the value spans lines or is encoded';
  const end = at + f.secret.length;
  for (let i = at - 1; i >= 0; i--) {
    const q = line[i]!;
    if (!target.quotes.includes(q) || line[i - 1] === '\\') continue;
    const close = line.indexOf(q, end);
    if (close < 0) continue;
    const content = line.slice(i + 1, close);
    if (content.includes('\\')) return 'the literal has escape sequences: its value is not the text as written';
    if (q === '`' && content.includes('${')) return 'a template literal that interpolates';
    if (target.id === 'python' && /[fFbB][rR]?$|[rR][fFbB]$/.test(line.slice(0, i))) return 'an f-string or bytes literal';
    if (target.id === 'csharp' && /[@$]$/.test(line.slice(0, i))) return 'a verbatim or interpolated string';
    // `- "API_KEY=value"` (compose's list form, a shell word): only the value is the variable's.
    const assignment = target.keepQuotes ? /^[A-Za-z_][\w.-]*=/.exec(content) : null;
    if (assignment && at > i + assignment[0].length) return { line: li, start: i + 1 + assignment[0].length, end: close, content: content.slice(assignment[0].length), quote: '' };
    return { line: li, start: i, end: close + 1, content, quote: q };
  }
  if (target.scalar) {
    // `key: value  # comment`: the value runs to the first whitespace before a `#`, or to the line's end.
    const head = /^\s*(?:-\s+)?(?:export\s+)?["']?[\w.-]+["']?\s*[:=]\s*/.exec(line);
    if (head) {
      const rest = line.slice(head[0].length);
      const comment = rest.search(/\s#/);
      const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
      if (value && value.includes(f.secret) && !/^[|>&*!]/.test(value)) return { line: li, start: head[0].length, end: head[0].length + value.length, content: value, quote: '' };
    }
  }
  return 'not in a string literal fix can replace';
}
