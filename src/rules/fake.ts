import { base62, crc32 } from '../detect/checksum.js';

/**
 * Builders for token-shaped test values. Rules' true-positive examples are made
 * at run time from these, so no real-looking credential is ever written into
 * this repository (and it passes its own scan). Seeded: a failing example is
 * the same on every run.
 */
let state = 0x2545f491;

function next(): number {
  // xorshift32: tiny, deterministic, good enough for test data.
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
}

export function reseed(seed: number): void {
  state = seed >>> 0 || 1;
}

function pick(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

export const fake = {
  alnum: (n: number) => pick(DIGITS + UPPER + LOWER, n),
  upperAlnum: (n: number) => pick(DIGITS + UPPER, n),
  lowerAlnum: (n: number) => pick(DIGITS + LOWER, n),
  upper: (n: number) => pick(UPPER, n),
  lower: (n: number) => pick(LOWER, n),
  digits: (n: number) => pick(DIGITS, n),
  hex: (n: number) => pick('0123456789abcdef', n),
  HEX: (n: number) => pick('0123456789ABCDEF', n),
  base64: (n: number) => pick(DIGITS + UPPER + LOWER + '+/', n),
  base64url: (n: number) => pick(DIGITS + UPPER + LOWER + '-_', n),
  /** A 30-character body followed by its base62 CRC32, as GitHub and npm do. */
  checksummed: (prefix: string) => {
    const body = pick(DIGITS + UPPER + LOWER, 30);
    return prefix + body + base62(crc32(body), 6);
  },
  /** base64url of a JSON object, as in a JWT segment. */
  jsonSegment: (obj: unknown) => Buffer.from(JSON.stringify(obj)).toString('base64url'),
  /** Joins parts at run time; use it so a literal token prefix and body never sit together in source. */
  join: (...parts: string[]) => parts.join(''),
};
