/**
 * Values that stand for a secret without being one: references to where the
 * real secret lives, template placeholders, and filler. Reporting these is what
 * makes generic detectors unusable, so each pattern here is a false positive
 * someone hit in practice.
 */
/** True when the value is a reference or a placeholder, not a secret. */
export declare function isPlaceholder(value: string): boolean;
/**
 * Leetspeak back to letters, so `P@ssw0rd` reads as `password`; `all` also reads 6, 8 and 9 as g, b and g
 * (`ch4n63m3`), for placeholder phrases only: the weak-password test keeps those digits out of its words.
 */
export declare function unleet(s: string, all?: boolean): string;
/**
 * Masked or repetitive filler: `xxxxxxxx`, `********`, `sk_live_000000000000`,
 * `abcdefgh12345678`. A run of eight identical characters, or a value that is
 * mostly one character, does not occur in generated secrets of useful length.
 */
export declare function isFiller(v: string): boolean;
/** Secrets from providers' documentation that are published on purpose. */
export declare const DOCUMENTED_EXAMPLES: Set<string>;
/** True for documented example values or anything that declares itself an example. */
export declare function isExampleValue(secret: string): boolean;
