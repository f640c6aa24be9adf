import { existsSync, readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { patternKey, sourceRegexes } from '../../scripts/source-regexes.mjs';

/**
 * The catalog's patterns are not the only regexes that read a commit: the evidence checks (paths, holders,
 * values), the readers, the config and the commands run theirs on the same text, some over whole files (a
 * compose file's `^\s*image:` once backtracked quadratically over a run of blank lines, a commit message's
 * `/\n+$/` over a run of newlines). Every regular-expression literal in src/ must be proven safe by recheck,
 * as redos.test.ts asks of the catalog (whose own patterns it leaves to that test): verdicts are kept in
 * redos-source-verified.json (`node scripts/verify-regexes.mjs --missing` writes it), and a new or changed
 * literal is checked here, live. A few are recorded "accepted: <why>" by hand: a polynomial recheck finds in a
 * command the user runs on their own code (doctor), never on a hook's path; each says what bounds its input.
 */
const root = new URL('../..', import.meta.url).pathname;
const catalog: Record<string, string> = JSON.parse(readFileSync(new URL('./redos-verified.json', import.meta.url), 'utf8'));
const literals = sourceRegexes(root).filter((l) => !catalog[patternKey(l.source, l.flags)]);
const file = new URL('./redos-source-verified.json', import.meta.url);
const recorded: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const verified = process.env.LEAKGUARD_FULL_REDOS ? Object.fromEntries(Object.entries(recorded).filter(([, v]) => v !== 'safe')) : recorded;

describe('every regex literal in src/ is safe from catastrophic backtracking (recheck)', () => {
  it('finds the literals (the parser read src/)', () => {
    expect(literals.length).toBeGreaterThan(300);
    expect(literals.some((l) => l.where.startsWith('src/detect/demote.ts'))).toBe(true);
  });

  it.each(literals.map((l) => [l.where, l] as const))('%s', async (_where, { source, flags }) => {
    const known = verified[patternKey(source, flags)];
    if (known === 'safe') return;
    if (known?.startsWith('accepted: ')) return expect(known.length, 'an accepted literal says why').toBeGreaterThan('accepted: '.length + 20);
    const diag = await check(source, flags, { timeout: 20_000 });
    expect(diag.status === 'vulnerable' ? `vulnerable, ${diag.complexity.summary}: ${diag.attack.pattern}` : diag.status).toBe('safe');
  }, 30_000);

  it('has no stale entry: each recorded verdict is for a literal in src/ today', () => {
    const current = new Set(literals.map((l) => patternKey(l.source, l.flags)));
    expect(Object.keys(recorded).filter((k) => !current.has(k)), 'run node scripts/verify-regexes.mjs --missing').toEqual([]);
  });
});
