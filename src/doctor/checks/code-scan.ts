import type { DoctorContext } from '../context.js';
import { isTestFile } from './env-example.js';
import { trimEndOf } from '../../trim.js';

/** Identifiers and lookups that hold a secret: `password`, `apiKey`, `process.env.DB_PASSWORD`, `os.environ["TOKEN"]`. */
export const SECRET_REF =
  /\b(?:[A-Za-z_$][\w$]*?(?:password|passwd|secret|token|api_?key|apikey|private_?key|credential|auth_?key)[\w$]*|process\.env\.[A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL)[A-Z0-9_]*|os\.environ\[['"][A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY)[A-Z0-9_]*['"]\]|os\.getenv\(['"][A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN|KEY)[A-Z0-9_]*['"]\))/i;

/** Names that look secret but are about secrets (counts, lengths, flags): not a leak when logged. */
const SAFE_NAME = /(?:length|count|expir\w{0,12}|ttl|type|name|url|path|hint|required|valid\w{0,12}|present|set|exists|prefix|masked|redacted|hash|fingerprint|id)$/i;

/**
 * The argument text with string literals emptied, keeping template
 * interpolations: `Error('DB_PASSWORD is not set')` names a variable, it does
 * not leak one; `Error(\`… ${password}\`)` does.
 */
function codeOnly(s: string): string {
  return s
    .replace(/`(?:\\.|[^`\\])*`/g, (t) => ' ' + (t.match(/\$\{[^{}]*\}/g) ?? []).join(' ') + ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, '""');
}

/**
 * The call's argument text: the rest of its line, continued onto following
 * lines while parentheses stay open (a call split over lines, as formatters
 * write long ones), up to eight lines.
 */
function callArguments(lines: string[], i: number, from: number): string {
  let text = lines[i]!.slice(from);
  let depth = 1 + count(text, '(') - count(text, ')');
  for (let j = i + 1; depth > 0 && j < lines.length && j <= i + 8; j++) {
    text += ' ' + lines[j]!;
    depth += count(lines[j]!, '(') - count(lines[j]!, ')');
  }
  return text;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let k = s.indexOf(ch); k !== -1; k = s.indexOf(ch, k + 1)) n++;
  return n;
}

export interface CodeHit {
  file: string;
  line: number;
  text: string;
}

/**
 * Lines of code where `call` (a pattern for a logging call, a throw, a
 * response) takes an argument that names a secret. Judged on the call's own
 * line, which is where such code almost always is.
 */
export async function findCallsWithSecrets(ctx: DoctorContext, call: RegExp, refs: RegExp = SECRET_REF): Promise<CodeHit[]> {
  const hits: CodeHit[] = [];
  for (const f of await ctx.codeFiles()) {
    if (isTestFile(f)) continue;
    const text = ctx.read(f);
    if (!text) continue;
    const lines = text.split('\n');
    const held = new HeldSecrets(refs);
    lines.forEach((line, i) => {
      // Comments and regex literals talk about calls; they do not make them.
      if (/^\s*(?:\/\/|\/?\*|#)/.test(line) || /^\s*(?:const|let|var)\s+\w+\s*=\s*\//.test(line)) return;
      held.see(line);
      const m = call.exec(line);
      if (!m) return;
      const args = codeOnly(callArguments(lines, i, m.index + m[0].length));
      const ref = refs.exec(args) ?? held.find(args);
      if (!ref) return;
      const name = trimEndOf(ref[0].replace(/^.*[.[(]['"]?/, ''), `'")]`);
      // A connection URL carries its password, so "…Url" is not safe there.
      if (SAFE_NAME.test(name) && !/database_?url|db_?url|mongo_?uri|redis_?url/i.test(name)) return;
      hits.push({ file: f, line: i + 1, text: line.trim().slice(0, 120) });
    });
  }
  return hits;
}

/** `const key = process.env.STRIPE_KEY`, `token = os.environ["TOKEN"]`, `let k = config.password`: a plain name given a secret. */
const ASSIGNMENT = /^(\s*)(?:(?:export\s+)?(?:const|let|var|final|val)\s+)?([A-Za-z_$][\w$]{0,60})\s*(?::\s*[\w$<>|.](?:[\w$<>|. ]{0,38}[\w$<>|.])?\s*)?=(?!=)\s*(\S.{0,299})$/;

/**
 * Local names that hold a secret because they were assigned one (an environment read, a
 * secret-named value), from that line until the block they were declared in ends (a line
 * indented less): `const key = process.env.STRIPE_KEY; console.log('starting', key)` logs the
 * key under a name that says nothing. Indentation stands for the function's scope, which is
 * what formatted code in every common language shows.
 */
class HeldSecrets {
  private readonly names: { name: string; indent: number }[] = [];
  constructor(private readonly refs: RegExp) {}

  see(line: string): void {
    if (line.trim() === '') return;
    const indent = line.length - line.trimStart().length;
    // Leaving a block ends the names declared in it (a closing brace at the block's own level too).
    for (let k = this.names.length - 1; k >= 0; k--) if (indent < this.names[k]!.indent) this.names.splice(k, 1);
    const m = ASSIGNMENT.exec(line);
    if (!m) return;
    const [, lead = '', name = '', value = ''] = m;
    const at = this.names.findIndex((n) => n.name === name);
    if (at >= 0) this.names.splice(at, 1);
    if (SAFE_NAME.test(name) || !(this.refs.exec(codeOnly(value)) ?? this.find(codeOnly(value)))) return;
    this.names.push({ name, indent: lead.length });
  }

  /** The first held name used in `code`, as a match (index 0: the name). */
  find(code: string): RegExpExecArray | null {
    for (const { name } of this.names) {
      const m = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`).exec(code);
      if (m) return m;
    }
    return null;
  }
}
