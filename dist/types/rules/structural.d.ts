import type { Rule } from '../detect/types.js';
/** Credential files whose format says "this is a secret" regardless of provider. */
export declare const structuralRules: () => Rule[];
