import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

/**
 * The package as users get it: `npm pack` of this checkout installed into a
 * fresh project, from npm's cache only (`--offline`: tests never reach the
 * registry; `npm ci` filled the cache with every dependency), then `init`, a
 * blocked and a clean commit, and `uninstall`. pnpm, yarn and bun cannot
 * install offline from npm's cache, so they are not part of this test.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the packed package in a fresh npm project', () => {
  it('installs offline from the tarball, guards commits, and uninstalls', () => {
    const packDir = tempDir('leakguard-pack-');
    execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], { cwd: ROOT, stdio: 'ignore' });
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'fresh', version: '1.0.0', private: true }, null, 2) + '\n');
    repo.write('index.js', 'console.log("hi")\n');
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--save-dev', tarball], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    if (install.status !== 0) {
      // A cache without the dependencies (no `npm ci` run on this machine yet) is not a defect of the package.
      if (!process.env.CI && /ENOTCACHED/.test(install.stderr)) return void console.log('packed: skipped (npm cache lacks the dependencies; run npm ci first)');
      throw new Error(install.stderr);
    }
    const init = spawnSync(join(repo.dir, 'node_modules/.bin/leakguard'), ['init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(init.stdout).toContain('Package manager: npm');
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
    const un = spawnSync(join(repo.dir, 'node_modules/.bin/leakguard'), ['uninstall'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(un.status, un.stdout + un.stderr).toBe(0);
  }, 120_000);
});
