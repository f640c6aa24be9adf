import { createHash } from 'node:crypto';
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
 * recheck needs ~10 minutes for the whole catalog on one core, so verdicts are
 * kept in redos-verified.json (written by `node scripts/verify-regexes.mjs`,
 * only ever with "safe"), keyed by a hash of the exact flags and source: a
 * pattern that is new or changed has no entry and is checked here, every run,
 * within a time limit that fails rather than hangs; an entry that matches no
 * current pattern is stale and fails the suite (the script rewrites the file).
 * LEAKGUARD_FULL_REDOS=1 checks them all.
 */
const verifiedFile = new URL('./redos-verified.json', import.meta.url);
const recorded: Record<string, string> = existsSync(verifiedFile) ? JSON.parse(readFileSync(verifiedFile, 'utf8')) : {};
const verified = process.env.LEAKGUARD_FULL_REDOS ? {} : recorded;

/** The key of a regex in redos-verified.json (scripts/verify-regexes.mjs computes the same). */
export function regexKey(re: RegExp): string {
  return createHash('sha256').update(`${re.flags.replace(/[gyd]/g, '')}/${re.source}`, 'utf8').digest('hex').slice(0, 20);
}

/** recheck's verdict on a regex, as a failure message ('' when safe). */
async function unsafe(re: RegExp): Promise<string> {
  const diag = await check(re.source, re.flags.replace(/[gyd]/g, ''), { timeout: 20_000 });
  if (diag.status === 'safe') return '';
  return diag.status === 'vulnerable' ? `vulnerable, ${diag.complexity.summary}: ${diag.attack.pattern}` : `not proven safe: ${diag.error.kind}`;
}

describe('regexes are safe from catastrophic backtracking (recheck)', () => {
  it.each(builtinRules.map((r) => [r.id, r.regex] as const))('%s', async (_id, re) => {
    // Recorded safe for exactly this source, or proven now.
    if (verified[regexKey(re)] === 'safe') return expect(verified[regexKey(re)]).toBe('safe');
    expect(await unsafe(re)).toBe('');
  }, 30_000);

  it('has no stale entry: each recorded verdict is for a pattern of today\'s catalog', () => {
    const current = new Set(builtinRules.map((r) => regexKey(r.regex)));
    const stale = Object.keys(recorded).filter((k) => !current.has(k));
    expect(stale, 'run node scripts/verify-regexes.mjs --missing to rewrite test/rules/redos-verified.json').toEqual([]);
  });

  it('the live check is real: a pattern with nested quantifiers is refused', async () => {
    expect(verified[regexKey(/^(a+)+$/)]).toBeUndefined();
    expect(await unsafe(/^(a+)+$/)).toMatch(/^vulnerable, exponential/);
    expect(await unsafe(/^(?:\w+\s?)*$/)).toMatch(/^vulnerable/);
  }, 30_000);
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
