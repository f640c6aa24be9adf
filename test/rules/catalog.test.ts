import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { builtinRules, fileRules, matchFileRule } from '../../src/rules/index.js';

const scanner = new Scanner(builtinRules);
/** Path-gated rules (dotenv values, .netrc…) need a path they apply to. */
const pathFor = (rule: (typeof builtinRules)[number]) =>
  rule.appliesTo ? ['.env', '.netrc', '.pypirc', '.git-credentials', 'main.tf', '.pgpass', '.msmtprc'].find((p) => rule.appliesTo!(p)) ?? 'example.txt' : 'example.txt';

describe('rule catalog shape', () => {
  it('covers at least 200 provider rules across the families', () => {
    expect(builtinRules.filter((r) => r.provider !== 'Generic').length).toBeGreaterThanOrEqual(200);
  });
  it('has unique ids', () => {
    const ids = [...builtinRules.map((r) => r.id), ...fileRules.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(builtinRules.map((r) => [r.id, r] as const))('%s has examples, a playbook, a global regex and lower-case keywords', (_id, rule) => {
    expect(rule.tps().length).toBeGreaterThanOrEqual(2);
    expect(rule.fps.length).toBeGreaterThanOrEqual(2);
    expect(rule.playbook).toMatch(/^[a-z0-9-]+$/);
    expect(rule.regex.global).toBe(true);
    for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
    if (rule.keywords.length === 0) expect(rule.appliesTo, 'a rule without keywords must be path-gated').toBeDefined();
  });
});

const tpCases = builtinRules.flatMap((rule) => rule.tps().map((text, i) => [`${rule.id} #${i + 1}`, rule, text] as const));
const fpCases = builtinRules.flatMap((rule) => rule.fps.map((text, i) => [`${rule.id} #${i + 1}`, rule, text] as const));

describe('true positives: each rule finds its own examples', () => {
  it.each(tpCases)('%s', (_name, rule, text) => {
    const findings = scanner.scan({ path: pathFor(rule), text });
    const mine = findings.filter((f) => f.ruleId === rule.id);
    expect(mine.map((f) => f.ruleId), `findings: ${findings.map((f) => f.ruleId).join(', ') || 'none'}`).toContain(rule.id);
    // The secret never appears whole in anything a finding serialises.
    for (const f of mine) {
      expect(f.secret).toBeTruthy();
      const serialised = JSON.stringify(f);
      expect(serialised).not.toContain(f.secret);
      expect(f.preview.length).toBeGreaterThan(0);
    }
  });
});

describe('false positives: no rule fires on its own counter-examples', () => {
  it.each(fpCases)('%s', (_name, rule, text) => {
    const findings = scanner.scan({ path: pathFor(rule), text }).filter((f) => f.ruleId === rule.id);
    expect(findings.map((f) => `${f.ruleId} ${f.preview}`)).toEqual([]);
  });
});

describe('sensitive file rules', () => {
  const cases = fileRules.flatMap((r) => [
    ...r.tps.map((p) => [r.id, p, true] as const),
    ...r.fps.map((p) => [r.id, p, false] as const),
  ]);
  it.each(cases)('%s: %s → %s', (id, path, expected) => {
    const hit = matchFileRule(path);
    if (expected) expect(hit?.id).toBe(id);
    else expect(hit?.id === id).toBe(false);
  });
  it.each(fileRules.map((r) => [r.id, r] as const))('%s has at least two examples each way', (_id, r) => {
    expect(r.tps.length).toBeGreaterThanOrEqual(2);
    expect(r.fps.length).toBeGreaterThanOrEqual(2);
  });
});
