/**
 * Checksums that providers embed in their tokens. Verifying one turns a
 * pattern match into near-certainty and rejects look-alikes.
 */
export declare function crc32(s: string): number;
export declare function base62(n: number, width: number): string;
/**
 * GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens end in six base62
 * characters: the CRC32 of the 30 random characters before them.
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export declare function hasBase62Crc32(token: string, prefixLength: number): boolean;
