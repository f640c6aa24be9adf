import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { cliUnprivileged, gitEnv, makeRepo, runCli, tempDir } from '../helpers/repo.js';

const ghToken = () => fake.checksummed('ghp_');

describe('scan <paths> and stdin', () => {
  it('scans the working tree honouring .gitignore, including untracked files', () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'ignored/\n');
    repo.write('ignored/x.txt', `t = "${ghToken()}"\n`);
    repo.write('src/untracked.txt', `u = "${ghToken()}"\n`);
    repo.write('src/clean.txt', 'hello\n');
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toEqual(['src/untracked.txt']);
  });

  it('scans given paths relative to the current directory', () => {
    const repo = makeRepo();
    repo.write('a/one.txt', `t = "${ghToken()}"\n`);
    repo.write('b/two.txt', `t = "${ghToken()}"\n`);
    const r = runCli(['scan', 'one.txt', '--format', 'json'], join(repo.dir, 'a'), repo.env);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['a/one.txt']);
  });

  it('--no-git scans a plain folder, skipping .git and node_modules, not following symlinks', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    mkdirSync(join(dir, 'conf'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/pkg/x.js'), `t = "${ghToken()}"\n`);
    writeFileSync(join(dir, 'conf/app.ini'), `password = ${fake.alnum(12)}!\n`);
    symlinkSync('/etc', join(dir, 'etc-link'));
    const r = runCli(['scan', '--no-git', '.', '--format', 'json'], dir, gitEnv(dir));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['conf/app.ini']);
  });

  it('reads stdin with "-" and uses --stdin-name for path-aware rules', () => {
    const dir = tempDir();
    const env = gitEnv(dir);
    const r = runCli(['scan', '-', '--format', 'json'], dir, env, `aws_access_key_id = AKIA${fake.upper(12)}2345\n`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: '(stdin)', line: 1, ruleId: 'aws-access-key-id' });
    const clean = runCli(['scan', '-'], dir, env, 'nothing here\n');
    expect(clean.code).toBe(0);
    const named = runCli(['scan', '-', '--stdin-name', '.env', '--format', 'json'], dir, env, `WHATEVER=${fake.alnum(32)}\n`);
    expect(JSON.parse(named.stdout).findings[0]).toMatchObject({ file: '.env', ruleId: 'secrets-file-value' });
  });

  it('--report writes the chosen format to a file and shows the summary', () => {
    const repo = makeRepo();
    const token = ghToken();
    repo.write('a.txt', `t = "${token}"\n`);
    const r = repo.cli(['scan', '--format', 'json', '--report', 'out.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 secret found');
    const report = readFileSync(join(repo.dir, 'out.json'), 'utf8');
    expect(JSON.parse(report).summary.findings).toBe(1);
    expect(report).not.toContain(token);
  });

  it('reports unreadable files as not scanned instead of failing (as root too: the CLI runs as nobody)', () => {
    const repo = makeRepo();
    repo.write('locked.txt', 'x\n');
    repo.write('open.txt', 'y\n');
    chmodSync(join(repo.dir, 'locked.txt'), 0);
    const r = cliUnprivileged(repo, ['scan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { skipped: { path: string; reason: string; unscanned?: boolean }[]; summary: { files: number } };
    expect(doc.skipped).toEqual([{ path: 'locked.txt', reason: 'unreadable (EACCES)', unscanned: true }]);
  });
});

describe('dependency folders', () => {
  it('skips untracked dependency folders and lists them, scans tracked or named ones', () => {
    const repo = makeRepo();
    const line = `password = "${fake.alnum(14)}x9"\n`;
    repo.write('node_modules/pkg/index.js', line);
    repo.write('api/.venv/lib/site.py', line);
    repo.write('vendor/lib/tracked.php', `<?php $password = '${fake.alnum(14)}x9';\n`);
    repo.write('src/app.js', 'console.log(1)\n');
    repo.git('add', 'vendor', 'src');
    const r = repo.cli(['scan', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.map((f: { file: string }) => f.file)).toEqual(['vendor/lib/tracked.php']);
    expect(doc.skipped.map((s: { path: string }) => s.path)).toEqual(['api/.venv/', 'node_modules/']);
    expect(doc.skipped[1].reason).toContain('leakguard scan node_modules');
    // Named on the command line, it is scanned.
    expect(JSON.parse(repo.cli(['scan', 'node_modules', '--format', 'json']).stdout).findings).toHaveLength(1);
    // Already in .gitignore: not news, not listed.
    repo.write('.gitignore', 'node_modules/\n');
    expect(JSON.parse(repo.cli(['scan', '--format', 'json']).stdout).skipped.map((s: { path: string }) => s.path)).toEqual(['api/.venv/']);
    // Without git nothing says what is vendored on purpose: every dependency folder is skipped.
    expect(JSON.parse(repo.cli(['scan', '--no-git', '.', '--format', 'json']).stdout).skipped.map((s: { path: string }) => s.path)).toEqual(['api/.venv/', 'node_modules/', 'vendor/']);
  });
});

describe('this repository', () => {
  it('passes its own working-tree scan (token-shaped test values are built at run time)', () => {
    const root = join(__dirname, '../..');
    const home = tempDir('leakguard-home-');
    writeFileSync(join(home, '.gitconfig'), '');
    const r = runCli(['scan', '--format', 'json'], root, gitEnv(home));
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.filter((f: { blocking: boolean }) => f.blocking).map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('ships a package that passes its own scan from any project (dist/ and hooks/ with no allowlist)', () => {
    const root = join(__dirname, '../..');
    const home = tempDir('leakguard-home-');
    writeFileSync(join(home, '.gitconfig'), '');
    writeFileSync(join(home, 'empty.json'), '{}');
    const r = runCli(['scan', '--no-git', 'dist', 'hooks', '--config', join(home, 'empty.json'), '--format', 'json'], root, gitEnv(home));
    const blocking = JSON.parse(r.stdout).findings.filter((f: { blocking: boolean }) => f.blocking);
    expect(blocking.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('inline markers', () => {
  it('another scanner\'s marker makes a warning that names it; --no-inline-allow turns every marker off', () => {
    const repo = makeRepo();
    repo.write('app/settings.py', `SECRET_KEY = "${fake.alnum(40)}"  # noqa: S105\nAPI_TOKEN = "${fake.alnum(40)}"  # leakguard:allow\n`);
    const normal = repo.cli(['scan', '--format', 'json']);
    expect(normal.code, normal.stderr).toBe(0);
    const found = JSON.parse(normal.stdout).findings as { line: number; warning?: string }[];
    expect(found.map((f) => [f.line, f.warning])).toEqual([[1, 'suppressed on the line (noqa: S105)']]);
    const audit = repo.cli(['scan', '--format', 'json', '--no-inline-allow']);
    expect(audit.code).toBe(1);
    expect((JSON.parse(audit.stdout).findings as { line: number; warning?: string }[]).map((f) => [f.line, f.warning])).toEqual([[1, undefined], [2, undefined]]);
  });
});

describe('credential files by name', () => {
  it('a Rails master key blocks by its place; a password file with a weak password is a warning, never silence', () => {
    const repo = makeRepo();
    repo.write('config/master.key', `${fake.hex(32)}\n`);
    repo.write('config/credentials/production.key', `${fake.hex(32)}\n`);
    repo.write('.pgpass', 'db.acme.io:5432:app:app:password\n');
    repo.write('.netrc', 'machine api.acme.io login deploy password password\n');
    repo.write('.msmtprc', `account default\nhost smtp.acme.io\nuser me\npassword ${fake.alnum(12)}x9\n`);
    repo.write('certs/server.key', 'not a key\n');
    repo.git('add', '-A');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout).findings as { file: string; ruleId: string; warning?: string }[]).map((f) => `${f.file} ${f.ruleId} ${f.warning ?? 'blocks'}`).sort();
    expect(found).toEqual([
      '.msmtprc mail-client-password blocks',
      '.netrc password-store-file weak password',
      '.pgpass password-store-file weak password',
      'config/credentials/production.key rails-master-key blocks',
      'config/master.key rails-master-key blocks',
    ]);
  });
});
