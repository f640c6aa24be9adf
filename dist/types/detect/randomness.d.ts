/** Shannon entropy in bits per character. */
export declare function shannonEntropy(s: string): number;
/**
 * Token efficiency: characters per token when the string is split greedily into
 * known sub-words (anything unknown costs one token per character).
 *
 * Why: a BPE-style tokenizer compresses what people write ("prodDatabasePassword2024"
 * → prod|database|password|2024) and fails on what machines generate
 * ("q8Zr2kPw9xLm"): betterleaks measured this lifting recall on CredData from
 * 70% (Shannon entropy) to 98.6%. Ours is a greedy longest-match over a small
 * vocabulary (see scripts/build-vocab.mjs) so it stays cheap on the hook's path.
 * Runs of digits count as one token: numbers are not what makes a string random.
 * Punctuation (`/`, `.`, `_`, `-`) separates words and counts as neither
 * characters nor tokens, so paths and dotted names are judged by their words.
 */
export declare function tokenEfficiency(s: string): number;
export declare function wordsAndNumbers(s: string): boolean;
/**
 * Letters only, in case-marked words averaging 4+ letters (NoLineTerminatorHere,
 * UiDismissedNoEmbargo, VercelBlobStorageOptions): an identifier, even when its
 * words are not in the vocabulary. Random letter strings flip case every one or
 * two characters. Digits may end a word between separators, as in
 * `mailer_smtp_oauth2_client_secret` or `aws-s3-bucket-name`.
 */
export declare function isWordIdentifier(s: string): boolean;
/**
 * A token-shaped string written in words (`ya29.newToken_after_encryption_enabled`,
 * `…_some_oauth_token_with-dashes`): a hand-made stand-in.
 */
export declare function readsAsWords(s: string): boolean;
/**
 * A value typed by hand to fill a slot, not generated: nine in ten of its letters (twelve or more) from the
 * keyboard's home row (every one under twenty), with some no hex digit has (`as3d1asd5d1a32sdfsdfs`, `kjdsi3-34rfsdfsdf-234234fsdfsdf`,
 * `DsHJdsjh2812872sahj`), or half its characters repeating the one before (`0000111122223333…`). A generated
 * value does so about once in a million: of a million random 16 to 64 character values of each alphabet, none
 * in hex, alphanumeric or base64 did, and one of lower-case letters and digits (test/detect/typed-by-hand.test.ts
 * runs 400,000).
 */
export declare function typedByHand(s: string): boolean;
export type Charset = 'hex' | 'base64' | 'alnum' | 'other';
export declare function charsetOf(s: string): Charset;
/**
 * Whether a candidate looks machine-generated. Combines entropy relative to the
 * best a string of this length and alphabet can reach with token efficiency,
 * so short random strings are not penalised for their length and long readable
 * identifiers are not rewarded for theirs.
 */
export declare function looksRandom(s: string, minLength?: number): boolean;
