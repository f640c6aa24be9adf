import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import { parseLayer, type ConfigLayer } from './schema.js';

/**
 * `extends`: a config builds on shared ones, as ESLint, Prettier and secretlint configs do. A name
 * starting with "." or "/" is a file beside the config; anything else is an npm package found in
 * node_modules from the config's folder up (nothing fetched, so it works offline at commit time).
 * A package's config is its `exports`/`main` when that is a JSON file, else its root
 * leakguard.config.json. Configs are read as data, never run.
 */

const SHARED_CONFIG_FILE = 'leakguard.config.json';

/**
 * The layers to apply, bases first and the file itself last. `label` names the file in messages; the
 * layers' sources name the chain (`leakguard.config.json → @acme/leakguard-config → ./base.json`).
 */
export function readLayers(file: string, label: string, raw?: unknown): ConfigLayer[] {
  const out: ConfigLayer[] = [];
  walk(resolve(file), label, [], out, raw);
  return out;
}

function walk(file: string, source: string, stack: string[], out: ConfigLayer[], raw?: unknown): void {
  if (stack.includes(file)) throw new LeakguardError(`invalid config: "extends" makes a cycle: ${source} (already read in this chain). Remove one of the extends.`);
  const layer = parseLayer(raw ?? readJson(file, source), source);
  const from = dirname(file);
  for (const name of layer.extends) {
    const base = resolveExtends(name, from, source);
    walk(base, `${source} → ${name}`, [...stack, file], out);
  }
  out.push(layer);
}

function readJson(file: string, source: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LeakguardError(`invalid config: ${source}: cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: not valid JSON (${(e as Error).message})`);
  }
}

/** The file an `extends` entry names, from the folder of the config that says it. */
export function resolveExtends(name: string, from: string, source: string): string {
  if (name.startsWith('.') || isAbsolute(name)) {
    const file = resolve(from, name);
    if (!existsSync(file)) throw new LeakguardError(`invalid config in ${source}: "extends" names ${name}, which does not exist (${file})`);
    return file;
  }
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$|^@[a-z0-9][\w.-]*$/i.test(name)) throw new LeakguardError(`invalid config in ${source}: "extends": "${name}" is neither a relative path (./base.json) nor an npm package name`);
  for (const candidate of packageNames(name)) {
    const dir = findPackage(candidate, from);
    if (dir) return packageConfig(dir, candidate, source);
  }
  throw new LeakguardError(`invalid config in ${source}: "extends": package ${name} is not installed (looked in node_modules from ${from} up). Install it: npm install --save-dev ${name}`);
}

/** ESLint's shorthands: `acme` also means `leakguard-config-acme`, `@acme` means `@acme/leakguard-config`. */
function packageNames(name: string): string[] {
  if (/^@[^/]+$/.test(name)) return [`${name}/leakguard-config`];
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  const bare = scoped ? scoped[2]! : name;
  if (bare.startsWith('leakguard-config')) return [name];
  return [name, scoped ? `${scoped[1]}/leakguard-config-${bare}` : `leakguard-config-${bare}`];
}

function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; ) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function packageConfig(dir: string, name: string, source: string): string {
  let pkg: { main?: unknown; exports?: unknown };
  try {
    pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof pkg;
  } catch (e) {
    throw new LeakguardError(`invalid config in ${source}: "extends": ${name}'s package.json cannot be read: ${(e as Error).message}`);
  }
  const entry = exportedEntry(pkg.exports) ?? (typeof pkg.main === 'string' ? pkg.main : undefined);
  if (entry !== undefined) {
    if (!entry.endsWith('.json')) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} points at ${entry}, which is not JSON: leakguard reads shared configs as data and never runs them. Point "main" (or "exports") at a .json file, or ship a root ${SHARED_CONFIG_FILE}`);
    const file = resolve(dir, entry);
    if (relative(dir, file).startsWith('..')) throw new LeakguardError(`invalid config in ${source}: "extends": ${name}'s entry ${entry} is outside the package`);
    if (!existsSync(file)) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} names ${entry}, which is not in the installed package (${file})`);
    return file;
  }
  const file = join(dir, SHARED_CONFIG_FILE);
  if (!existsSync(file)) throw new LeakguardError(`invalid config in ${source}: "extends": ${name} has no config: give it a ${SHARED_CONFIG_FILE}, or point its "main" at a JSON file`);
  return file;
}

/** The `.` entry of package.json `exports`: a string, `{ ".": … }`, or conditions (`default`, `require`, `import`). */
function exportedEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  const dot = '.' in map ? map['.'] : Object.keys(map).some((k) => k.startsWith('.')) ? undefined : map;
  if (typeof dot === 'string') return dot;
  if (typeof dot === 'object' && dot !== null) {
    for (const c of ['default', 'require', 'import', 'node']) {
      const v = (dot as Record<string, unknown>)[c];
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}
