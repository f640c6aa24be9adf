/** Approximate strength in bits: length times log2 of the alphabet the value draws from. */
export declare function estimateBits(value: string): number;
/**
 * Why a secret value is weak, or undefined when it is strong enough. The
 * floor: 16 characters for anything, 256 bits for keys, tokens and signing
 * secrets (what `leakguard gen` makes), not a default, not words.
 */
export declare function secretWeakness(name: string, value: string): string | undefined;
