/**
 * leakguard's library API, for tools that embed the scanner.
 *
 *   import { scanText, scanStaged, scanPaths } from 'leakguard';
 *   const findings = scanText('config.yml', text);
 *
 * Findings never carry the secret in any serialisable field: `preview` and
 * `context` are redacted.
 */
import { loadConfig, loadIgnoreFile } from './config/load.js';
import { type Config, defaultConfig } from './config/schema.js';
import type { Finding } from './detect/types.js';
import { repoRoot } from './git/repo.js';
import { createScanner, runPipeline, type ScanResult } from './pipeline.js';
import { repositoryReader } from './sources/repository.js';
import { filesSource } from './sources/files.js';
import { stagedSource } from './sources/staged.js';

export type { Chunk, Confidence, Finding, Rule } from './detect/types.js';
export type { Config } from './config/schema.js';
export type { ScanResult } from './pipeline.js';
export { Scanner } from './detect/engine.js';
export { builtinRules, fileRules } from './rules/index.js';
export { redact } from './detect/redact.js';
export { LeakguardError } from './errors.js';
export { requireSecrets, type RequireSecretsOptions } from './runtime/require-secrets.js';

/** Scans one text as if it were the file at `path` (the path selects path-aware rules). */
export function scanText(path: string, text: string, config: Config = defaultConfig()): Finding[] {
  return createScanner(config).scan({ path, text });
}

/** Scans what is staged in the repository containing `cwd`, with its config and ignore file. */
export async function scanStaged(cwd = process.cwd()): Promise<ScanResult> {
  const root = await repoRoot(cwd);
  const config = await loadConfig(root);
  return runPipeline(stagedSource(root, config.maxFileSize), { config, ignore: await loadIgnoreFile(root), repository: repositoryReader(root, 'index') });
}

/** Scans files and directories (repository-relative) of the repository containing `cwd`. */
export async function scanPaths(paths: string[] = ['.'], cwd = process.cwd()): Promise<ScanResult> {
  const root = await repoRoot(cwd);
  const config = await loadConfig(root);
  return runPipeline(filesSource(root, paths, { useGit: true, maxBytes: config.maxFileSize }), { config, ignore: await loadIgnoreFile(root), repository: repositoryReader(root, 'tree') });
}
