import { trimEndOf } from '../trim.js';
import { isPlaceholder } from './placeholders.js';
import { isWordIdentifier, looksRandom, readsAsWords, shannonEntropy, typedByHand, wordsAndNumbers } from './randomness.js';
import type { SecretNameKind } from './secret-name.js';
import type { Confidence } from './types.js';

/**
 * Values that are not secrets whatever the name they are assigned to: hashes
 * and digests, UUIDs, git object ids, encrypted blobs, data URIs, colours,
 * numbers, paths, URLs (credentials in URLs have their own detector).
 */
/** A UUID: an id in general, an API key only under a key or token name. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOT_SECRET_SHAPES: RegExp[] = [
  UUID,
  /^(?:sha(?:1|224|256|384|512)|md5)[-:]/i, // integrity and digest strings
  /^h1:[A-Za-z0-9+/=]{20,}$/, // Go module sums
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*|[156])\$/, // password hashes: already one-way
  /^\$ANSIBLE_VAULT/,
  /^ENC\[/, // SOPS
  /^data:[\w/+.-]+;/, // data URI
  /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|UklGR|PHN2Zy|JVBERi0|AAABAA)/, // a PNG, JPEG, GIF, WebP, SVG, PDF or icon file in base64
  /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i, // CSS colour
  /^[\d.,_:+-]+$/, // numbers, versions, times
  /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]{1,64})?$/, // versions with a pre-release or build part: v0.23.0-rc14-dev
  // Paths: ./x, ../x, ~/x, C:\x (/a/b is judged in isAbsolutePath: base64 starts with "/" too).
  /^(?:\.{1,2}\/|~\/|[A-Za-z]:\\)/,
  /^[\w@.-]+(?:\/[\w@.-]+)+\.[a-z0-9]{1,6}$/i, // relative paths with an extension (base64 has no '.')
  /^[a-z][a-z0-9+.-]*:\/\//i, // URLs
  /^[a-z][a-z0-9+-]{1,15}:\/[\w.\/-]+$/, // a typed path: Postfix's lookup tables (`hash:/etc/postfix/sasl_passwd`, `lmdb:/…`), `file:/…`
  /^`[A-Za-z_]\w*`/, // a back-quoted SQL identifier: a column or an index in a migration (`\`token\`(6)`)
  /^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}(?:\/[\w.~-]{1,100}){1,20}$/, // a module's path: a domain, then folders (github.com/acme/app/v2/token)
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, // e-mail addresses
  // Host names, with a port, or a list of them (`b-1.kx7q2.kafka.eu-west-1.amazonaws.com:9092,b-2.…`): lower-case labels and a top-level domain.
  /^(?:[a-z0-9-]{1,63}\.){2,10}[a-z]{2,24}(?::\d{1,5})?(?:,(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}(?::\d{1,5})?){0,50}$/,
  // A lower-case path of names, and a name pinned to a version or a digest: a container image
  // (`getsentry/snuba:21.4.0`, `registry.acme.io:5000/team/app:nightly`, `postgres@sha256:…`), a module
  // (`doorkeeper/secret_storing/sha256_hash`), a package (`lodash@4.17.21`, `requests==2.31.0`). Tokens with
  // a `/` are base64, which has capitals; a word tag needs a path before it, so `admin:hunter2x` is not one.
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d{1,5})?(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)+(?::[a-z0-9][a-z0-9._-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/,
  /^[a-z0-9]+(?:[._\/-][a-z0-9]+)*(?::|@|==)v?\d{1,6}(?:\.\d{1,6}){1,3}(?:[-+][0-9a-z.]{1,64})?(?:@sha256:[0-9a-f]{64})?$/i,
  /^(?:true|false|yes|no|on|off|null|nil|none|undefined|nan)$/i,
  /^pk_(?:live|test)_/, // Stripe publishable keys are public by design
  /^pk\.eyJ/, // Mapbox public tokens
];

/**
 * `/var/lib/app/data`, `/v1/projects/:projectId/policies`: an absolute path of two segments or more.
 * Base64 can start with "/" and hold several (`/eVYse…/…+…=`): a path's segments read as names, and
 * a long one of base64's does not, so a value with a random-looking segment is not taken for a path.
 */
function isAbsolutePath(v: string): boolean {
  return /^\/[\w.@-]+\//.test(v) && !v.split('/').some((segment) => looksRandom(segment, 12));
}

/**
 * An alphabet or charset definition ('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'): every
 * character distinct. By the birthday bound a random 32-character string from
 * 62–64 symbols has all-distinct characters only ~0.03% of the time (at 20
 * characters it is ~5%, too often to dismiss), so from 32 on this is not a secret.
 */
function isAlphabet(v: string): boolean {
  return v.length >= 32 && new Set(v).size === v.length;
}

/**
 * A dotted configuration path of lower-case parts, some of them starting with a number
 * (`pterodactyl.auth.2fa.window`, `app.oauth2.client.secret_ttl`): a key read with `config()->get(…)`,
 * not a value. Three parts or more, two of them words, none long: a dotted token has long random parts.
 */
function isConfigPath(v: string): boolean {
  if (v.length > 120 || !/^[a-z0-9]/.test(v)) return false;
  const parts = v.split('.');
  if (parts.length < 3) return false;
  let words = 0;
  for (const p of parts) {
    if (p.length > 24 || !/^(?:\d{1,3})?[a-z][a-z0-9_]*$/.test(p)) return false;
    if (/^[a-z]+$/.test(p)) words++;
  }
  return words >= 2;
}

/**
 * The word for password in the languages apps are translated into, as a translation catalogue holds it under
 * its `password` key (`"password": "Passwort"`, `label.password = "Wachtwoord"`): a label, wherever the
 * catalogue sits (`extractedTranslations/`, `localization-backup/`, a `.tra` file, a patch that re-syncs
 * languages). Words of one script and no spaces; phrases (`Mot de passe`) are prose already.
 */
const PASSWORD_WORDS = new Set([
  'passwort', 'kennwort', 'wachtwoord', 'wagwoord', 'adgangskode', 'passord', 'lösenord', 'losenord', 'salasana', 'salasõna',
  'parool', 'parole', 'slaptažodis', 'contraseña', 'contrasena', 'contrasenya', 'contrasinal', 'clave', 'senha', 'palavra-passe',
  'pasahitza', 'hasło', 'haslo', 'heslo', 'geslo', 'lozinka', 'jelszó', 'jelszo', 'parolă', 'parola', 'şifre', 'sifre',
  'lykilorð', 'cyfrinair', 'pasfhocal', 'fjalëkalim', 'fjalekalim', 'pasvorto', 'nenosiri', 'katalaluan', 'kodeord', 'passwuert',
  'пароль', 'лозинка', 'κωδικός', 'סיסמה', 'كلمة_المرور', 'パスワード', '密码', '密碼', '비밀번호', 'รหัสผ่าน', 'पासवर्ड',
]);

/** The word as the head of a compound: German, Dutch and Nordic labels put the noun last (`Registrierungspasswort`, `Beheerderswachtwoord`). */
const COMPOUND_HEADS = ['passwort', 'kennwort', 'wachtwoord', 'passord', 'lösenord', 'adgangskode', 'kodeord', 'salasana'];

function isPasswordWord(v: string): boolean {
  const word = trimEndOf(v, ':* ').toLowerCase();
  if (v.length <= 24 && PASSWORD_WORDS.has(word)) return true;
  return word.length <= 40 && /^\p{L}+$/u.test(word) && COMPOUND_HEADS.some((h) => word.length >= h.length + 3 && word.endsWith(h));
}

/** A name of something else: an environment variable, a config path or an i18n key. */
function isIdentifierReference(v: string): boolean {
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return true; // OPENAI_API_KEY
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_$/.test(v)) return true; // an environment variables' prefix: PARSE_SERVER_PASSWORD_POLICY_
  // auth.password.label, app.jwtSecret.value: words, each capital starting one (a random value of letters has this
  // shape without the words one time in 4,000).
  if (/^[a-z]+(?:[A-Z][a-z]+)*(?:\.[a-z]+(?:[A-Z][a-z]+)*(?:_[a-z]+(?:[A-Z][a-z]+)*)*)+$/.test(v)) return true;
  // A scope or namespace path of three parts or more, parts numbered or versioned: a grammar's token
  // (`support.function.C99.c`, `markup.heading.1`, as editors' syntax files name them), a metric, a package.
  if (/^[a-z]{2,}\d{0,3}(?:\.(?:[A-Za-z][a-z]*\d{0,3}|\d{1,3})){2,}$/.test(v)) return true;
  // A module named relative to its package, as a generated package's lazy-import table holds it: `.x_509_certificate_credential`.
  if (/^\.{1,2}[a-z0-9]+(?:_[a-z0-9]+)+$/.test(v) && (v.match(/[a-z]{3,}/g)?.length ?? 0) >= 2) return true;
  if (/^_{0,2}[a-z]+(?:[-_][a-z]+)+$/.test(v) && v.length < 40) return true; // kebab/snake words: "db-password", "session_secret", "_tmp_table"
  if (/^--[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(v) && v.length < 80) return true; // a CSS custom property or a long option: "--theme-elevation-50"
  // A feature flag named for its ticket: "pm-12241-private-key-regeneration" (words, and numbers between them).
  // Parts may mix letters and digits ("pm-27278-v2-password-registration", "k8s-admin-only-secrets"), and a
  // namespaced label joins them with `/` ("acme/keysetpagination_v2/page_token"), and a private or temporary name
  // starts with `_` ("_acme_oauth2_code_tmp", a migration's scratch table); the last two are words.
  if (v.length < 80 && /^_{0,2}[a-z][a-z0-9]*(?:[-_/][a-z0-9]+)+$/.test(v) && /[-_/][a-z]+[-_/][a-z]+$/.test(v)) return true;
  return false;
}

/**
 * Code that names things rather than secrets: validation rules (`required|confirmed|min:8`),
 * class names (`Illuminate\Support\Facades\Password`, `App::Auth::Password`), and word lists
 * joined by a separator (`Sul_Llun_Maw_Mer`, as minified locale data holds them).
 */
/** Casts, types and enum words that frameworks put in a password's slot (`'password' => 'hashed'`, `password: String!`). */
const TYPE_WORDS = new Set([
  'hashed', 'hash', 'encrypted', 'hidden', 'required', 'nullable', 'confirmed', 'sensitive', 'masked', 'redacted', 'writeonly',
  'write_only', 'readonly', 'string', 'str', 'text', 'bytes', 'secretstr', 'secretbytes', 'int', 'integer', 'number', 'boolean',
  'bool', 'char', 'varchar', 'bcrypt', 'argon2', 'argon2id', 'argon2i', 'scrypt', 'pbkdf2', 'plain', 'plaintext', 'password',
  'secret', 'token', 'credential', 'credentials', 'omitempty', 'optional',
]);

function isCodeName(v: string): boolean {
  const bare = v.replace(/^\[|[!?]$|\]!?$|[!?]$/g, '');
  if (TYPE_WORDS.has(bare.toLowerCase()) || /^(?:Optional|Option|Maybe|Nullable)\[?<?\w+[\]>]?$/.test(bare)) return true;
  if (/^[a-z_]+(?::[\w,.-]*)?(?:\|[a-z_]+(?::[\w,.-]*)?)+$/i.test(v)) return true;
  // One rule with its arguments: `required_unless:mail_driver,log`, `min:12`.
  if (/^(?:required|prohibited|exclude|missing|present|same|different|confirmed|min|max|size|between|in|not_in|regex)(?:_[a-z]+){0,3}:[\w.-]+(?:,[\w.-]+)*$/.test(v)) return true;
  if (/^\\?[A-Za-z_]\w*(?:(?:\\{1,2}|::)[A-Za-z_]\w*)+$/.test(v)) return true;
  if (/^(?:[A-Za-z][a-z]{1,12}[_|,.-]){3,}[A-Za-z][a-z]{1,12}$/.test(v)) return true;
  // A type's member, as documentation generators write it: `UpsertApiKeyDTO.type`. Words, not their shape: a
  // dotted random value (`Wfan…Jx.r84B…KQ.rfT7…`) has that shape one time in 45 (one of 2,000,000 passes this).
  if (/^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+(?:\.[a-z_$][\w$]*)+$/.test(v) && isTypeMember(v)) return true;
  // A CSS selector naming an element by words: `data-toggle-password="#PasswordInput"`, `.secret-field`.
  if (/^[#.][A-Za-z][\w-]*$/.test(v) && isWordIdentifier(v.slice(1))) return true;
  return false;
}

function isTypeMember(v: string): boolean {
  const [type, ...members] = v.split('.');
  // A version or standard in the type's name (`DaoX509AuthoritiesPopulator`, `OAuth2Client`) is part of a word.
  return isWordIdentifier(type!.replace(/\d+/g, '')) && members.every((m) => isWordIdentifier(m) || /^[a-z_$][a-z]*(?:[A-Z][a-z]+)*$/.test(m));
}

/**
 * Human prose, as in UI labels and error messages: "Enter your password", or a
 * word in a language's own letters ('Contraseña', 'เปลี่ยนรหัสผ่าน', 'パスワード'):
 * translations sit under the same keys as secrets. Credentials are ASCII in
 * practice (many systems accept nothing else), so a letter outside it is text.
 */
function isProse(v: string): boolean {
  return /\s/.test(v.trim()) || NATIVE_LETTER.test(v);
}
/**
 * Letters beyond ASCII, by block: Latin-1 and Latin Extended through the scripts of Asia (Greek,
 * Cyrillic, Hebrew, Arabic, Indic, Thai…), then CJK, Hangul and the rest of the BMP; not general
 * punctuation and symbols (U+2000–U+2BFF: dashes, ellipses, arrows, currency). A `\p{L}` regex
 * would say it exactly, but compiling its Unicode tables cost the hook ~0.5 ms.
 */
const NATIVE_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc]/;

/**
 * The code between two string literals, read as a quoted value because the name sat inside the first
 * string (`message: "Admin password:", validate: (v) => … || "Password must…"` reads `password:` as a
 * name and `,validate:(v)=>…||` as its value): it starts where a string ends (`,` `;` `)`) or holds
 * an operator (`=>`, `||`, `&&`), or it starts by closing the string the name sat in and joining it to an
 * expression (`'DB_PASSWORD="'.$request->password."\n"`: PHP's `.`, Lua's `..`, `+`, VB's `&`). Passwords do
 * not start with a comma or a quote and an operator, and tokens hold none of these (base64 may start with
 * `+`, so a `+` alone is not taken for a concatenation).
 */
function isCodeBetweenStrings(v: string): boolean {
  return /^[,;)\]}]/.test(v) || /^['"`] ?(?:\.\.?|\+|&) ?[\w$('"]/.test(v) || /=>|\|\||&&/.test(v);
}

/**
 * A regular expression's source (`f{1,4}|ms|milliseconds`, `hh?|hours|12hr`: a date library's tokenizer, a
 * lexer's `token:`): a counted quantifier, a group's `(?:`, a class escape, an optional letter before an
 * alternation, or a character class of ranges with a quantifier (`[A-Za-z0-9._~+/-]+=*`, a token's alphabet).
 * Generated tokens hold none of these, and people's passwords practically never.
 */
const REGEX_SOURCE = /\{\d{1,3}(?:,\d{0,3})?\}|\(\?[:=!<]|\\[dswbDSWB]|[A-Za-z]\?\|/;
/** A character class with a quantifier after it (`[A-Za-z0-9._~+/-]+`); its ranges are looked for inside. */
const CHARACTER_CLASS = /\[([^[\]\n]{3,80})\][+*?{]/;

function isRegexSource(v: string): boolean {
  if (REGEX_SOURCE.test(v)) return true;
  const cls = CHARACTER_CLASS.exec(v);
  return cls !== null && /[A-Za-z0-9]-[A-Za-z0-9]/.test(cls[1]!);
}

/**
 * Judges the literal assigned to a secret-looking name. Returns the confidence
 * to report it with, or undefined when it is not a secret.
 *
 * Passwords are chosen by people, so a readable value counts ("Summer2024!");
 * tokens and keys are generated, so the value must look random, or at least be
 * long and varied, to count.
 */
export function judgeLiteral(value: string, kind: Exclude<SecretNameKind, undefined>): Confidence | undefined {
  const j = literalJudgement(value, kind);
  return rejectionOf(j) === undefined ? (j as Confidence) : undefined;
}

/**
 * The names ORMs give indexes and constraints: a kind's prefix and a digest of the table and columns
 * (Doctrine's `IDX_`/`UNIQ_`/`FK_` and 16 hex digits, TypeORM's `PK_`/`FK_`/`UQ_`/`REL_`/`CHK_` and 27), written
 * into every migration that creates or renames one.
 */
const SCHEMA_OBJECT_NAME = /^(?:idx|uniq|fk|pk|uq|uk|rel|ix|ak|chk|df)_[0-9a-f]{8,40}$/i;

/** A literal's judgement: the confidence, or `no: <why>` naming the check that says it is no secret (for explain). */
export type Judgement = Confidence | `no: ${string}`;

/**
 * The judgement's `no: <why>` when it says no secret, else undefined: a rule's rejection returns it as it is (a
 * constant, nothing built on the scan's path); explain shows it without the `no: `.
 */
export function rejectionOf(j: Judgement): `no: ${string}` | undefined {
  return j.startsWith('no: ') ? (j as `no: ${string}`) : undefined;
}

/** Spring Security's DelegatingPasswordEncoder prefix: the id of the encoder the rest of the value is for. */
const ENCODER_ID = /^\{(?:noop|bcrypt|scrypt|pbkdf2|argon2|sha256|md4|md5|ldap|ssha)\}/i;

export function literalJudgement(value: string, kind: Exclude<SecretNameKind, undefined>): Judgement {
  const v = value.trim();
  if (v.length < 6) return 'no: too short for a secret (under 6 characters)';
  if (v.length > 1000) return 'no: too long for one secret (over 1,000 characters)';
  if (isPlaceholder(v)) return 'no: a placeholder';
  if (isPasswordWord(v)) return 'no: the word "password" in another language (a label in a translation)';
  // Built at run time from other values: `${prefix}-${id}`, "%s:%s", PHP's "host={$dbHost}", a make or MSBuild
  // property `$(ClientSecret)` (URL-encoded `%24(…)` in web-publishing templates), a Jinja or Liquid tag `{% … %}`,
  // a named field of Python's f-strings and str.format or C#'s interpolation (`f'{user}:{password}'`, `{token!r}`).
  // (Spring Security's `{noop}`, `{bcrypt}`, `{MD5}` before a password name its encoder, not a field.)
  if (/\$\{|#\{|\{\{|\{\$|%[sd]|%\(|\{\d*\}|\{[A-Za-z_][\w.]{1,40}(?:![rsa])?(?::[^{}\n]{0,20})?\}|\$\([A-Za-z_][\w.:-]*\)|%24\([A-Za-z_]|\{%-?\s/.test(v.replace(ENCODER_ID, ''))) return 'no: built at run time (an interpolation, a property reference, a template tag or a format string)';
  // A variable of a shell, PHP or template language, then a separator and more (`$password&planType=FREE`,
  // `$webUrl/reset?t=$token`, PowerShell's `$env:NAME`); a variable alone is a placeholder (isPlaceholder, above).
  if (/^\$(?:[a-z_][A-Za-z0-9_]{2,}|[A-Z][A-Z0-9_]{2,})[/?&:;,.]/.test(v)) return 'no: built at run time (a variable of a shell, PHP or template language)';
  // A naming or format token (`{Season:00}`, `{Movie Title}`, `{user}`): the whole value one field in braces.
  if (/^\{[A-Za-z_][\w .:|-]{0,60}\}$/.test(v)) return 'no: a naming or format field in braces';
  if (isCodeBetweenStrings(v)) return 'no: code between two strings, not a value';
  if (isRegexSource(v)) return "no: a regular expression's source";
  if (SCHEMA_OBJECT_NAME.test(v)) return "no: a database object's generated name (IDX_…, FK_…, UNIQ_…)";
  // Many API keys are UUIDs (HubSpot, Heroku, KuCoin): under a token or key name one counts; elsewhere it is an id.
  if (kind === 'secret' && UUID.test(v)) return 'medium';
  if (NOT_SECRET_SHAPES.some((re) => re.test(v)) || isAbsolutePath(v)) return "no: a shape no secret has (a hash, UUID, number, version, path, URL, address or public key)";
  if (isAlphabet(v)) return 'no: an alphabet (every character distinct)';
  if (isIdentifierReference(v) || isConfigPath(v)) return 'no: the name of something else (a variable, a config path, a scope, a flag)';
  if (isCodeName(v)) return 'no: a name in code (a type, a class, a validation rule, a selector)';
  if (isProse(v)) return 'no: prose (spaces, or letters of a language)';
  // Tokens and keys are generated: one spelled in words is a stand-in (passwords, chosen by people, may be words).
  if (kind === 'secret' && readsAsWords(v)) return 'no: spelled in words, where a token or key is generated';
  if (kind === 'secret' && typedByHand(v)) return 'no: typed by hand (the keyboard\'s home row, or characters repeating their neighbour), where a token or key is generated';
  // A resource named by people and numbered (`cmp2-qat-1208358310`, a key vault's or a bucket's name): short
  // lower-case parts and a number, where a generated token has no parts.
  if (kind === 'secret' && /^[a-z][a-z0-9]{1,11}(?:-[a-z][a-z0-9]{1,11}){1,4}-\d{1,12}$/.test(v)) return "no: a resource's name and number";
  if (kind === 'secret' && wordsAndNumbers(v)) return 'no: a name of words and numbers (a model, an edition, a release), where a token or key is generated';
  if (looksRandom(v, 16)) return 'medium';
  if (kind === 'password') return /[^A-Za-z]/.test(v) || v.length >= 10 ? 'medium' : 'low';
  if (v.length >= 12 && shannonEntropy(v) >= 3.2 && /\d/.test(v) && /[A-Za-z]/.test(v)) return 'low';
  // A person's password used as a secret (letters, digits and a symbol: `Summer1234@X9a` as a JWT secret):
  // reported, and the weak-value check turns a guessable one into a warning.
  if (v.length >= 10 && /\d/.test(v) && /[A-Za-z]/.test(v) && /[^\w\s]/.test(v)) return 'low';
  return 'no: not random enough for a generated token or key';
}
