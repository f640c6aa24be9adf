import type { Rule } from '../detect/types.js';
/** Family names, in precedence order. */
export declare const familyNames: readonly string[];
/** The rules of family i (an index into familyNames), built once: every caller gets the same Rule objects. */
export declare function familyRules(i: number): Rule[];
/** The whole built-in catalog, in precedence order. */
export declare function allBuiltinRules(): Rule[];
export declare const ruleFamilies: Record<string, Rule[]>;
/** The built-in catalog, in precedence order. */
export declare const builtinRules: Rule[];
export { fileRules, matchFileRule, type FileRule } from './files.js';
