import { existsSync, readFileSync } from 'node:fs';
import * as gitleaks from './gitleaks.js';
import type { GitleaksIgnore } from './gitleaks.js';
import { join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { applyLayer, type Config, defaultConfig } from './schema.js';
import { readLayers } from './extends.js';
import { loadBaseline } from './baseline.js';
import { type IgnoreList, loadIgnoreFile } from './ignore-file.js';

export const CONFIG_FILE = 'leakguard.config.json';
const gitleaksModule = () => gitleaks;

/**
 * Config files are small: read synchronously. Also keeps node:fs/promises (with
 * its stream and readline internals, ~4 ms) off the hook's start-up; modules on
 * the hook's path import `promises` from node:fs, which loads on first use.
 */
async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
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
 * path must exist. `extends` are read first and the file's own settings merged over them.
 */
export async function loadConfig(root: string, explicit?: string): Promise<Config> {
  if (explicit) {
    const text = await readIfExists(explicit);
    if (text === undefined) throw new LeakguardError(`config file not found: ${explicit}`);
    return fromLayers(explicit, explicit, parseJson(text, explicit));
  }
  const file = join(root, CONFIG_FILE);
  const text = await readIfExists(file);
  if (text !== undefined) return fromLayers(file, CONFIG_FILE, parseJson(text, CONFIG_FILE));
  const pkg = await readIfExists(join(root, 'package.json'));
  if (pkg !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(pkg);
    } catch {
      parsed = undefined; // a broken package.json is not ours to report
    }
    const section = (parsed as Record<string, unknown> | null | undefined)?.leakguard;
    if (section !== undefined) return fromLayers(join(root, 'package.json'), 'package.json#leakguard', section);
  }
  // Migrating from gitleaks: with no leakguard config, its config is read as ours.
  if (existsSync(join(root, GITLEAKS_FILE))) return withGitleaks(defaultConfig(), join(root, GITLEAKS_FILE));
  return defaultConfig();
}

function fromLayers(file: string, label: string, raw: unknown): Config {
  const layers = readLayers(file, label, raw);
  const cfg = defaultConfig();
  for (const layer of layers) applyLayer(cfg, layer);
  cfg.source = label;
  cfg.chain = layers.map((l) => l.source).reverse();
  return cfg;
}

export const GITLEAKS_FILE = '.gitleaks.toml';

/** Merges a gitleaks config into `config`, recording what could not be mapped. */
export function withGitleaks(config: Config, path: string): Config {
  const { importGitleaks, mergeGitleaks } = gitleaksModule();
  const imported = importGitleaks(path);
  mergeGitleaks(config, imported);
  config.notices = [
    `using gitleaks config ${path}: ${imported.rules.length} rule${imported.rules.length === 1 ? '' : 's'} imported`,
    ...imported.notes.map((n) => `  not mapped: ${n}`),
  ];
  return config;
}

/** Entries of a .gitleaksignore, if the repository has one. */
export async function loadGitleaksIgnore(root: string): Promise<GitleaksIgnore[]> {
  const text = await readIfExists(join(root, '.gitleaksignore'));
  return text ? gitleaksModule().parseGitleaksIgnore(text) : [];
}

export { IGNORE_FILE, loadIgnoreFile } from './ignore-file.js';

/** What is known and not reported: `.leakguardignore` entries in force and the baseline, expired entries set apart. */
export async function loadKnown(root: string): Promise<IgnoreList> {
  const known = await loadIgnoreFile(root);
  for (const fp of await loadBaseline(root)) known.add(fp);
  return known;
}
