import { describe, expect, it } from 'vitest';
import { typedByHand } from '../../src/detect/randomness.js';

/** A seeded generator (mulberry32): the same million values every run, so the count below cannot flake. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABETS = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
};

describe('typed by hand', () => {
  it.each([
    ['home-row letters and digits', `as3d1asd5d1a32${'sdf'}sdfs2d1asd5=`],
    ['home-row letters between dashes', `dkfjdf-342f${'sdfsd'}-23fsdfsdfsdf`],
    ['mixed case, every letter on the home row', `DsHJdsjh2812872${'sahj'}`],
    ['characters repeating their neighbour', [...'0123456789abcdef'].map((c) => c.repeat(4)).join('')],
  ])('%s', (_name, value) => {
    expect(typedByHand(value)).toBe(true);
  });

  it.each([
    ['a hex digest (its letters a, d, f are home-row keys)', 'da' + 'fad'.repeat(4) + '1f2d3a4d5f6a7d8f9a0d'],
    ['a UUID', '1c1a3c91-4770-4ce7-96f4-54c0eb0e457a'],
    ['a word that happens to be on the home row, short', 'flask-dashes'],
  ])('not %s', (_name, value) => {
    expect(typedByHand(value)).toBe(false);
  });

  it('almost never takes a generated value: 100,000 of each alphabet, 16 to 64 characters', () => {
    const random = seeded(20261207);
    const hits: Record<string, number> = {};
    for (const [name, alphabet] of Object.entries(ALPHABETS)) {
      hits[name] = 0;
      for (let i = 0; i < 100_000; i++) {
        const length = 16 + Math.floor(random() * 49);
        let s = '';
        for (let j = 0; j < length; j++) s += alphabet[Math.floor(random() * alphabet.length)];
        if (typedByHand(s)) hits[name]++;
      }
    }
    expect(hits).toEqual({ hex: 0, HEX: 0, alphanumeric: 0, base64: 0 });
  });
});
