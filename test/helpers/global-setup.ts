import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

/**
 * e2e tests drive the committed, bundled CLI in dist/ (committed so the
 * pre-commit framework and the GitHub Action can install from the repository).
 * Before anything runs, rebuild into a temporary directory and refuse to go on
 * if dist/ differs: a stale dist/ would make every e2e result meaningless.
 */
export default function setup(): void {
  const tmp = mkdtempSync(join(tmpdir(), 'leakguard-dist-'));
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', tmp], { stdio: 'inherit' });
    const fresh = files(tmp).map((f) => relative(tmp, f)).sort();
    const committed = files('dist').map((f) => relative('dist', f)).sort();
    const stale = [...new Set([...fresh, ...committed])].filter((f) => {
      try {
        return !readFileSync(join(tmp, f)).equals(readFileSync(join('dist', f)));
      } catch {
        return true;
      }
    });
    if (stale.length) throw new Error(`dist/ is out of date with src/ (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}): run \`npm run build\` and commit dist/.`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
