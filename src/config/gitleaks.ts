import { readFileSync } from 'node:fs';
import { LeakguardError } from '../errors.js';
import { lazyRequire } from '../lazy-require.js';
import { BUILTIN_RULE_IDS } from '../rules/families.generated.js';
import type { Rule } from '../detect/types.js';
import type { Config } from './schema.js';

/**
 * Reads a gitleaks configuration (.gitleaks.toml, https://github.com/gitleaks/gitleaks#configuration)
 * so a team can switch without rewriting its rules and allowlists:
 *
 *   [[rules]] id, description, regex, secretGroup, entropy, keywords, path,
 *             [[rules.allowlists]] (or the older [rules.allowlist])
 *   [[allowlists]] (or the older [allowlist]): paths, regexes, stopwords, commits, regexTarget
 *   [extend] useDefault: leakguard's own catalog is always on, which covers it
 *
 * gitleaks uses Go regular expressions; the common differences are translated
 * ((?i) and friends become flags, (?P<n> becomes (?<n>, \A \z, POSIX classes).
 * Whatever cannot be mapped is listed, never silently dropped.
 */
export interface GitleaksImport {
  rules: Rule[];
  allow: { pathRegexes: RegExp[]; regexes: RegExp[]; stopwords: string[]; commits: string[]; lineRegexes: RegExp[] };
  notes: string[];
}

const POSIX: Record<string, string> = {
  alnum: 'A-Za-z0-9', alpha: 'A-Za-z', digit: '0-9', lower: 'a-z', upper: 'A-Z', space: '\\s', xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', word: '\\w',
};

/**
 * RE2's `\Q…\E` quoted literals (on one line), escaped for JavaScript; scanned by hand: `/\\Q(.*?)\\E/g` retries
 * from every `\Q` that has no `\E` after it.
 */
function quoteLiterals(s: string): string {
  let out = '';
  let from = 0;
  for (let q = s.indexOf('\\Q'); q >= 0; q = s.indexOf('\\Q', q + 2)) {
    if (q < from) continue;
    const e = s.indexOf('\\E', q + 2);
    const newline = s.indexOf('\n', q + 2);
    if (e < 0) break;
    if (newline >= 0 && newline < e) continue;
    out += s.slice(from, q) + s.slice(q + 2, e).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    from = e + 2;
  }
  return out + s.slice(from);
}

/** Translates a Go (RE2) pattern to a JavaScript RegExp, or explains why it cannot. */
export function goRegexToJs(src: string, extraFlags = ''): { regex?: RegExp; problem?: string } {
  let s = src;
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(s);
  if (lead) {
    if (lead[1]!.includes('U')) return { problem: 'uses the (?U) ungreedy flag, which JavaScript lacks' };
    flags += lead[1]!;
    s = s.slice(lead[0].length);
  }
  if (/\(\?[imsU]+\)/.test(s)) {
    // A flag switched on mid-pattern: applying it to the whole pattern is the closest JavaScript can do.
    for (const m of s.matchAll(/\(\?([ims]+)\)/g)) for (const f of m[1]!) if (!flags.includes(f)) flags += f;
    s = s.replace(/\(\?[ims]+\)/g, '');
  }
  s = s.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$');
  s = s.replace(/\[:(\w+):\]/g, (m, name: string) => POSIX[name] ?? m);
  s = quoteLiterals(s);
  try {
    return { regex: new RegExp(s, [...new Set((flags + extraFlags).split(''))].join('')) };
  } catch (e) {
    return { problem: `is not a valid JavaScript regular expression after translation (${(e as Error).message})` };
  }
}

type Table = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');

export function importGitleaks(path: string): GitleaksImport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LeakguardError(`cannot read gitleaks config ${path}: ${(e as Error).message}`);
  }
  let doc: Table;
  try {
    const { parse } = lazyRequire<typeof import('smol-toml')>('smol-toml');
    doc = parse(text) as Table;
  } catch (e) {
    throw new LeakguardError(`invalid gitleaks config ${path}: ${(e as Error).message}`);
  }
  const notes: string[] = [];
  const out: GitleaksImport = { rules: [], allow: { pathRegexes: [], regexes: [], stopwords: [], commits: [], lineRegexes: [] }, notes };

  const addAllowlist = (a: Table, where: string, target: GitleaksImport['allow'] | undefined, rule?: { stopwords: string[]; regexes: RegExp[]; lineRegexes: RegExp[]; paths: RegExp[] }) => {
    const condition = typeof a.condition === 'string' ? a.condition.toUpperCase() : 'OR';
    if (condition === 'AND') notes.push(`${where}: condition = "AND" is treated as "OR" (each entry allows on its own)`);
    const targetKind = typeof a.regexTarget === 'string' ? a.regexTarget : 'secret';
    for (const [i, r] of strs(a.regexes).entries()) {
      const { regex, problem } = goRegexToJs(r);
      if (!regex) notes.push(`${where}.regexes[${i}] ${problem}`);
      else (targetKind === 'line' ? (rule?.lineRegexes ?? target!.lineRegexes) : (rule?.regexes ?? target!.regexes)).push(regex);
    }
    for (const [i, p] of strs(a.paths).entries()) {
      const { regex, problem } = goRegexToJs(p);
      if (!regex) notes.push(`${where}.paths[${i}] ${problem}`);
      else (rule?.paths ?? target!.pathRegexes).push(regex);
    }
    (rule?.stopwords ?? target!.stopwords).push(...strs(a.stopwords).map((w) => w.toLowerCase()));
    if (strs(a.commits).length) {
      if (rule) notes.push(`${where}.commits: per-rule commit allowlists are applied to all rules`);
      out.allow.commits.push(...strs(a.commits));
    }
  };

  for (const [i, a] of [...arr(doc.allowlists), ...arr(doc.allowlist)].entries()) addAllowlist(a as Table, `allowlists[${i}]`, out.allow);
  const extend = doc.extend as Table | undefined;
  if (extend && typeof extend.path === 'string') notes.push(`[extend] path = "${extend.path}": extending another config file is not followed; merge it into this one`);
  if (extend && strs(extend.disabledRules).length) notes.push(`[extend] disabledRules (${strs(extend.disabledRules).join(', ')}) name gitleaks rules; disable the matching leakguard rules in leakguard.config.json "disabledRules"`);

  for (const [i, raw] of arr(doc.rules).entries()) {
    const r = raw as Table;
    const given = typeof r.id === 'string' ? r.id : `gitleaks-rule-${i}`;
    const where = `rules[${i}] (${given})`;
    // A built-in id would borrow that rule's verifier (leakguard verify would send what this rule captures to that provider).
    const id = BUILTIN_RULE_IDS.has(given) ? `gitleaks.${given}` : given;
    if (id !== given) notes.push(`${where}: "${given}" is a leakguard rule's id; imported as "${id}"`);
    if (typeof r.regex !== 'string') {
      if (typeof r.path === 'string') notes.push(`${where}: path-only rules (no regex) are covered by leakguard's sensitive-file rules; not imported`);
      else notes.push(`${where}: no regex; not imported`);
      continue;
    }
    const { regex, problem } = goRegexToJs(r.regex, 'g');
    if (!regex) {
      notes.push(`${where}: regex ${problem}; not imported`);
      continue;
    }
    const local = { stopwords: [] as string[], regexes: [] as RegExp[], lineRegexes: [] as RegExp[], paths: [] as RegExp[] };
    for (const [j, a] of [...arr(r.allowlists), ...arr(r.allowlist)].entries()) addAllowlist(a as Table, `${where}.allowlists[${j}]`, undefined, local);
    let pathRe: RegExp | undefined;
    if (typeof r.path === 'string') {
      const p = goRegexToJs(r.path);
      if (p.regex) pathRe = p.regex;
      else notes.push(`${where}.path ${p.problem}; the rule applies to every path`);
    }
    const rule: Rule = {
      id,
      title: typeof r.description === 'string' ? r.description : id,
      provider: 'gitleaks config',
      keywords: strs(r.keywords).map((k) => k.toLowerCase()).filter((k) => /^[\x20-\x7e]+$/.test(k)),
      regex,
      confidence: 'high',
      playbook: 'generic',
      tps: () => [],
      fps: [],
    };
    if (typeof r.secretGroup === 'number') rule.secretGroup = r.secretGroup;
    if (typeof r.entropy === 'number') rule.entropy = r.entropy;
    if (pathRe) rule.appliesTo = (p) => pathRe!.test(p) && !local.paths.some((re) => re.test(p));
    else if (local.paths.length) rule.appliesTo = (p) => !local.paths.some((re) => re.test(p));
    if (local.stopwords.length || local.regexes.length || local.lineRegexes.length) {
      rule.validate = (secret, { line }) =>
        !local.stopwords.some((w) => secret.toLowerCase().includes(w)) && !local.regexes.some((re) => re.test(secret)) && !local.lineRegexes.some((re) => re.test(line));
    }
    out.rules.push(rule);
  }
  for (const key of Object.keys(doc)) if (!['title', 'description', 'rules', 'allowlist', 'allowlists', 'extend'].includes(key)) notes.push(`"${key}" is not a gitleaks setting leakguard knows; ignored`);
  return out;
}

/** Applies an import to a config: gitleaks rules added, allowlists merged. */
export function mergeGitleaks(config: Config, g: GitleaksImport): Config {
  config.rules.push(...g.rules);
  config.allow.regexes.push(...g.allow.regexes);
  config.allow.pathRegexes.push(...g.allow.pathRegexes);
  config.allow.stopwords.push(...g.allow.stopwords);
  config.allow.commits.push(...g.allow.commits);
  config.allow.lineRegexes.push(...g.allow.lineRegexes);
  return config;
}

/**
 * gitleaks' default rule ids for the same credentials, so entries of a
 * .gitleaksignore (`[commit:]file:rule-id:line`) keep suppressing the same findings.
 */
export const GITLEAKS_RULE_IDS: Record<string, string> = {
  'aws-access-token': 'aws-access-key-id',
  'github-pat': 'github-ghp',
  'github-oauth': 'github-gho',
  'github-app-token': 'github-ghs',
  'github-refresh-token': 'github-ghr',
  'github-fine-grained-pat': 'github-fine-grained-pat',
  'gitlab-pat': 'gitlab-pat',
  'slack-bot-token': 'slack-bot-token',
  'slack-user-token': 'slack-user-token',
  'slack-webhook-url': 'slack-webhook-url',
  'stripe-access-token': 'stripe-secret-key',
  'gcp-api-key': 'gcp-api-key',
  'private-key': 'private-key',
  jwt: 'jwt',
  'npm-access-token': 'npm-access-token',
  'pypi-upload-token': 'pypi-upload-token',
  'sendgrid-api-token': 'sendgrid-api-key',
  'twilio-api-key': 'twilio-api-key',
  'openai-api-key': 'openai-api-key',
  'anthropic-api-key': 'anthropic-api-key',
  'generic-api-key': 'generic-secret-assignment',
};

export interface GitleaksIgnore {
  commit?: string;
  file: string;
  ruleId: string;
  line: number;
}

/** Parses .gitleaksignore: one fingerprint per line, `#` comments. */
export function parseGitleaksIgnore(text: string): GitleaksIgnore[] {
  const out: GitleaksIgnore[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const parts = line.split(':');
    if (parts.length < 3) continue;
    const lineNo = Number(parts.pop());
    const rule = parts.pop()!;
    const commit = parts.length > 1 && /^[0-9a-f]{7,64}$/.test(parts[0]!) ? parts.shift() : undefined;
    const file = parts.join(':');
    out.push({ ...(commit ? { commit } : {}), file, ruleId: GITLEAKS_RULE_IDS[rule] ?? rule, line: lineNo });
  }
  return out;
}
