/**
 * Secrets hidden by an encoding: Kubernetes Secret manifests keep their values
 * base64-encoded under `data:`, and URLs carry credentials percent-encoded
 * (`postgres://app:p%40ss%3Aword@db`, leakguard:allow — an example). Each decoded view is scanned like
 * ordinary text and its findings are reported at the encoded original.
 * Triggered only by cheap tests on the text, so ordinary files pay nothing.
 */
export interface DecodedView {
    /** Index of the line in the chunk. */
    line: number;
    /** 0-based column of the encoded value in that line. */
    column: number;
    /** The encoded text as it appears (for redaction of the context). */
    encoded: string;
    /** What to scan. */
    text: string;
    encoding: 'base64' | 'percent';
}
/**
 * A JSON object in base64 or base64url (a JWT's header or claims, a Sentry org token's claims);
 * undefined when the segment does not decode to one.
 */
export declare function base64Json(segment: string): Record<string, unknown> | undefined;
/**
 * Base64 that decodes to printable text (a password, `user:pass`), else undefined. With `lines`, text of
 * several lines counts too (Google's `_json_key:{…}` registry auth carries a whole JSON key file).
 */
export declare function printableBase64(s: string, lines?: boolean): string | undefined;
/**
 * A value judged by what it says: base64 that decodes to printable text is that
 * text (Kubernetes and Spring configs encode demo values: `cGFzc3dvcmQ=` is
 * "password"); anything else is itself. Random bytes are all printable in 0.3%
 * of 6-byte values and far fewer beyond, so real base64 keys stay as they are.
 */
export declare function readableValue(value: string): string;
export declare function decodedViews(text: string): DecodedView[];
