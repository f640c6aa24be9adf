import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

const require = createRequire(import.meta.url);
// The official SARIF schema is JSON Schema draft-04, which needs ajv's draft-04 build.
type Validator = ((doc: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = (require('ajv-draft-04') as { default: new (opts: object) => { compile: (schema: object) => Validator } }).default;
const ghToken = () => fake.checksummed('ghp_');

interface JsonFinding { ruleId: string; file: string; line: number; commit?: string; author?: string; occurrences?: number; preview: string }

/**
 * A history with secrets in every awkward place: an unmerged branch, a merge,
 * a commit reachable only from a tag, a file renamed after the leak, a secret
 * removed in a later commit, the same secret added twice, a binary file and a
 * commit message that is not UTF-8.
 */
function leakyHistory(): { repo: TestRepo; secrets: Record<string, string> } {
  const repo = makeRepo();
  const secrets = { removed: ghToken(), feature: ghToken(), tagged: ghToken(), twice: ghToken(), renamed: ghToken() };
  repo.write('README.md', '# app\n');
  repo.git('add', '.');
  repo.commit('init');
  repo.write('config.js', `const t = "${secrets.removed}";\n`);
  repo.git('add', '.');
  repo.commit('add config');
  repo.write('config.js', 'const t = process.env.TOKEN;\n');
  repo.git('add', '.');
  repo.commit('remove the token');
  repo.write('old-name.py', `KEY = "${secrets.renamed}"\n`);
  repo.git('add', '.');
  repo.commit('python');
  repo.git('mv', 'old-name.py', 'new-name.py');
  repo.commit('rename');
  repo.write('image.bin', Buffer.from([0, 1, 2, 3, 0, 255]));
  repo.git('add', '.');
  repo.commit('binary');
  // Non-UTF-8 commit message.
  repo.write('latin.txt', 'x\n');
  repo.git('add', '.');
  repo.git('-c', 'i18n.commitEncoding=ISO-8859-1', 'commit', '-q', '--no-verify', '-m', Buffer.from('caf\xe9', 'latin1').toString('latin1'));
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('feature.txt', `token: ${secrets.feature}\n`);
  repo.git('add', '.');
  repo.commit('feature work');
  repo.git('checkout', '-q', 'main');
  repo.git('checkout', '-q', '-b', 'merged');
  repo.write('a.txt', `a = "${secrets.twice}"\n`);
  repo.git('add', '.');
  repo.commit('first add');
  repo.write('a.txt', 'a = 1\n');
  repo.git('add', '.');
  repo.commit('remove');
  repo.write('a.txt', `a = "${secrets.twice}"\n`);
  repo.git('add', '.');
  repo.commit('add again');
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '--no-edit', 'merged');
  repo.git('branch', '-q', '-D', 'merged');
  // A commit reachable only from an annotated tag.
  repo.git('checkout', '-q', '--detach');
  repo.write('release.txt', `secret=${secrets.tagged}\n`);
  repo.git('add', '.');
  repo.commit('release only');
  repo.git('tag', '-a', 'v1', '-m', 'v1');
  repo.git('checkout', '-q', 'main');
  return { repo, secrets };
}

describe('scan --history', () => {
  const { repo, secrets } = leakyHistory();
  const scan = (args: string[]) => repo.cli(['scan', ...args]);

  it('finds every secret on every branch and tag, once each, at the commit that introduced it', () => {
    const r = scan(['--history', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    const files = findings.map((f) => f.file).sort();
    expect(files).toEqual(['a.txt', 'config.js', 'feature.txt', 'old-name.py', 'release.txt']);
    const twice = findings.find((f) => f.file === 'a.txt')!;
    expect(twice.occurrences).toBe(2);
    expect((twice as unknown as { alsoIn: string[] }).alsoIn).toHaveLength(1);
    expect(repo.git('log', '--format=%s', '-1', (twice as unknown as { alsoIn: string[] }).alsoIn[0]!).trim()).toBe('add again');
    const subject = repo.git('log', '--format=%s', '-1', twice.commit!).trim();
    expect(subject).toBe('first add');
    for (const f of findings) {
      expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(f.author).toBe('Test <test@example.org>');
    }
    for (const s of Object.values(secrets)) expect(r.stdout).not.toContain(s);
  });

  it('reads a bare mirror clone the same way; a work-tree scan there says what to run instead', () => {
    const mirror = join(tempDir(), 'mirror.git');
    repo.git('clone', '-q', '--mirror', repo.dir, mirror);
    const inRepo = scan(['--history', '--format', 'json']);
    const inMirror = runCli(['scan', '--history', '--format', 'json'], mirror, repo.env);
    expect(inMirror.code, inMirror.stderr).toBe(1);
    const key = (out: string) => (JSON.parse(out).findings as JsonFinding[]).map((f) => `${f.file}:${f.line}:${f.commit}`).sort();
    expect(key(inMirror.stdout)).toEqual(key(inRepo.stdout));
    const tree = runCli(['scan'], mirror, repo.env);
    expect(tree.code).toBe(2);
    expect(tree.stderr).toContain('is a bare repository');
    expect(tree.stderr).toContain('leakguard scan --history');
  });

  it('--range narrows to the commits of a range', () => {
    const r = scan(['--range', 'main..feature', '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: JsonFinding) => f.file)).toEqual(['feature.txt']);
    expect(scan(['--range', 'main~2..main~1']).code).toBe(0);
    expect(scan(['--range', '--output=x']).code).toBe(2);
    expect(scan(['--range', 'no-such-ref..main']).code).toBe(2);
  });

  it('--since narrows by date', () => {
    // (git ignores dates it cannot represent, such as years past 2099)
    expect(scan(['--history', '--since', '2090-01-01']).code).toBe(0);
    expect(scan(['--history', '--since', '2000-01-01']).code).toBe(1);
  });

  it('writes SARIF that validates against the official SARIF 2.1.0 schema', () => {
    const r = scan(['--history', '--format', 'sarif', '--report', 'out.sarif']);
    expect(r.code).toBe(1);
    const text = readFileSync(join(repo.dir, 'out.sarif'), 'utf8');
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's patterns are not valid with the u flag, and format checks need extra packages.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
    const validate = ajv.compile(schema);
    // The validator itself rejects a malformed log (so this test can fail).
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const doc = JSON.parse(text);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.runs[0].results).toHaveLength(5);
    for (const s of Object.values(secrets)) expect(text).not.toContain(s);
  });

  it('writes JUnit XML and CSV without secrets', () => {
    const junit = scan(['--history', '--format', 'junit']).stdout;
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="leakguard" tests="5" failures="5">/);
    expect(junit.match(/<testcase /g)).toHaveLength(5);
    const csv = scan(['--history', '--format', 'csv']).stdout.trim().split('\r\n');
    expect(csv[0]).toBe('file,line,column,ruleId,title,provider,confidence,warning,preview,fingerprint,commit,author,date,verification');
    expect(csv).toHaveLength(6);
    for (const s of Object.values(secrets)) expect(junit + csv.join('\n')).not.toContain(s);
  });
});

describe('leakguard pre-receive on a real bare repository', () => {
  function server(): TestRepo {
    const bare = makeRepo({ bare: true });
    const hook = join(bare.dir, 'hooks', 'pre-receive');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" pre-receive\n`);
    chmodSync(hook, 0o755);
    return bare;
  }
  function push(repo: TestRepo, args: string[]) {
    const r = spawnSync('git', ['push', ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  }

  it('rejects pushes that add secrets (branch updates, new branches, tags) and accepts clean ones and deletions', () => {
    const bare = server();
    const repo = makeRepo();
    repo.git('remote', 'add', 'origin', bare.dir);
    repo.write('a.txt', 'hello\n');
    repo.git('add', '.');
    repo.commit('clean');
    expect(push(repo, ['origin', 'main']).code).toBe(0);

    const token = ghToken();
    repo.write('b.txt', `t = "${token}"\n`);
    repo.git('add', '.');
    repo.commit('leak');
    const rejected = push(repo, ['origin', 'main']);
    expect(rejected.code).not.toBe(0);
    expect(rejected.out).toContain('b.txt:1:');
    expect(rejected.out).toContain('pre-receive hook declined');
    expect(rejected.out).not.toContain(token);
    // A new branch and a tag with the same commit are declined for the same finding.
    for (const target of ['main:refs/heads/other', 'leaky-tag']) {
      if (target === 'leaky-tag') repo.git('tag', 'leaky-tag');
      const declined = push(repo, ['origin', target]);
      expect(declined.code, target).not.toBe(0);
      expect(declined.out, target).toContain('b.txt:1:');
      expect(declined.out, target).toContain('pre-receive hook declined');
    }

    // Fix it by rewriting the commit: the force-push of a clean history goes through.
    repo.git('reset', '-q', '--hard', 'HEAD~1');
    repo.write('c.txt', 'fine\n');
    repo.git('add', '.');
    repo.commit('clean again');
    expect(push(repo, ['--force', 'origin', 'main']).code).toBe(0);
    expect(push(repo, ['origin', 'main:refs/heads/tmp']).code).toBe(0);
    expect(push(repo, ['origin', ':refs/heads/tmp']).code).toBe(0);
  });
});

describe('scan --history --include-stashes', () => {
  it('finds a secret that only ever lived in a stash', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'one\n');
    repo.git('add', '.');
    repo.commit('init');
    repo.write('a.txt', `one\nkey = "${ghToken()}"\n`);
    repo.git('stash', '-q');
    expect(repo.cli(['scan', '--history']).code).toBe(0);
    const r = repo.cli(['scan', '--history', '--include-stashes', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([['a.txt', 2]]);
  });
});
