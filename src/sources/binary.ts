/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * How a file's text is encoded, from its first bytes, or undefined when it is binary. Windows
 * tooling writes UTF-16 (PowerShell 5's Out-File and `>`, .reg exports, some Visual Studio and SQL
 * Server Management Studio files), whose NUL high bytes make git and a NUL test call it binary: a
 * token in such a file would pass every scan unread. A byte-order mark says the encoding; without
 * one, UTF-16 is text whose every other byte is NUL while the bytes between are printable. A UTF-8
 * byte-order mark is dropped by the decoder.
 */
export function textEncoding(head: Buffer): TextEncoding | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (!looksBinary(head)) return 'utf-8';
  const n = Math.min(head.length, 8000) & ~1;
  if (n < 8) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = head[i]!;
    const b = head[i + 1]!;
    if (b === 0 && printable(a)) le++;
    else if (a === 0 && printable(b)) be++;
  }
  // Mostly ASCII text in UTF-16: nearly every code unit is one printable byte and a NUL.
  if (le >= 0.9 * (n / 2)) return 'utf-16le';
  if (be >= 0.9 * (n / 2)) return 'utf-16be';
  return undefined;
}

const printable = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || c >= 0xa0;

/** The text of a whole file in whatever encoding it has, or undefined when it is binary. */
export function decodeText(buf: Buffer): string | undefined {
  const enc = textEncoding(buf);
  if (enc === undefined) return undefined;
  if (enc === 'utf-8') return buf.toString('utf8');
  return new TextDecoder(enc).decode(buf);
}

/**
 * Extensions of formats that are binary by design: a NUL in one is never UTF-16 text, so history
 * scans do not read their blobs to ask (images, fonts, media, compiled code and message catalogues,
 * office and PDF files). Each one asked costs a git process: Wagtail's history changes compiled gettext
 * catalogues (`django.mo`) 5,314 times in 1,000 commits, 25 s of spawning before `.mo` was listed.
 */
export const BINARY_FORMAT = /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|xcf|svgz|woff2?|ttf|otf|eot|mp[34]|m4a|wav|ogg|flac|webm|mov|avi|mkv|pdf|exe|dll|so|dylib|o|a|lib|class|pyc|pyo|pyd|mo|gmo|beam|elc|wasm|bin|dat|db|sqlite3?|jks|p12|pfx|keystore|der|heic)$/i;
