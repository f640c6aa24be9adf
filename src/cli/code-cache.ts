import { accessSync, constants, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { PRODUCING_CODE_CACHE } from './short-run.js';

/**
 * A V8 code cache for the bundles git hooks load on every commit and push.
 *
 * Node 20 compiles a command's bundle from source at every start (Node 22's
 * module.enableCompileCache does not exist here): for `scan --staged` that is
 * ~5 ms of parsing the 290 KB bundle, plus the lazy compilation of every
 * function the run calls. V8 can serialise the compiled code and take it back
 * next time. Measured on the bench's 20-file commit (2-core machine, medians
 * of 31 interleaved runs): a cache made when the run ends saves ~5.8 ms of a
 * ~45 ms hook, one made right after compiling (top-level code only) ~3 ms.
 *
 * So the first hook run after an install, an upgrade or a Node change compiles
 * as before and, as it exits, writes what it compiled; later runs read it.
 * That first run leaves V8's flags alone (no short run, see short-run.ts):
 * V8 rejects a cache made under other flags than the reading process has when
 * it compiles, and the short run changes them mid-run. (Last round's "a cache
 * made after a run is 8 ms slower" was this: every such cache was rejected.)
 *
 * Where: $LEAKGUARD_CODE_CACHE (a directory, or "off"), else
 * $XDG_CACHE_HOME/leakguard, ~/.cache/leakguard, or %LOCALAPPDATA%\leakguard;
 * never the repository. V8 checks little of what it is given (its version,
 * flags and the source's length, not the source itself), and the cache is
 * code that runs in every hook: so the directory must be this user's own and
 * writable by nobody else, and a cache is taken only when its first line
 * names exactly this bundle file (size, times, inode), this Node and these
 * Node options. Anything amiss (no home, a read-only disk, another owner)
 * loads the bundle the usual way.
 */

export type CodeCacheState = 'hit' | 'miss' | 'rejected' | 'off';

/** How the last bundle was loaded, for LEAKGUARD_TIMING and the tests. */
export let codeCacheState: CodeCacheState = 'off';

/** Cache files kept per bundle (several projects may pin different versions). */
const KEEP = 8;
const WRAP = ['(function (exports, require, module, __filename, __dirname) { ', '\n})'] as const;

function cacheDir(): string | undefined {
  const given = process.env.LEAKGUARD_CODE_CACHE;
  if (given === 'off' || given === '0') return undefined;
  if (given) return isAbsolute(given) ? given : undefined;
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'leakguard');
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'leakguard') : undefined;
  return process.env.HOME && isAbsolute(process.env.HOME) ? join(process.env.HOME, '.cache', 'leakguard') : undefined;
}

/**
 * The directory, made if missing, when it is this user's, nobody else can write to it, and this process can
 * (a run that cannot save the cache would give up the short run every time for nothing).
 */
function privateDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return false;
    accessSync(dir, constants.W_OK);
    return process.platform === 'win32' || (st.uid === process.getuid!() && (st.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

/** FNV-1a, for a short file name; the full key is compared from the file's first line. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Loads a CommonJS bundle like `require(file)`, through the code cache when it
 * can. The bundle gets a real `require` for its own directory.
 */
export function requireWithCodeCache(file: string): unknown {
  const dir = cacheDir();
  if (dir === undefined || !privateDir(dir)) {
    codeCacheState = 'off';
    return require(file);
  }
  const st = statSync(file);
  // JSON: the key is one line whatever the path holds.
  const key = JSON.stringify([file, st.size, st.mtimeMs, st.ctimeMs, st.ino, st.dev, process.version, process.arch, process.execArgv, process.env.NODE_OPTIONS ?? '']);
  const name = basename(file).replace(/\.cjs$/, '');
  const cacheFile = join(dir, `${name}-${fnv1a(key)}.bin`);
  let cachedData: Buffer | undefined;
  try {
    const buf = readFileSync(cacheFile);
    const nl = buf.indexOf(10);
    if (nl > 0 && buf.toString('utf8', 0, nl) === key) cachedData = buf.subarray(nl + 1);
  } catch {
    // No cache yet.
  }
  const vm = process.getBuiltinModule('node:vm');
  const script = new vm.Script(WRAP[0] + readFileSync(file, 'utf8') + WRAP[1], { filename: file, cachedData });
  codeCacheState = cachedData === undefined ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';
  if (codeCacheState !== 'hit') {
    (globalThis as Record<symbol, unknown>)[PRODUCING_CODE_CACHE] = true;
    process.once('exit', () => save(script, dir, cacheFile, key, name));
  }
  const module = { exports: {} as unknown };
  const load = (script.runInThisContext() as (...a: unknown[]) => void);
  load.call(module.exports, module.exports, process.getBuiltinModule('node:module').createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** Written whole under another name, then renamed: two hooks at once never read half a cache. */
function save(script: import('node:vm').Script, dir: string, cacheFile: string, key: string, name: string): void {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${key}\n`), script.createCachedData()]), { mode: 0o600 });
    renameSync(tmp, cacheFile);
    // This bundle's files only (bundle names are [a-z-]: "pre" would not take "pre-push"'s).
    const ours = new RegExp(`^${name}-[0-9a-f]{8}\\.bin$`);
    const mine = readdirSync(dir).filter((f) => ours.test(f));
    if (mine.length > KEEP) {
      const byAge = mine.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { f } of byAge.slice(0, mine.length - KEEP)) unlinkSync(join(dir, f));
    }
  } catch {
    // Only a speed-up: the next run compiles from source again.
  }
}
