import { VOCAB } from './vocab.generated.js';

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

let vocabSet: Set<string> | undefined;
/** Case-marked words (Line, HTTP, line), digit runs; punctuation falls between matches. */
const WORDS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g;
const MAX_WORD = 14;
const MIN_WORD = 3;

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
export function tokenEfficiency(s: string): number {
  if (s.length === 0) return 0;
  vocabSet ??= new Set(VOCAB.split(' '));
  let tokens = 0;
  let chars = 0;
  // Words first: people mark them with case (NoLineTerminator) or separators
  // (no_line_terminator); a segment that is a known word is one token, others
  // are split greedily into known sub-words, and each unknown letter costs one.
  for (const m of s.matchAll(WORDS)) {
    const seg = m[0];
    chars += seg.length;
    const c = seg.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      tokens++;
      continue;
    }
    const lower = seg.toLowerCase();
    if (lower.length >= MIN_WORD && vocabSet.has(lower)) {
      tokens++;
      continue;
    }
    let i = 0;
    while (i < lower.length) {
      let matched = 0;
      for (let len = Math.min(MAX_WORD, lower.length - i); len >= MIN_WORD; len--) {
        if (vocabSet.has(lower.slice(i, i + len))) {
          matched = len;
          break;
        }
      }
      i += matched || 1;
      tokens++;
    }
  }
  return tokens === 0 ? 0 : chars / tokens;
}

/**
 * Lower, upper, lower, upper in that order somewhere in s (`/[a-z].*[A-Z].*[a-z].*[A-Z]/`, which backtracks to the
 * fourth power on a long string of one case): one pass.
 */
function caseFlipsTwice(s: string): boolean {
  let seen = 0;
  for (let i = 0; i < s.length && seen < 4; i++) {
    const c = s.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if ((seen % 2 === 0 && lower) || (seen % 2 === 1 && upper)) seen++;
  }
  return seen === 4;
}

/**
 * A Java-style qualified name: lower-case package segments, then class names
 * (`org.springframework.security.saml2.jackson2.Saml2Jackson2Module`). A JWT's segments start `eyJ`.
 */
const QUALIFIED_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,}(?:\.[A-Z][A-Za-z0-9_$]*)*$/;

/**
 * Three or more words joined by `_`, `-` or `.`, each letters with at most three digits after them,
 * maybe after a number (a Django migration: `0149_remove_inventory_insights_credential`).
 */
const SEPARATED_WORDS = /^(?:\d{1,4}[_.-])?[A-Za-z]+\d{0,3}(?:[_.-][A-Za-z]+\d{0,3}){2,}$/;

/**
 * Lower-case words and numbers joined by `-`, `_` or `.`, at least two words and a number: the name of a
 * model, an edition or a release (`claude-sonnet-4-5-20250929`, `gpt-4o-mini-2024-07-18`), or a stand-in
 * spelled out (`sk-my-openai-1st-key`). A generated token's parts mix letters and digits, or upper and
 * lower case, within one part; here every part is a word, a number, an ordinal (`1st`, `4o`) or a version (`v2`).
 */
const WORDS_AND_NUMBERS = /^[a-z]{2,40}(?:[_.-](?:[a-z]{2,40}|v\d{1,3}|\d{1,8}|\d{1,3}[a-z]{1,2}))+$/;

/**
 * The same in camelCase, then a number, led by a word that calls it a stand-in (`demoCheckin123`, `testWebhookSecret2`):
 * without separators a random string can fall into case-marked chunks too (`xkQzpw12`), so the first word must say so.
 */
const CAMEL_STAND_IN = /^(?:[Dd]emo|[Tt]est|[Ss]ample|[Ee]xample|[Ff]ake|[Dd]ummy|[Mm]ock|[Mm]y|[Yy]our|[Dd]efault)(?:[A-Z][a-z]{2,19}){1,4}\d{1,8}$/;

export function wordsAndNumbers(s: string): boolean {
  if (CAMEL_STAND_IN.test(s)) return true;
  if (!WORDS_AND_NUMBERS.test(s)) return false;
  const parts = s.split(/[_.-]/);
  return parts.length >= 3 && parts.filter((p) => !/\d/.test(p)).length >= 2 && parts.some((p) => /\d/.test(p));
}

/**
 * Letters only, in case-marked words averaging 4+ letters (NoLineTerminatorHere,
 * UiDismissedNoEmbargo, VercelBlobStorageOptions): an identifier, even when its
 * words are not in the vocabulary. Random letter strings flip case every one or
 * two characters. Digits may end a word between separators, as in
 * `mailer_smtp_oauth2_client_secret` or `aws-s3-bucket-name`.
 */
export function isWordIdentifier(s: string): boolean {
  let bare = s.replace(/[^A-Za-z0-9]/g, '');
  if (!/^[A-Za-z]+$/.test(bare)) {
    // camelCase with a digit or two in a word (showPasswordConfirmationFor2FA): three case-marked words at least.
    const camel = /^[a-z]/.test(bare) && (bare.match(/\d/g)?.length ?? 0) * 10 <= bare.length && (bare.match(/[A-Z]/g)?.length ?? 0) >= 2;
    if (!camel && !SEPARATED_WORDS.test(s)) return false;
    bare = bare.replace(/\d/g, '');
  }
  const words = bare.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  return words.length > 0 && (bare.length / words.length >= 4 || shortWordsKnown(words, bare.length));
}

/**
 * camelCase of short words (`getApiTokenForUser`, `wayToGetBearSmsToken`: 3.3–3.6 letters a word): three
 * or more words of two letters or more, at least half of those of three letters or more in the
 * vocabulary. Of 300,000 random 16–32 character strings none passed this that the average test did not.
 */
function shortWordsKnown(words: string[], letters: number): boolean {
  if (words.length < 3 || letters / words.length < 3 || words.some((w) => w.length < 2)) return false;
  vocabSet ??= new Set(VOCAB.split(' '));
  let known = 0;
  for (const w of words) if (w.length >= 3 && vocabSet.has(w.toLowerCase())) known++;
  return known * 2 >= words.length;
}

/**
 * A token-shaped string written in words (`ya29.newToken_after_encryption_enabled`,
 * `…_some_oauth_token_with-dashes`): a hand-made stand-in.
 */
export function readsAsWords(s: string): boolean {
  vocabSet ??= new Set(VOCAB.split(' '));
  const words = s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);
  const known = words.filter((w) => vocabSet!.has(w));
  if (known.length < 3) return false;
  // Three words of four letters or more almost never turn up in a random body (~1 in 2,000 per
  // position for one); a third of the letters keeps a long random prefix from hiding them.
  const letters = s.replace(/[^A-Za-z]/g, '').length;
  return known.reduce((n, w) => n + w.length, 0) >= letters * 0.35;
}

/** The keyboard's home row, where fingers rest: what a hand fills a slot with (`asdf`, `sdfsdf`, `kjdsi3`). */
const HOME_ROW = 'asdfghjkl';
/** Home-row letters a hex digit cannot be: without one, a hex value's letters (a, d, f) would read as the home row. */
const HOME_NOT_HEX = 'ghjkls';

/**
 * A value typed by hand to fill a slot, not generated: nine in ten of its letters (twelve or more) from the
 * keyboard's home row (every one under twenty), with some no hex digit has (`as3d1asd5d1a32sdfsdfs`, `kjdsi3-34rfsdfsdf-234234fsdfsdf`,
 * `DsHJdsjh2812872sahj`), or half its characters repeating the one before (`0000111122223333…`). A generated
 * value does so about once in a million: of a million random 16 to 64 character values of each alphabet, none
 * in hex, alphanumeric or base64 did, and one of lower-case letters and digits (test/detect/typed-by-hand.test.ts
 * runs 400,000).
 */
export function typedByHand(s: string): boolean {
  if (s.length >= 16) {
    let same = 0;
    for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) same++;
    if (same * 2 >= s.length) return true;
  }
  let letters = 0;
  let home = 0;
  let notHex = 0;
  for (const c of s.toLowerCase()) {
    if (c < 'a' || c > 'z') continue;
    letters++;
    if (HOME_ROW.includes(c)) home++;
    if (HOME_NOT_HEX.includes(c)) notHex++;
  }
  // Under twenty letters, every one; past that, nine in ten (a slip of the hand).
  return letters >= 12 && (letters < 20 ? home === letters : home * 10 >= letters * 9) && notHex * 4 >= letters;
}

export type Charset = 'hex' | 'base64' | 'alnum' | 'other';

export function charsetOf(s: string): Charset {
  if (/^[0-9a-fA-F]+$/.test(s)) return 'hex';
  if (/^[A-Za-z0-9]+$/.test(s)) return 'alnum';
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return 'base64';
  return 'other';
}

/**
 * Whether a candidate looks machine-generated. Combines entropy relative to the
 * best a string of this length and alphabet can reach with token efficiency,
 * so short random strings are not penalised for their length and long readable
 * identifiers are not rewarded for theirs.
 */
export function looksRandom(s: string, minLength = 16): boolean {
  if (s.length < minLength) return false;
  if (typedByHand(s)) return false;
  const h = shannonEntropy(s);
  const cs = charsetOf(s);
  const alphabet = cs === 'hex' ? 16 : cs === 'alnum' ? 62 : 64;
  const ceiling = Math.min(Math.log2(alphabet), Math.log2(s.length));
  if (h < ceiling * 0.72) return false;
  // Hex digests have a small alphabet; their entropy alone is telling.
  if (cs === 'hex') return s.length >= 32 || /[a-f]/i.test(s) && /\d/.test(s);
  if (isWordIdentifier(s) || QUALIFIED_NAME.test(s) || wordsAndNumbers(s)) return false;
  // Needs both letters and digits or symbols: pure-letter strings are words.
  if (!/[0-9+/_=-]/.test(s) && !caseFlipsTwice(s)) return false;
  return tokenEfficiency(s) < 1.9;
}
