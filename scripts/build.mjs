// Bundles the CLI and the library with esbuild.
// Why a bundle: the pre-commit hook pays Node's module resolution on every
// commit; one pre-resolved ESM file (plus lazily loaded chunks for commands
// the hook never runs) keeps start-up close to bare `node -e 0`.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __LEAKGUARD_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  legalComments: 'none',
});
// The shebang is added only to the CLI entry.
const cli = readFileSync('dist/cli.js', 'utf8');
writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + cli);
chmodSync('dist/cli.js', 0o755);
