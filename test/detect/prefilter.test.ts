import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KeywordMatcher } from '../../src/detect/prefilter.js';
import { builtinRules } from '../../src/rules/index.js';

/** Every occurrence, case-insensitively, the slow obvious way. */
function naive(keywords: string[], text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  keywords.forEach((k, id) => {
    for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) out.push(`${id}@${i + k.length}`);
  });
  return out.sort();
}

function fast(keywords: string[], text: string): string[] {
  const out: string[] = [];
  new KeywordMatcher(keywords).scan(text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('KeywordMatcher (Aho–Corasick)', () => {
  it('finds overlapping and nested keywords, case-insensitively', () => {
    const kws = ['he', 'she', 'his', 'hers', 'sk_live_', 'sk_', 'akia'];
    const text = 'ushers SHE said HIS sk_live_abc AKIAxyz aKiA';
    expect(fast(kws, text)).toEqual(naive(kws, text));
  });
  it('matches naive search on random text over a small alphabet', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const alphabet = 'abAB_-:é ';
    for (let round = 0; round < 50; round++) {
      const kws = Array.from({ length: 6 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => 'ab_-:'[Math.floor(rnd() * 5)]).join(''));
      const uniq = [...new Set(kws)];
      const text = Array.from({ length: 300 }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      expect(fast(uniq, text)).toEqual(naive(uniq, text));
    }
  });
  it('matches naive search with the whole catalog keywords on real source, one matcher over many texts', () => {
    // The automaton is built as texts reach it: a second text must find what a fresh matcher finds.
    const kws = [...new Set(builtinRules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
    const matcher = new KeywordMatcher(kws);
    for (const file of ['src/detect/engine.ts', 'src/rules/cloud.ts', 'src/rules/keys.ts', 'README.md']) {
      const text = readFileSync(file, 'utf8');
      const out: string[] = [];
      matcher.scan(text, (id, end) => out.push(`${id}@${end}`));
      expect(out.sort()).toEqual(naive(kws, text));
      expect(out.length).toBeGreaterThan(10);
    }
  });
  it('finds a keyword that is a prefix, a suffix or the whole of another, and repeated keywords under each id', () => {
    const kws = ['key', 'key-', 'apikey', 'y-', 'pass', 'passwd', 'key'];
    const text = 'APIKEY-1 passwd key- KEY';
    expect(fast(kws, text)).toEqual(naive(kws, text));
  });
  it('rejects non-ASCII keywords', () => {
    expect(() => new KeywordMatcher(['pässword'])).toThrow(/ASCII/);
  });
});
