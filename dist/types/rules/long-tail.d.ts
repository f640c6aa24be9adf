import type { Rule } from '../detect/types.js';
/**
 * Services whose keys have no prefix and no structure of their own, only a fixed length and alphabet, found
 * beside the provider's name (nearName: blocking with a credential word between them, a warning with the name
 * alone). Shapes as the providers issue them, cross-checked against trufflehog's detectors (read, not copied).
 * Left out: names that are common words in code (`rev`), and providers whose public ids share the secret's
 * shape (OneSignal's app id, Mixpanel's project token: Mixpanel's secret is services.ts's, named).
 */
export declare const longTailRules: () => Rule[];
