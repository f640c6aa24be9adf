import { createHash } from 'node:crypto';

/**
 * A finding's identity for baselines and ignore files: rule, path and a hash of
 * the secret, so it survives line moves and unrelated edits and never contains
 * the secret. Truncated to 80 bits: collisions between findings of the same rule
 * and path are not a practical concern, and short ids are easy to paste.
 */
export function fingerprint(ruleId: string, path: string, secret: string): string {
  const h = createHash('sha256').update(ruleId).update('\0').update(path).update('\0').update(secret).digest('hex');
  return `${ruleId}:${h.slice(0, 20)}`;
}

/** Path-independent identity of a secret value, for "same secret seen elsewhere". */
export function secretId(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 20);
}
