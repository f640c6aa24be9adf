/**
 * Loads a dependency synchronously, on first use only, from both builds: the
 * CLI bundles are CommonJS (they have `require`), the library is ESM (it
 * needs createRequire). Keeps libraries the hook never needs off its path.
 */
export function lazyRequire<T>(id: string): T {
  // node:module is fetched here, not imported: a top-level import loaded it into every CLI bundle (~1.5 ms of each commit hook).
  const load = typeof require === 'function' ? require : process.getBuiltinModule('node:module').createRequire(import.meta.url);
  return load(id) as T;
}
