import type { Rule } from '../detect/types.js';
/** Cloud and hosting platforms beyond the big three (see cloud.ts). */
export declare const cloudMoreRules: () => Rule[];
