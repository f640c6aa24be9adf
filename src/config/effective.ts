import { redact } from '../detect/redact.js';
import { FileOverrides } from './overrides.js';
import type { Config } from './schema.js';

/** One setting in force and the file (and key) that set it; `default` when nothing did. */
export interface Setting<T> {
  value: T;
  from: string;
}

export interface EffectiveConfig {
  path?: string;
  /** The files read, nearest first. */
  chain: string[];
  failOn: Setting<string>;
  minConfidence: Setting<string>;
  maxFileSize: Setting<number>;
  verifyInHooks: Setting<boolean>;
  disabledRules: Setting<string>[];
  rules: Setting<string>[];
  allow: { paths: Setting<string>[]; regexes: Setting<string>[]; values: Setting<string>[] };
  /** The overrides that apply to the path (or, with no path, every override and its files). */
  overrides: { source: string; files: string[] }[];
  notices: string[];
}

const DEFAULT = 'default';

/**
 * What is in force, and why (`leakguard config [path]`): each setting with the file and key that set
 * it, after `extends` and, for a path, the overrides that match it. Allowed values are shown redacted:
 * a config may list a real value as allowed, and this output lands in terminals and CI logs.
 */
export function effectiveConfig(config: Config, path?: string): EffectiveConfig {
  const o = config.origins;
  const from = (key: string) => o.get(key) ?? DEFAULT;
  const own = path !== undefined ? new FileOverrides(config).for(path) : undefined;
  const applied = own?.applied ?? [];
  const last = <K extends 'failOn' | 'minConfidence'>(k: K): Setting<string> => {
    const by = [...applied].reverse().find((x) => x[k] !== undefined);
    return by ? { value: by[k]!, from: `${by.source} (${by.files.join(', ')})` } : { value: config[k], from: from(k) };
  };
  const disabled = own ? [...own.disabled] : config.disabledRules;
  const overrideOf = (pick: (x: (typeof applied)[number]) => boolean) => [...applied].reverse().find(pick);
  const rules = [
    ...config.rules.filter((r) => !disabled.includes(r.id) && (!path || !r.appliesTo || r.appliesTo(path))).map((r) => ({ value: r.id, from: from(`rules:${r.id}`) })),
    ...applied.flatMap((x) => x.rules.map((r) => ({ value: r.id, from: x.source }))),
  ];
  const overrideAllow = (k: 'paths' | 'regexes' | 'values') =>
    applied.flatMap((x) => (k === 'regexes' ? x.allow.regexes.map((r) => r.source) : x.allow[k]).map((v) => ({ value: k === 'values' ? redact(v) : v, from: x.source })));
  return {
    ...(path !== undefined ? { path } : {}),
    chain: config.chain ?? (config.source ? [config.source] : []),
    failOn: last('failOn'),
    minConfidence: last('minConfidence'),
    maxFileSize: { value: config.maxFileSize, from: from('maxFileSize') },
    verifyInHooks: { value: config.verify.inHooks, from: from('verify.inHooks') },
    disabledRules: disabled.map((id) => {
      const by = overrideOf((x) => x.disabledRules.includes(id));
      return { value: id, from: by ? by.source : from(`disabledRules:${id}`) };
    }),
    rules,
    allow: {
      paths: [...config.allow.paths.map((p) => ({ value: p, from: from(`allow.paths:${p}`) })), ...overrideAllow('paths')],
      regexes: [...config.allow.regexes.map((r) => ({ value: r.source, from: from(`allow.regexes:${r.source}`) })), ...overrideAllow('regexes')],
      values: [...config.allow.values.map((v) => ({ value: redact(v), from: from(`allow.values:${v}`) })), ...overrideAllow('values')],
    },
    overrides: (path !== undefined ? applied : config.overrides).map((x) => ({ source: x.source, files: x.files })),
    notices: config.notices ?? [],
  };
}
