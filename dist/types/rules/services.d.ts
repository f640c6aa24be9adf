import type { Rule } from '../detect/types.js';
/**
 * The long tail: services whose keys are a fixed shape, either behind a prefix of their own or next to
 * the provider's name. Formats as the providers document them, cross-checked against gitleaks' and
 * trufflehog's detectors (read, not copied). Keys that are public by design (browser SDK keys such as
 * Amplitude's or Mixpanel's project token) are left out: only the secret halves are here.
 */
export declare const serviceRules: () => Rule[];
