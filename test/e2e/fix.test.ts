import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
/** A program that prints the hash of its key: the same before and after fix proves it reads the same value. */
const jsProgram = (literal: string) => `const apiKey = ${literal};\nconsole.log(require('node:crypto').createHash('sha256').update(apiKey).digest('hex'));\n`;
const pyProgram = (literal: string) => `import hashlib\n\nSECRET_KEY = ${literal}\nprint(hashlib.sha256(SECRET_KEY.encode()).hexdigest())\n`;

function seeded(): TestRepo {
  const repo = makeRepo();
  repo.write('README.md', '# app\n');
  repo.git('add', '.');
  repo.commit('init');
  return repo;
}

/** Every output of a run, for "never prints the value". */
const all = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('leakguard fix, end to end', () => {
  it('a blocked commit → fix → the commit passes, and the programs read the same values from .env', () => {
    const repo = seeded();
    repo.write('package.json', '{ "name": "app", "private": true }\n');
    const jsValue = fake.alnum(32);
    const pyValue = fake.alnum(40);
    repo.write('app.js', jsProgram(`"${jsValue}"`));
    repo.write('settings.py', pyProgram(`'${pyValue}'`));
    repo.git('add', '.');
    const blocked = repo.cli(['scan', '--staged', '--no-color']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout.trimEnd().split('\n').at(-1)).toMatch(/Fix it in one step .*: npx leakguard fix$/);

    const dry = repo.cli(['fix', '--dry-run', '--no-color']);
    expect(dry.code, all(dry)).toBe(0);
    expect(dry.stdout).toContain('+ const apiKey = process.env.API_KEY;');
    expect(repo.git('diff', '--cached', '--name-only').trim().split('\n').sort()).toEqual(['app.js', 'package.json', 'settings.py']);
    expect(existsSync(join(repo.dir, '.env'))).toBe(false);

    const r = repo.cli(['fix', '--no-color']);
    expect(r.code, all(r)).toBe(0);
    expect(r.stdout).toContain('app.js:1  JavaScript/TypeScript: → process.env.API_KEY');
    expect(r.stdout).toContain('settings.py:3  Python: → os.environ["SECRET_KEY"]');
    expect(r.stdout).toContain('Node: start the program with node --env-file=.env');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Ready to commit: the staged changes are clean. Commit again: git add .env.example .gitignore && git commit');
    for (const out of [blocked, dry, r]) for (const v of [jsValue, pyValue]) expect(all(out)).not.toContain(v);

    expect(statSync(join(repo.dir, '.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(repo.dir, '.env.example'), 'utf8')).toBe('API_KEY=<api key>\nSECRET_KEY=<secret key>\n');
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('.env\n');
    // The index and the working tree say the same.
    expect(repo.git('show', ':app.js')).toBe(readFileSync(join(repo.dir, 'app.js'), 'utf8'));
    expect(repo.git('diff', '--name-only').trim()).toBe('');
    repo.git('add', '.gitignore', '.env.example');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.git('commit', '-q', '-m', 'fixed');

    const node = spawnSync(process.execPath, ['--env-file=.env', 'app.js'], { cwd: repo.dir, encoding: 'utf8' });
    expect(node.stdout.trim()).toBe(sha(jsValue));
    const py = spawnSync('sh', ['-c', 'set -a; . ./.env; set +a; python3 settings.py'], { cwd: repo.dir, encoding: 'utf8' });
    expect(py.stdout.trim(), py.stderr).toBe(sha(pyValue));
  });

  it('partial staging: an unstaged change elsewhere in the file is kept unstaged; one on the same line leaves the file alone', () => {
    const repo = seeded();
    const v = fake.alnum(32);
    repo.write('a.js', jsProgram(`"${v}"`));
    repo.write('b.js', jsProgram(`"${fake.alnum(32)}"`));
    repo.git('add', '.');
    repo.write('a.js', jsProgram(`"${v}"`) + '// work in progress\n');
    const other = fake.alnum(32);
    repo.write('b.js', jsProgram(`"${other}"`));
    const beforeB = { index: repo.git('show', ':b.js'), tree: readFileSync(join(repo.dir, 'b.js'), 'utf8') };
    const r = repo.cli(['fix', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('b.js has unstaged changes on the same lines: stage them (git add) or stash them (git stash --keep-index), then run leakguard fix again');
    expect(repo.git('show', ':a.js')).toBe(jsProgram('process.env.API_KEY'));
    expect(readFileSync(join(repo.dir, 'a.js'), 'utf8')).toBe(jsProgram('process.env.API_KEY') + '// work in progress\n');
    expect(repo.git('diff', '--', 'a.js')).toContain('+// work in progress');
    expect({ index: repo.git('show', ':b.js'), tree: readFileSync(join(repo.dir, 'b.js'), 'utf8') }).toEqual(beforeB);
    expect(readFileSync(join(repo.dir, '.env'), 'utf8')).toBe(`API_KEY=${v}\n`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Fix those by hand, then: git add <file> && leakguard scan --staged');
  });

  it('--undo puts back exactly what fix changed, the index included, and removes its backup', () => {
    const repo = seeded();
    repo.write('.gitignore', 'node_modules/\r\n');
    repo.write('.env', 'OTHER=1\n');
    repo.git('add', '.gitignore');
    repo.commit('ignore');
    repo.write('a.js', jsProgram(`"${fake.alnum(32)}"`));
    repo.git('add', 'a.js');
    const before = { tree: readFileSync(join(repo.dir, 'a.js')), index: repo.git('ls-files', '-s'), env: readFileSync(join(repo.dir, '.env')), ignore: readFileSync(join(repo.dir, '.gitignore')) };
    expect(repo.cli(['fix']).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('node_modules/\r\n.env\r\n');
    const backup = join(repo.dir, '.git', 'leakguard', 'fix-backup.json');
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(statSync(join(repo.dir, '.git', 'leakguard')).mode & 0o777).toBe(0o700);
    const u = repo.cli(['fix', '--undo']);
    expect(u.code, all(u)).toBe(0);
    expect({ tree: readFileSync(join(repo.dir, 'a.js')), index: repo.git('ls-files', '-s'), env: readFileSync(join(repo.dir, '.env')), ignore: readFileSync(join(repo.dir, '.gitignore')) }).toEqual(before);
    expect(existsSync(join(repo.dir, '.env.example'))).toBe(false);
    expect(existsSync(backup)).toBe(false);
    expect(repo.cli(['fix', '--undo']).code).toBe(2);
  });

  it('refuses when .env is tracked, changing nothing, and says how to untrack it', () => {
    const repo = seeded();
    repo.write('.env', 'A=1\n');
    repo.git('add', '.env');
    repo.commit('oops');
    repo.write('a.js', jsProgram(`"${fake.alnum(32)}"`));
    repo.git('add', 'a.js');
    const index = repo.git('ls-files', '-s');
    const r = repo.cli(['fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.env is tracked by git');
    expect(r.stderr).toContain('git rm --cached .env && echo .env >> .gitignore');
    expect(repo.git('ls-files', '-s')).toBe(index);
    expect(readFileSync(join(repo.dir, '.env'), 'utf8')).toBe('A=1\n');
  });

  it('a value already in a commit is still leaked: rotate comes first', () => {
    const repo = seeded();
    const v = fake.alnum(32);
    repo.write('old/settings.js', `// settings of the first version\nmodule.exports = {\n  region: "eu-west-1",\n  apiKey: "${v}",\n  retries: 3,\n};\n`);
    repo.git('add', '.');
    repo.commit('leaked');
    repo.write('a.js', jsProgram(`"${v}"`));
    repo.git('add', 'a.js');
    const r = repo.cli(['fix', '--no-color']);
    expect(r.code, all(r)).toBe(0);
    const lines = r.stdout.split('\n');
    const rotate = lines.findIndex((l) => /a\.js:1 \(API_KEY\): leakguard rotate generic-secret-assignment:[0-9a-f]{20}/.test(l));
    expect(rotate).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Already in history')));
    expect(rotate).toBeLessThan(lines.findIndex((l) => l.includes('→ process.env.API_KEY')));
    expect(all(r)).not.toContain(v);
  });

  it('a staged secret file is unstaged, ignored and kept on disk; names already in .env are reused or suffixed', () => {
    const repo = seeded();
    const same = fake.alnum(32);
    repo.write('.env.production', `DB_PASSWORD=${fake.alnum(20)}\n`);
    repo.write('.env', `API_KEY=${fake.alnum(24)}\nSHARED=${same}\n`);
    repo.write('a.js', `const apiKey = "${fake.alnum(32)}";\nconst sharedSecret = "${same}";\n`);
    repo.git('add', 'a.js', '.env.production');
    const r = repo.cli(['fix', '--no-color']);
    expect(r.code, all(r)).toBe(0);
    expect(r.stdout).toContain('.env.production  unstaged (kept on disk) and ignored');
    expect(r.stdout).toContain('.env already has API_KEY with another value: this one is API_KEY_2.');
    expect(readFileSync(join(repo.dir, 'a.js'), 'utf8')).toBe('const apiKey = process.env.API_KEY_2;\nconst sharedSecret = process.env.SHARED;\n');
    expect(repo.git('ls-files', '--', '.env.production').trim()).toBe('');
    expect(existsSync(join(repo.dir, '.env.production'))).toBe(true);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toBe('.env\n/.env.production\n');
    expect(execFileSync('git', ['check-ignore', '.env.production'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' }).trim()).toBe('.env.production');
  });

  it('files in the working tree: edits them, leaves the index alone; a data file is said to need a hand', () => {
    const repo = seeded();
    repo.write('src/app.ts', `export const token = "${fake.alnum(32)}";\n`);
    repo.write('config.json', `{ "client_secret": "${fake.alnum(32)}" }\n`);
    const r = repo.cli(['fix', 'src/app.ts', 'config.json', '--no-color']);
    expect(r.code).toBe(1);
    expect(readFileSync(join(repo.dir, 'src/app.ts'), 'utf8')).toBe('export const token = process.env.TOKEN;\n');
    expect(r.stdout).toMatch(/config\.json:1 .*a data or configuration file read as data/);
    expect(repo.git('ls-files', '-s').trim().split('\n')).toHaveLength(1);
  });
});
