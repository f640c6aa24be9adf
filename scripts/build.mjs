// Bundles the CLI and the library with esbuild.
//
// Why bundles, and why CommonJS for the CLI: the pre-commit hook pays Node's
// start-up on every commit. Measured on this kind of machine, Node's ESM loader
// spends ~11 ms translating a split ESM bundle before our code runs; one
// self-contained CommonJS file per command loads in a fraction of that. So:
//   dist/cli.cjs              the dispatcher (tiny), `bin` points here
//   dist/commands/<name>.cjs  one self-contained bundle per command, required lazily
//   dist/index.js             the ESM library API for embedders
//
// dist/ is committed: the pre-commit framework and the GitHub Action install
// leakguard straight from this repository with `npm pack`, which must not run
// a build script (npm prints its banner into the pack output that pre-commit
// parses). A test rebuilds into a temporary directory and fails if the
// committed dist/ is stale: run `npm run build` after changing src/.
//   node scripts/build.mjs [--outdir <dir>]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Runtime dependencies stay external, loaded from node_modules when a command needs them. Bundled
// instead: picocolors, which the scan bundle needs at load. Requiring a package from node_modules
// costs the commit hook ~2.5 ms (path walk, package.json, realpath through pnpm's symlinks) for 2 KB
// of code; its ISC licence goes into dist/THIRD-PARTY-LICENSES.txt.
const BUNDLED = ['picocolors'];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: Object.keys(pkg.dependencies),
  logLevel: 'warning',
  legalComments: 'none',
  define: { __LEAKGUARD_VERSION__: JSON.stringify(pkg.version) },
};
// In the CommonJS bundles `import.meta` is empty, and the code that reads it
// only runs in the ESM library build (see src/config/schema.ts).
const cjs = { ...common, format: 'cjs', logOverride: { 'empty-import-meta': 'silent' } };
// Verification (node:https, node:tls, 45 verifiers) is a bundle of its own, dist/verify.cjs: the
// commands import it lazily, and bundled inline it cost every commit hook ~3 ms of parsing. The
// source's `import()` becomes a require of that bundle (through a one-line module in the command's
// bundle): a hook's bundle is compiled through vm.Script for the code cache, where Node 20 allows
// no dynamic import without --experimental-vm-modules (and the ESM loader costs ~10 ms besides).
const verifyApart = {
  name: 'verify-apart',
  setup(b) {
    b.onResolve({ filter: /\/verify\/index\.js$/ }, () => ({ path: 'verify', namespace: 'verify-apart' }));
    b.onLoad({ filter: /.*/, namespace: 'verify-apart' }, () => ({ contents: 'module.exports = require("../verify.cjs");', loader: 'js' }));
    b.onResolve({ filter: /^\.\.\/verify\.cjs$/ }, () => ({ path: '../verify.cjs', external: true }));
  },
};

const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
rmSync(outdir, { recursive: true, force: true });
const commands = readdirSync('src/cli/commands').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
await Promise.all([
  build({ ...cjs, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.cjs`, banner: { js: '#!/usr/bin/env node' } }),
  ...commands.map((name) => build({ ...cjs, entryPoints: [`src/cli/commands/${name}.ts`], outfile: `${outdir}/commands/${name}.cjs`, plugins: [verifyApart] })),
  build({ ...cjs, entryPoints: ['src/verify/index.ts'], outfile: `${outdir}/verify.cjs` }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js`, format: 'esm' }),
]);
// Pure ASCII output: Node reads a module's source as UTF-8, and one non-ASCII character (a "…" in a
// comment, a "•" in a regex) makes the whole 290 KB bundle a two-byte string, decoded on the slow
// path and scanned slower by V8: ~5 ms of every commit hook. esbuild's ASCII charset escapes string
// literals but leaves regex literals and comments; \uXXXX means the same character in both.
for (const file of [`${outdir}/cli.cjs`, `${outdir}/index.js`, `${outdir}/verify.cjs`, ...commands.map((name) => `${outdir}/commands/${name}.cjs`)]) {
  const text = readFileSync(file, 'utf8');
  if (/[^\x00-\x7f]/.test(text)) writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
chmodSync(`${outdir}/cli.cjs`, 0o755);
writeFileSync(`${outdir}/THIRD-PARTY-LICENSES.txt`, BUNDLED.map((name) => {
  const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  return `${name} ${version} (${license}), bundled into dist/\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}\n`;
}).join('\n'));
// Type declarations for the library API (`import { scanText } from 'leakguard'`).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--outDir', `${outdir}/types`], { stdio: 'inherit' });
