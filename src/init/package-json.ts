import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { LeakguardError } from '../errors.js';
import { readText } from './changes.js';

export interface PackageInfo {
  /** Absolute path of package.json. */
  path: string;
  /** Its folder relative to the repository root ('' at the root). */
  relDir: string;
  json: Record<string, unknown>;
  indent: string | number;
}

/**
 * The package.json that owns the current directory, searched upwards but not
 * above the repository root: monorepos often keep it in a subfolder.
 */
export function findPackage(root: string, cwd: string): PackageInfo | undefined {
  let dir = cwd;
  for (;;) {
    const path = join(dir, 'package.json');
    if (existsSync(path)) return readPackage(root, path);
    if (dir === root || !dir.startsWith(root)) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

function readPackage(root: string, path: string): PackageInfo {
  const text = readText(path)!;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`${path} is not valid JSON (${(e as Error).message}); fix it before running init`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new LeakguardError(`${path} must hold a JSON object`);
  const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? 2;
  return { path, relDir: relative(root, dirname(path)).split(sep).join('/'), json: json as Record<string, unknown>, indent };
}

export function serialize(pkg: PackageInfo): string {
  return JSON.stringify(pkg.json, null, pkg.indent) + '\n';
}

/** What init recorded adding to package.json, so uninstall can take exactly that back. */
export interface PackageEdits {
  devDependencies?: string[];
  /** The lifecycle script that runs husky: `prepare`, or `postinstall` under Yarn Berry (`script` says which). */
  prepare?: { before: string | undefined; after: string; script?: 'postinstall' };
  lintStagedKey?: string;
}

/**
 * husky needs two things in package.json (edited in place; the caller writes it): itself as a dev dependency and a
 * `prepare` script that re-installs the hooks on every `npm install` (so every
 * clone is guarded) — `postinstall` under Yarn Berry, which runs no `prepare`
 * for the project itself (husky's documentation says the same). In a monorepo sub-package, prepare must run husky from
 * the repository root, where `.git` is.
 */
export function huskyPackageChanges(pkg: PackageInfo, leakguardVersion: string, lifecycle: 'prepare' | 'postinstall' = 'prepare'): { edits: PackageEdits } {
  const edits: PackageEdits = {};
  const json = pkg.json;
  const dev = { ...((json.devDependencies as Record<string, string> | undefined) ?? {}) };
  const deps = (json.dependencies as Record<string, string> | undefined) ?? {};
  const added: string[] = [];
  if (!dev.husky && !deps.husky) {
    dev.husky = '^9.1.7';
    added.push('husky');
  }
  if (!dev.leakguard && !deps.leakguard && leakguardVersion !== 'dev' && json.name !== 'leakguard') {
    dev.leakguard = `^${leakguardVersion}`;
    added.push('leakguard');
  }
  if (added.length) {
    json.devDependencies = dev;
    edits.devDependencies = added;
  }
  const scripts = { ...((json.scripts as Record<string, string> | undefined) ?? {}) };
  const ups = pkg.relDir === '' ? '' : pkg.relDir.split('/').map(() => '..').join('/');
  const huskyCmd = ups ? `cd ${ups} && husky` : 'husky';
  const before = scripts[lifecycle];
  if (!before || !/\bhusky\b/.test(before)) {
    scripts[lifecycle] = before ? `${before} && ${huskyCmd}` : huskyCmd;
    json.scripts = scripts;
    edits.prepare = { before, after: scripts[lifecycle]!, ...(lifecycle === 'postinstall' ? { script: lifecycle } : {}) };
  }
  return { edits };
}

/** lint-staged config in package.json ("lint-staged" key), if the project uses it there. */
export function lintStagedConfig(pkg: PackageInfo): Record<string, unknown> | undefined {
  const c = pkg.json['lint-staged'];
  return c && typeof c === 'object' && !Array.isArray(c) ? (c as Record<string, unknown>) : undefined;
}

export const LINT_STAGED_TASK = 'leakguard scan --staged';

/**
 * Adds leakguard as a lint-staged task for every file ("*"), keeping the
 * project's own tasks. lint-staged appends the staged file names, and
 * `scan --staged <files>` scans the staged content of just those files.
 */
export function addLintStagedTask(config: Record<string, unknown>): boolean {
  const hasTask = Object.values(config).some((v) => (Array.isArray(v) ? v : [v]).some((t) => typeof t === 'string' && t.includes('leakguard scan')));
  if (hasTask) return false;
  const cur = config['*'];
  config['*'] = cur === undefined ? LINT_STAGED_TASK : [...(Array.isArray(cur) ? cur : [cur]), LINT_STAGED_TASK];
  return true;
}

export function relDisplay(pkg: PackageInfo): string {
  return pkg.relDir ? `${pkg.relDir}/package.json` : 'package.json';
}
