import { readableValue } from '../detect/decode.js';
import { isCodeFile, isSecretsFile, isToolWritten, isTranslationPath } from '../detect/file-kind.js';
import { weakValueWarning } from '../detect/demote.js';
import { judgeLiteral, literalJudgement, rejectionOf, UUID, type Judgement } from '../detect/literal-value.js';
import { isPlaceholder } from '../detect/placeholders.js';
import { looksRandom } from '../detect/randomness.js';
import { heldAsIdentifier } from '../detect/holder.js';
import { isHashWord, nameWords, namesNonSecret, qualifiedKeyKeywords, secretNameKind } from '../detect/secret-name.js';
import type { MatchContext, Rule } from '../detect/types.js';
import { fake } from './fake.js';

/** A code expression where a value would be: a call or bracket (`request.POST.get(`), or an attribute read (`url.password`). */
const CODE_EXPRESSION = /[()]|^[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,8}\.(?:password|passwd|pwd|pass|secret)$/i;

/**
 * Generic detectors: secrets that carry no provider prefix and are recognised
 * by where they sit (a secret-named assignment, a URL's userinfo, a connection
 * string) and by what they look like. This is where scanners lose precision,
 * so every candidate passes a name check (src/detect/secret-name.ts) and a
 * value check (src/detect/literal-value.ts) before it is reported.
 */

const SECRET_KEYWORDS = ['pass', 'pwd', 'secret', 'token', 'credential', 'creds', 'dsn', 'connstr', 'connectionstring', ...qualifiedKeyKeywords()];

/**
 * name (op) value, in the syntaxes code and config use:
 *   JS/TS/Go/Java/C#/Python/Ruby/PHP/Terraform `name = "v"`, `name := "v"`, `name: "v"`, `'name' => 'v'`, `$name = 'v'`, `$name .= 'v'`
 *   typed declarations `name: string = "v"` (TS, Kotlin, Python), `var name string = "v"` (Go)
 *   Makefile `NAME ?= v`, `NAME ::= v`
 *   JSON/YAML/TOML/INI/properties/.env `"name": "v"`, `name: v`, `name = v`, `name=v`, `export NAME=v`
 * Group 1 is the name; group 3 a quoted value (group 2 its quote); group 4 an unquoted one.
 * An unquoted value may contain "#" (`Tiger12#x`): dotenv and properties start a
 * comment only after whitespace, which already ends the value. A backslash ends
 * it: in `"X_TOKEN=v\nNEXT=1"` (a file embedded in a JSON string) `\n` is a newline.
 * The name cannot overlap the operator or the quotes, so matching is linear per start.
 */
const ASSIGNMENT =
  /(?<![\w$.:=/-])[$@:]?([A-Za-z_][\w.-]{0,80})["'\]]{0,2}(?:\s{0,4}:\s{0,4}(?:string|String|str|bytes|SecretStr|&str)|\s{1,4}string)?\s{0,4}(?:=(?![=~])|:::=|::=|:=|:(?![:/])|=>|<-|\|\|=|\?\?=|\?=|\.=)\s{0,4}(?:[rbuRBUf@]{0,2}(["'`])((?:\\.|(?!\2)[^\\\r\n]){1,1000})\2|([^\s"'`,;(){}[\]<>\\]{1,1000})(?=[\s"'`,;#){}[\]<>\\]|$))/g;

/** GraphQL schema files: `password: UsersPasswordInput!` names the field's type. */
const GRAPHQL_SCHEMA = /\.(?:graphql|graphqls|gql)$/i;

function judgeAssignment(name: string, value: string, quoted: boolean, path: string): Judgement {
  const kind = secretNameKind(name);
  if (!kind) return 'no: the name is not a secret\'s';
  // A bare "pass" is as often pass/fail as a password: `pass: "passed"` is a status.
  if (/^[A-Za-z]+$/.test(value) && /(^|[^a-z])pass$/i.test(name) && !/password|passwd|pwd/i.test(name)) return 'no: a bare "pass" holding a word is a status';
  // In source code an unquoted right-hand side is an expression, not a literal; in a GraphQL schema a field's type.
  if (!quoted && (isCodeFile(path) || GRAPHQL_SCHEMA.test(path))) return 'no: unquoted in code, an expression or a type';
  // A command-line option written out (`'password' => '--password='`): the flag, not its value.
  if (/^--?[A-Za-z][\w-]*=?$/.test(value)) return 'no: a command-line option, not its value';
  // A constant whose value spells its own name (`MODEL_POLICY_PASSWORD_PERSONAL_DATA = 'policyPasswordPersonalData'`).
  if (echoesName(name, value)) return 'no: the value spells its own name';
  // A call (`[password]="pdfPassword()"`, an Angular binding): code, not a literal.
  if (/^[A-Za-z_$][\w$.]*\([^()]*\)$/.test(value)) return 'no: a call, code not a literal';
  // An LDAP distinguished name's first part (`pwdPolicySubentry: cn=default,ou=policies,…` in an LDIF file).
  if (/^(?:cn|uid|ou|dc)=[\w .-]+$/i.test(value)) return "no: an LDAP distinguished name";
  return literalJudgement(readableValue(unescape(value)), kind);
}

/**
 * Every word of the value is a word of the name: an enum, event or config key named after itself, also
 * inside punctuation (`sed -i "s|# SMTP_PASSWORD:|SMTP_PASSWORD: …|"` reads as `SMTP_PASSWORD: |SMTP_PASSWORD:`).
 */
function echoesName(name: string, value: string): boolean {
  const bare = value.replace(/^[^A-Za-z]{1,3}|[^A-Za-z0-9]{1,3}$/g, '');
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(bare)) return false;
  // A name's last part run together, inside the value (NONCE_CONFIRMRESETPASSWORD = 'loginConfirmResetPassword').
  const tail = name.slice(Math.max(name.lastIndexOf('_'), name.lastIndexOf('.')) + 1).toLowerCase();
  if (tail.length >= 12 && bare.toLowerCase().includes(tail)) return true;
  const words = new Set(nameWords(name));
  const own = nameWords(bare);
  return own.length >= 2 && own.every((w) => words.has(w));
}

/**
 * Every word of a name of two words or more is a word of the value, read on to the line's comment when the
 * value is a plain scalar (`rest`), and the value is not random (echoesName, the other way round). Most
 * secret names are one word: for them nothing past the name is read.
 */
function spellsName(name: string, value: string, rest: string): boolean {
  const words = nameWords(name);
  if (words.length < 2) return false;
  const text = rest ? value + rest.split(/\s#/)[0]! : value;
  const own = new Set(nameWords(text));
  return words.every((w) => own.has(w)) && !looksRandom(text, 16);
}

function unescape(v: string): string {
  return v.replace(/\\(["'`\\])/g, '$1');
}

/** A guessable value is a demo default or a weak password: worth a warning, not a blocked commit. */
const weakness = (value: string, kind: 'password' | 'secret' | undefined, path: string, line: string) => weakValueWarning(value, kind, { path, line });

/**
 * The name a quoted value is assigned to, right before it (`salt = '…'`, `placeholder="…"`, `` `memo` = '…' ``,
 * `'default': "…"`), when there is one.
 */
const HOLDER_BEFORE = /(?<![\w$.-])([A-Za-z_$][\w$.-]{0,60})["'`\]]{0,2}\s{0,4}(?:=|:|=>)\s{0,4}["']?$/;
/** Words of a name that may hold a credential, however qualified (consumerKey, x_auth, apiSig, sessionCookie). */
const CREDENTIAL_HOLDER = /pass|pwd|pw|secret|token|cred|key|auth|sig|priv|bearer|session|cookie|api|access|client|consumer|licen|hmac|jwt|cert|dsn|conn|otp|pin|code|seed/i;
/** Names that hold whatever they are given (`value="…"`, `default: "…"`): the rest of the line says what it is. */
const CONTAINER_HOLDER = /^(?:value|val|values|default|defaultvalue|default_value|fallback|content|data|body|payload|initial|initialvalue|env|arg|args|params?|result|ret|v|s|str|x)$/i;

/**
 * The high-entropy rule takes any quoted random run on a line that names a secret somewhere. When the value
 * has a holder of its own and that name says nothing of credentials (`salt = '…'` beside `crypted_password`
 * in a SQL log, `placeholder="…"`, `workingdir = "…"`), the keyword belongs to something else on the line.
 */
function heldByOtherName(before: string): boolean {
  const holder = HOLDER_BEFORE.exec(before)?.[1];
  if (!holder) return false;
  const last = holder.slice(holder.lastIndexOf('.') + 1);
  // A hash's holder (`crypted_password`, `PasswordHash`, `salt` beside them): a one-way value, not the secret.
  if (nameWords(last).some((w) => isHashWord(w) || w === 'salt')) return true;
  return !CONTAINER_HOLDER.test(last) && !CREDENTIAL_HOLDER.test(last);
}

/** What the text before a quoted value says holds it: an identifier, a hash, or a name of something else. */
function heldOtherwise(before: string): boolean {
  return heldAsIdentifier(before) || heldByOtherName(before);
}

/** A CSRF token rendered into a page (`csrfmiddlewaretoken`, `authenticity_token`, `_csrf`): a per-session value, not a credential in the source. */
const CSRF_LINE = /csrf|xsrf|authenticity_token/i;

/** wp-config.php's authentication keys and salts (https://developer.wordpress.org/apis/wp-config-php/#security-keys). */
const WORDPRESS_KEYS = /^(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
// No < > in the punctuation, and no template marker (`${`, `{{`, `%s`) a draw could spell: either makes a
// placeholder (`<aaaa>`), and 2.5% of draws used to; the example must not depend on the draw.
const wpSalt = () => fake.alnum(40).split('').map((c, i) => (i % 5 === 0 ? '!@#$%^&*()-_[]{}~+=,.;:/?|'[c.charCodeAt(0) % 25] : c)).join('').replace(/\$\{|\{\{|\{\$|#\{|%[sd(]/g, 'Qz') + fake.alnum(24);

const TRANSLATE_CALL = /(?:\$t|\bt|\$tc|\bi18n\.t)\(\s*$/;
/** Eight lower-case letters in a row: a word, so in a translation file the value is text (`OAuth2-gebruikerstokens`). */
const TEXT_WORD = /[a-z]{8}/;

/** `\u00f1` → `ñ`: translation catalogues written by tools that escape every non-ASCII letter (`"Contrase\u00f1a:"`). */
function decodeUnicodeEscapes(v: string): string {
  return v.includes('\\u') ? v.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : v;
}

/** A line holding a JSON Web Key ("kty" names the key type). */
const JWK_LINE = /"kty"\s*:/i;

/** With no secret name to go by, a value named public is public (and a UUID is an id). */
const PUBLIC_BEFORE = /\b(?:public|publishable)[\w-]{0,30}["']?\s*[=:]\s*$/i;

const TOOL_WRITTEN = 'a file tools write (a lockfile, a bundled release, a scanner record)';

const HIGH_ENTROPY_KEYWORDS = ['secret', 'token', 'passw', 'credential', 'private', 'apikey', 'api_key', 'api-key', 'access_key', 'accesskey', 'x-api-key', 'auth_key', 'authkey', 'signature'];
/** `private` as a member's access modifier (`private string $name = …`, `private static final String X`), not a word about the value. */
const PRIVATE_MODIFIER = /\bprivate(?=\s{1,8}[\w$[])/gi;

/** The line's only secret word is `private` declaring a member: what the member holds is said by nothing. */
function onlyAccessModifier(line: string): boolean {
  if (!/\bprivate\s/i.test(line)) return false;
  const rest = line.replace(PRIVATE_MODIFIER, ' ').toLowerCase();
  return !HIGH_ENTROPY_KEYWORDS.some((k) => rest.includes(k));
}

/** What stands before a module's name: `import { Secret } from 'kubernetes-types/core/v1'`, `require("…")`, `import("…")`, `@import "…"`. */
const MODULE_SPECIFIER = /(?:\bfrom|\bimport|\b(?:require|import)[ \t]{0,4}\()[ \t]{0,4}$/;

/** Why a quoted random-looking string beside a secret word is no secret, if it is not one (the first check that says so). */
function highEntropyRejection(secret: string, { line, match, path }: MatchContext): string | undefined {
  if (!looksRandom(secret, 20)) return 'not random: it reads as words, a name or a pattern';
  if (onlyAccessModifier(line)) return 'its only secret word is "private", the access modifier of the member holding it';
  if (UUID.test(secret)) return 'a UUID with no secret name beside it: an id';
  const no = rejectionOf(literalJudgement(readableValue(secret), 'secret'));
  if (no) return no;
  // An identifier attribute or key (`<trans-unit id="…">`, `etag: "…"`) is not a secret, whatever else is on the line.
  if (heldOtherwise(line.slice(Math.max(0, match.index - 72), match.index))) return 'held as an identifier, a hash or a name of something else';
  if (CSRF_LINE.test(line)) return 'a CSRF token rendered into a page: per session, not a credential in the source';
  if (TRANSLATE_CALL.test(line.slice(Math.max(0, match.index - 12), match.index))) return 'a translation key';
  if (MODULE_SPECIFIER.test(line.slice(Math.max(0, match.index - 24), match.index))) return "a module's name in an import (import … from, require(…))";
  // A translation file's keys are message ids (uptime-kuma's wayToGet…Token keys), and its values with a word are text.
  if (isTranslationPath(path) && (/^\s*:/.test(line.slice(match.index + match[0].length)) || TEXT_WORD.test(secret))) return 'a message id or text in a translation catalogue';
  if (PUBLIC_BEFORE.test(line.slice(Math.max(0, match.index - 40), match.index))) return 'named public';
  // A JSON Web Key on one line: its public members (n, e, kid) are not secrets, its private one is jwk-private-key's.
  if (JWK_LINE.test(line)) return "a JSON Web Key's public member (its private one is jwk-private-key's)";
  if (isToolWritten(path)) return TOOL_WRITTEN;
  return undefined;
}

const pw = () => `${fake.alnum(10)}!${fake.digits(2)}`;
/** A container registry login on the line: its -p takes the password (docker run -p, ssh -p take ports). */
const REGISTRY_LOGIN = /\b(?:docker|podman|nerdctl|buildah|skopeo)\s{1,4}login\b/;

const DOCUSAURUS_CONFIG = /(?:^|\/)docusaurus\.config\.[cm]?[jt]s$/;

export const genericRules = (): Rule[] => [
  {
    id: 'url-credentials',
    title: 'Password in a URL or connection string',
    provider: 'Generic',
    keywords: ['://'],
    scope: 'line',
    // scheme://user:password@host — postgres, mysql, mongodb(+srv), redis, amqp, https, ftp, JDBC (jdbc:postgresql://…).
    // The password may hold a raw "#" (RFC 3986 wants %23; people write it anyway) or a broken escape ("%zz").
    regex: /(?<![A-Za-z0-9+.-])([a-z][a-z0-9+.-]{1,30}):\/\/([^\s:@/?#'"`<>]{0,128}):([^\s@/?'"`<>]{1,256})@([^\s/?#'"`:@<>]{1,255})/gi,
    secretGroup: 3,
    confidence: 'medium',
    playbook: 'database',
    validate: (secret, { match }) => acceptUrlPassword(match[2] ?? '', secret, match[4] ?? ''),
    warning: (secret, ctx) => sentryDsnKeys(secret, ctx) ?? weakness(safeDecode(secret), 'password', ctx.path, ctx.line),
    tps: () => [
      `DATABASE_URL=postgres://app:${fake.alnum(20)}@db.internal.acme.io:5432/app`,
      `mongodb+srv://admin:${fake.alnum(16)}@cluster0.ab1cd.mongodb.net/test`,
      `const redis = "redis://:${fake.alnum(24)}@cache.acme.io:6379/0";`,
      `amqp://svc:${pw()}@mq.acme.io/vhost`,
      `jdbc:mysql://reporting:${fake.alnum(14)}@10.1.2.3:3306/sales`,
      `https://deploy:${fake.alnum(20)}@git.acme.io/repo.git`,
      `DB_URL=postgres://app:${fake.alnum(8)}#${fake.alnum(4)}@db.acme.io:5432/app`,
      `mysql://app:${fake.alnum(8)}%zz${fake.alnum(3)}@db.acme.io/x`,
    ],
    fps: [
      'DATABASE_URL=postgres://user:password@localhost:5432/db',
      'postgres://postgres:postgres@localhost/test',
      'postgres://${DB_USER}:${DB_PASS}@${DB_HOST}/app',
      'mongodb://<username>:<password>@cluster0.mongodb.net',
      'redis://:****@cache:6379',
      'https://user:%s@%s/path',
      'see https://example.org:8080/path',
      'git@github.com:org/repo.git',
      'amqp://guest:guest@localhost:5672/',
    ],
  },
  {
    id: 'connection-string-password',
    title: 'Password in a connection string',
    provider: 'Generic',
    keywords: ['password', 'pwd'],
    scope: 'line',
    // ADO.NET / ODBC `Server=…;User Id=…;Password=…;`, JDBC `?user=…&password=…`
    regex: /(?:^|[;?&"'\s])(?:Password|Pwd)\s?=\s?([^;&"'\s<>]{4,128})/gi,
    confidence: 'medium',
    playbook: 'database',
    // In code, `password=` outside a string is a keyword argument, and what follows an expression
    // (`password=redis_url.password)`, `password=request.POST.get(`): a connection string's value has no brackets.
    validate: (secret, { line, path }) =>
      /(?:server|data source|host|hostname|user id|uid|user|database|initial catalog|addr|address)\s?=/i.test(line) &&
      !(isCodeFile(path) && CODE_EXPRESSION.test(secret)) &&
      judgeLiteral(secret, 'password') !== undefined,
    warning: (secret, { path, line }) => weakness(secret, 'password', path, line),
    tps: () => [
      `"Server=tcp:acme.database.windows.net,1433;Database=app;User Id=app;Password=${pw()};"`,
      `jdbc:postgresql://db.acme.io:5432/app?user=app&password=${fake.alnum(16)}`,
      `Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd=${pw()};`,
    ],
    fps: ['"Server=db;Database=app;User Id=app;Password=${DB_PASSWORD};"', 'Server=db;Integrated Security=true;', 'password=secret is a bad idea'],
    // (Code expressions are checked in test/detect/precision.test.ts: the rule's examples carry no path.)
  },
  {
    // API keys in query strings: `https://api.acme.io/v1/geo?key=…`, `?access_token=…`, Azure SAS `&sig=…`.
    id: 'url-query-secret',
    title: 'Secret in a URL query parameter',
    provider: 'Generic',
    keywords: ['key=', 'token=', 'secret=', 'sig=', 'password='],
    scope: 'line',
    regex: /[?&](?:api[_-]?key|apikey|key|access[_-]?token|auth[_-]?token|token|client[_-]?secret|secret|sig|signature|password)=([^&\s"'`#<>]{16,512})/gi,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret) => looksRandom(safeDecode(secret), 16) && judgeLiteral(safeDecode(secret), 'secret') !== undefined,
    tps: () => [`base_url: "https://api.geo.acme.io/v1/user?key=${fake.alnum(40)}"`, `GET https://graph.acme.io/v2/me?fields=id&access_token=${fake.alnum(48)}`],
    fps: ['https://example.org/search?key=value', 'https://api.acme.io/v1?token=${TOKEN}', 'https://acme.io/?key=primary-color-background'],
  },
  {
    id: 'http-auth-header',
    title: 'Credential in an HTTP Authorization header',
    provider: 'Generic',
    keywords: ['bearer', 'basic '],
    scope: 'line',
    regex: /\b(Bearer|Basic)\s{1,4}([A-Za-z0-9._~+/-]{16,2000}={0,2})(?![A-Za-z0-9._~+/=-])/gi,
    secretGroup: 2,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, { match }) => {
      if (isPlaceholder(secret)) return false;
      if (match[1]!.toLowerCase() === 'basic') {
        const decoded = Buffer.from(secret, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        return colon > 0 && /^[\x20-\x7e]+$/.test(decoded) && !isPlaceholder(decoded.slice(colon + 1)) && decoded.length - colon > 4;
      }
      return looksRandom(secret, 16);
    },
    tps: () => [
      `curl -H "Authorization: Bearer ${fake.alnum(40)}" https://api.acme.io`,
      `Authorization: Basic ${Buffer.from(`deploy:${fake.alnum(20)}`).toString('base64')}`,
    ],
    fps: ['Authorization: Bearer ${TOKEN}', 'Authorization: Bearer <token>', 'headers: { Authorization: `Bearer ${token}` }', 'the Bearer authentication scheme'],
  },
  {
    id: 'generic-secret-assignment',
    title: 'Secret assigned to a variable or key',
    provider: 'Generic',
    keywords: SECRET_KEYWORDS,
    scope: 'line',
    regex: ASSIGNMENT,
    secretGroup: [3, 4],
    retryInside: true,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, ctx) => assignmentRejection(secret, ctx) === undefined,
    explainRejection: assignmentRejection,
    // Docusaurus' `algolia: { apiKey }` is the DocSearch search-only key, published on every page of the site.
    warning: (secret, { match, path, line }) =>
      weakness(readableValue(unescape(secret)), secretNameKind(match[1]!), path, line) ?? (DOCUSAURUS_CONFIG.test(path) && /^apiKey$/i.test(match[1]!) ? 'public by design' : undefined),
    tps: () => [
      `DB_PASSWORD=${pw()}`,
      `const apiKey = "${fake.alnum(32)}";`,
      `  password: "${pw()}"`,
      `"client_secret": "${fake.base64url(40)}",`,
      `export SESSION_SECRET='${fake.base64(44)}'`,
      `db.password=${pw()}`,
      `secret_key = "${fake.hex(64)}"`,
      `    'password' => '${pw()}',`,
      `$password = "${pw()}";`,
      `  Password: "${pw()}",`,
      `api_token := "${fake.alnum(40)}"`,
      `password = r"${pw()}"`,
      `config.jwt_secret = '${fake.base64(48)}'`,
      `smtp_pass: ${pw()}`,
      `const apiKey: string = "${fake.alnum(32)}";`,
      `var deployToken string = "${fake.alnum(32)}"`,
      `API_TOKEN: str = "${fake.alnum(32)}"`,
      `$apiToken .= "${fake.alnum(32)}";`,
      `DEPLOY_TOKEN ?= ${fake.alnum(32)}`,
      `{"config.ini": "SERVICE_TOKEN=${fake.alnum(32)}\\nBACKUP_ENABLED=true"}`,
      `hubspotToken = "${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}"`,
    ],
    fps: [
      'password = os.environ["DB_PASSWORD"]',
      'const token = process.env.GITHUB_TOKEN;',
      'password: ${DB_PASSWORD}',
      'api_key: "{{ secrets.API_KEY }}"',
      'API_KEY=<YOUR_KEY>',
      'API_KEY=your-api-key-here',
      'password = "changeme"',
      'SECRET_KEY=REPLACE_ME',
      'token = "xxxxxxxxxxxxxxxxxxxx"',
      'const password = getPassword();',
      'password: string;',
      'passwordHint: "Use at least 12 characters",',
      'label: "Password", placeholder: "Enter your password"',
      'token_url = "https://oauth2.example.org/token"',
      'public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7"',
      'if (password == "") return',
      'max_tokens = 4096',
      'secretName: "db-password"',
      'api_key_env: "OPENAI_API_KEY"',
      'password_hash = "$2b$12$KIXQJ1p7b0lSx7vV4aPq3uYgCk2x1hO3kBq6jvZp0l5e5Qy9mKf2K"',
      'token: ENC[AES256_GCM,data:Tr7o=,iv:1,tag:2,type:str]',
      'password: !vault |',
      'key = "user-42"',
      'cacheKey = "a8f5f167f44f4964e6c998dee827110c"',
      'secret = f"{prefix}-{suffix}"',
      'const tokenizer = "cl100k_base";',
      'password = ""',
      '"stripe-secret-key:e0e8f0c03c279f9fae2b": {',
    ],
  },
  {
    // PHP constants: `define('DB_PASSWORD', '…')` (and Java's `System.setProperty("X_TOKEN", "…")`,
    // Go's `os.Setenv`), and WordPress's keys and salts, whose names say
    // nothing secret (AUTH_SALT, NONCE_KEY) but whose 64 random characters sign every login cookie.
    id: 'secret-define-call',
    title: 'Secret in a define() or setProperty() call',
    provider: 'Generic',
    // No "(" in the keywords: a character that common in code would slow the prefilter for every file.
    keywords: ['define', 'setproperty', 'setenv'],
    scope: 'line',
    regex: /\b(?:define|setProperty|setenv|Setenv|SetEnvironmentVariable)\(\s{0,8}(['"])([A-Za-z_][A-Za-z0-9_]{1,80})\1\s{0,8},\s{0,40}(['"])((?:\\.|(?!\3)[^\\\r\n]){1,1000})\3\s{0,8}\)/g,
    secretGroup: 4,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, { match }) => {
      const name = match[2]!;
      const value = unescape(secret);
      if (WORDPRESS_KEYS.test(name)) return !isPlaceholder(value) && !/unique phrase/i.test(value) && value.length >= 32 && new Set(value).size >= 16;
      const kind = secretNameKind(name);
      return !!kind && judgeLiteral(value, kind) !== undefined;
    },
    warning: (secret, { match, path, line }) => (WORDPRESS_KEYS.test(match[2]!) ? undefined : weakness(unescape(secret), secretNameKind(match[2]!), path, line)),
    tps: () => [
      `define('AUTH_KEY',         '${wpSalt()}');`,
      `define( 'SECURE_AUTH_SALT', '${wpSalt()}' );`,
      `define('DB_PASSWORD', '${pw()}');`,
      `define("API_SECRET", "${fake.alnum(32)}");`,
      `System.setProperty("PAYMENTS_TOKEN", "${fake.alnum(32)}");`,
    ],
    fps: [
      "define('AUTH_KEY',         'put your unique phrase here');",
      "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
      "define('DB_PASSWORD', '');",
      "define('NONCE_SALT', env('NONCE_SALT'));",
      "define('PASSWORD_MIN_LENGTH', '12');",
    ],
  },
  {
    // Terraform: a variable whose name says secret, with a literal default a few lines below.
    id: 'terraform-variable-default',
    title: 'Secret as a Terraform variable default',
    provider: 'Generic',
    keywords: ['variable'],
    appliesTo: (p) => /\.(?:tf|hcl)$/.test(p),
    regex: /\bvariable\s{1,8}"([\w-]{1,80})"\s{0,8}\{(?:[^{}"]|"[^"\r\n]{0,300}"){0,600}?\bdefault\s{0,8}=\s{0,8}"((?:\\.|[^"\\\r\n]){1,500})"/g,
    secretGroup: 2,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, { match }) => {
      const kind = secretNameKind(match[1]!);
      return !!kind && judgeLiteral(unescape(secret), kind) !== undefined;
    },
    warning: (secret, { match, path, line }) => weakness(unescape(secret), secretNameKind(match[1]!), path, line),
    tps: () => [`variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "${pw()}~*"\n}`, `variable "api_token" {\n  description = "Token for the API"\n  default = "${fake.alnum(40)}"\n}`],
    fps: ['variable "db_password" {\n  type = string\n  sensitive = true\n}', 'variable "db_password_length" {\n  default = "24"\n}', 'variable "region" {\n  default = "eu-west-1"\n}'],
  },
  {
    id: 'generic-secret-flag',
    title: 'Secret passed as a command-line flag or Dockerfile ENV',
    provider: 'Generic',
    keywords: SECRET_KEYWORDS,
    scope: 'line',
    // --password=v, --password v, --api-key "v"; Dockerfile `ENV NAME value`. A dash after a colon is a shell default's
    // (`${FLAGS:-enable-login-with-password enable-smtp}`), not an option's.
    regex: /(?:(?:(?<![\w-])--([a-z][a-z0-9-]{1,60})|(?<![\w:-])-([a-z][a-z0-9_-]{3,60}))(?:=|\s{1,4})|^\s*ENV\s{1,4}([A-Za-z_]\w{0,80})\s{1,4})(["']?)([^\s"'`;|&)]{6,500})\4/g,
    secretGroup: 5,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, { match, path }) => {
      const name = match[1] ?? match[2] ?? match[3] ?? '';
      const kind = secretNameKind(name);
      // `--disabled-password --no-create-home`: the next word is another flag.
      if (!kind || secret.startsWith('-')) return false;
      // `'--password='.$connection['password']`: the string ended at the quote, and PHP joins a variable to it.
      if (/^\.\s*\$\w/.test(secret)) return false;
      void path;
      return judgeLiteral(secret, kind) !== undefined;
    },
    warning: (secret, { match, path, line }) => weakness(secret, secretNameKind(match[1] ?? match[2] ?? match[3] ?? ''), path, line),
    tps: () => [`mysql --user=root --password=${pw()} db`, `ENV API_TOKEN ${fake.alnum(32)}`, `cli login --api-key "${fake.alnum(32)}"`, `/server add -auto -network acme irc.acme.io 6697 -ssl -password ${pw()}`],
    fps: ['mysql --password="$MYSQL_PASSWORD"', 'ENV API_TOKEN=${API_TOKEN}', 'tool --token-file ./token.txt', '--password-stdin', "'password' => '--password='.$connection['password'],", '      - PENPOT_FLAGS=${PENPOT_BACKEND_FLAGS:-enable-login-with-password enable-smtp}'],
  },
  {
    id: 'generic-secret-xml',
    title: 'Secret in an XML element or setting',
    provider: 'Generic',
    keywords: SECRET_KEYWORDS,
    scope: 'line',
    // <password>v</password>; <add key="ApiKey" value="v"/>
    regex: /<([\w:.-]{1,60})(?:\s[^<>]{0,200})?>([^<>\s]{6,500})<\/\1>|(?:key|name)\s{0,2}=\s{0,2}"([\w.:-]{1,60})"\s{1,4}value\s{0,2}=\s{0,2}"([^"]{6,500})"/g,
    secretGroup: [2, 4],
    confidence: 'medium',
    playbook: 'generic',
    validate: (_s, { match }) => {
      const name = match[1] ?? match[3] ?? '';
      const value = match[2] ?? match[4] ?? '';
      const kind = secretNameKind(name);
      return !!kind && judgeLiteral(value, kind) !== undefined;
    },
    warning: (secret, { match, path, line }) => weakness(secret, secretNameKind(match[1] ?? match[3] ?? ''), path, line),
    tps: () => [`<password>${pw()}</password>`, `<add key="StripeApiKey" value="${fake.alnum(32)}" />`],
    fps: ['<password>${db.password}</password>', '<add key="ApiKeyHeader" value="X-Api-Key" />', '<token>REPLACE_ME</token>'],
  },
  {
    id: 'generic-high-entropy',
    title: 'High-entropy string next to a secret keyword',
    provider: 'Generic',
    keywords: HIGH_ENTROPY_KEYWORDS,
    scope: 'line',
    // A quoted run of token characters, wherever it sits on the line: arguments,
    // array items, headers (`setToken("…")`, `headers["X-Api-Key"] = "…"`).
    regex: /(["'`])([A-Za-z0-9+/_.~-]{20,500}={0,2})\1/g,
    secretGroup: 2,
    confidence: 'low',
    playbook: 'generic',
    validate: (secret, ctx) => highEntropyRejection(secret, ctx) === undefined,
    explainRejection: highEntropyRejection,
    // (With no name to go by, a quoted string in a code comment is an example: see the engine's demotion.)
    tps: () => [`client.setToken("${fake.alnum(40)}")`, `  ["x-api-key", "${fake.base64url(32)}"],`, `  "secret_id": "${fake.alnum(36)}",`, `    private static final String[] API_TOKENS = { "${fake.alnum(32)}" };`],
    // Built on first read (tests), not at every hook start; the id is drawn so no key-shaped literal sits in source.
    get fps() {
      return [
      '  "credentialId": "B9mTcFSck2LzJO2S3ols63q",',
      `  "api_key_id": "${fake.hex(40)}",`,
      'tokenID: "Zq3XvB8nR2mK5tY7wP1sL4dF"',
      'integrity: "sha512-Q4eG5VWD8zB9cRk2l3xY7Hn1PkJ0aS6tUvW9xZ2bC4dE5fG7hI8jK0lM1nO2pQ3rS4tU5vW6xY7zA8bC9dE0fg=="',
      'token = tokenize("some text that is long enough")',
      'const secretsManagerArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod"',
      'privateRoute("/account/settings/security")',
      `    private string $checkout_gateway = '${fake.hex(32)}';`,
      ];
    },
  },
  {
    id: 'secrets-file-value',
    title: 'Secret value in a dotenv or secrets file',
    provider: 'Generic',
    keywords: [],
    appliesTo: isSecretsFile,
    // KEY=value lines of .env files (any key name: the file itself says it holds secrets).
    regex: /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]{0,80})[ \t]*[=:][ \t]*(["']?)([^\s"'#]{8,1000})\2/gm,
    secretGroup: 3,
    confidence: 'medium',
    playbook: 'generic',
    validate: (secret, ctx) => secretsFileRejection(secret, ctx) === undefined,
    explainRejection: secretsFileRejection,
    tps: () => [`STRIPE=${fake.alnum(32)}`, `export SIGNING=${fake.base64(44)}`, `SESSION_SIGNER=${fake.base64url(43)}`, `DB_PASSWORD_HOST_KEY=${fake.alnum(32)}`],
    // Built on first read, like the other rules' drawn values.
    get fps() {
      return ['NODE_ENV=production', 'PORT=3000', 'API_URL=https://api.acme.io/v1', 'FEATURE_FLAGS=search,billing,export', `COMMIT_SHA=${fake.hex(40).toLowerCase()}`, `COGNITO_CLIENT_ID=${fake.alnum(26).toLowerCase()}`, `DB_HOST=db-prod-1.${fake.alnum(10).toLowerCase()}.us-east-1.rds.amazonaws.com`, `UPLOADS_BUCKET=acme-prod-uploads-${fake.alnum(5).toLowerCase()}`];
    },
  },
  // Passwords whose role is said by the syntax around them, not by a name: people choose these
  // (Summer2024!), so no entropy is asked; a guessable one warns, a test or document demotes it.
  idiom({
    id: 'sql-password',
    title: 'Password in a SQL statement',
    keywords: ['password', 'identified'],
    // CREATE USER/ROLE … PASSWORD '…', ALTER USER … IDENTIFIED [WITH plugin] BY '…', SET PASSWORD FOR … = '…'.
    regex: /\bPASSWORD\s{1,4}(?:FOR\s[^=;\n]{1,120}=\s{0,4})?'([^'\s]{6,128})'|\bIDENTIFIED\s{1,4}(?:WITH\s{1,4}\w{1,40}\s{1,4})?BY\s{1,4}'([^'\s]{6,128})'/gi,
    secretGroup: [1, 2],
    playbook: 'database',
    tps: () => [`CREATE USER app WITH PASSWORD '${pw()}';`, `ALTER USER 'app'@'%' IDENTIFIED BY '${pw()}';`, `CREATE USER 'svc'@'%' IDENTIFIED WITH mysql_native_password BY '${pw()}';`, `SET PASSWORD FOR 'app'@'localhost' = '${pw()}';`, `CREATE ROLE reporter LOGIN PASSWORD 'Falcon${fake.digits(4)}!x';`],
    fps: ["CREATE USER app WITH PASSWORD '${APP_PASSWORD}';", "ALTER USER app IDENTIFIED BY '<password>';", 'password varchar(255) NOT NULL,', "CREATE USER app WITH PASSWORD 'md5' || md5(pw);"],
  }),
  idiom({
    id: 'command-line-password',
    title: 'Password on a command line (openssl, mysql, sshpass, curl, PowerShell, net use, docker login)',
    keywords: ['mysql', 'sshpass', 'curl', 'securestring', '-password', 'net use', 'docker login', 'podman login', 'nerdctl login', 'buildah login', 'skopeo login'],
    // mysql -p…; sshpass -p …; curl -u user:…; -Password …; ConvertTo-SecureString "…" -AsPlainText;
    // net use … /user:name … (openssl's -passin pass:… is a secret assignment already).
    regex:
      /(?<=\s)-p(?!assword)([^\s'"-][^\s'"]{5,127})|\bsshpass\s{1,4}-p\s{0,4}["']?([^\s'"]{6,128})|(?<=\s)(?:-u|--user)\s{1,4}["']?[^\s:'"]{1,64}:([^\s'"@]{6,128})|(?<![\w-])-Password\s{1,4}["']?([^\s'"$(-][^\s'")]{5,127})|ConvertTo-SecureString\s{1,4}(?:-String\s{1,4})?["']([^"'\n]{6,128})["']\s{1,4}-AsPlainText|\/user:[^\s\/]{1,100}\s{1,4}([^\s\/'"]{6,128})|(?<=\s)-p\s{1,4}["']?([^\s'"$-][^\s'"]{5,127})/gi,
    secretGroup: [1, 2, 3, 4, 5, 6, 7],
    // The command each short option belongs to is on the line (checked here, not with a
    // `mysql.{0,200}-p` in the pattern, which backtracks polynomially on repeated near-misses).
    check: ({ match, line }) =>
      match[1] !== undefined ? /\bmysql(?:dump|admin)?\s/.test(line) : match[3] !== undefined ? /\bcurl\b/.test(line) : match[6] !== undefined ? /\bnet\s{1,4}use\b/i.test(line) : match[7] !== undefined ? REGISTRY_LOGIN.test(line) : true,
    tps: () => [
      `mysql -u root -p${pw()} app < dump.sql`,
      `sshpass -p '${pw()}' ssh deploy@build.acme.io`,
      `curl -u deploy:${pw()} https://api.acme.io/v1/me`,
      `Connect-Thing -Server db01 -Password ${pw()}`,
      `$sec = ConvertTo-SecureString "${pw()}" -AsPlainText -Force`,
      `net use Z: \\\\files\\share /user:acme\\deploy ${pw()}`,
      `docker login registry.acme.io -u deploy -p ${pw()}`,
      `    - podman login -u ci -p '${pw()}' quay.io`,
    ],
    fps: ['openssl rsa -in key.pem -passin env:KEY_PASS', 'mysql -u root -p app < dump.sql', 'sshpass -p "$SSHPASS" ssh host', 'curl -u "$USER:$TOKEN" https://api.acme.io', 'Connect-Thing -Password $password', '$sec = ConvertTo-SecureString $plain -AsPlainText -Force', 'mysql -u root -p${MYSQL_ROOT_PASSWORD} app', 'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY', 'docker run -p 8080:80 nginx', 'ssh -p 2222 deploy@host'],
  }),
  idiom({
    id: 'login-call-password',
    title: 'Password passed to a login or bind call',
    keywords: ['login(', 'bind(', 'bind_s(', 'authenticate(', 'passwordauthentication('],
    // conn.login("user", "…"), smtp.login(user, "…"), ldap.bind(dn, "…"), new PasswordAuthentication("user", "…".toCharArray()):
    // the callee names the second argument's role.
    regex: /\.(?:login|bind|simple_bind_s|bind_s|authenticate)\(\s{0,4}[^,()\n]{1,100},\s{0,4}["']([^"'\n]{6,128})["']\s{0,4}\)|\bPasswordAuthentication\(\s{0,4}[^,()\n]{1,100},\s{0,4}"([^"\n]{6,128})"/g,
    secretGroup: [1, 2],
    // A single lower-case word is a handler or a route's name (`router.login('/login', 'handler')`). A `bind` whose
    // first argument is a this-value is JavaScript's Function.prototype.bind fixing an argument
    // (`transformArguments.bind(undefined, 'TS.RANGE')`), not a directory's bind with a DN.
    check: ({ match }) => !/^[a-z_]+$/.test(match[1] ?? match[2] ?? '') && !FUNCTION_BIND.test(match[0]),
    tps: () => [`conn.login("svc@acme.io", "${pw()}")`, `smtp.login(user, '${pw()}')`, `ldap.bind(dn, "${pw()}")`, `return new PasswordAuthentication("mailer", "${pw()}".toCharArray());`],
    fps: ['conn.login(user, password)', 'smtp.login(user, os.environ["SMTP_PASSWORD"])', 'ldap.bind(dn, "${LDAP_PASSWORD}")', "router.login('/login', 'handler')", 'auth.login(email, "<password>")', "transformRangeArguments.bind(undefined, 'TS.REVRANGE')", "emit.bind(null, 'ConnectionLost')", "log.bind(console, 'Worker42:')", "handler.bind(this, 'OpenDialog')"],
  }),
  idiom({
    id: 'compared-password',
    title: 'Password compared with a literal, or defined as a macro',
    keywords: ['pass', 'pwd', 'strcmp', '#define', '%define', '%global'],
    // password == "…", password.equals("…"), strcmp(pass, "…"), $pass === '…'; #define PASSWORD "…", %define/%global password ….
    regex:
      /\b(?:password|passwd|pwd|pass)\w{0,40}\s{0,4}(?:===?|!==?)\s{0,4}["']([^"'\n]{6,128})["']|\b(?:password|passwd|pwd)\w{0,40}\.equals\(\s{0,4}"([^"\n]{6,128})"|\bstrn?cmp\(\s{0,4}\w{0,40}(?:pass|pwd)\w{0,40}\s{0,4},\s{0,4}"([^"\n]{6,128})"|#define\s{1,4}\w{0,40}(?:PASSWORD|PASSWD)\w{0,40}\s{1,4}"([^"\n]{6,128})"|%(?:define|global)\s{1,4}\w{0,40}(?:password|passwd)\w{0,40}\s{1,4}([^\s%{}]{6,128})/gi,
    secretGroup: [1, 2, 3, 4, 5],
    check: comparesPassword,
    tps: () => [`if password == "${pw()}":`, `if (password.equals("${pw()}")) {`, `if (strcmp(pass, "${pw()}") == 0) {`, `if ($pass === '${pw()}') {`, `#define WIFI_PASSWORD "${pw()}"`, `%global db_password ${pw()}`],
    fps: ['if password == "":', 'if (password.equals(confirm)) {', "if ($pass === '') {", '#define PASSWORD_MAX_LENGTH 64', 'if password == "${PASSWORD}":', '%global _password_file %{_sysconfdir}/app/pass', 'if passport_number == "X1234567Z":', 'if password_hash == "$argon2id$v=19$m=65536":'],
  }),
];

/** Function.prototype.bind: its first argument is the this-value (`undefined`, `null`, `this`, a global object). */
const FUNCTION_BIND = /^\.bind\(\s{0,4}(?:undefined|null|void 0|this|globalThis|window|self|console)\s{0,4},/;

/** A password rule recognised by the syntax around the value: judged as a person's password, warned when guessable. */
function idiom(o: Pick<Rule, 'id' | 'title' | 'keywords' | 'regex' | 'secretGroup' | 'tps' | 'fps'> & { playbook?: string; check?: (ctx: MatchContext) => boolean }): Rule {
  const { check, ...rule } = o;
  return {
    ...rule,
    provider: 'Generic',
    scope: 'line',
    confidence: 'medium',
    playbook: o.playbook ?? 'generic',
    validate: (secret, ctx) => judgeLiteral(secret, 'password') !== undefined && (check?.(ctx) ?? true),
    warning: (secret, { path, line }) => weakness(secret, 'password', path, line),
  };
}

/** The name compared with the literal is a password's (`passwordHash == "…"` is not; `passport == "…"` is not). */
function comparesPassword({ match }: MatchContext): boolean {
  if (match[4] !== undefined || match[5] !== undefined) return true; // #define / %global: the macro's name says it
  const name = /^[\w$]+/.exec(match[0].replace(/^\W+/, ''))?.[0] ?? '';
  const call = /^strn?cmp\(\s*([\w$]+)/i.exec(match[0])?.[1];
  return secretNameKind(call ?? name) === 'password';
}

/** A concatenation operator and an operand that is code (a variable, a call, a class), not another string. */
const JOINED_TO_CODE = /^\s{0,2}(?:\.(?!\.)|\+(?![+=]))\s{0,2}(?:\$|::|[A-Za-z_(])/;

function assignmentRejection(_secret: string, { match, path, line }: MatchContext): string | undefined {
  const name = match[1]!;
  // Most pairs on a keyword line are not secret-named at all: the memoised name check goes first.
  if (!secretNameKind(name)) return "the name is not a secret's";
  const at = match.input === line ? match.index : line.indexOf(match[0]);
  // Shell and Spring references with a default, `${DB_PASSWORD:-dev}`, `${DB_PASSWORD:dev}`: the name is a
  // variable being read, and its default is a development fallback.
  if (at >= 2 && /\$\{\s*$/.test(line.slice(Math.max(0, at - 3), at + (match[0].length - match[0].trimStart().length)))) return 'a variable read with a default (${NAME:-default})';
  // One quoted token, `"stripe-secret-key:e0e8f0…"` (a fingerprint, a namespaced id, a cache key): not a `key: value` pair.
  if (at > 0 && match[4] !== undefined && /["'`]/.test(line[at - 1]!) && line[at + match[0].length] === line[at - 1] && /^[^=]*[^=:]:[^:=]/.test(match[0])) return 'one quoted token (an id or a cache key), not a pair';
  const quoted = match[3] !== undefined;
  // A string joined to code (`'confirmed|'.Setting::rules('store')`, `"Bearer " + token`): the value is built, not written.
  if (quoted && JOINED_TO_CODE.test(line.slice(at + match[0].length, at + match[0].length + 12))) return 'a string joined to code: built at run time';
  const value = match[3] ?? match[4] ?? '';
  // `'passphrase='.urlencode(…)`: the name and its `=` end a string literal, and its closing quote was taken
  // for a value's opening one: what sits between the quotes is code.
  // The name may sit anywhere inside that string (`$address.'/Users?api_key='.$token`): an odd count of its quote
  // before the name says the string is open there. (Not JSON's `"key":"value"`: there a quote closes the name
  // before its colon.)
  if (quoted && at > 0 && /^[=:]["'`]/.test(match[0].slice(match[0].indexOf(name) + name.length)) && insideString(line.slice(0, at), match[2]!)) return 'the name ends a string, and code follows it: no value is written';
  // A name or label that spells the key's words among its own, also past a space in a plain YAML scalar
  // (`mountain_pass: Cs:Key:mountain pass`, a wiki page's name): the key names the thing, not a secret of it.
  if (spellsName(name, value, quoted ? '' : line.slice(at + match[0].length))) return "the value spells the name's words: a label";
  // In a lockfile the name is a package's (`pgpass: "npm:1.0.5"`) and the value its version; Yarn's
  // committed release is minified third-party code (`t="Input new password: "`).
  if (isToolWritten(path)) return TOOL_WRITTEN;
  // In a translation file a secret-named key holds the word for "password" in some language ('Passwort',
  // 'Wachtwoord'): only a machine-made value counts there.
  if (isTranslationPath(path) && (!looksRandom(readableValue(decodeUnicodeEscapes(unescape(value))), 16) || TEXT_WORD.test(value))) return 'a word in a translation catalogue';
  return rejectionOf(judgeAssignment(name, value, quoted, path));
}

/** The text before a name leaves a string in `quote` open: an odd count of unescaped quotes. */
function insideString(before: string, quote: string): boolean {
  let open = false;
  for (let k = 0; k < before.length; k++) if (before[k] === quote && before[k - 1] !== '\\') open = !open;
  return open;
}

/** Development defaults on local hosts are not leaks: `postgres:postgres@localhost`. */
const DEV_DEFAULT_PASSWORDS = new Set(['postgres', 'root', 'admin', 'secret', 'pass', 'password', 'test', 'guest', 'mysql', 'redis', 'example', 'changeme', 'dev', 'local', 'docker']);
const LOCAL_HOSTS = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|db|database|postgres|postgresql|mysql|mariadb|redis|mongo|mongodb|rabbitmq|cache|example\.(?:com|org|net))(?::\d+)?$/i;

/** Documentation and test domains (RFC 2606, RFC 6761): credentials there are examples. */
const RESERVED_HOSTS = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)(?::\d+)?$/i;

/** Percent-decoded, or as it is when the escapes are broken (`%zz`). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A Sentry DSN with its legacy secret key (`https://<32 hex>:<32 hex>@sentry.acme.io/8`, self-hosted or sentry.io): both keys only
 * submit error events, and Sentry calls DSNs safe to publish (https://docs.sentry.io/concepts/key-terms/dsn-explainer/); apps ship
 * them to every install. The format says it (two 32-hex keys, a numeric project) and the line names Sentry or a DSN.
 */
function sentryDsnKeys(secret: string, { match, line }: MatchContext): 'public by design' | undefined {
  if (!HEX32.test(secret) || !HEX32.test(match[2] ?? '') || !/sentry|dsn/i.test(line)) return undefined;
  return SENTRY_PROJECT_PATH.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 80)) ? 'public by design' : undefined;
}
const HEX32 = /^[0-9a-f]{32}$/;
/** What follows a DSN's host: an optional port, then the project's number, maybe under a path prefix. */
const SENTRY_PROJECT_PATH = /^(?::\d{1,5})?\/(?:[\w.-]{1,40}\/){0,3}\d{1,12}(?![\w.-])/;

function acceptUrlPassword(user: string, password: string, host: string): boolean {
  if (RESERVED_HOSTS.test(host)) return false;
  const pass = safeDecode(password);
  if (isPlaceholder(pass) || /^%[sd]$|\$\{|\{\{/.test(pass)) return false;
  if (pass === user && LOCAL_HOSTS.test(host)) return false;
  if (DEV_DEFAULT_PASSWORDS.has(pass.toLowerCase()) && (LOCAL_HOSTS.test(host) || pass === user)) return false;
  if (/^\*+$/.test(pass)) return false;
  return judgeLiteral(pass, 'password') !== undefined || pass.length >= 4 && !LOCAL_HOSTS.test(host) && !DEV_DEFAULT_PASSWORDS.has(pass.toLowerCase());
}

/**
 * A dotenv entry is reported for its value's shape whatever its name: the file says it holds secrets.
 * The name still speaks when it says the value is something else (a host, an id, a bucket, a commit).
 */
function secretsFileRejection(secret: string, { match }: MatchContext): string | undefined {
  const v = readableValue(secret);
  if (!looksRandom(v, 16)) return 'no: not random enough for a generated token or key';
  // Most of a dotenv file's values fail above; only a random-looking one pays for the name's word split.
  if (namesNonSecret(match[1] ?? '')) return 'no: the name says what the value is (a host, an id, a bucket, a commit, a version), and no word of it says secret';
  return rejectionOf(literalJudgement(v, 'secret'));
}

