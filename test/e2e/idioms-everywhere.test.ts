import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { builtinRules } from '../../src/rules/index.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * The recall issue's families, each where it usually lives, found the same way by the commit hook, the
 * working-tree scan, the history scan and inside an archive: SQL, a comparison with a literal, a C macro,
 * a command line, a login call, a credential file by name and a newer token format.
 */
const pw = () => `${fake.alnum(10)}!${fake.digits(2)}`;
const example = (id: string) => builtinRules.find((r) => r.id === id)!.tps()[0]!;

const files = (): Record<string, string> => ({
  'db/migrations/001_users.sql': `CREATE USER app WITH PASSWORD '${pw()}';\n`,
  'src/check.js': `if (password === '${pw()}') {\n  grant();\n}\n`,
  'firmware/config.h': `#define WIFI_PASSWORD "${pw()}"\n`,
  'scripts/deploy.sh': `#!/bin/sh\nsshpass -p '${pw()}' ssh deploy@build.acme.io\n`,
  'src/mailer.py': `smtp.login(user, '${pw()}')\n`,
  'config/master.key': `${fake.hex(32)}\n`,
  'ci/vercel.env': `${example('vercel-prefixed-token')}\n`,
});

const expected = [
  'ci/vercel.env vercel-prefixed-token',
  'config/master.key rails-master-key',
  'db/migrations/001_users.sql sql-password',
  'firmware/config.h compared-password',
  'scripts/deploy.sh command-line-password',
  'src/check.js compared-password',
  'src/mailer.py login-call-password',
];

interface Finding { file: string; ruleId: string; blocking: boolean; commit?: string }
const blocking = (stdout: string, strip = '') =>
  (JSON.parse(stdout).findings as Finding[]).filter((f) => f.blocking).map((f) => `${f.file.replace(strip, '')} ${f.ruleId}`).sort();

describe('the recall families in every mode', () => {
  it('the commit hook, the tree scan and the history scan block on each', () => {
    const repo = makeRepo();
    const all = files();
    for (const [path, text] of Object.entries(all)) repo.write(path, text);
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.code, staged.stderr).toBe(1);
    expect(blocking(staged.stdout)).toEqual(expected);
    expect(blocking(repo.cli(['scan', '--format', 'json']).stdout)).toEqual(expected);
    repo.commit('app');
    const history = repo.cli(['scan', '--history', '--format', 'json']);
    expect(blocking(history.stdout)).toEqual(expected);
    expect((JSON.parse(history.stdout).findings as Finding[]).every((f) => f.commit)).toBe(true);
    // Redacted everywhere: no value appears whole.
    for (const text of Object.values(all)) {
      const value = /'([^']+)'|"([^"]+)"|^([0-9a-f]{32})$/m.exec(text);
      const secret = value?.[1] ?? value?.[2] ?? value?.[3];
      if (secret) expect(staged.stdout + history.stdout).not.toContain(secret);
    }
  });

  it('inside an archive, at archive!entry', () => {
    const repo = makeRepo();
    const entries = Object.fromEntries(Object.entries(files()).map(([p, t]) => [p, new TextEncoder().encode(t)]));
    repo.write('release/bundle.zip', Buffer.from(zipSync(entries)));
    repo.git('add', '.');
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.code, staged.stderr).toBe(1);
    expect(blocking(staged.stdout, 'release/bundle.zip!')).toEqual(expected);
  });
});
