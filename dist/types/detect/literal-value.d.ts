import type { SecretNameKind } from './secret-name.js';
import type { Confidence } from './types.js';
/**
 * Judges the literal assigned to a secret-looking name. Returns the confidence
 * to report it with, or undefined when it is not a secret.
 *
 * Passwords are chosen by people, so a readable value counts ("Summer2024!");
 * tokens and keys are generated, so the value must look random, or at least be
 * long and varied, to count.
 */
export declare function judgeLiteral(value: string, kind: Exclude<SecretNameKind, undefined>): Confidence | undefined;
