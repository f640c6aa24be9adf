import type { Rule } from '../detect/types.js';
import { printableBase64 } from '../detect/decode.js';
import { isFiller, isPlaceholder } from '../detect/placeholders.js';
import { weakValueWarning } from '../detect/demote.js';
import { looksRandom } from '../detect/randomness.js';
import { fake } from './fake.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');


/**
 * Hashes published as examples: Laravel's factory default (of "password"), and the made-up one
 * leakguard's own rule tests use (it ships in dist/, which must pass its own scan).
 */
const DOCUMENTED_HASHES = new Set(['$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi', '$2b$12$KIXQJ1p7b0lSx7vV4aPq3uYgCk2x1hO3kBq6jvZp0l5e5Qy9mKf2K']);

/** What the two .pgpass rules share: the line format and how a value is judged. */
const PGPASS = {
  title: 'Password in a PostgreSQL .pgpass file',
  provider: 'PostgreSQL',
  regex: /^[\w.*-]{1,255}:(?:\d{1,5}|\*):[^:\s]{1,128}:[^:\s]{1,128}:([^\s]{4,512})[ \t]*\r?$/gm,
  confidence: 'high' as const,
  playbook: 'database',
  validate: (s: string) => !isPlaceholder(s),
  warning: (s: string, { path, line }: { path: string; line: string }) => weakValueWarning(s, 'password', { path, line }),
};

/** A registry `auth` value: base64 of `user:password` (Google's `_json_key:` carries a whole JSON key, newlines and all). */
function registryAuth(value: string): boolean {
  const d = printableBase64(value, true);
  const colon = d?.indexOf(':') ?? -1;
  return colon > 0 && d!.length - colon > 4 && !isPlaceholder(d!.slice(colon + 1).trim());
}

/** Credential files whose format says "this is a secret" regardless of provider. */
export const structuralRules = (): Rule[] => [
  {
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config.json',
    provider: 'Docker',
    // Also escaped inside a string (`{\"auths\":{…\"auth\":\"…\"}}` in a CI runner's environment, once or twice).
    keywords: ['"auth"', 'auth\\'],
    scope: 'line',
    regex: /"auth\\{0,3}"\s{0,4}:\s{0,4}\\{0,3}"([A-Za-z0-9+/]{8,8000}={0,2})(?![A-Za-z0-9+/=])/g,
    confidence: 'high',
    playbook: 'ci-token',
    validate: (s) => registryAuth(s),
    tps: () => [
      `{"auths":{"ghcr.io":{"auth":"${b64(`deploy:${fake.alnum(24)}`)}"}}}`,
      `      "auth": "${b64(`_json_key:${fake.alnum(40)}`)}"`,
      `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.acme.io:5000\\":{\\"auth\\":\\"${b64(`ci:${fake.alnum(20)}`)}\\"}}}"]`,
      `{"auths":{"gcr.io":{"auth":"${b64(`_json_key:{\n  "type": "service_account",\n  "private_key_id": "${fake.hex(40)}"\n}`)}"}}}`,
    ],
    fps: ['"auth": "dXNlcjo="', `"auth": "${b64('user:<password>')}"`, `"auth": "${b64('oauth2')}"`],
  },
  {
    // A Kubernetes image-pull Secret: the whole config.json, base64-encoded once more under `.dockerconfigjson`.
    id: 'docker-config-json-secret',
    title: 'Registry credentials in a Kubernetes .dockerconfigjson Secret',
    provider: 'Docker',
    keywords: ['dockerconfigjson'],
    // Not line-scoped: an encoded service-account key makes the line longer than line rules read (4,096).
    regex: /\.dockerconfigjson["']?\s{0,4}:\s{0,4}["']?([A-Za-z0-9+/]{40,20000}={0,2})(?![A-Za-z0-9+/=])/g,
    confidence: 'high',
    playbook: 'ci-token',
    validate: (s) => {
      const config = Buffer.from(s, 'base64').toString('utf8');
      return /"auths"/.test(config) && [...config.matchAll(/"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g)].some((m) => registryAuth(m[1]!));
    },
    tps: () => [`  .dockerconfigjson: ${b64(`{"auths":{"registry.acme.io":{"auth":"${b64(`deploy:${fake.alnum(24)}`)}"}}}`)}`, `{"data":{".dockerconfigjson":"${b64(`{"auths":{"ghcr.io":{"username":"ci","auth":"${b64(`ci:${fake.alnum(30)}`)}"}}}`)}"}}`],
    fps: [`  .dockerconfigjson: ${b64('{"auths":{"registry.acme.io":{"auth":"dXNlcjo="}}}')}`, '  .dockerconfigjson: {{ .Values.imagePullSecret | b64enc }}'],
  },
  {
    // Mail clients' configuration files keep the account's password in the clear: msmtp
    // (`password secret`), fetchmail (`user "me" password "secret"`), esmtp (`password = secret`).
    id: 'mail-client-password',
    title: 'Password in a mail client configuration (.msmtprc, .fetchmailrc, .esmtprc)',
    provider: 'Mail client',
    keywords: ['password', 'passwd'],
    appliesTo: (p) => /(?:^|[/!])\.?(?:msmtprc|fetchmailrc|esmtprc)$/.test(p),
    regex: /\b(?:password|passwd)[ \t]{1,8}(?:=[ \t]{0,4})?["']?([^\s"']{4,256})/g,
    confidence: 'high',
    playbook: 'generic',
    validate: (s) => !isPlaceholder(s) && !/\$\{|\{\{|^[$<]/.test(s),
    warning: (s, { path, line }) => weakValueWarning(s, 'password', { path, line }),
    tps: () => [`account default\nhost smtp.acme.io\nuser me\npassword ${fake.alnum(12)}x9`, `poll mail.acme.io protocol imap user "me" password "${fake.alnum(14)}"`],
    fps: ['passwordeval "pass show mail/acme"', 'password ${MAIL_PASSWORD}', '# password <your password>'],
  },
  {
    // Recognised by content, wherever the file is (a copied `netrc`, a CI script's heredoc):
    // `machine <host> login <user> password <secret>`, on one line or several.
    id: 'netrc-password',
    title: 'Password in a .netrc file',
    provider: 'netrc',
    keywords: ['machine'],
    regex: /\bmachine[ \t]+[^\s]{1,255}(?:\s{1,20}(?:login|account|port)[ \t]+[^\s]{1,255}){0,3}\s{1,20}password[ \t]+([^\s]{4,512})/g,
    confidence: 'high',
    playbook: 'generic',
    // A template (`password ${TOKEN}`, `{{ .token }}`) is not a password.
    validate: (s) => !isPlaceholder(s) && !/\$\{|\{\{/.test(s),
    warning: (s, { path, line }) => weakValueWarning(s, 'password', { path, line }),
    tps: () => [`machine api.acme.io login deploy password ${fake.alnum(24)}`, `machine github.com\n  login me\n  password ${fake.alnum(16)}`],
    fps: ['machine api.acme.io login deploy password <token>', 'default login anonymous password $PASSWORD', 'the machine password is stored elsewhere'],
  },
  {
    // ~/.pgpass (https://www.postgresql.org/docs/current/libpq-pgpass.html): host:port:database:user:password,
    // recognised by content on the usual ports (no "*" keyword: too common a character for the prefilter).
    ...PGPASS,
    id: 'pgpass-password',
    keywords: [':5432:', ':5433:', ':6432:'],
    tps: () => [`db.acme.io:5432:app:deploy:${fake.alnum(20)}`, `replica.acme.io:6432:*:replicator:${fake.alnum(12)}!x`],
    fps: ['db.acme.io:5432:app:deploy:<password>', 'localhost:5432:*:postgres:${PGPASSWORD}', 'time: 12:30:45:00'],
  },
  {
    // The same format in a file named for it, on any port (`*:*:*:user:password`).
    ...PGPASS,
    id: 'pgpass-file-password',
    keywords: [],
    appliesTo: (p) => /(?:^|[/!])\.?pgpass(?:\.conf)?$/.test(p),
    tps: () => [`*:*:*:replicator:${fake.alnum(12)}!x`, `db.acme.io:7000:app:deploy:${fake.alnum(20)}`],
    fps: ['*:*:*:replicator:<password>', '# comment only'],
  },
  {
    // Shadow files, htpasswd, LDIF and SQL dumps: a hash is not the password, but it is cracked offline
    // at leisure once leaked. Formats: bcrypt ($2a$/$2b$/$2y$), SHA-crypt ($5$/$6$), Apache MD5 ($apr1$), LDAP {SSHA}.
    id: 'password-hash',
    title: 'Password hash (crackable offline)',
    provider: 'Password hash',
    keywords: ['$2a$', '$2b$', '$2y$', '$5$', '$6$', '$apr1$', 'ssha'],
    regex: /(?<![\w$])(\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\{SSHA(?:512)?\}[A-Za-z0-9+/]{20,200}={0,2})(?![./A-Za-z0-9])/gi,
    confidence: 'medium',
    playbook: 'generic',
    ownExampleCheck: true,
    validate: (s) => !DOCUMENTED_HASHES.has(s) && !isFiller(s),
    // A hash verifies a password, it does not log in: see the verdict table's row for one in program code.
    verifier: true,
    tps: () => [
      `root:$6$${fake.alnum(8)}$${fake.alnum(86)}:19000:0:99999:7:::`,
      `INSERT INTO users VALUES (1,'admin','$2y$10$${fake.alnum(53)}');`,
      `userPassword: {SSHA}${fake.base64(32)}`,
      `deploy:$apr1$${fake.alnum(8)}$${fake.alnum(22)}`,
    ],
    fps: ['hash = bcrypt("$2b$12$" + salt)', "'password' => '$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi',", 'root:*:19000:0:99999:7:::', 'userPassword: {SSHA}...'],
  },
  {
    id: 'kubernetes-secret-data',
    title: 'Kubernetes Secret with data in the manifest',
    provider: 'Kubernetes',
    keywords: ['kind: secret'],
    // The secret values of a Secret manifest are base64 (`data:`) or plain (`stringData:`);
    // the decoded values are scanned too (see src/detect/decode.ts). This rule reports the
    // manifest itself when it holds real-looking data.
    // The keyword gates it to manifests that say `kind: Secret`; the pattern itself
    // only reads the first entry of the data block (horizontal whitespace only, so
    // no two parts compete for newlines: linear).
    regex: /^(?:data|stringData):[ \t]*\r?\n[ \t]+[\w.-]+:[ \t]*["']?([^\s"'#]{8,})/gm,
    confidence: 'medium',
    playbook: 'generic',
    reportAt: 'secret',
    // Names and settings sit in Secrets too (`type: postgresql`, `username: admin`); name-aware detectors
    // judge the decoded entries (src/detect/decode.ts), so this rule reports only random-looking data.
    validate: (s) => !isPlaceholder(s) && !/^\$\{|^\{\{/.test(s) && looksRandom(printableBase64(s) ?? s, 16) && !isPlaceholder(printableBase64(s) ?? s),
    tps: () => [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  config.json: ${b64(`{"k":"${fake.alnum(20)}"}`)}\n`,
      `kind: Secret\nstringData:\n  token: ${fake.alnum(32)}\n`,
    ],
    fps: ['kind: Secret\nstringData:\n  type: "postgresql"\n  password: "pass"\n', 'kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n', 'kind: Secret\ndata:\n  password: ${DB_PASSWORD}\n', 'kind: ConfigMap\ndata:\n  mode: production-settings\n'],
  },
  {
    id: 'pypirc-password',
    title: 'Password in a .pypirc file',
    provider: 'PyPI',
    keywords: ['password'],
    appliesTo: (p) => /(^|\/)\.pypirc$/.test(p),
    regex: /^[ \t]*password[ \t]*[=:][ \t]*(\S{6,})/gm,
    confidence: 'high',
    playbook: 'pypi',
    validate: (s) => !isPlaceholder(s),
    tps: () => [`[pypi]\nusername = __token__\npassword = ${fake.alnum(30)}`, `password: ${fake.alnum(12)}!`],
    fps: ['password = <your token>', 'password = ${PYPI_TOKEN}'],
  },
  {
    id: 'git-credentials-url',
    title: 'Credentials in a .git-credentials file',
    provider: 'git',
    keywords: ['://'],
    appliesTo: (p) => /(^|\/)\.git-credentials$/.test(p),
    regex: /^[a-z][a-z0-9+.-]*:\/\/[^:\s@/]+:([^@\s]{4,})@/gm,
    confidence: 'high',
    playbook: 'generic',
    validate: (s) => !isPlaceholder(s),
    tps: () => [`https://me:${fake.alnum(30)}@github.com`, `https://deploy:${fake.alnum(20)}@gitlab.acme.io`],
    fps: ['https://me:<token>@github.com', 'https://github.com/org/repo'],
  },
];
