import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, tempDir, runCli, gitEnv, CLI } from '../helpers/repo.js';

/** A GitHub classic token with a valid checksum, built at run time. */
const ghToken = () => fake.checksummed('ghp_');

function findingsOf(stdout: string): { ruleId: string; file: string; line: number; preview: string; context: string; blocking: boolean; warning?: string; locations?: { file: string; line: number }[] }[] {
  return JSON.parse(stdout).findings;
}

describe('scan --staged on real repositories', () => {
  it('blocks a staged token in the first commit of a repository (no HEAD), with a redacted preview', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('src/config.js', `const a = 1;\nconst token = "${token}";\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/config.js:2:16');
    expect(r.stdout).toContain('GitHub personal access token (classic)');
    expect(r.stdout).toContain('Commit blocked');
    expect(r.stdout + r.stderr).not.toContain(token);
    expect(r.stdout).toContain(token.slice(0, 6));
  });

  it('from a subdirectory, scans the whole index with root-relative paths (the diff started early by the dispatcher)', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('docs/readme.md', '# docs\n');
    repo.write('src/deep/config.js', `const token = "${token}";\n`);
    repo.git('add', '.');
    const trace = join(tempDir(), 'trace');
    const fromDocs = runCli(['scan', '--staged', '--format', 'json'], `${repo.dir}/docs`, { ...repo.env, GIT_TRACE: trace });
    expect(fromDocs.code, fromDocs.stderr).toBe(1);
    expect(findingsOf(fromDocs.stdout).map((f) => `${f.file}:${f.line}`)).toEqual(['src/deep/config.js:1']);
    // The early diff was the one used: git ran it once.
    expect(readFileSync(trace, 'utf8').match(/built-in: git diff --cached/g)).toHaveLength(1);
    // With paths (lint-staged), only those files: the early whole-index diff is not used.
    const onlyDocs = runCli(['scan', '--staged', '--format', 'json', 'readme.md'], `${repo.dir}/docs`, repo.env);
    expect(onlyDocs.code, onlyDocs.stderr).toBe(0);
    // Outside a repository the usual error, not a stale early result.
    const outside = runCli(['scan', '--staged'], tempDir(), repo.env);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('not inside a git repository');
  });

  it('exits 0 on clean staged changes and on an empty index', () => {
    const repo = makeRepo();
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.write('a.txt', 'hello\n');
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('no secrets found');
  });

  it('reports only added lines: an old secret elsewhere in the file does not block', () => {
    const repo = makeRepo();
    const old = ghToken();
    repo.write('app.py', `TOKEN = "${old}"\nx = 1\n`);
    repo.git('add', '.');
    repo.commit('seed');
    repo.write('app.py', `TOKEN = "${old}"\nx = 2\ny = 3\n`);
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    const fresh = ghToken();
    repo.write('app.py', `TOKEN = "${old}"\nx = 2\ny = 3\nOTHER = "${fresh}"\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => [f.file, f.line])).toEqual([['app.py', 4]]);
  });

  it('scans the index, not the working tree (partial staging)', () => {
    const repo = makeRepo();
    repo.write('f.txt', 'line1\nline2\nline3\n');
    repo.git('add', '.');
    repo.commit('seed');
    const token = ghToken();
    // Stage a clean change, then put a secret only in the working tree.
    repo.write('f.txt', 'line1\nline2 changed\nline3\n');
    repo.git('add', 'f.txt');
    repo.write('f.txt', `line1\nline2 changed\nline3\nsecret = "${token}"\n`);
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    // Now the reverse: the secret is staged, the working tree no longer has it.
    repo.git('add', 'f.txt');
    repo.write('f.txt', 'line1\nline2 changed\nline3\n');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout)[0]).toMatchObject({ file: 'f.txt', line: 4 });
  });

  it('partial staging of hunks with git apply --cached: only the staged hunk counts', () => {
    const repo = makeRepo();
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    repo.write('big.txt', lines.join('\n') + '\n');
    repo.git('add', '.');
    repo.commit('seed');
    const staged = ghToken();
    const unstaged = ghToken();
    const next = [...lines];
    next[2] = `a = "${staged}"`;
    next[27] = `b = "${unstaged}"`;
    repo.write('big.txt', next.join('\n') + '\n');
    // Stage only the first hunk, as `git add -p` would.
    const patch = repo.git('diff', '-U1', 'big.txt');
    const firstHunk = patch.split(/(?=^@@ )/m).slice(0, 2).join('');
    repo.write('hunk.patch', firstHunk);
    repo.git('apply', '--cached', 'hunk.patch');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => f.line)).toEqual([3]);
  });

  it('does not re-report a renamed file, and ignores deletions', () => {
    const repo = makeRepo();
    const token = ghToken();
    const body = `token = "${token}"\n` + Array.from({ length: 20 }, (_, i) => `filler line ${i}`).join('\n') + '\n';
    repo.write('old/name.txt', body);
    repo.git('add', '.');
    repo.commit('seed');
    repo.git('mv', 'old/name.txt', 'renamed.txt');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.commit('rename');
    repo.git('rm', '-q', 'renamed.txt');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
  });

  it('handles odd file names: spaces, unicode, quotes and newlines', () => {
    const repo = makeRepo();
    const names = ['with space.txt', 'ünïcødé/ファイル.txt', 'quote"d.txt', 'new\nline.txt'];
    for (const n of names) repo.write(n, `k = "${ghToken()}"\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => f.file).sort()).toEqual([...names].sort());
  });

  it('handles CRLF files and invalid UTF-8 without losing line numbers', () => {
    const repo = makeRepo();
    const t1 = ghToken();
    const t2 = ghToken();
    repo.write('crlf.txt', `a\r\nb\r\nx = "${t1}"\r\n`);
    repo.write('latin1.txt', Buffer.concat([Buffer.from('caf\xe9 \xff\xfe\n', 'latin1'), Buffer.from(`y = "${t2}"\n`)]));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const f = findingsOf(r.stdout).map((x) => [x.file, x.line]);
    expect(f).toContainEqual(['crlf.txt', 3]);
    expect(f).toContainEqual(['latin1.txt', 2]);
    expect(r.stdout).not.toContain('\r');
  });

  it('skips binary files with a notice, but still flags sensitive file names', () => {
    const repo = makeRepo();
    repo.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0]));
    repo.write('release.keystore', Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/skipped 2 files \(binary: /);
    expect(r.stdout).toContain('release.keystore');
    expect(r.stdout).toContain('Private key or certificate bundle file staged');
  });

  it('fails closed on a staged file over the size cap, says how to allow it, and passes once allowed', () => {
    const repo = makeRepo();
    repo.write('big.log', 'x'.repeat(300 * 1024) + `\nnothing secret here\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--max-file-size', '100KB']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Not scanned \(1\): big\.log — too large/);
    expect(r.stderr).toContain('could not be scanned, so this commit is blocked');
    expect(r.stderr).toContain('"allow.paths"');
    expect(r.stderr).toContain('--no-verify');
    // A working-tree scan lists it without failing; allowing the path lets the commit through.
    expect(repo.cli(['scan', '--max-file-size', '100KB']).code).toBe(0);
    repo.write('leakguard.config.json', JSON.stringify({ allow: { paths: ['big.log'] } }));
    expect(repo.cli(['scan', '--staged', '--max-file-size', '100KB']).code).toBe(0);
  });

  it('a large binary over the cap is binary, not a blind spot: it does not block', () => {
    const repo = makeRepo();
    const video = Buffer.alloc(40 * 1024 * 1024, 1);
    video[10] = 0;
    repo.write('media/intro.mp4', video);
    repo.write('notes.txt', 'x'.repeat(2 * 1024 * 1024));
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--max-file-size', '1MB', '--format', 'json']);
    const skipped = JSON.parse(r.stdout).skipped;
    expect(skipped).toContainEqual({ path: 'media/intro.mp4', reason: 'binary' });
    expect(skipped.find((s: { path: string }) => s.path === 'notes.txt')).toMatchObject({ unscanned: true });
    expect(r.code).toBe(1); // the large text still blocks
    expect(r.stderr).not.toContain('intro.mp4');
    expect(repo.cli(['scan', '--max-file-size', '1MB', '--format', 'json']).stdout).toContain('"reason": "binary"');
  });

  it('scans a 50 MB one-line staged file in pieces and finds the key at its end', () => {
    const repo = makeRepo();
    const token = ghToken();
    // One minified line: the generic layer skips long lines, provider rules do not.
    repo.write('dist/bundle.min.js', `var a="${'ab1;'.repeat(50 * 256 * 1024)}";var k="${token}";\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { file: string; line: number; ruleId: string }) => [f.file, f.line, f.ruleId])).toEqual([['dist/bundle.min.js', 1, 'github-ghp']]);
    expect(doc.summary.files).toBe(1);
    expect(r.stdout).not.toContain(token);
  });

  it('streams a staged change too large for one patch from its blob (bench: peak RSS)', () => {
    const repo = makeRepo();
    const token = ghToken();
    // 70 MB over the 64 MB patch limit: the slow path reads the blob in pieces.
    const line = 'const x = 1; // ' + 'y'.repeat(80) + '\n';
    repo.write('data/huge.txt', line.repeat(Math.ceil((70 * 1024 * 1024) / line.length)) + `token: ${token}\n`);
    repo.write('small.txt', `second = "${ghToken()}"\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file).sort();
    expect(files).toEqual(['data/huge.txt', 'small.txt']);
  });

  it('flags a staged .env but not .env.example; mode-only changes and submodules are ignored', () => {
    const repo = makeRepo();
    repo.write('.env.example', 'API_KEY=\n');
    repo.write('run.sh', 'echo hi\n');
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.commit('seed');
    repo.git('update-index', '--chmod=+x', 'run.sh');
    // A gitlink (submodule entry) pointing at some commit.
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`);
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    // Judged by content: a .env with no secret in it is a warning (it should be gitignored)...
    repo.write('.env', 'NODE_ENV=production\n');
    repo.git('add', '.env');
    const clean = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(findingsOf(clean.stdout)).toMatchObject([{ file: '.env', ruleId: 'dotenv-file', blocking: false, warning: 'holds no secret yet' }]);
    // ...one with a secret blocks, with one finding for the value, not a second one for the file name.
    repo.write('.env', `NODE_ENV=production\nPAYMENTS_KEY=${fake.alnum(32)}\n`);
    repo.git('add', '.env');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout).map((f) => [f.file, f.line, f.blocking])).toEqual([['.env', 2, true]]);
  });

  it('finds a private key block added to a file', () => {
    const repo = makeRepo();
    const body = Array.from({ length: 5 }, () => fake.base64(64)).join('\n');
    repo.write('deploy/notes.txt', `# notes\n\n-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(findingsOf(r.stdout)[0]).toMatchObject({ file: 'deploy/notes.txt', line: 3, ruleId: 'private-key' });
    expect(r.stdout).not.toContain(body.split('\n')[0]);
    // The same key in documentation or a test fixture is a warning, with the reason.
    repo.git('rm', '-q', '--cached', 'deploy/notes.txt');
    repo.write('docs/tls.md', `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
    repo.write('test/fixtures/server.key', `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`);
    repo.git('add', 'docs', 'test');
    const demoted = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(demoted.code).toBe(0);
    expect(findingsOf(demoted.stdout).map((f) => [f.file, f.ruleId, f.warning])).toEqual([['docs/tls.md', 'private-key', 'documentation example']]);
    expect(findingsOf(demoted.stdout)[0]!.locations).toMatchObject([{ file: 'test/fixtures/server.key', line: 1 }]);
  });
});

describe('suppression and configuration', () => {
  it('honours an inline leakguard:allow comment', () => {
    const repo = makeRepo();
    repo.write('a.js', `const t = "${ghToken()}"; // leakguard:allow test fixture\n`);
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
  });

  it('honours .leakguardignore fingerprints and says how many were ignored', () => {
    const repo = makeRepo();
    repo.write('a.js', `const t = "${ghToken()}";\n`);
    repo.git('add', 'a.js');
    const first = repo.cli(['scan', '--staged', '--format', 'json']);
    const fp = JSON.parse(first.stdout).findings[0].fingerprint as string;
    repo.write('.leakguardignore', `# reviewed: revoked test token\n${fp}\n`);
    const r = repo.cli(['scan', '--staged']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 known finding ignored');
  });

  it('honours config: allowed paths, allowed values, disabled rules and custom rules', () => {
    const repo = makeRepo();
    const token = ghToken();
    const known = ghToken();
    repo.write('fixtures/a.txt', `t = "${token}"\n`);
    repo.write('b.txt', `u = "${token}"\n`);
    repo.write('c.txt', `internal = ACME-${fake.hex(16)}\n`);
    // A value the team has reviewed (a revoked token kept in a test): allowed by value, wherever it is.
    repo.write('d.txt', `v = "${known}"\n`);
    repo.git('add', '.');
    const all = findingsOf(repo.cli(['scan', '--staged', '--format', 'json']).stdout);
    expect(all.map((x) => x.file)).toContain('d.txt');
    repo.write(
      'leakguard.config.json',
      JSON.stringify({
        allow: { paths: ['fixtures/**'], values: [known] },
        disabledRules: [],
        rules: [{ id: 'acme-internal', title: 'ACME internal key', regex: 'ACME-[0-9a-f]{16}', keywords: ['acme-'], secretGroup: 0 }],
      }),
    );
    let f = findingsOf(repo.cli(['scan', '--staged', '--format', 'json']).stdout);
    expect(f.map((x) => `${x.file}:${x.ruleId}`).sort()).toEqual(['b.txt:github-ghp', 'c.txt:acme-internal']);
    repo.write('leakguard.config.json', JSON.stringify({ disabledRules: ['github-ghp', 'generic-secret-assignment', 'generic-high-entropy'] }));
    f = findingsOf(repo.cli(['scan', '--staged', '--format', 'json']).stdout);
    expect(f).toEqual([]);
  });

  it('reads config from package.json "leakguard" when there is no config file', () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'x', leakguard: { allow: { paths: ['a.txt'] } } }));
    repo.write('a.txt', `t = "${ghToken()}"\n`);
    repo.git('add', 'a.txt');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
  });

  it('rejects an invalid config naming the file and the key, exit 2', () => {
    const repo = makeRepo();
    repo.write('leakguard.config.json', JSON.stringify({ rules: [{ id: 'x', regex: '(unclosed' }] }));
    const r = repo.cli(['scan', '--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('leakguard.config.json');
    expect(r.stderr).toContain('rules[0].regex');
    repo.write('leakguard.config.json', '{ "allow": { "pathz": [] } }');
    const r2 = repo.cli(['scan', '--staged']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('allow.pathz');
    repo.write('leakguard.config.json', '{ not json');
    expect(repo.cli(['scan', '--staged']).stderr).toMatch(/leakguard\.config\.json: not valid JSON/);
  });
});

describe('errors and exit codes', () => {
  it('outside a repository: a clear error and exit 2', () => {
    const dir = tempDir();
    const r = runCli(['scan', '--staged'], dir, gitEnv(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not inside a git repository');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('usage errors exit 2', () => {
    const repo = makeRepo();
    expect(repo.cli(['scan', '--bogus']).code).toBe(2);
    expect(repo.cli(['scan', '--format', 'xml']).code).toBe(2);
    expect(repo.cli(['nope']).code).toBe(2);
    expect(repo.cli(['scan', '--staged', '--no-git']).code).toBe(2);
  });

  it('does not change the index or the working tree', () => {
    const repo = makeRepo();
    repo.write('a.txt', `t = "${ghToken()}"\n`);
    repo.write('b.txt', 'unstaged\n');
    repo.git('add', 'a.txt');
    const before = repo.git('status', '--porcelain=v1', '-z') + repo.git('ls-files', '-s');
    repo.cli(['scan', '--staged']);
    repo.cli(['scan']);
    expect(repo.git('status', '--porcelain=v1', '-z') + repo.git('ls-files', '-s')).toBe(before);
  });
});

describe('scan --staged builds the rule families its change needs', () => {
  it('a few for plain code, the whole catalog past 24 KB; the same findings either way', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('src/add.ts', 'export function add(a: number, b: number) {\n  return a + b;\n}\n');
    repo.write('src/client.ts', `const token = "${token}";\n`);
    repo.git('add', '.');
    const env = { ...repo.env, LEAKGUARD_TIMING: '1' };
    const small = runCli(['scan', '--staged', '--format', 'json'], repo.dir, env);
    expect(small.code).toBe(1);
    const [built, all] = (/ families=(\d+)\/(\d+)/.exec(small.stderr) ?? []).slice(1).map(Number);
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(all!);
    repo.write('src/big.ts', `${'export const x = 1;\n'.repeat(2_000)}`);
    repo.git('add', '.');
    const big = runCli(['scan', '--staged', '--format', 'json'], repo.dir, env);
    expect(big.code).toBe(1);
    expect(big.stderr).not.toMatch(/ families=/);
    const ids = (r: { stdout: string }) => findingsOf(r.stdout).map((f) => `${f.file}:${f.line}:${f.ruleId}`);
    expect(ids(big)).toEqual(ids(small));
    expect(ids(small)).toEqual(['src/client.ts:1:github-ghp']);
  });
});

describe('scan --staged --full-files', () => {
  it('scans the whole staged version of each changed file (index, not work tree)', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('app.py', `TOKEN = "${token}"\nx = 1\n`);
    repo.git('add', '.');
    repo.commit('seed');
    repo.write('app.py', `TOKEN = "${token}"\nx = 2\n`);
    repo.git('add', 'app.py');
    // Only line 2 changed: the default scan ignores the old token, the full-file scan reports it.
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    const full = repo.cli(['scan', '--staged', '--full-files', '--format', 'json']);
    expect(full.code).toBe(1);
    expect(JSON.parse(full.stdout).findings.map((f: { line: number }) => f.line)).toEqual([1]);
    expect(full.stdout).not.toContain(token);
    // It reads the index: removing the token from the work tree alone changes nothing.
    repo.write('app.py', 'x = 2\n');
    expect(repo.cli(['scan', '--staged', '--full-files']).code).toBe(1);
  });

  it('a short staged change or push runs without the optimising compiler (no compile jobs to wait for at exit); a big one keeps it', () => {
    // --trace-opt prints a line per function V8's Turbofan compiles: the observable difference.
    const turbofan = (dir: string, env: NodeJS.ProcessEnv, args: string[], input = '') => {
      const r = spawnSync(process.execPath, ['--trace-opt', CLI, ...args], { cwd: dir, env, encoding: 'utf8', input });
      return { code: r.status, compiled: r.stdout.split('\n').filter((l) => /\(target (TURBOFAN|MAGLEV)\)/.test(l)).length };
    };
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `const key${i} = process.env.API_KEY_${i} ?? "https://example.org/${i}"; // token pass ${i}`).join('\n');
    const repo = makeRepo();
    repo.write('src/small.ts', lines(200) + '\n');
    repo.git('add', '.');
    // The first run writes the code cache and keeps V8's flags for it (code-cache.ts); the runs after it read
    // the cache, and so does a run without one.
    const cached = { ...repo.env, LEAKGUARD_CODE_CACHE: tempDir('leakguard-cache-') };
    expect(turbofan(repo.dir, cached, ['scan', '--staged']).code).toBe(0);
    for (const env of [cached, { ...repo.env, LEAKGUARD_CODE_CACHE: 'off' }]) {
      const small = turbofan(repo.dir, env, ['scan', '--staged']);
      expect(small.code).toBe(0);
      expect(small.compiled).toBe(0);
      // With paths, as lint-staged runs it (the diff is read by the command, not started by the dispatcher).
      const withPaths = turbofan(repo.dir, env, ['scan', '--staged', 'src/small.ts']);
      expect(withPaths.code).toBe(0);
      expect(withPaths.compiled).toBe(0);
    }
    // A push of it, as pre-push scans it: short too (the pipeline read all of it ahead).
    const off = { ...repo.env, LEAKGUARD_CODE_CACHE: 'off' };
    repo.commit('small');
    const push = (from: string) => `refs/heads/main ${repo.git('rev-parse', 'HEAD').trim()} refs/heads/main ${from}\n`;
    const pushed = turbofan(repo.dir, off, ['pre-push', 'origin'], push('0'.repeat(40)));
    expect(pushed.code).toBe(0);
    expect(pushed.compiled).toBe(0);
    // The same text over 512 KB: optimised code pays for itself there.
    const small = repo.git('rev-parse', 'HEAD').trim();
    repo.write('src/big.ts', lines(12000) + '\n');
    repo.git('add', '.');
    for (const args of [['scan', '--staged'], ['scan', '--staged', 'src/big.ts']]) {
      const big = turbofan(repo.dir, repo.env, args);
      expect(big.code).toBe(0);
      expect(big.compiled).toBeGreaterThan(0);
    }
    repo.commit('big');
    const bigPush = turbofan(repo.dir, off, ['pre-push', 'origin'], push(small));
    expect(bigPush.code).toBe(0);
    expect(bigPush.compiled).toBeGreaterThan(0);
  });
});
