import { type Config } from './config/schema.js';
import type { Finding } from './detect/types.js';
import { type ScanResult } from './pipeline.js';
export type { Chunk, Confidence, Finding, Rule } from './detect/types.js';
export type { Config } from './config/schema.js';
export type { ScanResult } from './pipeline.js';
export { Scanner } from './detect/engine.js';
export { builtinRules, fileRules } from './rules/index.js';
export { redact } from './detect/redact.js';
export { LeakguardError } from './errors.js';
export { requireSecrets, type RequireSecretsOptions } from './runtime/require-secrets.js';
/** Scans one text as if it were the file at `path` (the path selects path-aware rules). */
export declare function scanText(path: string, text: string, config?: Config): Finding[];
/** Scans what is staged in the repository containing `cwd`, with its config and ignore file. */
export declare function scanStaged(cwd?: string): Promise<ScanResult>;
/** Scans files and directories (repository-relative) of the repository containing `cwd`. */
export declare function scanPaths(paths?: string[], cwd?: string): Promise<ScanResult>;
