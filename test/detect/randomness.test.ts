import { describe, expect, it } from 'vitest';
import { looksRandom, shannonEntropy, tokenEfficiency } from '../../src/detect/randomness.js';
import { redact, redactLine } from '../../src/detect/redact.js';
import { fake } from '../../src/rules/fake.js';

describe('randomness', () => {
  it('Shannon entropy: 0 for one symbol, log2(n) for n equiprobable symbols', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('')).toBe(0);
  });
  it('token efficiency separates what people write from what machines generate', () => {
    expect(tokenEfficiency('productionDatabasePassword')).toBeGreaterThan(4);
    expect(tokenEfficiency(fake.alnum(32))).toBeLessThan(1.6);
  });
  it.each([
    ['generated alnum', () => fake.alnum(32), true],
    ['generated base64', () => fake.base64(40), true],
    ['generated hex', () => fake.hex(40), true],
    ['identifier', () => 'getUserAccountSettingsHandler', false],
    ['snake words', () => 'default_session_cookie_name', false],
    ['short', () => 'a1B2c3', false],
    ['repeated', () => 'abababababababababababab', false],
    ['sentence-ish', () => 'ThisIsMyPasswordForProduction', false],
  ])('%s → %s', (_n, make, expected) => {
    expect(looksRandom(make())).toBe(expected);
  });
});

describe('redaction never shows a whole secret', () => {
  it.each([4, 8, 12, 20, 40, 100, 400])('secret of %i characters', (n) => {
    const secret = fake.alnum(n);
    const r = redact(secret);
    expect(r).not.toContain(secret);
    // at most a fifth, capped at six characters, is shown
    const shown = r.replace(/\*.*$/, '');
    expect(shown.length).toBeLessThanOrEqual(Math.min(6, Math.ceil(n / 5)));
    expect(r).toContain(`(${n} chars)`);
  });
  it('masks every occurrence on the line and any other long token run', () => {
    const s = fake.alnum(30);
    const other = fake.base64(40);
    const line = `a=${s} b=${s} c=${other}`;
    const out = redactLine(line, s, 3);
    expect(out).not.toContain(s);
    expect(out).not.toContain(other);
  });
  it('masks a second secret that the context cuts short (a JSON Web Key on one line)', () => {
    const s = fake.base64url(342);
    const other = fake.base64url(171);
    // The second run starts ~20 characters before the context's end (40 before the secret, 100 in all).
    const line = `{"AdditionalData":{},"Alg":"RS256","Crv":null,"HasKey":true,"D":"${s}","DP":"${other}","E":"AQAB"}`;
    const out = redactLine(line, s, line.indexOf(s) + 1);
    expect(out).toContain('"D":"' + s.slice(0, 6) + '*');
    expect(out).not.toContain(other.slice(0, 7));
  });
});
