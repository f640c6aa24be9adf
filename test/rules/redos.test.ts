import { existsSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { Scanner } from '../../src/detect/engine.js';

/**
 * Every regex in the catalog must be safe from catastrophic backtracking: a
 * pre-commit hook that hangs on a crafted file is a denial of service on every
 * developer. recheck proves (automaton checker) or fuzzes (fuzz checker) each
 * pattern; anything not "safe" fails, with the attack string in the message.
 *
 * recheck needs ~10 minutes for the whole catalog on one core, so verdicts
 * for exact (flags, source) pairs are kept in redos-verified.json (written
 * by `node scripts/verify-regexes.mjs`, only ever with "safe"): a pattern
 * that is new or changed is not in it and is checked here, every run.
 * LEAKGUARD_FULL_REDOS=1 checks them all.
 */
const verifiedFile = new URL('./redos-verified.json', import.meta.url);
const verified: Record<string, string> = existsSync(verifiedFile) && !process.env.LEAKGUARD_FULL_REDOS ? JSON.parse(readFileSync(verifiedFile, 'utf8')) : {};

describe('regexes are safe from catastrophic backtracking (recheck)', () => {
  it.each(builtinRules.map((r) => [r.id, r.regex] as const))('%s', async (_id, re) => {
    const flags = re.flags.replace(/[gyd]/g, '');
    if (verified[`${flags}/${re.source}`] === 'safe') return;
    const diag = await check(re.source, flags, { timeout: 20_000 });
    const detail = diag.status === 'vulnerable' ? `${diag.complexity.summary}: ${diag.attack.pattern}` : diag.status === 'unknown' ? diag.error.kind : '';
    expect(diag.status, detail).toBe('safe');
  });
});

/**
 * Independent of recheck: the scanner on inputs built to hurt regex engines
 * (long runs of the characters the patterns repeat, near-misses of every
 * prefix) must return. A test that hangs fails by vitest's timeout; no timing
 * is asserted.
 */
describe('scanner terminates on adversarial input', () => {
  const scanner = new Scanner(builtinRules);
  const runs = ['a', '=', ':', '-', '_', '/', ' ', '\\n', 'A1', 'password=', 'key: "', '://a:', '-----BEGIN PRIVATE KEY-----', 'eyJ', 'AKIA'];
  it.each(runs)('long run of %j', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(Array.isArray(scanner.scan({ path: 'x.env', text }))).toBe(true);
  });
  it('long line of every keyword without values', () => {
    const kws = builtinRules.flatMap((r) => r.keywords).join(' ');
    const text = kws.repeat(200);
    expect(scanner.scan({ path: '.env', text })).toEqual(expect.any(Array));
  });
});
