import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

/** A medium-confidence finding (a random value under a secret-looking name), built at run time. */
const assignment = () => `const apiSecret = "${fake.alnum(32)}";\n`;
/** A custom-rule token, high confidence. */
const acmeToken = () => fake.join('acme_', fake.lowerAlnum(24));
const ACME_RULE = { id: 'acme-token', title: 'ACME internal token', regex: '(acme_[a-z0-9]{24})', keywords: ['acme_'], secretGroup: 1 };

function json(repo: TestRepo, path: string, value: unknown): void {
  repo.write(path, JSON.stringify(value, null, 2) + '\n');
}

describe('overrides in every mode', () => {
  const repo = makeRepo();
  json(repo, 'leakguard.config.json', {
    overrides: [
      { files: ['packages/legacy/**'], failOn: 'high', disabledRules: ['acme-token'] },
      { files: ['packages/app/**'], rules: [ACME_RULE] },
    ],
  });
  repo.git('add', '.');
  repo.commit('config');
  const token = acmeToken();
  const secret = assignment();

  it('staged: a package that fails only on high confidence warns where another blocks; a rule an override adds applies only to its files', () => {
    repo.write('packages/legacy/a.js', secret);
    repo.write('packages/app/b.js', `export const t = "${token}";\n`);
    repo.write('packages/other/c.js', `export const t = "${token}";\n`);
    repo.git('add', '.');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { file: string; ruleId: string; blocking: boolean }[];
    expect(findings.map((f) => [f.file, f.ruleId, f.blocking]).sort()).toEqual([
      ['packages/app/b.js', 'acme-token', true],
      ['packages/legacy/a.js', 'generic-secret-assignment', false],
    ]);
    // --fail-on on the command line holds for every file, overrides included.
    const flag = repo.cli(['scan', '--staged', '--format', 'json', '--fail-on', 'medium']);
    expect((JSON.parse(flag.stdout).findings as { blocking: boolean }[]).every((f) => f.blocking)).toBe(true);
    expect(r.stdout + flag.stdout).not.toContain(token);
  });

  it('tree, history and pre-push answer the same', () => {
    repo.commit('add packages');
    const tree = JSON.parse(repo.cli(['scan', '--format', 'json']).stdout).findings as { file: string; blocking: boolean }[];
    const hist = JSON.parse(repo.cli(['scan', '--history', '--format', 'json']).stdout).findings as { file: string; blocking: boolean }[];
    for (const list of [tree, hist]) {
      expect(list.map((f) => [f.file, f.blocking]).sort()).toEqual([
        ['packages/app/b.js', true],
        ['packages/legacy/a.js', false],
      ]);
    }
    const bare = tempDir('leakguard-remote-');
    execFileSync('git', ['init', '-q', '--bare', bare], { env: repo.env });
    repo.git('remote', 'add', 'origin', bare);
    const head = repo.git('rev-parse', 'HEAD').trim();
    const push = repo.cli(['pre-push', 'origin', bare], `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`);
    expect(push.code).toBe(1);
    expect(push.stdout).toContain('packages/app/b.js');
    expect(push.stdout).toMatch(/packages\/legacy\/a\.js.*warning: below fail-on level/);
  });

  it('leakguard config <path> says what is in force and which file set it', () => {
    const r = repo.cli(['config', 'packages/legacy/x.js']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('failOn: high — leakguard.config.json overrides[0] (packages/legacy/**)');
    expect(r.stdout).toContain('acme-token — leakguard.config.json overrides[0]');
    const top = JSON.parse(repo.cli(['config', '--json']).stdout) as { failOn: { value: string; from: string }; overrides: unknown[] };
    expect(top.failOn).toEqual({ value: 'low', from: 'default' });
    expect(top.overrides).toHaveLength(2);
  });
});

describe('leakguard allow: exceptions with an owner, a reason and an end', () => {
  it('records an exception the commit then passes; past its date it blocks again, naming who added it; --list and doctor say so', () => {
    const repo = makeRepo();
    repo.write('src/a.js', assignment());
    repo.git('add', '.');
    const blocked = repo.cli(['scan', '--staged', '--no-color']);
    expect(blocked.code).toBe(1);
    const fp = /fingerprint (\S+)/.exec(blocked.stdout)![1]!;
    expect(blocked.stdout).toContain(`leakguard allow ${fp} --reason "…"`);
    expect(repo.cli(['allow', fp]).code).toBe(2);
    const later = repo.cli(['allow', fp, '--fix-later']);
    expect(later.code).toBe(2);
    expect(later.stderr).toContain('--fix-later needs --until');

    const ok = repo.cli(['allow', fp, '--fix-later', '--until', '2099-12-31']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`recorded ${fp} in .leakguardignore ("will fix later", by test@example.org, until 2099-12-31)`);
    expect(readFileSync(join(repo.dir, '.gitattributes'), 'utf8')).toBe('/.leakguardignore merge=union\n');
    const line = readFileSync(join(repo.dir, '.leakguardignore'), 'utf8').split('\n')[1]!;
    expect(line).toMatch(new RegExp(`^${fp}  # kind=fix-later reason="will fix later" by=test@example.org added=\\d{4}-\\d{2}-\\d{2} until=2099-12-31$`));
    repo.git('add', '.');
    expect(repo.cli(['scan', '--staged']).code).toBe(0);
    repo.commit('with an exception');

    // The date passes (written as a teammate's old entry would read).
    writeFileSync(join(repo.dir, '.leakguardignore'), readFileSync(join(repo.dir, '.leakguardignore'), 'utf8').replace('until=2099-12-31', 'until=2020-01-31'));
    repo.write('src/b.js', 'export {};\n');
    repo.git('add', '.');
    const again = repo.cli(['scan', '--no-color', 'src']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('exception expired: .leakguardignore line 2 allowed it until 2020-01-31 (added by test@example.org: "will fix later"); it blocks again');
    const list = repo.cli(['allow', '--list', '--expired']);
    expect(list.stdout).toMatch(new RegExp(`^EXPIRED ${fp}  fix-later · "will fix later" · by test@example.org · added \\S+ · until 2020-01-31  \\(line 2\\)`));
    // A stale entry (its value is gone) and the expired one: doctor fails the check, naming both.
    writeFileSync(join(repo.dir, '.leakguardignore'), readFileSync(join(repo.dir, '.leakguardignore'), 'utf8') + 'generic-api-key:00112233445566778899\n');
    const doctor = repo.cli(['doctor', '--no-color']);
    expect(doctor.stdout).toMatch(/✖ fail {2}Exceptions in \.leakguardignore are current/);
    expect(doctor.stdout).toContain(`line 2: ${fp} expired on 2020-01-31 (added by test@example.org): it blocks again`);
    expect(doctor.stdout).toContain('line 3: generic-api-key:00112233445566778899 matches no finding in the working tree or history: a stale entry');
  });

  it('two branches each allowing a finding merge without a conflict', () => {
    const repo = makeRepo();
    repo.write('README.md', 'x\n');
    repo.git('add', '.');
    repo.commit('init');
    const fps = ['generic-api-key:00000000000000000001', 'generic-api-key:00000000000000000002'];
    repo.cli(['allow', fps[0]!, '--false-positive']);
    repo.git('add', '.');
    repo.commit('attributes');
    repo.git('checkout', '-q', '-b', 'one');
    expect(repo.cli(['allow', 'generic-api-key:00000000000000000003', '--used-in-tests']).code).toBe(0);
    repo.git('commit', '-qam', 'one');
    repo.git('checkout', '-q', 'main');
    expect(repo.cli(['allow', fps[1]!, '--reason', 'public sample key']).code).toBe(0);
    repo.git('commit', '-qam', 'two');
    repo.git('merge', '-q', '--no-edit', 'one');
    const lines = readFileSync(join(repo.dir, '.leakguardignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.map((l) => l.split(' ')[0]).sort()).toEqual([...fps, 'generic-api-key:00000000000000000003']);
  });
});

describe('baseline: branches merge', () => {
  it('two branches that each baseline a new finding merge with no conflict, and the merged baseline covers both', () => {
    const repo = makeRepo();
    repo.write('README.md', 'x\n');
    repo.git('add', '.');
    repo.commit('init');
    const first = repo.cli(['baseline']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('.gitattributes: added /.leakguard-baseline.json merge=union');
    repo.git('add', '.');
    repo.commit('baseline');
    for (const [branch, file] of [['one', 'src/one.js'], ['two', 'src/two.js']] as const) {
      repo.git('checkout', '-q', '-b', branch, 'main');
      repo.write(file, assignment());
      expect(repo.cli(['baseline']).code).toBe(0);
      repo.git('add', '.');
      repo.commit(branch);
    }
    repo.git('checkout', '-q', 'one');
    repo.git('merge', '-q', '--no-edit', 'two');
    const doc = JSON.parse(readFileSync(join(repo.dir, '.leakguard-baseline.json'), 'utf8')) as { findings: ({ file: string } | null)[] };
    expect(doc.findings.filter(Boolean).map((f) => f!.file).sort()).toEqual(['src/one.js', 'src/two.js']);
    expect(repo.cli(['scan']).code).toBe(0);
  });
});

describe('a shared config package, installed with npm', () => {
  function configPackage(): string {
    const dir = tempDir('leakguard-config-pkg-');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@acme/leakguard-config', version: '1.2.0', main: 'leakguard.json' }));
    writeFileSync(join(dir, 'leakguard.json'), JSON.stringify({ extends: './base.json', rules: [ACME_RULE] }));
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ failOn: 'high' }));
    return dir;
  }

  it('init --config-package writes the extends and the devDependency; until it is installed, scans say which package and how; uninstall takes both back', () => {
    const repo = makeRepo();
    json(repo, 'package.json', { name: 'app', version: '1.0.0', private: true });
    const init = repo.cli(['init', '--config-package', '@acme/leakguard-config@^1.2.0']);
    expect(init.code, init.stderr + init.stdout).toBe(0);
    expect(init.stdout).toContain('extend @acme/leakguard-config');
    expect(init.stdout).toMatch(/The first scan needs the shared config installed: run npm install/);
    expect(JSON.parse(readFileSync(join(repo.dir, 'leakguard.config.json'), 'utf8'))).toEqual({ extends: '@acme/leakguard-config' });
    const pkg = JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@acme/leakguard-config']).toBe('^1.2.0');
    repo.write('src/t.js', `export const t = "${acmeToken()}";\n`);
    repo.git('add', 'src');
    const missing = repo.cli(['scan', '--staged']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('package @acme/leakguard-config is not installed');
    expect(missing.stderr).toContain('npm install --save-dev @acme/leakguard-config');
    const un = repo.cli(['uninstall']);
    expect(un.code, un.stderr).toBe(0);
    expect(() => readFileSync(join(repo.dir, 'leakguard.config.json'))).toThrow();
    expect((JSON.parse(readFileSync(join(repo.dir, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }).devDependencies?.['@acme/leakguard-config']).toBeUndefined();
  });

  it('after npm install of the package (a local folder: nothing downloaded), the hook uses its rules and settings', () => {
    const repo = makeRepo();
    json(repo, 'package.json', { name: 'app', version: '1.0.0', private: true });
    execFileSync('npm', ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', configPackage()], { cwd: repo.dir, env: { ...repo.env, npm_config_cache: tempDir('leakguard-npm-cache-') }, stdio: 'pipe' });
    const init = repo.cli(['init', '--config-package', '@acme/leakguard-config']);
    expect(init.code, init.stderr + init.stdout).toBe(0);
    expect(init.stdout).not.toContain('The first scan needs');
    repo.write('src/t.js', `export const t = "${acmeToken()}";\n${assignment()}`);
    repo.git('add', 'src');
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; blocking: boolean }[];
    expect(findings.map((f) => [f.ruleId, f.blocking])).toEqual([
      ['acme-token', true],
      ['generic-secret-assignment', false],
    ]);
    expect(repo.cli(['config']).stdout).toContain('failOn: high — leakguard.config.json → @acme/leakguard-config → ./base.json');
  });
});
