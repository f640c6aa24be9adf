import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

/**
 * Monorepos link each app's `.env` to the one at the root (`apps/web/.env -> ../../.env`) and
 * commit the link: git stores only the path it points to, and the root `.env` stays gitignored.
 * That commit holds no secret, so no guard may block it, and the tree scan must not read the
 * gitignored file through the link. A regular `.env` is still judged as before.
 */
function repoWithLinkedEnv(): TestRepo {
  const repo = makeRepo();
  repo.write('.gitignore', '.env\n');
  repo.write('.env', `GITHUB_TOKEN=${fake.checksummed('ghp_')}\n`);
  mkdirSync(join(repo.dir, 'apps', 'web'), { recursive: true });
  symlinkSync('../../.env', join(repo.dir, 'apps', 'web', '.env'));
  repo.write('apps/web/index.ts', 'export {};\n');
  repo.git('add', '.');
  repo.git('add', '-f', 'apps/web/.env');
  return repo;
}

const findings = (stdout: string) => (JSON.parse(stdout) as { findings: { file: string; ruleId: string }[] }).findings;

describe('a committed symbolic link named like a secrets file', () => {
  it('passes the commit hook, pre-push, the history scan and the tree scan', () => {
    const repo = repoWithLinkedEnv();
    expect(repo.git('ls-files', '-s', 'apps/web/.env')).toMatch(/^120000 /);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(findings(staged.stdout)).toEqual([]);
    expect(staged.code).toBe(0);
    repo.commit('link the env file');

    const history = repo.cli(['scan', '--history', '--format', 'json']);
    expect(findings(history.stdout)).toEqual([]);
    expect(history.code).toBe(0);
    const head = repo.git('rev-parse', 'HEAD').trim();
    const push = repo.cli(['pre-push', 'origin', 'https://example.org/r.git'], `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`);
    expect(push.code).toBe(0);
    // Not even the warning a clean .env gets ("holds no secret yet").
    expect(push.stdout + push.stderr).not.toContain('apps/web/.env');

    // The tree scan reads the link, not the gitignored file it points to.
    const tree = repo.cli(['scan', '.', '--format', 'json']);
    expect(findings(tree.stdout)).toEqual([]);
    expect(tree.code).toBe(0);
  });

  it('a link replaced by a file is judged by name and content (a type change once lost its added lines)', () => {
    const repo = repoWithLinkedEnv();
    repo.commit('link');
    rmSync(join(repo.dir, 'apps', 'web', '.env'));
    repo.write('apps/web/.env', 'NODE_ENV=production\n');
    repo.git('add', '-f', 'apps/web/.env');
    const clean = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(findings(clean.stdout)).toMatchObject([{ file: 'apps/web/.env', ruleId: 'dotenv-file', warning: 'holds no secret yet' }]);
    repo.write('apps/web/.env', `STRIPE_KEY=${fake.join('sk_live_', fake.alnum(24))}\n`);
    repo.git('add', '-f', 'apps/web/.env');
    const leaked = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(leaked.code).toBe(1);
    expect(findings(leaked.stdout)).toMatchObject([{ file: 'apps/web/.env', ruleId: 'stripe-secret-key' }]);
  });
});
