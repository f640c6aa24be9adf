import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hasPreCommit = spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status === 0;
// CI installs Debian's pre-commit (.ci/run); elsewhere the test is skipped when it is missing.
if (!hasPreCommit && process.env.CI) throw new Error('pre-commit is not installed: .ci/run installs Debian\'s pre-commit package');

describe.skipIf(!hasPreCommit)('the pre-commit framework (.pre-commit-hooks.yaml)', () => {
  it('installs leakguard from this repository and blocks a commit that adds a secret', () => {
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const repo = makeRepo();
    const env = { ...repo.env, PRE_COMMIT_HOME: tempDir('leakguard-pre-commit-') };
    repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: leakguard\n      - id: leakguard-commit-msg\n`);
    execFileSync('pre-commit', ['install', '--hook-type', 'pre-commit', '--hook-type', 'commit-msg'], { cwd: repo.dir, env, stdio: 'ignore' });
    repo.git('add', '.');
    const first = spawnSync('git', ['commit', '-m', 'add pre-commit config'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout + first.stderr).toMatch(/leakguard \(secrets in staged changes\)\.+Passed/);
    const token = `sk_live_${fake.alnum(30)}`;
    repo.write('k.js', `const k = "${token}";\n`);
    repo.git('add', 'k.js');
    const blocked = spawnSync('git', ['commit', '-m', 'leak'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('Stripe secret key');
    expect(blocked.stdout + blocked.stderr).not.toContain(token);
    // A clean change whose message holds a token is stopped by the commit-msg stage.
    repo.write('k.js', 'const k = process.env.STRIPE_KEY;\n');
    repo.git('add', 'k.js');
    const message = spawnSync('git', ['commit', '-m', `use env; old key was ${token}`], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(message.status).not.toBe(0);
    expect(message.stdout + message.stderr).toContain('commit message of');
    expect(message.stdout + message.stderr).not.toContain(token);
  }, 300_000);
});
