import { lazyRequire } from '../lazy-require.js';
import { LeakguardError } from '../errors.js';
import type { Confidence, Rule } from '../detect/types.js';
import { BUILTIN_RULE_IDS } from '../rules/families.generated.js';

/** User configuration, after validation. */
export interface Config {
  /** Where it came from, for messages. */
  source?: string;
  allow: {
    /** minimatch globs of repository paths never scanned. */
    paths: string[];
    /** Regexes; a secret matching one is allowed. */
    regexes: RegExp[];
    /** Exact values that are allowed (test fixtures, public sample values). */
    values: string[];
    /** Imported from gitleaks: path regexes, stopwords, commits and line regexes that allow. */
    pathRegexes: RegExp[];
    stopwords: string[];
    commits: string[];
    lineRegexes: RegExp[];
  };
  /** Rule ids turned off. */
  disabledRules: string[];
  /** Extra rules, same model as the built-in ones. */
  rules: Rule[];
  /** False (`--no-inline-allow`): inline markers, ours and other scanners', allow and demote nothing. */
  inlineAllow?: boolean;
  /**
   * Files (or staged additions) larger than this are not scanned: listed in every
   * mode, and in hook modes (staged, pre-push, pre-receive) they block. Anything
   * smaller is scanned, large files in overlapping pieces.
   */
  maxFileSize: number;
  /** Findings below this confidence are not reported. */
  minConfidence: Confidence;
  /** Findings at or above this confidence fail the scan (block the commit); lower ones are warnings. */
  failOn: Confidence;
  /** Things the user should know about how the config was read (gitleaks migration notes). */
  notices?: string[];
  /** `--verify` on the commit path (scan --staged) sends what it finds to the provider: off unless set here. */
  verify: { inHooks: boolean };
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

export function defaultConfig(): Config {
  return { allow: { paths: [], regexes: [], values: [], pathRegexes: [], stopwords: [], commits: [], lineRegexes: [] }, disabledRules: [], rules: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, minConfidence: 'low', failOn: 'low', verify: { inHooks: false } };
}

const CONFIDENCES = ['low', 'medium', 'high'];
const TOP_KEYS = ['$schema', 'allow', 'disabledRules', 'rules', 'maxFileSize', 'minConfidence', 'failOn', 'verify'];
const RULE_KEYS = ['id', 'title', 'provider', 'regex', 'flags', 'keywords', 'secretGroup', 'entropy', 'confidence', 'playbook', 'paths'];

/**
 * Validates a parsed config object. Every error names the file and the key
 * (`leakguard.config.json: rules[1].regex: …`) so the user can fix it at once.
 */
export function parseConfig(raw: unknown, source: string): Config {
  const fail = (key: string, msg: string): never => {
    throw new LeakguardError(`invalid config in ${source}: "${key}" ${msg}`);
  };
  const cfg = defaultConfig();
  cfg.source = source;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(root)', 'must be an object');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.includes(k)) fail(k, `is not a known key (known: ${TOP_KEYS.slice(1).join(', ')})`);

  const strings = (v: unknown, key: string): string[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) return fail(key, 'must be an array of strings');
    return v.map((s, i) => (typeof s === 'string' ? s : fail(`${key}[${i}]`, 'must be a string')));
  };
  const regex = (s: string, key: string, flags = ''): RegExp => {
    try {
      return new RegExp(s, flags);
    } catch (e) {
      return fail(key, `is not a valid regular expression: ${(e as Error).message}`);
    }
  };

  if (obj.allow !== undefined) {
    if (typeof obj.allow !== 'object' || obj.allow === null || Array.isArray(obj.allow)) fail('allow', 'must be an object with paths, regexes, values');
    const allow = obj.allow as Record<string, unknown>;
    for (const k of Object.keys(allow)) if (!['paths', 'regexes', 'values'].includes(k)) fail(`allow.${k}`, 'is not a known key (known: paths, regexes, values)');
    cfg.allow.paths = strings(allow.paths, 'allow.paths');
    cfg.allow.regexes = strings(allow.regexes, 'allow.regexes').map((s, i) => regex(s, `allow.regexes[${i}]`));
    cfg.allow.values = strings(allow.values, 'allow.values');
  }
  cfg.disabledRules = strings(obj.disabledRules, 'disabledRules');
  if (obj.maxFileSize !== undefined) cfg.maxFileSize = parseSize(obj.maxFileSize, () => fail('maxFileSize', 'must be a number of bytes or a size like "5MB"'));
  if (obj.minConfidence !== undefined) {
    if (typeof obj.minConfidence !== 'string' || !CONFIDENCES.includes(obj.minConfidence)) fail('minConfidence', 'must be one of low, medium, high');
    cfg.minConfidence = obj.minConfidence as Confidence;
  }
  if (obj.failOn !== undefined) {
    if (typeof obj.failOn !== 'string' || !CONFIDENCES.includes(obj.failOn)) fail('failOn', 'must be one of low, medium, high');
    cfg.failOn = obj.failOn as Confidence;
  }
  if (obj.verify !== undefined) {
    if (typeof obj.verify !== 'object' || obj.verify === null || Array.isArray(obj.verify)) fail('verify', 'must be an object like { "inHooks": false }');
    const verify = obj.verify as Record<string, unknown>;
    for (const k of Object.keys(verify)) if (k !== 'inHooks') fail(`verify.${k}`, 'is not a known key (known: inHooks)');
    if (verify.inHooks !== undefined && typeof verify.inHooks !== 'boolean') fail('verify.inHooks', 'must be true or false');
    cfg.verify.inHooks = verify.inHooks === true;
  }
  if (obj.rules !== undefined) {
    if (!Array.isArray(obj.rules)) fail('rules', 'must be an array of rule objects');
    cfg.rules = (obj.rules as unknown[]).map((r, i) => parseRule(r, `rules[${i}]`, fail, strings, regex));
  }
  return cfg;
}

function parseRule(
  raw: unknown,
  key: string,
  fail: (key: string, msg: string) => never,
  strings: (v: unknown, key: string) => string[],
  regex: (s: string, key: string, flags?: string) => RegExp,
): Rule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(key, 'must be an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!RULE_KEYS.includes(k)) fail(`${key}.${k}`, `is not a known rule key (known: ${RULE_KEYS.join(', ')})`);
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(r.id)) fail(`${key}.id`, 'must be a string of letters, digits, dots, dashes or underscores');
  // A built-in id would borrow that rule's verifier: whatever this rule captures would be sent to that provider.
  if (BUILTIN_RULE_IDS.has(r.id)) fail(`${key}.id`, `"${r.id}" is a built-in rule's id: give your rule its own id (to replace the built-in rule, also list it in "disabledRules")`);
  if (typeof r.regex !== 'string') return fail(`${key}.regex`, 'must be a string');
  const flags = r.flags === undefined ? '' : typeof r.flags === 'string' && /^[imsu]*$/.test(r.flags) ? r.flags : fail(`${key}.flags`, 'may only contain i, m, s, u');
  const confidence = r.confidence === undefined ? 'high' : CONFIDENCES.includes(r.confidence as string) ? (r.confidence as Confidence) : fail(`${key}.confidence`, 'must be one of low, medium, high');
  const keywords = strings(r.keywords, `${key}.keywords`).map((k) => k.toLowerCase());
  keywords.forEach((k, i) => /^[\x20-\x7e]+$/.test(k) || fail(`${key}.keywords[${i}]`, 'must be printable ASCII'));
  const secretGroup = r.secretGroup === undefined ? undefined : Number.isInteger(r.secretGroup) && (r.secretGroup as number) >= 0 ? (r.secretGroup as number) : fail(`${key}.secretGroup`, 'must be a non-negative integer');
  const entropy = r.entropy === undefined ? undefined : typeof r.entropy === 'number' && r.entropy >= 0 && r.entropy <= 8 ? r.entropy : fail(`${key}.entropy`, 'must be a number from 0 to 8 (bits per character)');
  const paths = strings(r.paths, `${key}.paths`);
  const rule: Rule = {
    id: r.id as string,
    title: typeof r.title === 'string' ? r.title : (r.id as string),
    provider: typeof r.provider === 'string' ? r.provider : 'Custom',
    keywords,
    regex: regex(r.regex, `${key}.regex`, 'g' + flags),
    confidence,
    playbook: typeof r.playbook === 'string' ? r.playbook : 'generic',
    tps: () => [],
    fps: [],
  };
  if (secretGroup !== undefined) rule.secretGroup = secretGroup;
  if (entropy !== undefined) rule.entropy = entropy;
  if (paths.length) {
    // Loaded lazily: most configs have no path-restricted rules.
    rule.appliesTo = pathMatcher(paths);
  }
  return rule;
}

/** Compiles globs once; minimatch is imported only when a config uses globs. */
export function pathMatcher(globs: string[]): (path: string) => boolean {
  let compiled: ((p: string) => boolean) | undefined;
  return (path) => {
    compiled ??= compileGlobs(globs);
    return compiled(path);
  };
}

function compileGlobs(globs: string[]): (path: string) => boolean {
  // The hook pays for minimatch only when a glob is used.
  const { Minimatch } = lazyRequire<typeof import('minimatch')>('minimatch');
  const ms = globs.map((g) => new Minimatch(g, { dot: true, matchBase: !g.includes('/') }));
  return (p) => ms.some((m) => m.match(p));
}

export function parseSize(v: unknown, onError: () => never): number {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.floor(v);
  if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(v);
    if (m) {
      const unit = (m[2] ?? 'b').toLowerCase()[0];
      const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
      return Math.floor(Number(m[1]) * mult);
    }
  }
  return onError();
}
