import { trimEndOf } from '../trim.js';

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

const K8S_DATA_LINE = /^(\s+)([\w.-]{1,100}):\s*["']?([A-Za-z0-9+/]{8,}={0,2})["']?\s*$/;

/**
 * A JSON object in base64 or base64url (a JWT's header or claims, a Sentry org token's claims);
 * undefined when the segment does not decode to one.
 */
export function base64Json(segment: string): Record<string, unknown> | undefined {
  try {
    // Node's base64url decoder reads the standard alphabet too.
    const v: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Base64 that decodes to printable text (a password, `user:pass`), else undefined. With `lines`, text of
 * several lines counts too (Google's `_json_key:{…}` registry auth carries a whole JSON key file).
 */
export function printableBase64(s: string, lines = false): string | undefined {
  if (s.length % 4 === 1) return undefined;
  const out = Buffer.from(s, 'base64').toString('utf8');
  if (out.length < 4 || !(lines ? /^[\x20-\x7e\t\r\n]+$/ : /^[\x20-\x7e\t]+[\r\n]*$/).test(out)) return undefined;
  return trimEndOf(out, '\r\n');
}

/**
 * A value judged by what it says: base64 that decodes to printable text is that
 * text (Kubernetes and Spring configs encode demo values: `cGFzc3dvcmQ=` is
 * "password"); anything else is itself. Random bytes are all printable in 0.3%
 * of 6-byte values and far fewer beyond, so real base64 keys stay as they are.
 */
export function readableValue(value: string): string {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return value;
  return printableBase64(value) ?? value;
}

export function decodedViews(text: string): DecodedView[] {
  const views: DecodedView[] = [];
  const k8s = text.includes('kind: Secret');
  const pct = text.includes('%') && /%[0-9A-Fa-f]{2}/.test(text);
  if (!k8s && !pct) return views;
  const lines = text.split('\n');
  let inData = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (k8s) {
      if (/^data:\s*$/.test(line)) inData = true;
      else if (/^\S/.test(line)) inData = false;
      else if (inData) {
        const m = K8S_DATA_LINE.exec(line);
        const decoded = m ? printableBase64(m[3]!) : undefined;
        // Key name and value together, so name-aware detectors judge it as an assignment.
        if (m && decoded) views.push({ line: i, column: line.indexOf(m[3]!, m[1]!.length + m[2]!.length), encoded: m[3]!, text: `${m[2]}: ${decoded}`, encoding: 'base64' });
      }
    }
    if (pct && /%[0-9A-Fa-f]{2}/.test(line) && line.length < 4096) {
      let decoded: string | undefined;
      try {
        decoded = decodeURIComponent(line);
      } catch {
        decoded = undefined;
      }
      if (decoded && decoded !== line) views.push({ line: i, column: 0, encoded: '', text: decoded, encoding: 'percent' });
    }
  });
  return views;
}
