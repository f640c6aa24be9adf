/**
 * What the text before a value says holds it, when that says "identifier": an id, a hash, a version, a
 * label's target. Random as the value may look, it names or checks something; it grants nothing.
 */

// `for=` names the element a <label> is for; `keypath=` (vue-i18n) and `$t(` / `t(` take a translation key; an
// annotation's `example =` shows one (Swagger); a certificate's thumbprint (`_devCertThumbprint = "207E…"`) is a hash.
const ID_BEFORE = /(?:\b(?:id|for|keypath|example|sample|uuid|guid|prefix|suffix|hash|etag|digest|checksum|sha\d*|md5|nonce|integrity|version|commit|ref|resname|cache[-_]?key)|thumbprint|fingerprint)["']?\s*[=:]\s*$/i;

/**
 * A holder whose name ends in an id part (credentialId, tokenID, private_key_id, signing-key-id): an
 * identifier, random as it may look. Not a secret id: Vault's AppRole secret_id is a credential.
 */
const ID_NAME_BEFORE = /(?:[a-z0-9]Id|[a-z0-9]ID|[_.-]id|[_.-]ID)["']?\s*[=:]\s*$/;
function namedAnId(before: string): boolean {
  return ID_NAME_BEFORE.test(before) && !/secret[_.-]?id["']?\s*[=:]\s*$/i.test(before);
}

/**
 * SQL names a schema object after its keyword: `CONSTRAINT "PK_9a8a8246…"`, `CREATE INDEX "IDX_…"` (an ORM
 * names them by a digest of the table and columns: TypeORM's migrations are full of them).
 */
const SCHEMA_OBJECT_BEFORE = /\b(?:constraint|index)\s+[`[]?$/i;

/**
 * The value is held as an identifier: `etag: "…"`, `credentialId = "…"`, `{"id":"eyJ…"}` (a signed id in
 * JSON, also escaped inside a string: `{\"id\":\"eyJ…`). `before` is the text up to the value, its opening
 * quote included or not.
 */
export function heldAsIdentifier(before: string): boolean {
  const plain = before.replace(/(?<!\\)\\+(?=["'])/g, '').replace(/["'`]$/, '');
  return ID_BEFORE.test(plain) || namedAnId(plain) || SCHEMA_OBJECT_BEFORE.test(plain);
}
