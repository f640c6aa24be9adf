import type { GitleaksIgnore } from './gitleaks.js';
import { type Config } from './schema.js';
export declare const CONFIG_FILE = "leakguard.config.json";
export declare const IGNORE_FILE = ".leakguardignore";
/**
 * Finds the configuration at the repository root: `leakguard.config.json`, else
 * the `leakguard` key of package.json, else defaults. An explicit `--config`
 * path must exist.
 */
export declare function loadConfig(root: string, explicit?: string): Promise<Config>;
export declare const GITLEAKS_FILE = ".gitleaks.toml";
/** Merges a gitleaks config into `config`, recording what could not be mapped. */
export declare function withGitleaks(config: Config, path: string): Config;
/** Entries of a .gitleaksignore, if the repository has one. */
export declare function loadGitleaksIgnore(root: string): Promise<GitleaksIgnore[]>;
/** Fingerprints listed in `.leakguardignore` (one per line, `#` comments). */
export declare function loadIgnoreFile(root: string): Promise<Set<string>>;
