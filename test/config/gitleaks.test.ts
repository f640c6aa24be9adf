import { describe, expect, it } from 'vitest';
import { goRegexToJs } from '../../src/config/gitleaks.js';
import { fake } from '../../src/rules/fake.js';
import { makeRepo } from '../helpers/repo.js';

/** A config in gitleaks' documented format (README "Configuration"), old and new allowlist styles. */
const GITLEAKS_TOML = `
title = "acme gitleaks config"

[extend]
useDefault = true
disabledRules = ["generic-api-key"]

[[rules]]
id = "acme-internal-token"
description = "ACME internal service token"
regex = '''(?i)\\b(acme_[0-9a-f]{32})\\b'''
secretGroup = 1
entropy = 3.0
keywords = ["acme_"]
  [[rules.allowlists]]
  stopwords = ["deadbeef"]

[[rules]]
id = "acme-legacy"
description = "Legacy key in config files only"
regex = '''legacy_key\\s*=\\s*(?P<secret>[A-Z0-9]{20})'''
secretGroup = 1
path = '''\\.cfg$'''
keywords = ["legacy_key"]

[[rules]]
id = "ungreedy"
regex = '''(?U)a+'''

[allowlist]
description = "global allowlist (old style)"
paths = ['''(^|/)fixtures/''']
regexes = ['''^acme_0{32}$''']
`;

describe('gitleaks migration', () => {
  it('translates Go regular expressions', () => {
    expect(goRegexToJs('(?i)abc').regex?.flags).toBe('i');
    expect(goRegexToJs('(?P<k>x)\\z').regex?.source).toBe('(?<k>x)$');
    expect(goRegexToJs('[[:alnum:]]+').regex?.test('a1')).toBe(true);
    expect(goRegexToJs('(?U)a+').problem).toMatch(/ungreedy/);
  });

  it('picks up .gitleaks.toml when there is no leakguard config, applies rules and allowlists, and reports what it could not map', () => {
    const repo = makeRepo();
    repo.write('.gitleaks.toml', GITLEAKS_TOML);
    const token = `acme_${fake.hex(32)}`;
    repo.write('src/a.py', `TOKEN = "${token}"\n`);
    repo.write('fixtures/b.py', `TOKEN = "acme_${fake.hex(32)}"\n`);
    repo.write('src/c.py', 'TOKEN = "acme_deadbeef0000000000000000deadbeef"\n');
    repo.write('app.cfg', `legacy_key = ${fake.upperAlnum(20)}\n`);
    repo.write('app.txt', `legacy_key = ${fake.upperAlnum(20)}\n`);
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`).sort();
    expect(found).toContain('src/a.py acme-internal-token');
    expect(found).toContain('app.cfg acme-legacy');
    expect(found.filter((f: string) => f.startsWith('fixtures/'))).toEqual([]);
    expect(found.filter((f: string) => f.startsWith('src/c.py acme'))).toEqual([]);
    expect(found.filter((f: string) => f.startsWith('app.txt acme'))).toEqual([]);
    expect(r.stderr).toContain('using gitleaks config');
    expect(r.stderr).toMatch(/not mapped: rules\[2\] \(ungreedy\): regex uses the \(\?U\) ungreedy flag/);
    expect(r.stderr).toMatch(/disabledRules \(generic-api-key\)/);
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('honours .gitleaksignore fingerprints (file:rule:line), mapping gitleaks rule ids to ours', () => {
    const repo = makeRepo();
    repo.write('a.js', `const t = "${fake.checksummed('ghp_')}";\n`);
    expect(repo.cli(['scan']).code).toBe(1);
    repo.write('.gitleaksignore', '# reviewed\na.js:github-pat:1\n');
    const r = repo.cli(['scan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 known finding ignored');
  });

  it('--gitleaks-config adds a gitleaks config to a leakguard one; a broken one is a clear error', () => {
    const repo = makeRepo();
    repo.write('leakguard.config.json', '{}');
    repo.write('gl.toml', GITLEAKS_TOML);
    repo.write('a.py', `X = "acme_${fake.hex(32)}"\n`);
    expect(repo.cli(['scan', '--format', 'json']).stdout).not.toContain('acme-internal-token');
    expect(repo.cli(['scan', '--format', 'json', '--gitleaks-config', 'gl.toml']).stdout).toContain('acme-internal-token');
    repo.write('bad.toml', '[[rules]\nid = ');
    const bad = repo.cli(['scan', '--gitleaks-config', 'bad.toml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid gitleaks config');
  });
});
