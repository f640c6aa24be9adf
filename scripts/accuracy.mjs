// Runs test/corpus/report.ts (TypeScript) by bundling it with esbuild first:
// no ts-node or loader needed, and the numbers come from the same sources the
// tests use.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'leakguard-accuracy-'));
const out = join(dir, 'report.mjs');
try {
  await build({ entryPoints: ['test/corpus/report.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, packages: 'external', logLevel: 'warning' });
  await import(pathToFileURL(out).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
