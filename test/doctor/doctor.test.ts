import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSecrets } from '../../src/runtime/require-secrets.js';
import { secretWeakness } from '../../src/detect/strength.js';
import { fake } from '../../src/rules/fake.js';
import { CLI, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

interface Item { id: string; status: 'pass' | 'fail' | 'n/a'; evidence: string[]; fix?: string }

function doctor(repo: TestRepo, extra: string[] = []): { code: number; items: Map<string, Item>; raw: string } {
  const r = repo.cli(['doctor', '--format', 'json', ...extra]);
  const doc = JSON.parse(r.stdout);
  return { code: r.code, items: new Map(doc.checks.map((c: Item) => [c.id, c])), raw: r.stdout };
}

const strong = () => fake.base64url(43);

/** A repository that does everything right. */
function goodRepo(): TestRepo {
  const repo = makeRepo();
  const bin = tempDir('leakguard-bin-');
  writeFileSync(join(bin, 'leakguard'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'leakguard'), 0o755);
  repo.env.PATH = `${bin}:${process.env.PATH}`;
  repo.write('.gitignore', '.env\n.env.local\n.env.*.local\n*.key\n*.pem\nsecrets/\n');
  repo.write('.env', `DB_PASSWORD=${strong()}\nJWT_SECRET=${strong()}\n`);
  repo.write('.env.example', 'DB_PASSWORD=<db password>\nJWT_SECRET=<jwt secret>\n');
  repo.write('src/config.ts', "import { requireSecrets } from 'leakguard';\nexport const env = requireSecrets(['DB_PASSWORD', 'JWT_SECRET']);\nconsole.log('config loaded');\n");
  repo.write('src/db.ts', "const url = process.env.DB_PASSWORD;\nif (!url) throw new Error('DB_PASSWORD is not set');\n");
  repo.write('SECRETS.md', '| secret | owner | rotation |\n|---|---|---|\n| DB_PASSWORD | ops | rotated every 90 days |\n');
  repo.git('add', '.');
  repo.commit('good');
  repo.cli(['init']);
  return repo;
}

describe('leakguard doctor', () => {
  it('passes a repository that does everything right (exit 0)', () => {
    const repo = goodRepo();
    const { code, items, raw } = doctor(repo);
    const failing = [...items.values()].filter((i) => i.status === 'fail');
    expect(failing, raw).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails each item on a repository that gets it wrong, never printing a value (exit 1)', () => {
    const repo = makeRepo();
    const token = fake.checksummed('ghp_');
    const shared = strong();
    repo.write('app.js', [
      `const t = "${token}";`,
      'console.log("connecting with", process.env.DB_PASSWORD);',
      'logger.info(`token=${apiToken}`);',
      'throw new Error(`cannot connect to ${databaseUrl}`);',
      'const k = process.env.STRIPE_KEY;',
      'logger.debug(',
      '  "auth header",',
      '  authToken,',
      ');',
    ].join('\n') + '\n');
    repo.write('.env', 'DB_PASSWORD=hunter2\nSESSION_SECRET=keyboard cat\n');
    repo.write('.env.staging', `API_TOKEN=${shared}\n`);
    repo.write('.env.production', `API_TOKEN=${shared}\n`);
    repo.write('.env.example', `DB_PASSWORD=${fake.alnum(12)}9!\n`);
    repo.git('add', '-f', '.');
    repo.commit('everything wrong');
    const { code, items, raw } = doctor(repo);
    expect(code).toBe(1);
    const status = (id: string) => items.get(id)?.status;
    expect(status('no-secrets-in-tree')).toBe('fail');
    expect(status('no-secrets-in-history')).toBe('fail');
    expect(status('env-and-keys-ignored')).toBe('fail');
    expect(items.get('env-and-keys-ignored')!.evidence.join()).toContain('tracked: .env');
    expect(status('env-example-complete')).toBe('fail');
    expect(items.get('env-example-complete')!.evidence.join()).toContain('missing: STRIPE_KEY');
    expect(items.get('env-example-complete')!.evidence.join()).toContain('looks real');
    expect(status('weak-secrets')).toBe('fail');
    expect(items.get('weak-secrets')!.evidence.join()).toMatch(/DB_PASSWORD: shorter than 16/);
    expect(items.get('weak-secrets')!.evidence.join()).toMatch(/SESSION_SECRET: a well-known default/);
    expect(status('secrets-not-shared-across-environments')).toBe('fail');
    expect(items.get('secrets-not-shared-across-environments')!.evidence.join()).toMatch(/API_TOKEN in \.env\.production, API_TOKEN in \.env\.staging/);
    expect(status('no-secrets-in-logs')).toBe('fail');
    expect(items.get('no-secrets-in-logs')!.evidence.join()).toContain('app.js:2');
    expect(items.get('no-secrets-in-logs')!.evidence.join()).toContain('app.js:3');
    expect(items.get('no-secrets-in-logs')!.evidence.join()).toContain('app.js:6'); // a call split over lines
    expect(status('no-secrets-in-errors')).toBe('fail');
    expect(items.get('no-secrets-in-errors')!.evidence.join()).toContain('app.js:4');
    expect(status('startup-validation')).toBe('fail');
    expect(status('hooks-installed')).toBe('fail');
    expect(status('rotation-documented')).toBe('fail');
    for (const secret of [token, shared, 'hunter2', 'keyboard cat']) expect(raw).not.toContain(secret);
  });

  it('warnings (a weak demo password, a test fixture) do not fail the secrets checks; a real secret does', () => {
    const repo = goodRepo();
    repo.write('docker-compose.yml', 'services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=postgres\n');
    repo.write('test/fixtures/client.js', `const apiKey = "${fake.alnum(32)}";\n`);
    repo.git('add', '.');
    repo.commit('demo values');
    const { items } = doctor(repo);
    expect(items.get('no-secrets-in-tree')!.status).toBe('pass');
    expect(items.get('no-secrets-in-tree')!.evidence.join(' ')).toMatch(/2 warnings/);
    expect(items.get('no-secrets-in-history')!.status).toBe('pass');
    repo.write('src/pay.js', `const apiKey = "${fake.alnum(32)}";\n`);
    expect(doctor(repo).items.get('no-secrets-in-tree')!.status).toBe('fail');
  });

  it('n/a where an item does not apply', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.git('add', '.');
    repo.commit('x');
    const { items } = doctor(repo);
    expect(items.get('weak-secrets')!.status).toBe('n/a');
    expect(items.get('secrets-not-shared-across-environments')!.status).toBe('n/a');
    expect(items.get('startup-validation')!.status).toBe('n/a');
    expect(items.get('env-example-complete')!.status).toBe('n/a');
    expect(doctor(repo, ['--no-history']).items.get('no-secrets-in-history')!.status).toBe('n/a');
  });

  it('--fix applies the safe fixes: ignores, .env.example in step with the code, SECRETS.md', () => {
    const repo = makeRepo();
    repo.write('.env', `DB_PASSWORD=${strong()}\n`);
    repo.write('src/a.ts', 'const k = process.env.STRIPE_KEY;\n');
    const { items } = doctor(repo, ['--fix']);
    expect(items.get('env-and-keys-ignored')!.status).toBe('pass');
    expect(items.get('env-example-complete')!.status).toBe('pass');
    // The SECRETS.md it wrote is a template of placeholders: not documentation until someone fills it in.
    expect(items.get('rotation-documented')).toMatchObject({ status: 'fail', evidence: [expect.stringMatching(/no owner is filled in yet/)] });
    const example = readFileSync(join(repo.dir, '.env.example'), 'utf8');
    expect(example).toBe('DB_PASSWORD=<db password>\nSTRIPE_KEY=<stripe key>\n');
    expect(readFileSync(join(repo.dir, 'SECRETS.md'), 'utf8')).toContain('| STRIPE_KEY |');
    expect(existsSync(join(repo.dir, '.gitignore'))).toBe(true);
  });
});

describe('requireSecrets', () => {
  it('returns the values when present and strong', () => {
    const env = { A_SECRET: strong(), DB_PASSWORD: strong() };
    expect(requireSecrets(['A_SECRET', 'DB_PASSWORD'], { env, envFile: false })).toEqual(env);
  });
  it('fails fast with every problem named, never a value', () => {
    const env: NodeJS.ProcessEnv = { JWT_SECRET: 'changeme', API_TOKEN: 'short1' };
    let message = '';
    try {
      requireSecrets(['JWT_SECRET', 'API_TOKEN', 'DB_PASSWORD'], { env, envFile: false });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('missing: DB_PASSWORD');
    expect(message).toContain('JWT_SECRET (a well-known default value)');
    expect(message).toContain('API_TOKEN (shorter than 16 characters (6))');
    expect(message).not.toContain('changeme');
    expect(message).not.toContain('short1');
  });
  it('loads a .env file without overriding what is already set', () => {
    const dir = tempDir();
    const fromFile = strong();
    writeFileSync(join(dir, '.env'), `# c\nFROM_FILE_SECRET="${fromFile}"\nSET_SECRET=file-value-that-loses-xxxx\n`);
    const env: NodeJS.ProcessEnv = { SET_SECRET: strong() };
    const before = env.SET_SECRET;
    const out = requireSecrets(['FROM_FILE_SECRET', 'SET_SECRET'], { env, envFile: join(dir, '.env') });
    expect(out.FROM_FILE_SECRET).toBe(fromFile);
    expect(out.SET_SECRET).toBe(before);
  });
  it('strength floor: 256 bits for keys and tokens', () => {
    expect(secretWeakness('JWT_SECRET', fake.hex(32))).toMatch(/under 256 bits/);
    expect(secretWeakness('JWT_SECRET', fake.hex(64))).toBeUndefined();
    expect(secretWeakness('DB_PASSWORD', 'productiondatabasepassword')).toMatch(/dictionary words/);
  });
});
