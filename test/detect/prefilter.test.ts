import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../../src/detect/prefilter.js';

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
  it('rejects non-ASCII keywords', () => {
    expect(() => new KeywordMatcher(['pässword'])).toThrow(/ASCII/);
  });
});
