/**
 * Values that are key material meant to be seen: what a public key's holder can read or check, or how a key is
 * named. They are random, they sit under names that say key or secret, and they unlock nothing.
 */

/**
 * Base64 that decodes to exactly an RSA modulus's length (2048, 3072 or 4096 bits): a ciphertext or a signature made
 * with an RSA key (a Travis CI encrypted variable in a Makefile, a signed licence). A secret generated to be random is
 * 16 to 64 bytes; only RSA writes 256, 384 or 512.
 */
const BASE64 = /^[A-Za-z0-9+/]{340,684}={0,2}$/;
const RSA_BYTES = new Set([256, 384, 512]);

export function rsaBlock(value: string): number | undefined {
  if (!BASE64.test(value) || value.length % 4 !== 0) return undefined;
  const bytes = (value.length / 4) * 3 - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
  return RSA_BYTES.has(bytes) ? bytes * 8 : undefined;
}

/** A GPG key's fingerprint (40 hex) or long id (16 hex). */
const KEY_ID = /^(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{16})$/;

/**
 * The variable a value is assigned to, in a Makefile or a shell script: `SIGN_KEY=`, `export KEY :=`, `KEY ?= "`. Read
 * backwards from the value, since a pattern anchored at the end of a long line is tried from every start.
 */
function assignedName(before: string): string | undefined {
  let i = before.length;
  while (i > 0 && ` \t"'`.includes(before[i - 1]!)) i--;
  if (before[i - 1] !== '=') return undefined;
  i--;
  if (i > 0 && ':?+'.includes(before[i - 1]!)) i--;
  while (i > 0 && ' \t'.includes(before[i - 1]!)) i--;
  let start = i;
  while (start > 0 && /\w/.test(before[start - 1]!)) start--;
  const name = before.slice(start, i);
  return /^[A-Za-z_]\w{0,60}$/.test(name) ? name : undefined;
}

/** A gpg command's option that names the key to use, then a variable: `--default-key $SIGN_KEY`, `-u "${KEY}"`, `-r $(KEY)`. */
const GPG_KEY_OPTION = /(?:--default-key|--local-user|--recipient|--encrypt-to|--sign-with|[ \t]-[ur])[ \t=]{1,4}["']?\$[({]?([A-Za-z_][A-Za-z0-9_]{0,60})/g;

/**
 * The value is a GPG key's fingerprint and the file hands its variable to gpg as the key to use (`SIGN_KEY=B76D…`,
 * then `gpg --default-key $SIGN_KEY --detach-sign`): it names a public key. Returns the variable's name.
 */
export function gpgKeyName(value: string, before: string, text: string): string | undefined {
  if (!KEY_ID.test(value) || !/\bgpg2?\b/.test(text)) return undefined;
  const name = assignedName(before);
  if (!name) return undefined;
  for (const line of text.split('\n')) {
    if (!/\bgpg2?\b/.test(line)) continue;
    for (const m of line.matchAll(GPG_KEY_OPTION)) if (m[1] === name) return name;
  }
  return undefined;
}
