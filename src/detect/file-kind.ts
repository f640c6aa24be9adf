/**
 * Whether a file is program source (where an unquoted right-hand side is an
 * expression, `password = getPassword()`) or configuration (where it is the
 * literal value, `PASSWORD=hunter2`). Generic detectors need the difference.
 */
const CODE_EXTENSIONS = new Set([
  'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte', 'py', 'pyw', 'go', 'java', 'kt', 'kts', 'scala',
  'groovy', 'gradle', 'rb', 'php', 'cs', 'fs', 'vb', 'c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'rs', 'swift', 'm', 'mm',
  'dart', 'lua', 'r', 'jl', 'ex', 'exs', 'erl', 'clj', 'cljs', 'pl', 'pm', 'tf', 'hcl', 'sol', 'zig', 'nim',
]);

/** Languages whose comments are `/* … *\/` and `//` (the C family and its heirs). */
export const C_STYLE_COMMENTS: ReadonlySet<string> = new Set([
  'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'go', 'java', 'kt', 'kts', 'scala', 'groovy', 'gradle', 'php', 'cs',
  'c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'rs', 'swift', 'm', 'mm', 'dart', 'sol', 'zig',
]);

export function extensionOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function isCodeFile(path: string): boolean {
  return CODE_EXTENSIONS.has(extensionOf(path));
}

/** Files whose every value is presumed sensitive: dotenv files and files named for secrets. */
export function isSecretsFile(path: string): boolean {
  const base = baseName(path).toLowerCase();
  if (/^\.env(?:\.|$)/.test(base)) return !/\.(?:example|sample|template|dist|defaults|schema)$/.test(base);
  return /^(?:secrets?|credentials?)(?:\.[\w-]+)*\.(?:json|ya?ml|toml|ini|env|properties|conf|cfg|txt)$/.test(base);
}

/**
 * Folders of UI strings per language (react-intl, vue-i18n, Rails and Laravel locales, Android-style lang
 * folders), also in compound names (`i18n-messages/`, `app_translations/`) for the words that mean nothing else,
 * and behind a tool's leading underscores or dot (a browser extension's `_locales/`, `__locales/`).
 */
const TRANSLATION_DIRS = /(?:^|\/)[_.]{0,2}(?:(?:[a-z0-9]+[-_])?(?:i18n|l10n|locales|translations)(?:[-_][a-z0-9]+)?|i18n|l10n|locales?|langs?|languages?|translations?|intl|locali[sz]ations?)\//i;
/** Translation catalogues by format: gettext, XLIFF, Flutter ARB, Apple .strings, .NET resources. */
const TRANSLATION_FILE = /\.(?:po|pot|xlf|xliff|arb|strings|resx)$/i;

/**
 * Per-language files named by their locale: Java resource bundles (`messages_de.properties`), next-intl's
 * `messages/de.json` and a `strings/` folder's (`client/strings/de.json`), and a locale with its region
 * anywhere (`pt-BR.json`, `zh_CN.yml`). A bare `de.yml` elsewhere is not taken for one: `id`, `it`, `is`
 * and `no` are language codes too.
 */
const LOCALE_FILE = /(?:^|\/)(?:(?:messages|strings|labels|resources?|translations?)[_-][a-z]{2,3}(?:[_-][A-Za-z]{2,4})?\.(?:properties|json|ya?ml|xml)|(?:messages|strings)\/[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?\.(?:json|ya?ml|[jt]s)|[a-z]{2}[_-](?:[A-Z]{2}|Han[st])\.(?:json|ya?ml))$/;

/** A file of translated UI text, where `password: 'Passwort'` is a label, not a credential. */
export function isTranslationPath(path: string): boolean {
  return TRANSLATION_FILE.test(path) || TRANSLATION_DIRS.test(path) || LOCALE_FILE.test(path);
}

/** The file's own name: after the last "/", or after the last "!" for an entry inside an archive (`app.zip!.env`). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('!')) + 1);
}

/**
 * Lockfiles: package managers' (package names and versions; credentials in their URLs are url-credentials'
 * job) and Lingo.dev's i18n.lock (a checksum per translation key, keys like `webhooks/signing_secret`).
 */
const LOCKFILE = /(?:^|\/)(?:yarn\.lock|i18n\.lock|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|bun\.lock|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|Gemfile\.lock|composer\.lock|mix\.lock|pubspec\.lock|packages\.lock\.json|gradle\.lockfile)$/;

/** Yarn's own code, committed by `yarn set version` and plugin installs: a minified third-party bundle. */
const YARN_BUNDLE = /(?:^|\/)\.yarn\/(?:releases|plugins|sdks)\//;

/**
 * Secret scanners' own records: fingerprints and hashes of findings (`generic-api-key:0123…`, detect-secrets'
 * `hashed_secret`), which read as a secret assigned to a key named like a rule.
 */
const SCANNER_RECORD = /(?:^|\/)(?:\.leakguardignore|\.leakguard-baseline\.json|\.gitleaksignore|\.secrets\.baseline)$/;

/**
 * Files that tools write and that hold no project's values: lockfiles (names are packages', values
 * versions and checksums), Yarn's bundled releases and secret scanners' records. Generic rules skip them;
 * provider formats do not.
 */
export function isToolWritten(path: string): boolean {
  return LOCKFILE.test(path) || YARN_BUNDLE.test(path) || SCANNER_RECORD.test(path);
}
