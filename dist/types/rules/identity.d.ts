import type { Rule } from '../detect/types.js';
/** Identity providers and secret managers: a leak here opens everything they guard. */
export declare const identityRules: () => Rule[];
