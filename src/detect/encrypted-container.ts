import { linesBack, type Place } from './lines-back.js';

/**
 * A value inside a block its tool encrypted to a public key before committing it: Renovate's `encrypted`
 * (`"encrypted": { "npmToken": "wcFMA…" }`), Bitnami Sealed Secrets' `encryptedData:`, Travis CI's `secure:`,
 * SOPS' `sops:` metadata. Only the holder of the private key (the tool's server, the cluster's controller)
 * can read it, so committing it is the tool's documented way to keep a secret in git.
 */

/** Names of the blocks that hold ciphertext (compared without case, separators or quotes). */
const ENCRYPTED_BLOCKS = new Set(['encrypted', 'encrypteddata', 'secure', 'sops']);

/**
 * A JSON or YAML key on a trimmed line, as a list item or not, with nothing after it but what opens a block or
 * the value's quote: `"encrypted": {`, `encryptedData:`, `secure: >`, and the value's own line cut at the value
 * (`- secure: "`, Travis CI's).
 */
const KEY_LINE = /^-?[ \t]{0,4}["']?([A-Za-z_][\w.-]{0,40})["']?[ \t]{0,8}:[ \t]{0,8}(?:\{|[|>][-+]?|["'])?$/;

/** The name of the encrypted block enclosing the value, found by indentation on the lines above it, or undefined. */
export function encryptedContainer(p: Place): string | undefined {
  let indent = -1;
  for (const line of linesBack(p)) {
    const trimmed = line.trim();
    const own = line.length - line.trimStart().length;
    const first = indent < 0;
    if (!first && (trimmed === '' || own >= indent)) continue;
    const key = KEY_LINE.exec(trimmed)?.[1];
    if (key && ENCRYPTED_BLOCKS.has(normal(key))) return key;
    // The value's own line names the value's key; a line above that opens no block ends the walk.
    if (!first && !key) return undefined;
    indent = own;
  }
  return undefined;
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[_.-]/g, '');
}
