import type { Rule } from '../detect/types.js';
/**
 * The built-in catalog by family (what the accuracy report groups by), in
 * precedence order: when two rules match the same secret the earlier wins, so
 * specific families come before broad ones and generic detectors come last.
 */
export declare const ruleFamilies: Record<string, Rule[]>;
/** The built-in catalog, in precedence order. */
export declare const builtinRules: Rule[];
export { fileRules, matchFileRule, type FileRule } from './files.js';
