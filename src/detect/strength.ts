import { nameWords } from './secret-name.js';
import { shannonEntropy, tokenEfficiency } from './randomness.js';

const DEFAULTS = new Set([
  'secret', 'password', 'password1', 'password123', 'passw0rd', 'changeme', 'change-me', 'admin', 'admin123', 'root', 'toor',
  'letmein', 'welcome', 'qwerty', '123456', '12345678', 'default', 'test', 'test123', 'example', 'dev', 'development',
  'keyboardcat', 'keyboard cat', 'mysecret', 'my-secret', 'supersecret', 'super-secret', 'secretkey', 'secret-key', 'jwtsecret', 'jwt-secret',
  'your-secret', 'your_secret', 'shhhhh', 'guest', 'postgres', 'mysql', 'redis',
]);

/** Approximate strength in bits: length times log2 of the alphabet the value draws from. */
export function estimateBits(value: string): number {
  let alphabet = 0;
  if (/[a-z]/.test(value)) alphabet += 26;
  if (/[A-Z]/.test(value)) alphabet += 26;
  if (/[0-9]/.test(value)) alphabet += 10;
  if (/[^A-Za-z0-9]/.test(value)) alphabet += 33;
  // A hex string uses only 16 symbols whatever its letters' case.
  if (/^[0-9a-f]+$/i.test(value)) alphabet = 16;
  return value.length * Math.log2(Math.max(alphabet, 2));
}

/**
 * Why a secret value is weak, or undefined when it is strong enough. The
 * floor: 16 characters for anything, 256 bits for keys, tokens and signing
 * secrets (what `leakguard gen` makes), not a default, not words.
 */
export function secretWeakness(name: string, value: string): string | undefined {
  const v = value.trim();
  if (DEFAULTS.has(v.toLowerCase())) return 'a well-known default value';
  if (v.length < 16) return `shorter than 16 characters (${v.length})`;
  if (shannonEntropy(v) < 3) return 'low entropy (repetitive)';
  if (tokenEfficiency(v) >= 3 && /^[A-Za-z][A-Za-z0-9 _.-]*$/.test(v)) return 'made of dictionary words';
  const words = nameWords(name);
  const keyLike = words.some((w) => ['secret', 'key', 'token', 'salt', 'signing', 'jwt', 'hmac', 'session', 'cookie'].includes(w));
  if (keyLike && estimateBits(v) < 256) return `under 256 bits (about ${Math.floor(estimateBits(v))})`;
  return undefined;
}
