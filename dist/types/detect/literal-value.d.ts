import type { SecretNameKind } from './secret-name.js';
import type { Confidence } from './types.js';
/**
 * Values that are not secrets whatever the name they are assigned to: hashes
 * and digests, UUIDs, git object ids, encrypted blobs, data URIs, colours,
 * numbers, paths, URLs (credentials in URLs have their own detector).
 */
/** A UUID: an id in general, an API key only under a key or token name. */
export declare const UUID: RegExp;
/**
 * Judges the literal assigned to a secret-looking name. Returns the confidence
 * to report it with, or undefined when it is not a secret.
 *
 * Passwords are chosen by people, so a readable value counts ("Summer2024!");
 * tokens and keys are generated, so the value must look random, or at least be
 * long and varied, to count.
 */
export declare function judgeLiteral(value: string, kind: Exclude<SecretNameKind, undefined>): Confidence | undefined;
/** A literal's judgement: the confidence, or `no: <why>` naming the check that says it is no secret (for explain). */
export type Judgement = Confidence | `no: ${string}`;
/**
 * The judgement's `no: <why>` when it says no secret, else undefined: a rule's rejection returns it as it is (a
 * constant, nothing built on the scan's path); explain shows it without the `no: `.
 */
export declare function rejectionOf(j: Judgement): `no: ${string}` | undefined;
export declare function literalJudgement(value: string, kind: Exclude<SecretNameKind, undefined>): Judgement;
