import type { Rule } from '../detect/types.js';
/**
 * A machine-random value held by a name that ends in "key" and says nothing else about it: `SUMO_KEY`,
 * `fastlyKey`, `azure_key:`, `Using adobe KEY=…` in a log line. The assignment rule takes names that say
 * credential (`apiKey`, `secret_key`); a provider's name before "key" says the same about a random value,
 * which is what gitleaks' generic rule takes too. Names of a data structure's keys are left out (above),
 * and the value must look machine-made: a word, an id or a digest under such a name is not reported.
 *
 * The pattern starts at "key" (the name before it is read back by nameOf) and cannot overlap the quotes
 * or the operator; the value is taken whole ((?=(x))\2: no backtracking into it) and must then meet its
 * quote or a character outside its class: linear at each start.
 */
export declare const namedKeyRules: () => Rule[];
