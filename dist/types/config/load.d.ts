import type { GitleaksIgnore } from './gitleaks.js';
import { type Config } from './schema.js';
import { type IgnoreList } from './ignore-file.js';
export declare const CONFIG_FILE = "leakguard.config.json";
/**
 * Finds the configuration at the repository root: `leakguard.config.json`, else
 * the `leakguard` key of package.json, else defaults. An explicit `--config`
 * path must exist. `extends` are read first and the file's own settings merged over them.
 */
export declare function loadConfig(root: string, explicit?: string): Promise<Config>;
export declare const GITLEAKS_FILE = ".gitleaks.toml";
/** Merges a gitleaks config into `config`, recording what could not be mapped. */
export declare function withGitleaks(config: Config, path: string): Config;
/** Entries of a .gitleaksignore, if the repository has one. */
export declare function loadGitleaksIgnore(root: string): Promise<GitleaksIgnore[]>;
export { IGNORE_FILE, loadIgnoreFile } from './ignore-file.js';
/** What is known and not reported: `.leakguardignore` entries in force and the baseline, expired entries set apart. */
export declare function loadKnown(root: string): Promise<IgnoreList>;
