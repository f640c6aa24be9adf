import { execFileSync } from 'node:child_process';

/** e2e tests drive the real, bundled CLI: build it once before any test runs. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
