import type { Finding } from './types.js';
/**
 * A finding's identity for baselines and ignore files: rule, path and a hash of
 * the secret, so it survives line moves and unrelated edits and never contains
 * the secret. Truncated to 80 bits: collisions between findings of the same rule
 * and path are not a practical concern, and short ids are easy to paste.
 */
export declare function fingerprint(ruleId: string, path: string, secret: string): string;
/** Path-independent identity of a secret value, for "same secret seen elsewhere". */
export declare function secretId(secret: string): string;
/** Every fingerprint a finding answers to: its own and those of the other places the same value stands. */
export declare function fingerprintsOf(f: Pick<Finding, 'fingerprint' | 'locations'>): string[];
