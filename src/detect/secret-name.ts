/**
 * Does a variable, key or flag name say it holds a secret? Names are split into
 * words (camelCase, snake_case, kebab-case, dotted) so `dbPassword`,
 * `DB_PASSWORD`, `db.password` and `--db-password` are judged alike, and
 * `tokenizer`, `passwordHint` or `public_key` are not mistaken for secrets.
 */

const SECRET_WORDS = new Set([
  'password', 'passwd', 'passphrase', 'pwd', 'pass', 'pw', 'secret', 'secrets', 'token', 'credential', 'credentials', 'creds',
  'apikey', 'secretkey', 'accesskey', 'privatekey', 'authkey', 'authtoken', 'bearer', 'dsn', 'connectionstring', 'connstr',
]);

/** Words that, followed by `key`, name a secret key. */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'private', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'master', 'auth', 'client',
  'app', 'account', 'service', 'license', 'licence', 'webhook', 'session', 'hmac', 'shared', 'jwt', 'cookie', 'aes', 'subscription',
]);

/** Words that turn a secret-ish name into something about a secret rather than the secret. */
const NOT_A_VALUE = new Set([
  'public', 'publishable', 'pub', 'url', 'uri', 'endpoint', 'host', 'path', 'file', 'filename', 'dir', 'name', 'type',
  'length', 'len', 'size', 'count', 'max', 'min', 'expiry', 'expires', 'expiration', 'exp', 'expire', 'ttl', 'timeout',
  'lifetime', 'hint', 'label', 'placeholder', 'field', 'header', 'prefix', 'suffix', 'format', 'pattern', 'regex',
  'regexp', 'policy', 'policies', 'mode', 'version', 'enabled', 'enable', 'required', 'id', 'ids', 'input', 'form',
  'rotation', 'strength', 'hash', 'hashed', 'digest', 'validator', 'validation', 'error', 'errors', 'message', 'msg',
  'text', 'title', 'description', 'desc', 'kind', 'scope', 'scopes', 'audience', 'issuer', 'algorithm', 'alg', 'env',
  'var', 'variable', 'param', 'arg', 'location', 'ref', 'reference', 'method', 'strategy', 'callback', 'handler', 'fn',
  'func', 'tokenizer', 'tokens', 'limit', 'usage', 'used', 'index', 'position', 'column', 'col', 'row', 'selector',
  'class', 'style', 'icon', 'route', 'key', 'keys', 'manager', 'store', 'provider', 'source', 'reset', 'forgot',
  'confirm', 'confirmation', 'show', 'hide', 'toggle', 'visible', 'visibility', 'check', 'checker', 'match', 'matches',
  'schema', 'storage', 'cache', 'cached', 'generator', 'generate', 'len', 'bytes', 'bits', 'encoding', 'charset', 'mask',
  'masked', 'redacted', 'placeholder', 'example', 'sample', 'test', 'mock', 'dummy', 'fake', 'old', 'previous', 'prev',
  'last', 'next', 'new', 'current', 'changed', 'updated', 'at', 'on', 'date', 'time', 'status', 'state', 'is', 'has',
  'should', 'can', 'allow', 'allowed', 'policy', 'rule', 'rules', 'level', 'grant', 'response', 'request', 'endpoint',
  'email', 'address',
  // How a value is stored or looked up: `PASSWORD_SCHEME: 'BLF-CRYPT'`, Postfix's `smtp_sasl_password_maps = hash:/etc/…`.
  'scheme', 'schemes', 'map', 'maps', 'lookup',
  // A user interface's parts: `passwordElement: '#modal-password'`, `tokenInput`, `secretButton` name a widget.
  'element', 'el', 'elem', 'button', 'btn', 'modal', 'dialog', 'container', 'wrapper', 'widget', 'toggler',
]);

/**
 * First words that make a password name an action or an event, not a stored value (`forgotPassword`,
 * `Controller.Login.confirmResetPassword`, `afterPassword`): a route, a handler, a hook. Not "confirm" or
 * "repeat" alone: `confirmPassword: '…'` holds the password again in form data and seeds.
 */
const ACTION_FIRST = new Set(['forgot', 'reset', 'change', 'show', 'hide', 'toggle', 'validate', 'check', 'verify', 'update', 'send', 'render', 'before', 'after', 'on', 'handle', 'recover', 'request']);

const MAYBE_SECRET = /pass|pwd|pw|secret|token|cred|key|dsn|conn|bearer/i;

/**
 * Keywords for the prefilter that cover every qualified `…key` name
 * (`apiKey`, `API_KEY`, `api-key`, `api.key`) without the bare word "key",
 * which is everywhere in code (`cacheKey`, `keyof`, `Object.keys`).
 */
export function qualifiedKeyKeywords(): string[] {
  return [...KEY_QUALIFIERS].flatMap((q) => ['', '_', '-', '.'].map((sep) => `${q}${sep}key`));
}

/** Split an identifier into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export type SecretNameKind = 'password' | 'secret' | undefined;

/**
 * `password` for password-like names (where human-chosen values are expected),
 * `secret` for tokens and keys (where values should look machine-generated),
 * undefined for anything else.
 */
const memo = new Map<string, SecretNameKind>();

export function secretNameKind(name: string): SecretNameKind {
  // Most names on a keyword line are not secret names at all; skip the word split for them.
  if (!MAYBE_SECRET.test(name)) return undefined;
  // The same names recur on line after line of a file: judge each once.
  if (memo.has(name)) return memo.get(name);
  if (memo.size > 10_000) memo.clear();
  const kind = judgeName(name);
  memo.set(name, kind);
  return kind;
}

/** Qualifiers people run together with "pass" (`dbpass`, `smtppass`): "bypass" and "compass" are not passwords. */
const PASS_QUALIFIERS = /^(?:db|mysql|pg|psql|postgres|sql|mssql|oracle|root|admin|user|usr|smtp|mail|email|ftp|sftp|ldap|redis|app|sa|sys|api|proxy|vnc|rdp|wifi|wpa|key|store|trust)pass$/;

/** `dbpasswd`, `userpassword`, `mysqlpwd`, `smtppass`: a password name written as one word. */
function isRunTogetherPassword(w: string): boolean {
  return /^[a-z]{2,12}(?:password|passwd|pwd)$/.test(w) || PASS_QUALIFIERS.test(w);
}

function isPasswordAction(name: string): boolean {
  const tail = nameWords(name.slice(name.lastIndexOf('.') + 1));
  if (tail.length < 2 || !/^(?:password|passwd|pwd|pass)$/.test(tail[tail.length - 1]!)) return false;
  return ACTION_FIRST.has(tail[0]!) || (tail[0] === 'confirm' && tail.length >= 3);
}

/** A word that makes a name hold a one-way transform of a secret, not the secret. */
export function isHashWord(w: string): boolean {
  return w === 'hash' || w === 'hashed' || w === 'digest' || w === 'crypted';
}

function judgeName(name: string): SecretNameKind {
  const words = nameWords(name);
  if (words.length === 0 || words.length > 8) return undefined;
  // The last word says what the thing is: `password_hint` is a hint, `token_url` a URL.
  const last = words[words.length - 1]!;
  let kind: SecretNameKind;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isRunTogetherPassword(w)) kind ??= 'password';
    if (w === 'password' || w === 'passwd' || w === 'passphrase' || w === 'pwd' || w === 'pass' || w === 'pw') kind ??= 'password';
    else if (SECRET_WORDS.has(w)) kind = 'secret';
    else if ((w === 'key' || w === 'keys') && i > 0 && KEY_QUALIFIERS.has(words[i - 1]!)) kind = 'secret';
  }
  if (!kind) return undefined;
  if (kind === 'password' && isPasswordAction(name)) return undefined;
  if (NOT_A_VALUE.has(last) && !(last === 'key' && words.length > 1 && KEY_QUALIFIERS.has(words[words.length - 2]!))) return undefined;
  // A hash or digest of a password is not the password (password-hash rules judge hash-shaped values);
  // `crypted_password` is restful_authentication's and authlogic's column for one.
  if (words.some(isHashWord)) return undefined;
  if (words.some((w) => w === 'public' || w === 'publishable' || w === 'pub' || w === 'tokenizer' || w === 'csrf' || w === 'xsrf' || w === 'authenticity')) return undefined;
  return kind;
}

/**
 * Last words of a name that say what a value is when that is something other than a credential: where
 * a service is, which resource, which build. In a dotenv file every entry is reported for its shape
 * alone, and these are the entries whose shapes look random without being secrets (a database's host
 * name, a bucket, a commit, a client or pool id, an image tag).
 */
const DESCRIBED_NOT_SECRET = new Set([
  'host', 'hostname', 'hosts', 'server', 'servers', 'domain', 'endpoint', 'url', 'uri', 'region', 'zone', 'bucket',
  'image', 'tag', 'sha', 'commit', 'revision', 'version', 'release', 'build', 'namespace', 'cluster', 'name', 'id',
  'ids', 'arn', 'broker', 'brokers', 'project', 'product', 'price', 'plan', 'path', 'dir', 'file', 'queue', 'topic',
  'table', 'database',
]);

/** `DB_HOST`, `S3_BUCKET`, `COMMIT_SHA`, `COGNITO_CLIENT_ID`: the name says what the value is, and no word of it says secret. */
export function namesNonSecret(name: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && DESCRIBED_NOT_SECRET.has(words[words.length - 1]!) && !words.some((w) => SECRET_WORDS.has(w) || isRunTogetherPassword(w));
}

