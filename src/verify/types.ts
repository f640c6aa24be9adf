/** What the provider said about a credential. */
export type VerifyStatus = 'live' | 'revoked' | 'unknown';

export interface Verification {
  status: VerifyStatus;
  /** What the provider said, safely: an account or key name, scopes, or why the answer is unknown. Never the secret. */
  detail: string;
  /** ISO 8601 time of the check. */
  checkedAt: string;
}
