import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

/**
 * The package as users get it: `npm pack` of this checkout installed into a
 * fresh project by each package manager, offline (tests never reach the
 * registry: npm uses the cache `npm ci` filled, pnpm and yarn the store and
 * cache `.ci/run` warmed in .ci/tools), then `init`, a clean and a blocked
 * commit, and `uninstall`. Yarn Berry and bun are not set up here: they are
 * reported as skipped.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOOLS = join(ROOT, '.ci/tools');
const PNPM = join(TOOLS, 'node_modules/pnpm/bin/pnpm.cjs');
const YARN = join(TOOLS, 'node_modules/yarn/bin/yarn.js');
const BERRY = join(TOOLS, 'node_modules/@yarnpkg/cli-dist/bin/yarn.js');

let tarball: string | undefined;
function packed(): string {
  if (tarball) return tarball;
  const dir = tempDir('leakguard-pack-');
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, stdio: 'ignore' });
  return (tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!));
}

const managers: { name: string; ready: boolean; why?: string; install: (tgz: string, dir: string) => [string, string[]] }[] = [
  { name: 'npm', ready: true, install: (tgz) => ['npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--save-dev', tgz]] },
  {
    name: 'pnpm',
    ready: existsSync(PNPM) && existsSync(join(TOOLS, 'pnpm-store')) && existsSync(join(TOOLS, 'pnpm-cache')),
    install: (tgz) => [process.execPath, [PNPM, 'add', '-D', tgz, '--offline', '--store-dir', join(TOOLS, 'pnpm-store'), '--cache-dir', join(TOOLS, 'pnpm-cache'), '--ignore-scripts']],
  },
  {
    name: 'yarn',
    ready: existsSync(YARN) && existsSync(join(TOOLS, 'yarn-cache')),
    install: (tgz) => [process.execPath, [YARN, 'add', '-D', `file:${tgz}`, '--offline', '--cache-folder', join(TOOLS, 'yarn-cache'), '--ignore-scripts', '--non-interactive']],
  },
  {
    // Berry resolves version ranges from the registry even with a warm cache, so the project starts
    // from the lockfile .ci/run made for the tarball it packed (package.json, yarn.lock, .yarnrc.yml).
    name: 'yarn berry',
    ready: existsSync(BERRY) && existsSync(join(TOOLS, 'warm-berry/yarn.lock')) && existsSync(join(TOOLS, 'berry-cache')),
    install: (_tgz, dir) => {
      for (const f of ['package.json', 'yarn.lock', '.yarnrc.yml']) copyFileSync(join(TOOLS, 'warm-berry', f), join(dir, f));
      return [process.execPath, [BERRY, 'install']];
    },
  },
];
for (const m of managers) if (!m.ready) console.log(`packed: ${m.name} skipped (not set up: run .ci/run, which installs it into .ci/tools and warms its store)`);
console.log('packed: bun skipped (its binary is not installed on this kind of machine by .ci/run yet)');
if (process.env.CI && managers.some((m) => !m.ready)) throw new Error('.ci/run must set up pnpm, yarn and yarn berry in .ci/tools');

describe('the packed package in a fresh project', () => {
  it.each(managers.filter((m) => m.ready).map((m) => [m.name, m] as const))('%s: installs offline from the tarball, guards commits, uninstalls', (name, m) => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'fresh', version: '1.0.0', private: true }, null, 2) + '\n');
    repo.write('index.js', 'console.log("hi")\n');
    const [cmd, args] = m.install(packed(), repo.dir);
    const install = spawnSync(cmd, args, { cwd: repo.dir, env: { ...repo.env, YARN_ENABLE_NETWORK: '0' }, encoding: 'utf8' });
    if (install.status !== 0) {
      // npm: a cache without the dependencies (no `npm ci` on this machine yet) is not a defect of the package.
      if (name === 'npm' && !process.env.CI && /ENOTCACHED/.test(install.stderr)) return void console.log('packed: npm skipped (its cache lacks the dependencies; run npm ci first)');
      throw new Error(`${name} install failed: ${install.stdout}${install.stderr}`);
    }
    const lg = join(repo.dir, 'node_modules/.bin/leakguard');
    const init = spawnSync(lg, ['init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(init.stdout).toContain(`Package manager: ${name.split(' ')[0]}`);
    expect(init.stdout).not.toContain('node_modules/leakguard');
    repo.git('add', '-A');
    const first = spawnSync('git', ['commit', '-q', '-m', 'set up'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const token = fake.checksummed('ghp_');
    repo.write('src/a.js', `const t = "${token}";\n`);
    repo.git('add', 'src/a.js');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'leak'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('src/a.js:1:');
    expect(blocked.stdout + blocked.stderr).not.toContain(token);
    const un = spawnSync(lg, ['uninstall'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(un.status, un.stdout + un.stderr).toBe(0);
  }, 120_000);
});
