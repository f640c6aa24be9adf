import type { Rule } from '../detect/types.js';
import { aiRules } from './ai.js';
import { cloudRules } from './cloud.js';
import { communicationRules } from './communication.js';
import { genericRules } from './generic.js';
import { keyRules } from './keys.js';
import { paymentRules } from './payments.js';
import { registryRules } from './registries.js';
import { sourceHostingRules } from './source-hosting.js';

/** The built-in catalog: provider families first, generic detectors last. */
export const builtinRules: Rule[] = [
  ...cloudRules,
  ...sourceHostingRules,
  ...communicationRules,
  ...paymentRules,
  ...aiRules,
  ...registryRules,
  ...keyRules,
  ...genericRules,
];

export { fileRules, matchFileRule, type FileRule } from './files.js';
