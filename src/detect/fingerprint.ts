import type { createHash as CreateHash } from 'node:crypto';
import type { Finding } from './types.js';

/**
 * node:crypto costs a few milliseconds to load and a clean commit never needs
 * it: load it on the first fingerprint (process.getBuiltinModule, Node ≥ 20.16).
 */
let createHash: typeof CreateHash | undefined;
function sha256() {
  createHash ??= (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256');
}

/**
 * A finding's identity for baselines and ignore files: rule, path and a hash of
 * the secret, so it survives line moves and unrelated edits and never contains
 * the secret. Truncated to 80 bits: collisions between findings of the same rule
 * and path are not a practical concern, and short ids are easy to paste.
 */
export function fingerprint(ruleId: string, path: string, secret: string): string {
  const h = sha256().update(ruleId).update('\0').update(path).update('\0').update(secret).digest('hex');
  return `${ruleId}:${h.slice(0, 20)}`;
}

/** Path-independent identity of a secret value, for "same secret seen elsewhere". */
export function secretId(secret: string): string {
  return sha256().update(secret).digest('hex').slice(0, 20);
}

/** Every fingerprint a finding answers to: its own and those of the other places the same value stands. */
export function fingerprintsOf(f: Pick<Finding, 'fingerprint' | 'locations'>): string[] {
  return [f.fingerprint, ...(f.locations ?? []).map((l) => l.fingerprint)];
}
