import type { Rule } from '../detect/types.js';
export declare const aiRules: () => Rule[];
