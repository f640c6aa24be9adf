/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
export declare function looksBinary(buf: Buffer): boolean;
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
/**
 * How a file's text is encoded, from its first bytes, or undefined when it is binary. Windows
 * tooling writes UTF-16 (PowerShell 5's Out-File and `>`, .reg exports, some Visual Studio and SQL
 * Server Management Studio files), whose NUL high bytes make git and a NUL test call it binary: a
 * token in such a file would pass every scan unread. A byte-order mark says the encoding; without
 * one, UTF-16 is text whose every other byte is NUL while the bytes between are printable. A UTF-8
 * byte-order mark is dropped by the decoder.
 */
export declare function textEncoding(head: Buffer): TextEncoding | undefined;
/** The text of a whole file in whatever encoding it has, or undefined when it is binary. */
export declare function decodeText(buf: Buffer): string | undefined;
/**
 * Extensions of formats that are binary by design: a NUL in one is never UTF-16 text, so history
 * scans do not read their blobs to ask (images, fonts, media, compiled code and message catalogues,
 * office and PDF files). Each one asked costs a git process: Wagtail's history changes compiled gettext
 * catalogues (`django.mo`) 5,314 times in 1,000 commits, 25 s of spawning before `.mo` was listed.
 */
export declare const BINARY_FORMAT: RegExp;
