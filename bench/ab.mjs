// A/B: this build's CLI against another build's, run alternately (interleaved) in the same
// directory, with `node -e 0` as the floor, so a change's cost is measured on the same noisy
// machine at the same moment. Medians; no thresholds.
//
//   node bench/ab.mjs --base <other checkout with dist/ and node_modules/> [--runs 21] [--cwd <dir>] -- <leakguard args…>
//   e.g. git worktree add /tmp/prev <commit> && ln -s "$PWD/node_modules" /tmp/prev/node_modules
//        node bench/ab.mjs --base /tmp/prev --cwd ~/src/express -- scan --staged
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const opts = argv.slice(0, dash < 0 ? argv.length : dash);
const args = dash < 0 ? [] : argv.slice(dash + 1);
const opt = (name, d) => (opts.includes(name) ? opts[opts.indexOf(name) + 1] : d);
const base = opt('--base');
if (!base) {
  console.error('usage: node bench/ab.mjs --base <other checkout> [--runs N] [--cwd DIR] -- <leakguard args>');
  process.exit(2);
}
const runs = Number(opt('--runs', '21'));
/**
 * This build, laid out like the base: when the base's node_modules is a symlink (as the usage line
 * suggests), every package it requires is resolved through it (realpath), which cost the base ~10%
 * of a commit hook against this checkout's real folder; two identical builds measured 0.90x.
 */
function sameLayout() {
  if (!lstatSync(join(resolve(base), 'node_modules'), { throwIfNoEntry: false })?.isSymbolicLink()) return ROOT;
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-ab-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
const cwd = resolve(opt('--cwd', process.cwd()));
const cmds = {
  'node -e 0': [process.execPath, '-e', '0'],
  base: [process.execPath, join(resolve(base), 'dist/cli.cjs'), ...args],
  'this build': [process.execPath, join(sameLayout(), 'dist/cli.cjs'), ...args],
};
const times = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
for (let i = 0; i <= runs; i++) {
  for (const [k, c] of Object.entries(cmds)) {
    const t = performance.now();
    spawnSync(c[0], c.slice(1), { cwd, stdio: 'ignore' });
    if (i > 0) times[k].push(performance.now() - t); // the first round warms the page cache
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nleakguard ${args.join(' ')} in ${cwd} (median of ${runs}, interleaved)`);
console.log('| command | median | vs base |');
console.log('|---|---:|---:|');
const b = median(times.base);
for (const [k, v] of Object.entries(times)) console.log(`| ${k} | ${median(v).toFixed(1)} ms | ${(median(v) / b).toFixed(2)}x |`);
