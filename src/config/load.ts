import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { type Config, defaultConfig, parseConfig } from './schema.js';

export const CONFIG_FILE = 'leakguard.config.json';
export const IGNORE_FILE = '.leakguardignore';

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new LeakguardError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Finds the configuration at the repository root: `leakguard.config.json`, else
 * the `leakguard` key of package.json, else defaults. An explicit `--config`
 * path must exist.
 */
export async function loadConfig(root: string, explicit?: string): Promise<Config> {
  if (explicit) {
    const text = await readIfExists(explicit);
    if (text === undefined) throw new LeakguardError(`config file not found: ${explicit}`);
    return parseConfig(parseJson(text, explicit), explicit);
  }
  const file = join(root, CONFIG_FILE);
  const text = await readIfExists(file);
  if (text !== undefined) return parseConfig(parseJson(text, CONFIG_FILE), CONFIG_FILE);
  const pkg = await readIfExists(join(root, 'package.json'));
  if (pkg !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(pkg);
    } catch {
      return defaultConfig(); // a broken package.json is not ours to report
    }
    const section = (parsed as Record<string, unknown> | null)?.leakguard;
    if (section !== undefined) return parseConfig(section, 'package.json#leakguard');
  }
  return defaultConfig();
}

/** Fingerprints listed in `.leakguardignore` (one per line, `#` comments). */
export async function loadIgnoreFile(root: string): Promise<Set<string>> {
  const text = await readIfExists(join(root, IGNORE_FILE));
  const out = new Set<string>();
  if (!text) return out;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.add(line);
  }
  return out;
}
