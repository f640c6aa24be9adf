import { linesBack, type Place } from './lines-back.js';

/**
 * A value inside a block its tool encrypted to a public key before committing it: Renovate's `encrypted`
 * (`"encrypted": { "npmToken": "wcFMA…" }`), Bitnami Sealed Secrets' `encryptedData:`, Travis CI's `secure:`,
 * SOPS' `sops:` metadata. Only the holder of the private key (the tool's server, the cluster's controller)
 * can read it, so committing it is the tool's documented way to keep a secret in git.
 */

/** Names of the blocks that hold ciphertext (compared without case, separators or quotes). */
const ENCRYPTED_BLOCKS = new Set(['encrypted', 'encrypteddata', 'secure', 'sops']);

/** A JSON or YAML key that opens a block, on a trimmed line: `"encrypted": {`, `encryptedData:`, `secure: >`. */
const OPENS_BLOCK = /^["']?([A-Za-z_][\w.-]{0,40})["']?[ \t]{0,8}:[ \t]{0,8}(?:\{|[|>][-+]?)?$/;

/** The name of the encrypted block enclosing the value, found by indentation on the lines above it, or undefined. */
export function encryptedContainer(p: Place): string | undefined {
  let indent = -1;
  for (const line of linesBack(p)) {
    const own = line.length - line.trimStart().length;
    if (indent < 0) {
      indent = own;
      // `secure: "…"` on the value's own line (Travis CI).
      const key = /^-?[ \t]{0,4}["']?([A-Za-z_][\w.-]{0,40})["']?[ \t]{0,8}:[ \t]{0,8}["']?$/.exec(line.trim())?.[1];
      if (key && ENCRYPTED_BLOCKS.has(normal(key))) return key;
      continue;
    }
    if (line.trim() === '' || own >= indent) continue;
    const m = OPENS_BLOCK.exec(line.trim());
    if (!m) return undefined;
    if (ENCRYPTED_BLOCKS.has(normal(m[1]!))) return m[1];
    indent = own;
  }
  return undefined;
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[_.-]/g, '');
}
