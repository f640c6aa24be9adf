/**
 * Loads a dependency synchronously, on first use only, from both builds: the
 * CLI bundles are CommonJS (they have `require`), the library is ESM (it
 * needs createRequire). Keeps libraries the hook never needs off its path.
 */
export declare function lazyRequire<T>(id: string): T;
