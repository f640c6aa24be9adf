import type { Rule } from '../detect/types.js';
/** Hosted databases and data platforms (passwords in connection strings: see generic.ts). */
export declare const databaseRules: () => Rule[];
