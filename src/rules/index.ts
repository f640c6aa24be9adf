import type { Rule } from '../detect/types.js';
import { aiRules } from './ai.js';
import { cloudRules } from './cloud.js';
import { communicationRules } from './communication.js';
import { genericRules } from './generic.js';
import { keyRules } from './keys.js';
import { paymentRules } from './payments.js';
import { registryRules } from './registries.js';
import { sourceHostingRules } from './source-hosting.js';
import { aiMoreRules } from './ai-more.js';
import { ciRules } from './ci.js';
import { cloudMoreRules } from './cloud-more.js';
import { communicationMoreRules } from './communication-more.js';
import { databaseRules } from './databases.js';
import { identityRules } from './identity.js';
import { observabilityRules } from './observability.js';
import { paymentMoreRules } from './payments-more.js';
import { productivityRules } from './productivity.js';
import { registryMoreRules } from './registries-more.js';
import { structuralRules } from './structural.js';
import { publicRules } from './public.js';

/**
 * The built-in catalog by family (what the accuracy report groups by), in
 * precedence order: when two rules match the same secret the earlier wins, so
 * specific families come before broad ones and generic detectors come last.
 */
export const ruleFamilies: Record<string, Rule[]> = {
  cloud: [...cloudRules, ...cloudMoreRules],
  'source hosting & CI': [...sourceHostingRules, ...ciRules],
  communication: [...communicationRules, ...communicationMoreRules],
  // Identity before payments: a Clerk key (sk_live_… next to "clerk") is not a Stripe key.
  'identity & secrets': identityRules,
  'payments & commerce': [...paymentRules, ...paymentMoreRules],
  ai: [...aiRules, ...aiMoreRules],
  registries: [...registryRules, ...registryMoreRules],
  observability: observabilityRules,
  productivity: productivityRules,
  databases: databaseRules,
  'keys & credential files': [...keyRules, ...structuralRules],
  'public by design': publicRules,
  generic: genericRules,
};

/** The built-in catalog, in precedence order. */
export const builtinRules: Rule[] = Object.values(ruleFamilies).flat();

export { fileRules, matchFileRule, type FileRule } from './files.js';
