import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

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
// bun installs from its cache only while it can still reach the registry (pointed at 127.0.0.1:9 it fails),
// and tests never reach the registry.
console.log('packed: bun skipped (it cannot install offline: with the registry unreachable it fails to resolve from its cache)');
if (process.env.CI && managers.some((m) => !m.ready)) throw new Error('.ci/run must set up pnpm, yarn and yarn berry in .ci/tools');

const LEFTHOOK = join(TOOLS, 'node_modules/lefthook-linux-x64/bin/lefthook');
const SGH = join(TOOLS, 'node_modules/simple-git-hooks/cli.js');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;
const hookManagers = ['husky', 'lefthook', 'simple-git-hooks', 'pre-commit', 'core.hooksPath'].filter((h) => {
  const ok = h === 'lefthook' ? existsSync(LEFTHOOK) : h === 'simple-git-hooks' ? existsSync(SGH) : h === 'pre-commit' ? hasPreCommit : true;
  if (!ok) console.log(`packed: ${h} cells skipped (not installed: .ci/run installs it)`);
  return ok;
});
const cells = managers.filter((m) => m.ready).flatMap((m) => hookManagers.map((h) => [`${m.name} × ${h}`, m, h] as const));

/** Sets the project up with a hook manager that runs a team hook; returns the files uninstall must restore. */
function withHookManager(repo: TestRepo, h: string): string[] {
  const shim = (name: string, target: string) => {
    repo.write(`node_modules/.bin/${name}`, `#!/bin/sh\nexec ${target} "$@"\n`);
    chmodSync(join(repo.dir, `node_modules/.bin/${name}`), 0o755);
  };
  if (h === 'lefthook') {
    repo.write('lefthook.yml', 'pre-commit:\n  commands:\n    team:\n      run: echo "team hook ran"\n');
    shim('lefthook', `"${LEFTHOOK}"`);
    return ['package.json', 'lefthook.yml'];
  }
  if (h === 'simple-git-hooks') {
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8'));
    pkg['simple-git-hooks'] = { 'pre-commit': 'echo "team hook ran"' };
    repo.write('package.json', JSON.stringify(pkg, null, 2) + '\n');
    shim('simple-git-hooks', `"${process.execPath}" "${SGH}"`);
    return ['package.json'];
  }
  if (h === 'pre-commit') {
    repo.env.PRE_COMMIT_HOME = tempDir('leakguard-pre-commit-');
    repo.write('.pre-commit-config.yaml', 'repos:\n  - repo: local\n    hooks:\n      - id: team\n        name: team\n        entry: echo "team hook ran"\n        language: system\n        pass_filenames: false\n        always_run: true\n        verbose: true\n');
    return ['package.json', '.pre-commit-config.yaml'];
  }
  if (h === 'core.hooksPath') {
    repo.write('.githooks/pre-commit', '#!/bin/sh\necho "team hook ran"\n');
    chmodSync(join(repo.dir, '.githooks/pre-commit'), 0o755);
    repo.git('config', 'core.hooksPath', '.githooks');
    return ['package.json', '.githooks/pre-commit'];
  }
  return ['package.json'];
}

describe('the packed package in a fresh project, with each package manager and hook manager', () => {
  it.each(cells)('%s: init, a clean and a blocked commit, a blocked push, uninstall restores the files', (_cell, m, h) => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'fresh', version: '1.0.0', private: true }, null, 2) + '\n');
    repo.write('index.js', 'console.log("hi")\n');
    const [cmd, args] = m.install(packed(), repo.dir);
    const install = spawnSync(cmd, args, { cwd: repo.dir, env: { ...repo.env, YARN_ENABLE_NETWORK: '0' }, encoding: 'utf8' });
    if (install.status !== 0) {
      // npm: a cache without the dependencies (no `npm ci` on this machine yet) is not a defect of the package.
      if (m.name === 'npm' && !process.env.CI && /ENOTCACHED/.test(install.stderr)) return void console.log('packed: npm skipped (its cache lacks the dependencies; run npm ci first)');
      throw new Error(`${m.name} install failed: ${install.stdout}${install.stderr}`);
    }
    const restored = withHookManager(repo, h);
    const before = new Map(restored.map((f) => [f, readFileSync(join(repo.dir, f), 'utf8')]));
    const lg = join(repo.dir, 'node_modules/.bin/leakguard');
    const init = spawnSync(lg, ['init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(init.stdout).toContain(`Package manager: ${m.name.split(' ')[0]}`);
    expect(init.stdout).not.toContain('node_modules/leakguard');
    expect(init.stdout).toContain('Working tree: no secrets'); // a fresh project's first scan: nothing, leakguard's own files included
    if (h !== 'husky' && h !== 'core.hooksPath') expect(existsSync(join(repo.dir, '.husky'))).toBe(false);
    repo.git('add', '-A');
    const first = spawnSync('git', ['commit', '-q', '-m', 'set up'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    if (h !== 'husky') expect(first.stdout + first.stderr).toContain('team hook ran');
    const token = fake.checksummed('ghp_');
    repo.write('src/a.js', `const t = "${token}";\n`);
    repo.git('add', 'src/a.js');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'leak'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(blocked.status, blocked.stdout + blocked.stderr).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('src/a.js:1:');
    expect(blocked.stdout + blocked.stderr).not.toContain(token);
    // The pre-commit framework passes no ref lines at pre-push: CI's scan --range covers pushes there.
    if (h !== 'pre-commit') {
      const remote = makeRepo({ bare: true });
      repo.git('remote', 'add', 'origin', remote.dir);
      repo.git('commit', '-q', '--no-verify', '-m', 'sneaky');
      const push = spawnSync('git', ['push', 'origin', 'HEAD:refs/heads/main'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
      expect(push.status, push.stdout + push.stderr).not.toBe(0);
      expect(push.stdout + push.stderr).toContain('src/a.js:1:');
    }
    const un = spawnSync(lg, ['uninstall'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(un.status, un.stdout + un.stderr).toBe(0);
    for (const [f, content] of before) expect(readFileSync(join(repo.dir, f), 'utf8'), f).toBe(content);
  }, 120_000);
});
