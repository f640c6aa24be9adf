import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, type TestRepo } from '../helpers/repo.js';

const ghToken = () => fake.checksummed('ghp_');
const require = createRequire(import.meta.url);
type Validator = ((doc: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = (require('ajv-draft-04') as { default: new (opts: object) => { compile: (schema: object) => Validator } }).default;

interface JsonFinding { ruleId: string; file: string; line: number; commit?: string; blocking: boolean; occurrences?: number }
const findings = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;

function gitIn(repo: TestRepo, args: string[]) {
  const r = spawnSync('git', args, { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** Plain git hooks that run this build of the CLI (what `init` installs without package.json). */
function guarded(): TestRepo {
  const repo = makeRepo();
  repo.env.LEAKGUARD_BIN = `${process.execPath} ${CLI}`;
  const r = repo.cli(['init']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return repo;
}

describe('commit and tag messages', () => {
  it('scan --history and --range find a token in a commit message, once, at the commit that added it', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('a.txt', 'a\n');
    repo.git('add', '.');
    repo.commit(`deploy fix\n\nused ${token} to test the API`);
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.write('a.txt', 'b\n');
    repo.git('add', '.');
    repo.commit(`again: ${token}`);
    const hist = repo.cli(['scan', '--history', '--format', 'json']);
    expect(hist.code).toBe(1);
    const f = findings(hist.stdout);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ file: '(commit message)', line: 3, commit: first, occurrences: 2, blocking: true });
    expect(hist.stdout).not.toContain(token);
    const human = repo.cli(['scan', '--range', 'HEAD~1..HEAD']);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('commit message of ');
    expect(human.stdout).toContain('reword the commit');
    expect(human.stdout).not.toContain(token);
    // SARIF: a logical location names the commit whose message it is.
    const sarif = JSON.parse(repo.cli(['scan', '--history', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results[0].locations[0].logicalLocations[0]).toMatchObject({ name: 'commit message', fullyQualifiedName: `commit/${first}/message:3` });
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    // Allowed by the same mechanisms as files: the fingerprint in .leakguardignore.
    repo.write('.leakguardignore', `${JSON.parse(hist.stdout).findings[0].fingerprint}\n`);
    expect(repo.cli(['scan', '--history']).code).toBe(0);
  });

  it('scan --history reads annotated tag messages', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.git('add', '.');
    repo.commit('init');
    repo.git('tag', '-a', 'v1.0', '-m', `release\n\nTOKEN=${ghToken()}`);
    const r = repo.cli(['scan', '--history', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toMatchObject([{ file: '(tag message)', line: 3, commit: repo.git('rev-parse', 'v1.0').trim() }]);
  });

  it('the commit-msg hook blocks a message with a token and says how to reword; comments and the -v diff are not the message', () => {
    const repo = guarded();
    repo.write('a.txt', 'a\n');
    repo.git('add', '-A');
    expect(gitIn(repo, ['commit', '-q', '-m', 'set up']).code).toBe(0);
    repo.write('a.txt', 'b\n');
    repo.git('add', 'a.txt');
    const token = ghToken();
    const blocked = gitIn(repo, ['commit', '-q', '-m', `fix login\n\ntoken was ${token}`]);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('commit message of (being written), line 3');
    expect(blocked.out).toContain('take it out of the message');
    expect(blocked.out).not.toContain(token);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    // No secret word in the message: the hook's shell prefilter still hands a token-shaped run to leakguard.
    const bare = gitIn(repo, ['commit', '-q', '-m', `quick fix ${token}`]);
    expect(bare.code).not.toBe(0);
    expect(bare.out).toContain('commit message of (being written), line 1');
    expect(bare.out).toContain('Commit blocked: the message holds a secret');
    expect(bare.out).not.toContain(token);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    // A message whose only token sits in a comment line passes.
    repo.write('msg.txt', `fix login\n# ${token}\n`);
    expect(repo.cli(['commit-msg', 'msg.txt']).code).toBe(0);
    expect(repo.cli(['commit-msg', 'missing.txt']).code).toBe(2);
    expect(gitIn(repo, ['commit', '-q', '-m', 'fix login']).code).toBe(0);
  });

  it('pre-push catches a message that --no-verify let through, and a pushed annotated tag', () => {
    const repo = guarded();
    const remote = makeRepo({ bare: true });
    repo.git('remote', 'add', 'origin', remote.dir);
    repo.write('a.txt', 'a\n');
    repo.git('add', '-A');
    expect(gitIn(repo, ['commit', '-q', '-m', 'init']).code).toBe(0);
    expect(gitIn(repo, ['push', '-q', 'origin', 'main']).code).toBe(0);
    repo.write('a.txt', 'b\n');
    repo.git('add', 'a.txt');
    expect(gitIn(repo, ['commit', '-q', '--no-verify', '-m', `oops ${ghToken()}`]).code).toBe(0);
    const pushed = gitIn(repo, ['push', 'origin', 'main']);
    expect(pushed.code).not.toBe(0);
    expect(pushed.out).toContain('commit message of ');
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.git('tag', '-a', 'v2', '-m', `notes ${ghToken()}`);
    const tag = gitIn(repo, ['push', 'origin', 'v2']);
    expect(tag.code).not.toBe(0);
    expect(tag.out).toContain('tag message of ');
  });
});
