import { isToolWritten } from '../detect/file-kind.js';
import { isPlaceholder } from '../detect/placeholders.js';
import { isWordIdentifier } from '../detect/randomness.js';
import { namesNonSecret } from '../detect/secret-name.js';
import type { Confidence, MatchContext, Rule } from '../detect/types.js';
import { fake } from './fake.js';

/**
 * Builders for the two shapes most provider rules take, so a rule is one line
 * of facts (prefix, alphabet, length, where to revoke) and every rule gets the
 * same linear-time regex, the same generated examples and the same
 * counter-examples. Rules with a structure of their own are written out in
 * full beside these.
 */

/** Characters a class like 'A-Za-z0-9_-' stands for, to generate examples. */
function alphabetOf(cls: string): string {
  let out = '';
  for (let i = 0; i < cls.length; i++) {
    const a = cls[i]!;
    if (cls[i + 1] === '-' && i + 2 < cls.length) {
      const b = cls[i + 2]!;
      for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c);
      i += 2;
    } else if (a === '\\') {
      out += cls[++i]!;
    } else {
      out += a;
    }
  }
  return out;
}

function randomFrom(cls: string, n: number): string {
  const alphabet = alphabetOf(cls);
  // fake.alnum gives a seeded stream; map it onto this alphabet.
  return fake.alnum(n).split('').map((c) => alphabet[c.charCodeAt(0) % alphabet.length]).join('');
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface Common {
  id: string;
  title: string;
  provider: string;
  playbook?: string;
  confidence?: Confidence;
  entropy?: number;
  validate?: Rule['validate'];
  warning?: Rule['warning'];
}

/**
 * A token with a fixed prefix and a body of one alphabet: `dop_v1_<64 hex>`.
 * len is the body length, exact or [min, max].
 */
export function prefixed(o: Common & { prefix: string | string[]; body: string; len: number | [number, number]; suffix?: string; /** A valid token, when validate asks more than the alphabet (a structure inside). */ sample?: () => string }): Rule {
  const prefixes = Array.isArray(o.prefix) ? o.prefix : [o.prefix];
  const [min, max] = typeof o.len === 'number' ? [o.len, o.len] : o.len;
  const p = prefixes.length === 1 ? esc(prefixes[0]!) : `(?:${prefixes.map(esc).join('|')})`;
  const quant = min === max ? `{${min}}` : `{${min},${max}}`;
  // A range is matched atomically ((?=(x))\2) so a run of prefix-like text stays linear.
  const body = min === max ? `[${o.body}]${quant}` : `(?=([${o.body}]${quant}))\\2`;
  const suffix = o.suffix ? esc(o.suffix) : '';
  const regex = lazyRegex(`(?<![A-Za-z0-9_])(${p}${body}${suffix})(?![${o.body}])`, 'g');
  const sample = o.sample ?? (() => prefixes[0]! + randomFrom(o.body, max === min ? min : Math.min(max, min + 8)) + (o.suffix ?? ''));
  const keyword = prefixes.map((x) => x.toLowerCase());
  return withLazyRegex(regex, {
    id: o.id,
    title: o.title,
    provider: o.provider,
    keywords: keyword,
    anchored: true,
    entropy: o.entropy ?? 3,
    confidence: o.confidence ?? 'high',
    playbook: o.playbook ?? 'api-token',
    validate: (s, ctx) => !insideBase64(ctx) && !inAssetName(ctx) && !readsAsIdentifier(bodyOf(s, prefixes, o.suffix), o.body) && (o.validate?.(s, ctx) ?? true),
    tps: () => [`${o.provider.toUpperCase().replace(/\W+/g, '_')}_TOKEN=${sample()}`, `  "token": "${sample()}",`],
    // Built on first read (tests), not on every hook start.
    get fps() {
      return [
        `${prefixes[0]}${'x'.repeat(min)}${o.suffix ?? ''}`,
        `tokens begin with ${prefixes[0]} and are secret`,
        `${o.provider.toUpperCase().replace(/\W+/g, '_')}_TOKEN=${prefixes[0]}<your token>`,
        // The same shape inside a font or image embedded as base64 (a data: URI in CSS or SVG) is data.
        ...(o.validate || /[+/]/.test(o.body) ? [] : [`src: url("data:font/ttf;base64,${BASE64_RUN}+${prefixes[0]}${scrambled(o.body, min)}${o.suffix ?? ''}/${BASE64_RUN}");`]),
      ];
    },
  });
}

/** The body of a prefixed token: the match without its prefix and suffix. */
function bodyOf(s: string, prefixes: string[], suffix?: string): string {
  const p = prefixes.find((x) => s.startsWith(x))?.length ?? 0;
  return s.slice(p, s.length - (suffix?.length ?? 0));
}

/**
 * A body written like a name, not drawn at random: lower-case words joined by `-` or `_`
 * (`--md-default-fg-color--light`, a CSS custom property; `sk-proj-settings-panel`), where the
 * format's alphabet has capitals. A random body of 16+ characters from an alphabet with capitals
 * has none with probability (36/62)^16 < 0.02%, and two separators besides: practically never.
 */
export function readsAsIdentifier(body: string, alphabet: string): boolean {
  if (!/A-Z/.test(alphabet) || !/[-_]/.test(alphabet)) return false;
  return /^[a-z0-9]+(?:[-_]+[a-z0-9]+){2,}[-_]*$/.test(body) && /[a-z]{3}/.test(body);
}

/**
 * A secret with no prefix of its own, recognised by the provider's name in the
 * key it is assigned to: `HEROKU_API_KEY=<uuid>`, `"datadog_api_key": "<32 hex>"`.
 * value is a regex source without capture groups.
 */
export function contextual(o: Common & { keywords: string[]; value: string; example: () => string; plain?: boolean }): Rule {
  const kw = o.keywords.map(esc).join('|');
  // Both the rest of the name and the value are matched atomically ((?=(x))\\n):
  // a line repeating the keyword ("SNYKSNYK…") stays linear.
  // plain: the same without the atomic groups, and the keyword must begin a part of the name (ETSY_KEY, etsyKey,
  // NEXT_PUBLIC_ETSY_KEY; not BETSY_KEY). Every part is bounded and each meets a disjoint class
  // (name characters, then quotes, spaces, the operator), so backtracking has nowhere to go: linear too, and
  // recheck can show it (its fuzzer reads the bounded atomic name as quadratic on some keywords; timing
  // that input at 4x the length takes 2.2x the time).
  const regex = o.plain
    ? lazyRegex(`(?<![A-Za-z0-9])(?:${kw})()[\\w.-]{0,40}["'\\]]{0,2}\\s{0,5}(?:=|:=|=>|:)\\s{0,5}["'\`]?(${o.value})(?![A-Za-z0-9_+/=-])`, 'gi')
    : lazyRegex(`(?:${kw})(?=([\\w.-]{0,40}))\\1["'\\]]{0,2}\\s{0,5}(?:=|:=|=>|:)\\s{0,5}["'\`]?(?=(${o.value}))\\2(?![A-Za-z0-9_+/=-])`, 'gi');
  const name = o.keywords[0]!.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  // The pattern is case-blind for the name's sake; a format written without a capital anywhere (no A-Z class, no
  // upper-case literal, no \w, `.` or negated class: `[a-f0-9]{40}`) has none.
  const lowerOnly = !/[A-Z]|\\w|\.|\[\^/.test(o.value);
  return withLazyRegex(regex, {
    id: o.id,
    title: o.title,
    provider: o.provider,
    keywords: o.keywords.map((k) => k.toLowerCase()),
    scope: 'line',
    secretGroup: 2,
    entropy: o.entropy ?? 2.5,
    confidence: o.confidence ?? 'medium',
    playbook: o.playbook ?? 'api-token',
    // A reference (`${X}`, `<your key>`) in the value slot is not a secret, whatever the key's name; nor is a
    // keyword that is the inside of another word (`rookTable` holds "okta").
    // Nor is a type or class name after a colon (`vercelOpts: VercelBlobStorageOptions`, TypeScript), or a
    // lockfile's checksum under a key named for the provider (`integrations/zoom/client_secret: <md5>`).
    // Nor is a value whose holder's name says what else it is (`twitchGqlClientId`: a client id has the secret's shape).
    validate: (s, ctx) => !(lowerOnly && /[A-Z]/.test(s)) && !isPlaceholder(s) && !insideWord(ctx) && !isWordIdentifier(s) && !isToolWritten(ctx.path) && !namesNonSecret(holderName(ctx)) && (o.validate?.(s, ctx) ?? true),
    explainRejection: (_s, ctx) => (namesNonSecret(holderName(ctx)) ? `the name it is assigned to (${holderName(ctx)}) says what else it is (an id, a host, a URL…), and no word of it says secret` : undefined),
    warning: o.warning,
    tps: () => [`${name}_API_KEY=${o.example()}`, `  "${o.keywords[0]!.toLowerCase()}_secret": "${o.example()}",`],
    // (No example() call here: rules are built on every hook start.)
    fps: [`${name}_API_KEY=<your key>`, `${name}_API_KEY=\${${name}_API_KEY}`, `${name}_API_KEY=${'x'.repeat(32)}`],
  });
}

/** A word between a provider's name and a value that says the value is a credential. */
export const CREDENTIAL_WORD = /key|token|secret|pass|auth|cred|pat\b|_sk\b/i;

/**
 * The long tail by proximity, as trufflehog's detectors find it: the provider's name, then within 40
 * characters (on the value's line or the one above) a value of exactly the shape the provider issues (`KANBANTOOL_TOKEN=…`, `ipinfo
 * token = '…'`, `kucoin: <24 hex> <uuid>`). With a word between them that says credential (key, token,
 * secret…) it blocks, as a named key does; with the provider's name alone it is a warning: a hook cannot
 * ask hundreds of providers whether a random string near their name is theirs, and blocking on that is
 * the noise hooks get bypassed for, but the reviewer should see it.
 *
 * The pattern is the value alone, taken whole ((?=(x))\1, longest alternative first) and bordered by
 * characters outside edge (its own alphabet, so a longer token is not read from its middle): linear. The
 * rule runs only on files that hold a name (its keywords), and the name is looked for in the 40 characters
 * before the value, where a pattern with a gap between name and value would retry the gap at every name.
 */
export function nearName(o: Common & { names: string[]; value: string; edge?: string; example: () => string }): Rule {
  const edge = o.edge ?? 'A-Za-z0-9';
  // (Before the value an `=` is an assignment's, never the value's own: base64 pads at the end.)
  const regex = lazyRegex(`(?<![${edge.replace('=', '')}])(?=(${o.value}))\\1(?![${edge}])`, 'g');
  let nameRe: RegExp | undefined;
  const longest = Math.max(...o.names.map((n) => n.length));
  // validate and warning both ask about the same match: the last answer is kept.
  let asked: RegExpExecArray | undefined;
  let answer: string | undefined;
  // The last name before the value and the text up to the value, if a name is within reach: on the value's
  // line or the one above it (`# Smartsheet credentials` over `SHEET_TOKEN = "…"`).
  const gap = ({ match }: MatchContext): string | undefined => {
    if (match === asked) return answer;
    asked = match;
    // A name of six letters or more is the provider's wherever it sits (`getsmartsheet(`, `NEXMOAPIKEY`); a shorter
    // one (`mite`, `luno`) must be a word of its own, or run into a credential word (`mite_key`, `nexmoapikey`).
    nameRe ??= new RegExp(o.names.map((n) => (n.length >= 6 ? esc(n) : `(?<![A-Za-z0-9])${esc(n)}(?!(?!api|key|token|secret|pass)[a-z])`)).join('|'), 'gi');
    const before = match.input.slice(Math.max(0, match.index - 40 - longest), match.index);
    const twoLines = before.lastIndexOf('\n', before.lastIndexOf('\n') - 1);
    const window = before.slice(twoLines + 1);
    let start = -1;
    let end = -1;
    for (const m of window.matchAll(nameRe)) [start, end] = [m.index, m.index + m[0].length];
    answer = end < 0 || window.length - end > 40 ? undefined : window.slice(start);
    return answer;
  };
  // Alphabets of letters and digits: a random value of 8 or more has a digit and a letter, or both cases
  // (`vZrEclQwKpTa`); a word (`password`) has neither, and camelCase words are isWordIdentifier's to turn away.
  const mixed = /0-9|\\d/.test(o.value) && /[a-zA-Z]-[a-zA-Z]/.test(o.value);
  const name = o.names[0]!.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return withLazyRegex(regex, {
    id: o.id,
    title: o.title,
    provider: o.provider,
    keywords: o.names.map((k) => k.toLowerCase()),
    // The whole text of a file that names the provider, so a name on the line above counts (see gap).
    scope: 'text',
    secretGroup: 1,
    entropy: o.entropy ?? 2.2,
    confidence: o.confidence ?? 'medium',
    playbook: o.playbook ?? 'api-token',
    demoteInExamples: true,
    validate: (s, ctx) => !isPlaceholder(s) && !isWordIdentifier(s) && (!mixed || (/\d/.test(s) && /[A-Za-z]/.test(s)) || (/[A-Z]/.test(s) && /[a-z]/.test(s))) && !isToolWritten(ctx.path) && gap(ctx) !== undefined && (o.validate?.(s, ctx) ?? true),
    warning: (_s, ctx) => (CREDENTIAL_WORD.test(gap(ctx) ?? '') ? undefined : "only a provider's name beside it"),
    tps: () => [`${name}_API_KEY=${o.example()}`, `  "${o.names[0]!.toLowerCase()}_token": "${o.example()}",`],
    fps: [`${name}_API_KEY=<your key>`, `${name}_API_KEY=\${${name}_API_KEY}`, `${name} docs: https://example.com/${'x'.repeat(8)}`, `${o.example()} is not near the name, which comes much later on this line: ${name}`],
  });
}

/** Where the match starts in its line (line-scoped rules run on the line itself, others on the whole text). */
export function matchStart({ line, match }: MatchContext): number {
  return match.input === line ? match.index : line.indexOf(match[0]);
}

/**
 * A fingerprinted asset's file name (`video_box.ico-7a388b…0aab0c.png`, `app.sk-3f9a…b1.js`): a build tool's
 * content hash between a name and an extension, which a prefix can happen to start.
 */
const ASSET_EXTENSION = /^\.(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|css|js|mjs|map|woff2?|ttf|otf|eot|html?|json|wasm)\b/i;
function inAssetName(ctx: MatchContext): boolean {
  const at = matchStart(ctx);
  if (at <= 0 || ctx.line[at - 1] !== '.') return false;
  return ASSET_EXTENSION.test(ctx.line.slice(at + ctx.match[0].length, at + ctx.match[0].length + 8));
}

/** A stretch of base64 as fonts and images embedded in CSS or SVG carry (fixed: rules are built on every hook start). */
const BASE64_RUN = 'AAEAAAASAQAABAAgR0RFRgBKAAgAAAJ8AAAAKEdQT1NLZ1Bm';

/** n characters of a `[...]` class body, varied enough to pass an entropy floor, the same every time. */
function scrambled(body: string, n: number): string {
  const chars = [...body.replace(/(.)-(.)/g, (_m, a: string, b: string) => {
    let out = '';
    for (let c = a.charCodeAt(0); c <= b.charCodeAt(0); c++) out += String.fromCharCode(c);
    return out;
  })].filter((c) => c !== '\\');
  let out = '';
  for (let i = 0; i < n; i++) out += chars[(i * 7 + 3) % chars.length]!;
  return out;
}

/**
 * A match with long runs of base64 on both sides: part of an embedded font,
 * image or file, not a token someone pasted.
 */
function insideBase64(ctx: MatchContext): boolean {
  const { line, match } = ctx;
  if (inWrappedBase64(match)) return true;
  const at = matchStart(ctx);
  if (at <= 0) return false;
  const end = at + match[0].length;
  const b64 = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
  let left = at;
  while (left > 0 && at - left < BASE64_SIDE && b64(line.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < line.length && right - end < BASE64_SIDE && b64(line.charCodeAt(right))) right++;
  // (Inside a `;base64,` data URI, on this line or lines before, is the engine's check for every rule: embedded-data.ts.)
  return at - left >= BASE64_SIDE && right - end >= BASE64_SIDE;
}
const BASE64_SIDE = 24;

/**
 * A line of a wrapped base64 block (a .resx or .xml resource, a MIME part): the line is base64 alone,
 * at least BASE64_LINE long, and a line next to it is too, as long. The `AAAA…` of an icon's pixels there
 * is not a Twitter bearer token (uptime-kuma's DownloadForm.resx).
 */
function inWrappedBase64(match: RegExpExecArray): boolean {
  const text = match.input;
  const from = text.lastIndexOf('\n', match.index - 1) + 1;
  const to = lineEnd(text, match.index);
  const line = text.slice(from, to).trim();
  if (line.length < BASE64_LINE || !BASE64_ONLY.test(line)) return false;
  const prev = from > 0 ? text.slice(text.lastIndexOf('\n', from - 2) + 1, from - 1).trim() : '';
  const next = to < text.length ? text.slice(to + 1, lineEnd(text, to + 1)).trim() : '';
  return [prev, next].some((l) => l.length === line.length && BASE64_ONLY.test(l));
}
const BASE64_LINE = 60;
const BASE64_ONLY = /^[A-Za-z0-9+/]+={0,2}$/;

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

const NAME_CHAR = /[\w.-]/;
/** The name a contextual match's value is assigned to, from the start of its word (`const twitchGqlClientId`, `NEXT_PUBLIC_ETSY_KEY`). */
function holderName(ctx: MatchContext): string {
  const at = matchStart(ctx);
  let start = at;
  while (start > 0 && at - start < 40 && NAME_CHAR.test(ctx.line[start - 1]!)) start--;
  const before = ctx.line.slice(start, at);
  const own = ctx.match[0];
  // Up to the operator, never past it: what follows is the value, which explain must not print.
  const operator = own.search(/["'\]\s]{0,7}(?:=|:)/);
  return before + own.slice(0, Math.max(0, operator));
}

function insideWord(ctx: MatchContext): boolean {
  const { line } = ctx;
  const at = matchStart(ctx);
  return at > 0 && /[a-z]/.test(line[at - 1]!) && /[a-z]/.test(line[at]!);
}

/**
 * Regexes are compiled on first use: the pre-commit hook loads ~250 rules and
 * typically runs a handful, so parsing the rest at start-up is wasted time.
 */
function lazyRegex(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}

function withLazyRegex(regex: () => RegExp, rule: Omit<Rule, 'regex'>): Rule {
  return Object.defineProperty(rule, 'regex', { get: regex, enumerable: true }) as Rule;
}

export const gen = {
  hex: (n: number) => () => fake.hex(n),
  HEX: (n: number) => () => fake.HEX(n),
  alnum: (n: number) => () => fake.alnum(n),
  lowerAlnum: (n: number) => () => fake.lowerAlnum(n),
  upperAlnum: (n: number) => () => fake.upperAlnum(n),
  base64url: (n: number) => () => fake.base64url(n),
  uuid: () => () => `${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}`,
};

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
