import { readableValue } from '../detect/decode.js';
import { isCodeFile, isToolWritten, isTranslationPath } from '../detect/file-kind.js';
import { literalJudgement, rejectionOf, UUID } from '../detect/literal-value.js';
import { looksRandom } from '../detect/randomness.js';
import { isHashWord, nameWords } from '../detect/secret-name.js';
import type { MatchContext, Rule } from '../detect/types.js';
import { matchStart } from './define.js';
import { fake } from './fake.js';

/**
 * Words that make a name's "key" a data structure's or an interface's, not a credential: a sort, cache,
 * partition or translation key, a React list key, a keyboard shortcut, a public key. Random-looking values
 * under those names are ids, digests or public material.
 */
const NOT_A_CREDENTIAL = new Set([
  'sort', 'cache', 'cached', 'primary', 'foreign', 'partition', 'range', 'row', 'composite', 'unique', 'natural', 'surrogate',
  'idempotency', 'idempotent', 'dedup', 'dedupe', 'deduplication', 'lookup', 'map', 'dict', 'object', 'i18n', 'l10n',
  'translation', 'translate', 'locale', 'message', 'msg', 'react', 'list', 'item', 'query', 'route', 'routing', 'shard',
  'index', 'field', 'column', 'attribute', 'attr', 'property', 'prop', 'state', 'local', 'session', 'config', 'setting',
  'settings', 'feature', 'flag', 'experiment', 'event', 'metric', 'label', 'tag', 'name', 'type', 'group', 'entry',
  'record', 'table', 'redis', 'kv', 'memo', 'short', 'shortcut', 'hot', 'keyboard', 'public', 'pub', 'publishable',
  'site', 'website', 'browser', 'ssh', 'gpg', 'pgp', 'host', 'known', 'child', 'parent', 'node', 'element', 'component', 'view',
  'page', 'tab', 'menu', 'option', 'filter', 'bucket', 's3', 'blob', 'file', 'asset', 'image', 'upload', 'path', 'prefix',
  'lock', 'mutex', 'job', 'task', 'queue', 'stream', 'topic', 'nonce', 'salt', 'id', 'uuid', 'guid', 'storage', 'param',
  'search', 'signature', 'sig', 'verify', 'verification', 'verifying', 'cert', 'certificate', 'fingerprint', 'thumbprint',
]);

/**
 * Captcha services give a site two keys: a site key every page that shows the captcha serves (reCAPTCHA's `6L…`,
 * hCaptcha's, Turnstile's, Solve Media's challenge key) and a secret key the server verifies answers with. Both share a
 * format, so the name tells them apart: a captcha's key that no word calls secret, private or server-side is the site's.
 */
const CAPTCHA_WORDS = new Set(['captcha', 'recaptcha', 'hcaptcha', 'turnstile', 'solvemedia', 'funcaptcha', 'geetest']);
const SERVER_SIDE = new Set(['secret', 'private', 'server', 'backend', 'verify', 'verification', 'v']);

/** SSH public keys in base64 (`AAAAB3NzaC1yc2E…`, `AAAAC3NzaC1lZDI1NTE5…`, `AAAAE2VjZHNh…`): public by definition. */
const SSH_PUBLIC_BODY = /^AAAA[BCE][0-9A-Za-z]/;

/** English words that end in "key" and are no key at all; `passkey` and `hotkey` are WebAuthn's and a keyboard's. */
const KEY_ENDED_WORDS = new Set(['monkey', 'turkey', 'hockey', 'whiskey', 'jockey', 'donkey', 'lackey', 'passkey', 'hotkey', 'turnkey', 'latchkey', 'passkeys']);

/** The name's words with a run-together "…key" (`spotifykey`, `azurestorageaccountkey`) split off, and a numbered key (`sumoKey1`) as "key". */
function keyNameWords(name: string): string[] {
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  if (/^key\d{0,2}$/.test(last)) words[words.length - 1] = 'key';
  else if (/^[a-z]{2,40}key$/.test(last) && !KEY_ENDED_WORDS.has(last)) words.splice(words.length - 1, 1, last.slice(0, -3), 'key');
  return words;
}

/**
 * Named "key" and nothing else (`key = …`, `Using Key=…` in a log): as often a lookup key, an id or a digest
 * as a credential, so a warning, shown but not blocking.
 */
function namedOnlyKey(name: string): boolean {
  return keyNameWords(name).length === 1;
}

/**
 * The name the match's "key" ends: the run of name characters before it (`fastly` in `fastlyKey`,
 * `azure_storage.` in `azure_storage.key`), read back from the line rather than matched forward, so the
 * pattern starts at "key" and a line full of identifiers costs one pass.
 */
function nameOf(ctx: MatchContext): { name: string; start: number; at: number } {
  const at = matchStart(ctx);
  // (Starting where a name starts: from inside one, the engine would try every later start again.)
  const head = /(?<![\w.-])[A-Za-z_][\w.-]{0,60}$/.exec(ctx.line.slice(Math.max(0, at - 61), at))?.[0] ?? '';
  const start = at - head.length;
  // A name cannot continue past a `$`, `.` or `-` start (`$config`, `.key`): those are not one name.
  if (head && start > 0 && /[$.-]/.test(ctx.line[start - 1]!)) return { name: '', start, at };
  return { name: head + /^[A-Za-z]{3}\d{0,2}/.exec(ctx.match[0])![0], start, at };
}

/** Why a value under a name ending in "key" is no credential, if it is not one (the first check that says so). */
function namedKeyRejection(secret: string, ctx: MatchContext): string | undefined {
  const { match, path, line } = ctx;
  const { name, start, at } = nameOf(ctx);
  if (!name) return 'no name before "key" (a member or an option, not a name)';
  // One quoted token, `"private-key:41f7bd2f…"` (a fingerprint, a namespaced id), not a `name: value` pair.
  const end = at + match[0].length;
  if (!match[1] && start > 0 && /["'`]/.test(line[start - 1]!) && line[end] === line[start - 1]) return 'one quoted token (a fingerprint or a namespaced id), not a pair';
  const words = keyNameWords(name);
  if (words[words.length - 1] !== 'key' || words.length > 6) return 'the name does not end in "key"';
  const other = words.find((w) => NOT_A_CREDENTIAL.has(w) || isHashWord(w));
  if (other) return `the name says a data structure's key or a public value ("${other}")`;
  const captcha = words.find((w) => CAPTCHA_WORDS.has(w));
  if (captcha && !words.some((w) => SERVER_SIDE.has(w))) return `a captcha's site key ("${captcha}"): every page that shows the captcha serves it`;
  // In source code an unquoted right-hand side is an expression; a lockfile's or a translation file's keys are not credentials.
  if (!match[1] && isCodeFile(path)) return 'unquoted in code: an expression';
  if (isToolWritten(path) || isTranslationPath(path)) return 'a file tools write, or a translation catalogue';
  const value = readableValue(secret);
  if (UUID.test(value)) return 'a UUID: an id';
  if (SSH_PUBLIC_BODY.test(value)) return "an SSH public key's body";
  if (!looksRandom(value, 20)) return 'not random: it reads as words, a name or a pattern';
  return rejectionOf(literalJudgement(value, 'secret'));
}

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
export const namedKeyRules = (): Rule[] => [
  {
    id: 'generic-named-key',
    title: 'Random value held by a name ending in "key"',
    provider: 'Generic',
    // "key" before an operator, a quote or a space (not `keys`, `keyof`, `Object.keys(`), and numbered keys.
    keywords: ['key=', 'key:', 'key"', "key'", 'key ', 'key]', 'key\\', 'key1', 'key2'],
    scope: 'line',
    regex: /[Kk][Ee][Yy]\d{0,2}["'\]]{0,2}\s{0,4}(?:=(?![=~>])|:=|=>|:(?![:/]))\s{0,4}(["'`]?)(?=([A-Za-z0-9+/_.~=-]{20,500}))\2\1(?![A-Za-z0-9+/_.~=-])/g,
    secretGroup: 2,
    confidence: 'low',
    playbook: 'generic',
    validate: (secret, ctx) => namedKeyRejection(secret, ctx) === undefined,
    explainRejection: namedKeyRejection,
    warning: (_secret, ctx) => (namedOnlyKey(nameOf(ctx).name) ? 'named only "key"' : undefined),
    tps: () => [`SUMO_KEY=${fake.alnum(64)}`, `const billingKey = "${fake.alnum(32)}";`, `  azure_key: ${fake.alnum(52)}`, `[DEBUG] Using adobe KEY=${fake.alnum(32)} [INFO] done`, `reports.ingest_key = '${fake.hex(32)}'`, `sumoKey1 = '${fake.alnum(64)}'`, `spotifykey: ${fake.alnum(32)}`, `geetest_backend_key: "${fake.alnum(40)}"`],
    get fps() {
      return [
        `sortKey: "${fake.alnum(24)}"`,
        `cache_key = "${fake.alnum(32)}"`,
        `partitionKey: "${fake.alnum(24)}"`,
        `PUBLIC_KEY=AAAAC3NzaC1lZDI1NTE5AAAAI${fake.alnum(40)}`,
        'const key = process.env.SIGNING_KEY_VALUE_FROM_ENV;',
        `i18nKey="settings.security.twoFactorAuthentication"`,
        `key: "${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}"`,
        'monkey = "the quick brown fox jumps over"',
        'storeKey: YOUR_STORE_KEY_GOES_HERE_PLEASE',
        `"private-key:${fake.hex(20)}": {`,
        `    RECAPTCHA_KEY = "6L${fake.alnum(38)}"`,
        `captcha_key = '6L${fake.alnum(38)}'`,
        `    SOLVEMEDIA_KEY = "${fake.alnum(32)}"`,
      ];
    },
  },
];
