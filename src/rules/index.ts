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
import { serviceRules } from './services.js';
import { longTailRules } from './long-tail.js';
import { namedKeyRules } from './named-key.js';

/**
 * The built-in catalog by family (what the accuracy report groups by), in
 * precedence order: when two rules match the same secret the earlier wins, so
 * specific families come before broad ones and generic detectors come last.
 *
 * Each family is built on first use: a commit hook builds only the families
 * whose keywords its text holds (see select.ts; on the bench's 20-file commit,
 * 4 of 13), instead of all ~270 rules at every start.
 */
const FAMILIES: readonly (readonly [name: string, ...parts: (() => Rule[])[]])[] = [
  ['cloud', cloudRules, cloudMoreRules],
  ['source hosting & CI', sourceHostingRules, ciRules],
  ['communication', communicationRules, communicationMoreRules],
  // Identity before payments: a Clerk key (sk_live_… next to "clerk") is not a Stripe key.
  ['identity & secrets', identityRules],
  ['payments & commerce', paymentRules, paymentMoreRules],
  ['ai', aiRules, aiMoreRules],
  ['registries', registryRules, registryMoreRules],
  ['observability', observabilityRules],
  ['productivity', productivityRules],
  ['databases', databaseRules],
  // The long tail of services (one key shape each, most next to the provider's name): after the big providers.
  ['services', serviceRules, longTailRules],
  ['keys & credential files', keyRules, structuralRules],
  ['public by design', publicRules],
  ['generic', genericRules, namedKeyRules],
];

/** Family names, in precedence order. */
export const familyNames: readonly string[] = FAMILIES.map(([name]) => name);

const built: (Rule[] | undefined)[] = [];

/** The rules of family i (an index into familyNames), built once: every caller gets the same Rule objects. */
export function familyRules(i: number): Rule[] {
  const [, ...parts] = FAMILIES[i]!;
  return (built[i] ??= parts.flatMap((part) => part()));
}

/** The whole built-in catalog, in precedence order. */
export function allBuiltinRules(): Rule[] {
  return familyNames.flatMap((_, i) => familyRules(i));
}

// Built when a bundle uses them (the library, the tests, rotate); esbuild drops them from the others (pure).
export const ruleFamilies: Record<string, Rule[]> = /* @__PURE__ */ byName();

function byName(): Record<string, Rule[]> {
  return Object.fromEntries(familyNames.map((name, i) => [name, familyRules(i)]));
}
/** The built-in catalog, in precedence order. */
export const builtinRules: Rule[] = /* @__PURE__ */ allBuiltinRules();

export { fileRules, matchFileRule, type FileRule } from './files.js';
