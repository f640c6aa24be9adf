/**
 * Masks a secret for display. Shows at most a short prefix (where providers put
 * their non-secret type marker, `ghp_`, `sk_live_`, `AKIA`) and never the end,
 * so a preview identifies the credential to its owner without leaking it:
 * at most a fifth of the characters, capped at 6, and none for short secrets.
 */
export function redact(secret: string): string {
  const shown = secret.length < 10 ? Math.min(1, Math.floor(secret.length / 4)) : Math.min(6, Math.floor(secret.length / 5));
  const masked = Math.min(secret.length - shown, 12);
  return `${secret.slice(0, shown)}${'*'.repeat(Math.max(masked, 3))}…(${secret.length} chars)`;
}

const CONTEXT_WIDTH = 100;
/** How far either side of a finding its line is read for the context: a minified line runs to megabytes. */
const AROUND = 1024;

/** The line with every occurrence of the secret masked, trimmed around the first one. */
export function redactLine(line: string, secret: string, column: number): string {
  const preview = redact(secret);
  const from = Math.max(0, column - 1 - AROUND);
  const to = column - 1 + secret.length + AROUND;
  // Other runs are masked before the context is cut: a run cut short at the context's edge would be too
  // short to mask, and show up to 23 characters of a second secret. (One that reaches past the window
  // is still over 24 characters inside it.)
  const masked = maskLongRandomRuns(line.slice(from, to).split(secret).join(preview));
  const found = masked.indexOf(preview);
  const at = found >= 0 ? found : Math.max(0, column - 1 - from);
  const start = Math.max(0, at - 40);
  let out = masked.slice(start, start + CONTEXT_WIDTH).trim();
  if (start > 0 || from > 0) out = '…' + out;
  if (start + CONTEXT_WIDTH < masked.length || to < line.length) out += '…';
  return out;
}

/**
 * A multi-line secret (a private key body) or a second credential on the same
 * line would otherwise appear unmasked in the context; mask any long run of
 * token characters that survived.
 */
function maskLongRandomRuns(s: string): string {
  return s.replace(/[A-Za-z0-9+/=_-]{24,}/g, (run) => (run.includes('*') ? run : redact(run)));
}
