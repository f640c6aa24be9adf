import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { LeakguardError } from '../errors.js';
import { CONFIG_FILE } from '../config/load.js';
import { readText, type FileChange } from './changes.js';
import type { PackageInfo } from './package-json.js';

/** `@acme/leakguard-config`, `@acme/leakguard-config@^2`, `leakguard-config-acme@1.2.0`: a name and an optional range. */
export function parseConfigPackage(arg: string): { name: string; range?: string } {
  const m = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:@(.+))?$/i.exec(arg.trim());
  if (!m) throw new LeakguardError(`init: --config-package "${arg}" is not an npm package name (like @acme/leakguard-config or @acme/leakguard-config@^2)`);
  return { name: m[1]!, ...(m[2] ? { range: m[2] } : {}) };
}

/**
 * `init --config-package <name>`: the organisation's shared policy. The project's config extends it
 * (leakguard.config.json, or package.json "leakguard" when that is where the config lives), and the
 * package joins devDependencies so every clone installs it: `extends` is resolved from node_modules,
 * never fetched at commit time. Mutates `pkg.json`; the caller serializes it.
 */
export function configPackageChanges(root: string, pkg: PackageInfo, arg: string): { config?: FileChange; addedDependency?: string } {
  const { name, range } = parseConfigPackage(arg);
  const dev = { ...((pkg.json.devDependencies as Record<string, string> | undefined) ?? {}) };
  const deps = (pkg.json.dependencies as Record<string, string> | undefined) ?? {};
  let addedDependency: string | undefined;
  if (!dev[name] && !deps[name]) {
    dev[name] = range ?? installedRange(root, pkg, name);
    pkg.json.devDependencies = dev;
    addedDependency = name;
  }
  const file = join(root, CONFIG_FILE);
  const text = readText(file);
  const inPackage = text === undefined && pkg.relDir === '' && typeof pkg.json.leakguard === 'object' && pkg.json.leakguard !== null;
  if (inPackage) {
    const section = pkg.json.leakguard as Record<string, unknown>;
    const next = withExtends(section.extends, name);
    if (next !== undefined) section.extends = next;
    return { ...(addedDependency ? { addedDependency } : {}) };
  }
  let cfg: Record<string, unknown> = {};
  if (text !== undefined) {
    try {
      cfg = JSON.parse(text) as Record<string, unknown>;
    } catch (e) {
      throw new LeakguardError(`invalid config in ${CONFIG_FILE}: not valid JSON (${(e as Error).message}); fix it before init --config-package`);
    }
  }
  const next = withExtends(cfg.extends, name);
  if (next === undefined) return { ...(addedDependency ? { addedDependency } : {}) };
  // "extends" first: it is read first, and a reader should see what the rest builds on.
  const { extends: _, ...rest } = cfg;
  const content = JSON.stringify({ extends: next, ...rest }, null, 2) + '\n';
  return { config: { display: CONFIG_FILE, path: file, content, reason: `extend ${name} (the shared policy; this file's own settings still win)` }, ...(addedDependency ? { addedDependency } : {}) };
}

/** The `extends` value with `name` added last (so it wins over earlier bases), or undefined if it is there. */
function withExtends(current: unknown, name: string): string | string[] | undefined {
  const list = typeof current === 'string' ? [current] : Array.isArray(current) ? (current as string[]) : [];
  if (list.includes(name)) return undefined;
  return list.length ? [...list, name] : name;
}

/** `^<version>` of the copy already installed, else `*` (the user's `npm install <name>` pins it). */
function installedRange(root: string, pkg: PackageInfo, name: string): string {
  for (const dir of [join(pkg.path, '..'), root]) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    try {
      const v = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
      if (typeof v === 'string') return `^${v}`;
    } catch {
      // unreadable: fall through to "*"
    }
  }
  return '*';
}
