import { compileGlob } from './glob.js';
import { LeakguardError } from '../errors.js';
import type { Confidence, Rule } from '../detect/types.js';
import { BUILTIN_RULE_IDS } from '../rules/families.generated.js';

/** The settings a config file can make for some files only (`overrides`, a monorepo's packages). */
export interface Override {
  /** minimatch globs of repository paths (a glob without "/" matches the name at any depth). */
  files: string[];
  /** Where it was written, for messages: `leakguard.config.json overrides[1]`. */
  source: string;
  failOn?: Confidence;
  minConfidence?: Confidence;
  allow: { paths: string[]; regexes: RegExp[]; values: string[] };
  disabledRules: string[];
  enabledRules: string[];
  rules: Rule[];
}

/** User configuration, after validation. */
export interface Config {
  /** Where it came from, for messages: the file that was read (the start of an `extends` chain). */
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
  /** Per-file settings, later ones winning over earlier ones (config/overrides.ts applies them). */
  overrides: Override[];
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
  /**
   * Which file set each setting (`leakguard config` prints it): `failOn`, `maxFileSize`…, and list entries as
   * `disabledRules:<id>`, `rules:<id>`, `allow.paths:<glob>`. Absent: the default.
   */
  origins: Map<string, string>;
  /** The files read, nearest first (the file itself, then what it extends). */
  chain?: string[];
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

export function defaultConfig(): Config {
  return {
    allow: { paths: [], regexes: [], values: [], pathRegexes: [], stopwords: [], commits: [], lineRegexes: [] },
    disabledRules: [],
    rules: [],
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    minConfidence: 'low',
    failOn: 'low',
    verify: { inHooks: false },
    origins: new Map(),
  };
}

const CONFIDENCES = ['low', 'medium', 'high'];
const TOP_KEYS = ['$schema', 'extends', 'allow', 'disabledRules', 'enabledRules', 'rules', 'overrides', 'maxFileSize', 'minConfidence', 'failOn', 'verify'];
const OVERRIDE_KEYS = ['files', 'failOn', 'minConfidence', 'allow', 'disabledRules', 'enabledRules', 'rules'];
const RULE_KEYS = ['id', 'title', 'provider', 'regex', 'flags', 'keywords', 'secretGroup', 'entropy', 'confidence', 'playbook', 'paths'];

/** One config file's own settings, validated, before `extends` are merged in: only what it says. */
export interface ConfigLayer {
  source: string;
  extends: string[];
  allow?: { paths: string[]; regexes: RegExp[]; values: string[] };
  disabledRules: string[];
  enabledRules: string[];
  rules: Rule[];
  overrides: Override[];
  maxFileSize?: number;
  minConfidence?: Confidence;
  failOn?: Confidence;
  verify?: { inHooks: boolean };
}

type Fail = (key: string, msg: string) => never;

/**
 * Validates a parsed config object. Every error names the file and the key
 * (`leakguard.config.json: rules[1].regex: …`) so the user can fix it at once.
 */
export function parseLayer(raw: unknown, source: string): ConfigLayer {
  const fail: Fail = (key, msg) => {
    throw new LeakguardError(`invalid config in ${source}: "${key}" ${msg}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('(root)', 'must be an object');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.includes(k)) fail(k, `is not a known key (known: ${TOP_KEYS.slice(1).join(', ')})`);
  const layer: ConfigLayer = { source, extends: [], disabledRules: [], enabledRules: [], rules: [], overrides: [] };
  if (obj.extends !== undefined) {
    const list = typeof obj.extends === 'string' ? [obj.extends] : Array.isArray(obj.extends) ? obj.extends : fail('extends', 'must be a config name or path, or a list of them');
    layer.extends = list.map((e, i) => (typeof e === 'string' && e.trim() !== '' ? e : fail(`extends[${i}]`, 'must be a package name or a relative path')));
  }
  if (obj.allow !== undefined) layer.allow = parseAllow(obj.allow, 'allow', fail);
  layer.disabledRules = strings(obj.disabledRules, 'disabledRules', fail);
  layer.enabledRules = strings(obj.enabledRules, 'enabledRules', fail);
  if (obj.maxFileSize !== undefined) layer.maxFileSize = parseSize(obj.maxFileSize, () => fail('maxFileSize', 'must be a number of bytes or a size like "5MB"'));
  if (obj.minConfidence !== undefined) layer.minConfidence = confidence(obj.minConfidence, 'minConfidence', fail);
  if (obj.failOn !== undefined) layer.failOn = confidence(obj.failOn, 'failOn', fail);
  if (obj.verify !== undefined) {
    if (typeof obj.verify !== 'object' || obj.verify === null || Array.isArray(obj.verify)) fail('verify', 'must be an object like { "inHooks": false }');
    const verify = obj.verify as Record<string, unknown>;
    for (const k of Object.keys(verify)) if (k !== 'inHooks') fail(`verify.${k}`, 'is not a known key (known: inHooks)');
    if (verify.inHooks !== undefined && typeof verify.inHooks !== 'boolean') fail('verify.inHooks', 'must be true or false');
    layer.verify = { inHooks: verify.inHooks === true };
  }
  layer.rules = parseRules(obj.rules, 'rules', fail);
  if (obj.overrides !== undefined) {
    if (!Array.isArray(obj.overrides)) fail('overrides', 'must be an array like [{ "files": ["packages/legacy/**"], "failOn": "high" }]');
    layer.overrides = (obj.overrides as unknown[]).map((o, i) => parseOverride(o, `overrides[${i}]`, source, fail));
  }
  return layer;
}

function parseOverride(raw: unknown, key: string, source: string, fail: Fail): Override {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(key, 'must be an object with "files" and the settings for them');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!OVERRIDE_KEYS.includes(k)) fail(`${key}.${k}`, `is not a known key in an override (known: ${OVERRIDE_KEYS.join(', ')})`);
  const files = typeof o.files === 'string' ? [o.files] : strings(o.files, `${key}.files`, fail);
  if (!files.length) fail(`${key}.files`, 'must list at least one glob (e.g. "packages/legacy/**")');
  const out: Override = {
    files,
    source: `${source} ${key}`,
    allow: o.allow === undefined ? { paths: [], regexes: [], values: [] } : parseAllow(o.allow, `${key}.allow`, fail),
    disabledRules: strings(o.disabledRules, `${key}.disabledRules`, fail),
    enabledRules: strings(o.enabledRules, `${key}.enabledRules`, fail),
    rules: parseRules(o.rules, `${key}.rules`, fail),
  };
  if (o.failOn !== undefined) out.failOn = confidence(o.failOn, `${key}.failOn`, fail);
  if (o.minConfidence !== undefined) out.minConfidence = confidence(o.minConfidence, `${key}.minConfidence`, fail);
  // A rule an override adds applies to the override's files only (and to its own paths, if it names some).
  const inOverride = pathMatcher(files);
  for (const r of out.rules) {
    const own = r.appliesTo;
    r.appliesTo = own ? (p) => inOverride(p) && own(p) : inOverride;
  }
  return out;
}

function strings(v: unknown, key: string, fail: Fail): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(key, 'must be an array of strings');
  return v.map((s, i) => (typeof s === 'string' ? s : fail(`${key}[${i}]`, 'must be a string')));
}

function regex(s: string, key: string, fail: Fail, flags = ''): RegExp {
  try {
    return new RegExp(s, flags);
  } catch (e) {
    return fail(key, `is not a valid regular expression: ${(e as Error).message}`);
  }
}

function confidence(v: unknown, key: string, fail: Fail): Confidence {
  if (typeof v !== 'string' || !CONFIDENCES.includes(v)) fail(key, 'must be one of low, medium, high');
  return v as Confidence;
}

function parseAllow(v: unknown, key: string, fail: Fail): { paths: string[]; regexes: RegExp[]; values: string[] } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(key, 'must be an object with paths, regexes, values');
  const allow = v as Record<string, unknown>;
  for (const k of Object.keys(allow)) if (!['paths', 'regexes', 'values'].includes(k)) fail(`${key}.${k}`, 'is not a known key (known: paths, regexes, values)');
  return {
    paths: strings(allow.paths, `${key}.paths`, fail),
    regexes: strings(allow.regexes, `${key}.regexes`, fail).map((s, i) => regex(s, `${key}.regexes[${i}]`, fail)),
    values: strings(allow.values, `${key}.values`, fail),
  };
}

function parseRules(v: unknown, key: string, fail: Fail): Rule[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(key, 'must be an array of rule objects');
  return (v as unknown[]).map((r, i) => parseRule(r, `${key}[${i}]`, fail));
}

/**
 * Merges one layer into what its bases built (config/load.ts walks `extends` depth first): lists
 * concatenate, a rule with an id already defined replaces it, `enabledRules` turns back on what a base
 * disabled, scalars are the layer's own when it sets them. Records where each setting came from.
 */
export function applyLayer(cfg: Config, layer: ConfigLayer): Config {
  const from = layer.source;
  const o = cfg.origins;
  if (layer.allow) {
    for (const p of layer.allow.paths) (cfg.allow.paths.push(p), o.set(`allow.paths:${p}`, from));
    for (const r of layer.allow.regexes) (cfg.allow.regexes.push(r), o.set(`allow.regexes:${r.source}`, from));
    for (const v of layer.allow.values) (cfg.allow.values.push(v), o.set(`allow.values:${v}`, from));
  }
  if (layer.enabledRules.length) {
    const on = new Set(layer.enabledRules);
    cfg.disabledRules = cfg.disabledRules.filter((id) => !on.has(id));
    for (const id of on) o.set(`enabledRules:${id}`, from);
  }
  for (const id of layer.disabledRules) {
    if (!cfg.disabledRules.includes(id)) cfg.disabledRules.push(id);
    o.set(`disabledRules:${id}`, from);
  }
  for (const r of layer.rules) {
    const at = cfg.rules.findIndex((x) => x.id === r.id);
    if (at >= 0) cfg.rules[at] = r;
    else cfg.rules.push(r);
    o.set(`rules:${r.id}`, from);
  }
  cfg.overrides.push(...layer.overrides);
  const scalar = <K extends 'maxFileSize' | 'minConfidence' | 'failOn'>(k: K) => {
    if (layer[k] !== undefined) {
      (cfg as unknown as Record<K, unknown>)[k] = layer[k];
      o.set(k, from);
    }
  };
  scalar('maxFileSize');
  scalar('minConfidence');
  scalar('failOn');
  if (layer.verify) {
    cfg.verify = { ...layer.verify };
    o.set('verify.inHooks', from);
  }
  return cfg;
}

/** One config object with no `extends` (tests, package.json sections read on their own). */
export function parseConfig(raw: unknown, source: string): Config {
  const layer = parseLayer(raw, source);
  if (layer.extends.length) throw new LeakguardError(`invalid config in ${source}: "extends" is resolved only when the config is read from a file`);
  const cfg = applyLayer(defaultConfig(), layer);
  cfg.source = source;
  return cfg;
}

function parseRule(raw: unknown, key: string, fail: Fail): Rule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail(key, 'must be an object');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!RULE_KEYS.includes(k)) fail(`${key}.${k}`, `is not a known rule key (known: ${RULE_KEYS.join(', ')})`);
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(r.id)) fail(`${key}.id`, 'must be a string of letters, digits, dots, dashes or underscores');
  // A built-in id would borrow that rule's verifier: whatever this rule captures would be sent to that provider.
  if (BUILTIN_RULE_IDS.has(r.id)) fail(`${key}.id`, `"${r.id}" is a built-in rule's id: give your rule its own id (to replace the built-in rule, also list it in "disabledRules")`);
  if (typeof r.regex !== 'string') return fail(`${key}.regex`, 'must be a string');
  const flags = r.flags === undefined ? '' : typeof r.flags === 'string' && /^[imsu]*$/.test(r.flags) ? r.flags : fail(`${key}.flags`, 'may only contain i, m, s, u');
  const confidence = r.confidence === undefined ? 'high' : CONFIDENCES.includes(r.confidence as string) ? (r.confidence as Confidence) : fail(`${key}.confidence`, 'must be one of low, medium, high');
  const keywords = strings(r.keywords, `${key}.keywords`, fail).map((k) => k.toLowerCase());
  keywords.forEach((k, i) => /^[\x20-\x7e]+$/.test(k) || fail(`${key}.keywords[${i}]`, 'must be printable ASCII'));
  const secretGroup = r.secretGroup === undefined ? undefined : Number.isInteger(r.secretGroup) && (r.secretGroup as number) >= 0 ? (r.secretGroup as number) : fail(`${key}.secretGroup`, 'must be a non-negative integer');
  const entropy = r.entropy === undefined ? undefined : typeof r.entropy === 'number' && r.entropy >= 0 && r.entropy <= 8 ? r.entropy : fail(`${key}.entropy`, 'must be a number from 0 to 8 (bits per character)');
  const paths = strings(r.paths, `${key}.paths`, fail);
  const rule: Rule = {
    id: r.id as string,
    title: typeof r.title === 'string' ? r.title : (r.id as string),
    provider: typeof r.provider === 'string' ? r.provider : 'Custom',
    keywords,
    regex: regex(r.regex, `${key}.regex`, fail, 'g' + flags),
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

/** Compiles globs once, on first use (config/glob.ts: minimatch only for globs beyond the simple ones). */
export function pathMatcher(globs: string[]): (path: string) => boolean {
  let compiled: ((p: string) => boolean)[] | undefined;
  return (path) => {
    compiled ??= globs.map((g) => compileGlob(g, !g.includes('/')));
    return compiled.some((m) => m(path));
  };
}

export function parseSize(v: unknown, onError: () => never): number {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.floor(v);
  if (typeof v === 'string') {
    const m = /^(\d+(?:\.\d+)?)[ \t]*(b|kb|k|mb|m|gb|g)?$/i.exec(v.trim());
    if (m) {
      const unit = (m[2] ?? 'b').toLowerCase()[0];
      const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
      return Math.floor(Number(m[1]) * mult);
    }
  }
  return onError();
}
