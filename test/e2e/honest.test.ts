import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { CLI, cliUnprivileged, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

/**
 * Exit codes and messages that tell the truth: what was not scanned is said and is not a pass,
 * a usage error is a usage error, and the way forward is a command that works.
 */

function lockedRepo(): TestRepo {
  const repo = makeRepo();
  repo.write('open.txt', 'nothing here\n');
  repo.write('locked.txt', `password = "${fake.alnum(14)}x9"\n`);
  repo.git('add', '.');
  repo.commit('files');
  chmodSync(join(repo.dir, 'locked.txt'), 0);
  return repo;
}

describe('what could not be scanned is not a pass', () => {
  it('a named path that does not exist is exit 2, in a repository and with --no-git', () => {
    const repo = makeRepo();
    repo.write('src/a.js', 'x\n');
    for (const args of [['scan', 'nothere'], ['scan', 'srcc/'], ['scan', '--no-git', 'nothere'], ['scan', 'src', 'nothere']]) {
      const r = repo.cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/nothere|srcc/);
      expect(r.stdout).not.toContain('no secrets found');
    }
    expect(repo.cli(['scan', 'src']).code).toBe(0);
  });

  it('a named file that cannot be read is exit 2, said by name; the tree scan lists it as not scanned', () => {
    const repo = lockedRepo();
    const named = cliUnprivileged(repo, ['scan', 'locked.txt']);
    expect(named.code, named.stdout + named.stderr).toBe(2);
    expect(named.stderr).toMatch(/could not scan locked\.txt \(unreadable \(EACCES\)\)/);
    const tree = cliUnprivileged(repo, ['scan']);
    expect(tree.stdout).toMatch(/Not scanned \(1\): locked\.txt — unreadable/);
  });

  it('baseline says it is incomplete (exit 2) and doctor does not pass the tree when a file could not be read', () => {
    const repo = lockedRepo();
    const out = tempDir('leakguard-out-');
    chmodSync(out, 0o777);
    const b = cliUnprivileged(repo, ['baseline', '--output', join(out, 'baseline.json')]);
    expect(b.code, b.stdout + b.stderr).toBe(2);
    expect(b.stderr).toMatch(/the baseline is incomplete: 1 file could not be scanned: locked\.txt/);
    const d = cliUnprivileged(repo, ['doctor', '--format', 'json', '--no-history']);
    const tree = (JSON.parse(d.stdout).checks as { id: string; status: string; evidence: string[] }[]).find((c) => c.id === 'no-secrets-in-tree')!;
    expect(tree.status).toBe('fail');
    expect(tree.evidence.join('\n')).toMatch(/not scanned: locked\.txt/);
  });

  it('--range with an empty side (an unset CI variable) is a usage error naming the side', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.git('add', '.');
    repo.commit('a');
    const cases: [string, RegExp][] = [
      ['..', /the start \(before ".."\) and the end \(after ".."\) are empty/],
      ['', /--range is empty/],
      ['origin/main..', /the end \(after ".."\) is empty/],
      ['...HEAD', /the start \(before "..."\) is empty/],
    ];
    for (const [range, message] of cases) {
      const r = repo.cli(['scan', '--range', range]);
      expect(r.code, range).toBe(2);
      expect(r.stderr, range).toMatch(message);
    }
    expect(repo.cli(['scan', '--range', 'HEAD~0..HEAD']).code).toBe(0);
  });
});

describe('messages that end well', () => {
  it('a closed pipe ends output quietly (rotate, doctor, init --dry-run | head -1)', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.git('add', '.');
    repo.commit('a');
    for (const args of ['rotate aws', 'doctor --no-history', 'init --dry-run', '--help']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${args} | head -c 10 >/dev/null`], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
      expect(r.stderr, args).not.toMatch(/EPIPE|node:events|at /);
    }
  });

  it('baseline --output into a missing folder names the path and the reason', () => {
    const repo = makeRepo();
    const r = repo.cli(['baseline', '--output', '/missing/dir/x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write \/missing\/dir\/x\.json: no such file or folder/);
    expect(r.stderr).not.toMatch(/internal error|please report/);
  });

  it('file names with a newline or a terminal escape are quoted in human output, never printed raw', () => {
    const repo = makeRepo();
    const evil = 'evil\n✔ leakguard: no secrets\u001b[2J.js';
    repo.write(evil, `const t = "${fake.checksummed('ghp_')}";\n`);
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged']);
    const tree = repo.cli(['scan']);
    for (const r of [staged, tree]) {
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).toContain('"evil\\n✔ leakguard: no secrets\\033[2J.js":1:');
      expect(r.stdout.split('\n').some((l) => l.startsWith('✔ leakguard: no secrets'))).toBe(false);
    }
  });

  it('the commit-msg block says where git kept the message and how to reuse it without the secret', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.git('add', '.');
    repo.commit('a');
    writeFileSync(join(repo.dir, '.git', 'COMMIT_EDITMSG'), `deploy with ${fake.checksummed('ghp_')}\n`);
    const r = repo.cli(['commit-msg', '.git/COMMIT_EDITMSG', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Commit blocked: the message holds a secret. git kept the message in .git/COMMIT_EDITMSG, and that file still holds the secret');
    expect(r.stdout).toContain('git commit -e -F .git/COMMIT_EDITMSG');
    expect(r.stdout).not.toContain('Remove the secrets from the staged changes');
  });
});

describe('uninstall removes exactly what init added', () => {
  const initPlain = () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.git('add', 'a.txt');
    repo.commit('a');
    const r = repo.cli(['init']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    return repo;
  };

  it('keeps a .gitignore init created once it is tracked; takes out only its lines', () => {
    const repo = initPlain();
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toContain('.env');
    repo.git('add', '.gitignore');
    repo.commit('ignore secrets');
    const u = repo.cli(['uninstall']);
    expect(u.code, u.stdout + u.stderr).toBe(0);
    expect(existsSync(join(repo.dir, '.gitignore'))).toBe(true);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8').trim()).toBe('');
  });

  it('after the user edited .gitignore, removes init\'s lines and keeps every one of theirs', () => {
    const repo = initPlain();
    const path = join(repo.dir, '.gitignore');
    const added = readFileSync(path, 'utf8');
    const lines = added.split('\n');
    // The user adds their own lines before, inside and after init's block.
    writeFileSync(path, ['dist/', ...lines.slice(0, 2), 'coverage/', ...lines.slice(2), 'tmp/', ''].join('\n'));
    const u = repo.cli(['uninstall']);
    expect(u.code).toBe(0);
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toEqual(['dist/', 'coverage/', 'tmp/']);
  });

  it('names only files that exist', () => {
    const repo = initPlain();
    const u = repo.cli(['uninstall']);
    const envExample = existsSync(join(repo.dir, '.env.example'));
    expect(u.stdout.includes('.env.example')).toBe(envExample);
    expect(u.stdout).not.toContain('.leakguard-baseline.json');
  });
});

describe('a move is not a new leak', () => {
  it('a baselined secret in a file moved with git mv stays baselined; a copy next to the original is reported', () => {
    const repo = makeRepo();
    repo.write('config/app.js', `const token = "${fake.checksummed('ghp_')}";\n`);
    repo.git('add', '.');
    repo.commit('legacy');
    expect(repo.cli(['baseline']).code).toBe(0);
    repo.git('add', '.leakguard-baseline.json');
    repo.commit('baseline');
    repo.git('mv', 'config/app.js', 'app.js');
    const moved = repo.cli(['scan']);
    expect(moved.code, moved.stdout).toBe(0);
    repo.commit('move');
    expect(repo.cli(['scan']).code).toBe(0);
    // A copy made while the original is still where the baseline saw it is a second place: reported.
    const other = makeRepo();
    other.write('config/app.js', `const token = "${fake.checksummed('ghp_')}";\n`);
    other.git('add', '.');
    other.commit('legacy');
    expect(other.cli(['baseline']).code).toBe(0);
    execFileSync('cp', [join(other.dir, 'config/app.js'), join(other.dir, 'config/copy.js')]);
    const copy = other.cli(['scan', '--format', 'json']);
    expect(copy.code).toBe(1);
    const places = (JSON.parse(copy.stdout).findings as { file: string; locations?: { file: string }[] }[]).flatMap((f) => [f.file, ...(f.locations ?? []).map((l) => l.file)]);
    expect(places.sort()).toEqual(['config/app.js', 'config/copy.js']);
  });
});

describe('doctor says pass only when it is true', () => {
  interface Item { id: string; status: string; evidence: string[]; fix?: string }
  const doctor = (repo: TestRepo, extra: string[] = []) => new Map((JSON.parse(repo.cli(['doctor', '--format', 'json', '--no-history', ...extra]).stdout).checks as Item[]).map((c) => [c.id, c]));

  it('an untracked .env.production that nothing ignores fails the ignore check; --fix ignores it', () => {
    const repo = makeRepo();
    repo.write('.gitignore', '.env\n.env.local\n.env.*.local\n*.key\n*.pem\nsecrets/\n');
    repo.write('.env.production', `STRIPE_SECRET_KEY=${fake.join('sk_live_', fake.alnum(24))}\n`);
    repo.write('.env.example', 'STRIPE_SECRET_KEY=<stripe key>\n');
    repo.git('add', '.gitignore', '.env.example');
    repo.commit('config');
    const before = doctor(repo).get('env-and-keys-ignored')!;
    expect(before.status).toBe('fail');
    expect(before.evidence.join('\n')).toContain('.env.production');
    repo.cli(['doctor', '--fix', '--no-history']);
    expect(readFileSync(join(repo.dir, '.gitignore'), 'utf8')).toContain('/.env.production');
    expect(doctor(repo).get('env-and-keys-ignored')!.status).toBe('pass');
  });

  it('a secret read into a local variable and then logged fails the logging check', () => {
    const repo = makeRepo();
    repo.write('src/server.js', "function start() {\n  const key = process.env.STRIPE_KEY;\n  console.log('starting', key);\n}\nfunction other() {\n  const key = 'public';\n  console.log(key);\n}\n");
    repo.git('add', '.');
    repo.commit('code');
    const item = doctor(repo).get('no-secrets-in-logs')!;
    expect(item.status).toBe('fail');
    expect(item.evidence).toEqual(["src/server.js:3 console.log('starting', key);"]);
  });

  it('the start-up validation fix names the keys the project reads, and only those', () => {
    const repo = makeRepo();
    repo.write('src/app.js', "const stripe = process.env.STRIPE_API_KEY;\nconst port = process.env.APP_PORT;\nconst hook = process.env.WEBHOOK_SECRET;\n");
    repo.git('add', '.');
    repo.commit('code');
    const item = doctor(repo).get('startup-validation')!;
    expect(item.status).toBe('fail');
    expect(item.fix).toContain("requireSecrets(['STRIPE_API_KEY', 'WEBHOOK_SECRET'])");
    expect(item.fix).not.toMatch(/DB_PASSWORD|JWT_SECRET/);
  });

  it('the SECRETS.md template --fix writes is not documentation until an owner is filled in', () => {
    const repo = makeRepo();
    repo.write('.env.example', 'API_TOKEN=<token>\n');
    repo.write('src/app.js', 'const t = process.env.API_TOKEN;\n');
    repo.git('add', '.');
    repo.commit('code');
    repo.cli(['doctor', '--fix', '--no-history']);
    const template = readFileSync(join(repo.dir, 'SECRETS.md'), 'utf8');
    expect(template).toContain('_who rotates it_');
    expect(doctor(repo).get('rotation-documented')!.status).toBe('fail');
    writeFileSync(join(repo.dir, 'SECRETS.md'), template.replace('_who rotates it_', 'platform team'));
    expect(doctor(repo).get('rotation-documented')!.status).toBe('pass');
  });
});
