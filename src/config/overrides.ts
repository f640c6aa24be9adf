import { CONFIDENCE_ORDER, type Confidence } from '../detect/types.js';
import { pathMatcher, type Config, type Override } from './schema.js';

/** What is in force for one file once the overrides that match it are applied, in order (later wins). */
export interface FileSettings {
  failOn: Confidence;
  minConfidence: Confidence;
  disabled: Set<string>;
  /** The file is allowed (not scanned) by an override's allow.paths. */
  pathAllowed: boolean;
  /** A value an override allows for this file. */
  allowsValue?: (secret: string) => boolean;
  /** The overrides that apply, in order, for messages and `leakguard config`. */
  applied: Override[];
}

/**
 * Per-file settings for monorepos: `overrides` in the config. One scanner serves every file (rules an
 * override adds are restricted to its files by their `appliesTo`); what differs by file is decided
 * after scanning, per path, with the answer cached, so a commit pays one glob match per override per file.
 */
export class FileOverrides {
  private readonly matchers: ((p: string) => boolean)[];
  private readonly cache = new Map<string, FileSettings>();
  private readonly base: FileSettings;

  constructor(private readonly config: Config) {
    this.matchers = config.overrides.map((o) => pathMatcher(o.files));
    this.base = { failOn: config.failOn, minConfidence: config.minConfidence, disabled: new Set(config.disabledRules), pathAllowed: false, applied: [] };
  }

  /** Settings for a repository path. */
  for(path: string): FileSettings {
    let s = this.cache.get(path);
    if (!s) {
      s = this.compute(path);
      this.cache.set(path, s);
    }
    return s;
  }

  private compute(path: string): FileSettings {
    const applied = this.config.overrides.filter((_, i) => this.matchers[i]!(path));
    if (!applied.length) return this.base;
    const disabled = new Set(this.base.disabled);
    let { failOn, minConfidence } = this.base;
    let pathAllowed = false;
    const values = new Set<string>();
    const regexes: RegExp[] = [];
    for (const o of applied) {
      for (const id of o.enabledRules) disabled.delete(id);
      for (const id of o.disabledRules) disabled.add(id);
      if (o.failOn) failOn = o.failOn;
      if (o.minConfidence) minConfidence = o.minConfidence;
      if (o.allow.paths.length && pathMatcher(o.allow.paths)(path)) pathAllowed = true;
      for (const v of o.allow.values) values.add(v);
      regexes.push(...o.allow.regexes);
    }
    const s: FileSettings = { failOn, minConfidence, disabled, pathAllowed, applied };
    if (values.size || regexes.length) s.allowsValue = (secret) => values.has(secret) || regexes.some((re) => re.test(secret));
    return s;
  }

  /**
   * What the one scanner must be able to find for any file: every rule some file has on, down to the lowest
   * minConfidence some file asks for. The per-file answer then narrows it.
   */
  static widest(config: Config): { enabled: Set<string>; minConfidence: Confidence } {
    const enabled = new Set(config.overrides.flatMap((o) => o.enabledRules));
    let min = config.minConfidence;
    for (const o of config.overrides) if (o.minConfidence && CONFIDENCE_ORDER[o.minConfidence] < CONFIDENCE_ORDER[min]) min = o.minConfidence;
    return { enabled, minConfidence: min };
  }
}
