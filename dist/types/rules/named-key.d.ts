import type { Rule } from '../detect/types.js';
/**
 * A machine-random value held by a name that ends in "key" and says nothing else about it: `SUMO_KEY`,
 * `fastlyKey`, `azure_key:`, `Using adobe KEY=…` in a log line. The assignment rule takes names that say
 * credential (`apiKey`, `secret_key`); a provider's name before "key" says the same about a random value,
 * which is what gitleaks' generic rule takes too. Names of a data structure's keys are left out (above),
 * and the value must look machine-made: a word, an id or a digest under such a name is not reported.
 *
 * The name ends in "key" (the lookbehind) and cannot overlap the quotes or the operator; the value meets
 * its quote or a character outside its class: each start is matched in bounded, linear time.
 */
export declare const namedKeyRules: () => Rule[];
