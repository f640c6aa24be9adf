import type { Rule } from '../detect/types.js';
/** Source hosting beyond GitHub and GitLab, CI/CD, artifact stores and code-quality services. */
export declare const ciRules: () => Rule[];
