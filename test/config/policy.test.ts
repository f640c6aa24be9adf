import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../src/config/allow.js';
import { formatBaseline, loadBaseline } from '../../src/config/baseline.js';
import { effectiveConfig } from '../../src/config/effective.js';
import { formatEntry, parseIgnoreFile, withEntry } from '../../src/config/ignore-file.js';
import { loadConfig } from '../../src/config/load.js';
import { FileOverrides } from '../../src/config/overrides.js';
import { isToolWritten } from '../../src/detect/file-kind.js';
import { tempDir } from '../helpers/repo.js';

/** A folder of config files: path → JSON (or text). */
function tree(files: Record<string, unknown>): string {
  const root = tempDir('leakguard-policy-');
  for (const [p, v] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), typeof v === 'string' ? v : JSON.stringify(v));
  }
  return root;
}

const rule = (id: string, regex = `(${id}_[a-z0-9]{24})`) => ({ id, regex, keywords: [`${id}_`], secretGroup: 1 });

describe('extends: shared configs', () => {
  it('merges a three-level chain: lists concatenate, a later rule with the same id replaces, scalars from the nearest, enabledRules turns back on', async () => {
    const root = tree({
      'leakguard.config.json': { extends: './team.json', failOn: 'high', enabledRules: ['jwt'], allow: { paths: ['own/**'] } },
      'team.json': { extends: './org.json', minConfidence: 'medium', failOn: 'medium', rules: [rule('acme', '(acme_[a-z0-9]{30})')], disabledRules: ['slack-webhook'] },
      'org.json': { failOn: 'low', maxFileSize: '5MB', disabledRules: ['jwt'], rules: [rule('acme'), rule('corp')], allow: { paths: ['fixtures/**'], values: ['not-a-secret-value'] } },
    });
    const c = await loadConfig(root);
    expect(c.failOn).toBe('high');
    expect(c.minConfidence).toBe('medium');
    expect(c.maxFileSize).toBe(5 * 1024 * 1024);
    expect(c.disabledRules).toEqual(['slack-webhook']);
    expect(c.rules.map((r) => [r.id, r.regex.source])).toEqual([
      ['acme', '(acme_[a-z0-9]{30})'],
      ['corp', '(corp_[a-z0-9]{24})'],
    ]);
    expect(c.allow.paths).toEqual(['fixtures/**', 'own/**']);
    expect(c.origins.get('failOn')).toBe('leakguard.config.json');
    expect(c.origins.get('minConfidence')).toBe('leakguard.config.json → ./team.json');
    expect(c.origins.get('maxFileSize')).toBe('leakguard.config.json → ./team.json → ./org.json');
    expect(c.origins.get('rules:acme')).toBe('leakguard.config.json → ./team.json');
    expect(c.chain).toEqual(['leakguard.config.json', 'leakguard.config.json → ./team.json', 'leakguard.config.json → ./team.json → ./org.json']);
    // `leakguard config` shows allowed values redacted, never whole.
    const eff = effectiveConfig(c);
    expect(eff.allow.values[0]!.value).not.toBe('not-a-secret-value');
    expect(eff.failOn).toEqual({ value: 'high', from: 'leakguard.config.json' });
  });

  it('a later entry of an extends list wins over an earlier one', async () => {
    const root = tree({ 'leakguard.config.json': { extends: ['./a.json', './b.json'] }, 'a.json': { failOn: 'high' }, 'b.json': { failOn: 'medium' } });
    expect((await loadConfig(root)).failOn).toBe('medium');
  });

  it('finds packages in node_modules from the config up: main, exports, a root leakguard.config.json, ESLint shorthands', async () => {
    const root = tree({
      'leakguard.config.json': { extends: ['@acme/leakguard-config', 'beta', '@gamma', 'delta-policy'] },
      'node_modules/@acme/leakguard-config/package.json': { name: '@acme/leakguard-config', main: 'policy.json' },
      'node_modules/@acme/leakguard-config/policy.json': { rules: [rule('acme')] },
      'node_modules/leakguard-config-beta/package.json': { name: 'leakguard-config-beta', exports: { '.': { default: './dist/config.json' } } },
      'node_modules/leakguard-config-beta/dist/config.json': { rules: [rule('beta')] },
      'node_modules/@gamma/leakguard-config/package.json': { name: '@gamma/leakguard-config' },
      'node_modules/@gamma/leakguard-config/leakguard.config.json': { rules: [rule('gamma')] },
      'node_modules/delta-policy/package.json': { name: 'delta-policy', exports: './base.json' },
      'node_modules/delta-policy/base.json': { rules: [rule('delta')] },
    });
    expect((await loadConfig(root)).rules.map((r) => r.id)).toEqual(['acme', 'beta', 'gamma', 'delta']);
    // From package.json "leakguard" too.
    const pkg = tree({ 'package.json': { name: 'app', leakguard: { extends: '@acme/leakguard-config' } }, 'node_modules/@acme/leakguard-config/package.json': { name: '@acme/leakguard-config', main: 'p.json' }, 'node_modules/@acme/leakguard-config/p.json': { failOn: 'high' } });
    expect((await loadConfig(pkg)).failOn).toBe('high');
  });

  it('says what is wrong, naming the chain: a cycle, a missing package, a missing file, JavaScript, an invalid key deep in the chain', async () => {
    const err = async (files: Record<string, unknown>) => {
      try {
        await loadConfig(tree(files));
      } catch (e) {
        expect((e as { exitCode: number }).exitCode).toBe(2);
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };
    expect(await err({ 'leakguard.config.json': { extends: './a.json' }, 'a.json': { extends: './leakguard.config.json' } })).toMatch(/cycle: leakguard\.config\.json → \.\/a\.json → \.\/leakguard\.config\.json/);
    expect(await err({ 'leakguard.config.json': { extends: '@acme/leakguard-config' } })).toMatch(/package @acme\/leakguard-config is not installed .*npm install --save-dev @acme\/leakguard-config/);
    expect(await err({ 'leakguard.config.json': { extends: './nope.json' } })).toMatch(/"extends" names \.\/nope\.json, which does not exist/);
    expect(await err({ 'leakguard.config.json': { extends: 'js-policy' }, 'node_modules/js-policy/package.json': { main: 'index.js' }, 'node_modules/js-policy/index.js': 'module.exports = {}' })).toMatch(/not JSON: leakguard reads shared configs as data and never runs them/);
    expect(
      await err({
        'leakguard.config.json': { extends: '@acme/leakguard-config' },
        'node_modules/@acme/leakguard-config/package.json': { main: 'c.json' },
        'node_modules/@acme/leakguard-config/c.json': { extends: './base.json' },
        'node_modules/@acme/leakguard-config/base.json': { failOn: 'sometimes' },
      }),
    ).toBe('invalid config in leakguard.config.json → @acme/leakguard-config → ./base.json: "failOn" must be one of low, medium, high');
    expect(await err({ 'leakguard.config.json': { extends: 42 } })).toMatch(/"extends" must be a config name or path/);
  });
});

describe('overrides: per-file settings', () => {
  it('applies matching overrides in order (later wins) and leaves other files alone', async () => {
    const root = tree({
      'leakguard.config.json': {
        failOn: 'medium',
        disabledRules: ['jwt'],
        overrides: [
          { files: ['packages/legacy/**'], failOn: 'high', disabledRules: ['slack-webhook'], allow: { values: ['legacy-value'] } },
          { files: ['packages/legacy/core/**'], failOn: 'low', enabledRules: ['jwt', 'slack-webhook'] },
          { files: '*.fixture.json', minConfidence: 'high' },
        ],
      },
    });
    const c = await loadConfig(root);
    const o = new FileOverrides(c);
    expect(o.for('src/a.ts')).toMatchObject({ failOn: 'medium', minConfidence: 'low', pathAllowed: false });
    expect([...o.for('src/a.ts').disabled]).toEqual(['jwt']);
    const legacy = o.for('packages/legacy/a.ts');
    expect(legacy.failOn).toBe('high');
    expect([...legacy.disabled].sort()).toEqual(['jwt', 'slack-webhook']);
    expect(legacy.allowsValue?.('legacy-value')).toBe(true);
    const core = o.for('packages/legacy/core/b.ts');
    expect(core.failOn).toBe('low');
    expect([...core.disabled]).toEqual([]);
    expect(o.for('deep/dir/x.fixture.json').minConfidence).toBe('high');
    expect(FileOverrides.widest(c)).toEqual({ enabled: new Set(['jwt', 'slack-webhook']), minConfidence: 'low' });
    const eff = effectiveConfig(c, 'packages/legacy/a.ts');
    expect(eff.failOn).toEqual({ value: 'high', from: 'leakguard.config.json overrides[0] (packages/legacy/**)' });
    expect(eff.overrides.map((x) => x.source)).toEqual(['leakguard.config.json overrides[0]']);
  });

  it('rejects an override without files or with an unknown key, naming it', async () => {
    await expect(loadConfig(tree({ 'leakguard.config.json': { overrides: [{ failOn: 'high' }] } }))).rejects.toThrow('"overrides[0].files" must list at least one glob');
    await expect(loadConfig(tree({ 'leakguard.config.json': { overrides: [{ files: ['a/**'], maxFileSize: 3 }] } }))).rejects.toThrow('"overrides[0].maxFileSize" is not a known key in an override');
    await expect(loadConfig(tree({ 'leakguard.config.json': { overrides: [{ files: ['a/**'], rules: [{ id: 'github-ghp', regex: 'x' }] }] } }))).rejects.toThrow(/"overrides\[0\]\.rules\[0\]\.id" "github-ghp" is a built-in rule's id/);
  });
});

describe('.leakguardignore entries', () => {
  const fp = 'generic-api-key:0123456789abcdef0123';
  it.each([
    ['a plain fingerprint', fp, { fingerprint: fp }, false],
    ['a fingerprint and a free comment', `${fp}   # the demo key in docs`, { fingerprint: fp }, false],
    ['every field', `${fp}  # kind=used-in-tests reason="fixture \\"x\\" for tests" by=dev@acme.io added=2026-01-02 until=2027-03-31`, { fingerprint: fp, kind: 'used-in-tests', reason: 'fixture "x" for tests', by: 'dev@acme.io', added: '2026-01-02', until: '2027-03-31' }, false],
    ['an entry past its date', `${fp}  # reason="later" until=2026-12-05`, { fingerprint: fp, reason: 'later', until: '2026-12-05' }, true],
    ['an entry on its last day', `${fp}  # until=2026-12-06`, { fingerprint: fp, until: '2026-12-06' }, false],
  ])('reads %s', (_name, line, entry, expired) => {
    const list = parseIgnoreFile(`# header\r\n\r\n${line}\r\n`, '2026-12-06');
    expect(list.list).toEqual([{ ...entry, line: 3 }]);
    expect(list.has(fp)).toBe(!expired);
    expect(list.expired.has(fp)).toBe(expired);
  });

  it('writes one entry per line: appended, or replacing the same fingerprint, line endings kept', () => {
    const e = { fingerprint: fp, kind: 'fix-later', reason: 'will fix later', by: 'dev@acme.io', added: '2026-12-06', until: '2027-01-31' };
    expect(formatEntry(e)).toBe(`${fp}  # kind=fix-later reason="will fix later" by=dev@acme.io added=2026-12-06 until=2027-01-31`);
    const crlf = withEntry('other:00112233445566778899\r\n', e);
    expect(crlf).toEqual({ text: `other:00112233445566778899\r\n${formatEntry(e)}\r\n`, replaced: false });
    const renewed = withEntry(crlf.text, { ...e, until: '2027-06-30' });
    expect(renewed.replaced).toBe(true);
    expect(renewed.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(parseIgnoreFile(renewed.text, '2026-12-06').list[1]!.until).toBe('2027-06-30');
  });

  it.each([
    [{ fingerprints: [] }, /name the fingerprint/],
    [{ fingerprints: ['not a fingerprint'] }, /is not a fingerprint/],
    [{ fingerprints: [fp] }, /say why/],
    [{ fingerprints: [fp], reason: '  ' }, /--reason is empty/],
    [{ fingerprints: [fp], kind: 'fix-later' as const }, /--fix-later needs --until/],
    [{ fingerprints: [fp], reason: 'x', until: '2027-02-30' }, /is not a date/],
    [{ fingerprints: [fp], reason: 'x', until: '2026-12-05' }, /has already passed/],
  ])('refuses an incomplete request: %o', (req, message) => {
    expect(() => checkRequest(req, '2026-12-06')).toThrow(message);
  });

  it('accepts a reason, or a shorthand, and an end date from today on', () => {
    expect(() => checkRequest({ fingerprints: [fp], kind: 'false-positive' }, '2026-12-06')).not.toThrow();
    expect(() => checkRequest({ fingerprints: [fp], reason: 'x', until: '2026-12-06' }, '2026-12-06')).not.toThrow();
  });
});

describe('merge-friendly records', () => {
  it('the baseline is JSON with one finding per line and an end marker; reading skips the marker', async () => {
    const root = tempDir('leakguard-baseline-');
    const entries = [
      { fingerprint: 'a:00000000000000000001', ruleId: 'a', file: 'x.js' },
      { fingerprint: 'b:00000000000000000002', ruleId: 'b', file: 'y z.js', value: '0011' },
    ];
    const text = formatBaseline(entries);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('{"fingerprint"'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('{"fingerprint"')).every((l) => l.endsWith('},'))).toBe(true);
    expect(JSON.parse(text).findings.at(-1)).toBeNull();
    writeFileSync(join(root, '.leakguard-baseline.json'), text);
    expect([...(await loadBaseline(root))].filter((k) => !k.startsWith('moved:')).sort()).toEqual(['a:00000000000000000001', 'b:00000000000000000002']);
  });

  it.each(['.leakguardignore', 'pkg/.leakguard-baseline.json', '.gitleaksignore', '.secrets.baseline'])('%s is a tool-written record: generic rules skip it', (p) => {
    expect(isToolWritten(p)).toBe(true);
  });
  it.each(['leakguardignore.md', 'src/baseline.json', '.secrets.baseline.bak'])('%s is not', (p) => {
    expect(isToolWritten(p)).toBe(false);
  });
});
