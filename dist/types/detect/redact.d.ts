/**
 * Masks a secret for display. Shows at most a short prefix (where providers put
 * their non-secret type marker, `ghp_`, `sk_live_`, `AKIA`) and never the end,
 * so a preview identifies the credential to its owner without leaking it:
 * at most a fifth of the characters, capped at 6, and none for short secrets.
 */
export declare function redact(secret: string): string;
/** The line with every occurrence of the secret masked, trimmed around the first one. */
export declare function redactLine(line: string, secret: string, column: number): string;
