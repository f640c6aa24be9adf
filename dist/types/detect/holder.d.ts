/**
 * What the text before a value says holds it, when that says "identifier": an id, a hash, a version, a
 * label's target. Random as the value may look, it names or checks something; it grants nothing.
 */
/**
 * The value is held as an identifier: `etag: "…"`, `credentialId = "…"`, `{"id":"eyJ…"}` (a signed id in
 * JSON, also escaped inside a string: `{\"id\":\"eyJ…`). `before` is the text up to the value, its opening
 * quote included or not.
 */
export declare function heldAsIdentifier(before: string): boolean;
