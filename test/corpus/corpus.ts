/**
 * The labeled corpus behind `npm run accuracy` and the accuracy test.
 *
 * It is generated, not stored: every positive holds a token-shaped value, and
 * generating them at run time (seeded, so the corpus is the same on every run)
 * keeps this repository passing its own scan. Each sample is one small file:
 * a path (file types matter to detectors) and its text, labeled with whether
 * it holds a secret and which family it exercises.
 *
 * Positives: every provider rule's examples, each as its own line and embedded
 * in ordinary code; plus what people actually leak without a provider prefix —
 * passwords and keys in assignments across fifteen syntaxes, credentials in URLs
 * and connection strings, private keys, auth headers, Kubernetes Secrets,
 * dotenv files, credential files.
 * Hard negatives: references, placeholders, documented examples, hashes,
 * UUIDs, public keys, encrypted values, UI strings, types, and thousands of
 * lines of ordinary code that mention tokens and passwords.
 */
import { builtinRules, ruleFamilies } from '../../src/rules/index.js';
import { fake, reseed } from '../../src/rules/fake.js';
import { generateSourceFile, makeGenerator } from '../../bench/corpus.mjs';

export interface Sample {
  id: string;
  family: string;
  positive: boolean;
  path: string;
  text: string;
  /** For positives: the first line (1-based) of the secret, and its last for multi-line ones. */
  line?: number;
  lineEnd?: number;
  /**
   * Where a positive comes from: a rule's own true-positive example (the rule was written to match
   * it, so it proves little), or held out (written here, not by any rule: what people leak).
   */
  source?: 'rule-example' | 'held-out';
}

const familyOf = new Map<string, string>();
for (const [family, rules] of Object.entries(ruleFamilies)) for (const r of rules) familyOf.set(r.id, family);

/** A password a person would choose: word, digits, a symbol. */
function humanPassword(urlSafe = false): string {
  const words = ['Summer', 'Winter', 'Falcon', 'Orange', 'Tiger', 'Rocket', 'Maple', 'Harbor', 'Velvet', 'Cobalt'];
  // In URLs, @ # % / would have to be percent-encoded; people who paste URLs use the others.
  const symbols = urlSafe ? '!*~' : '!@#$%&*';
  return `${words[fake.digits(1).charCodeAt(0) % words.length]}${fake.digits(4)}${symbols[fake.digits(1).charCodeAt(0) % symbols.length]}${fake.alnum(3)}`;
}

const values = [() => humanPassword(), () => fake.alnum(24), () => fake.base64(40), () => `${fake.alnum(10)}-${fake.alnum(8)}`];

/** Assignment syntaxes real code and config use: [path, template with {name} and {value}]. */
const ASSIGNMENTS: [string, string][] = [
  ['.env', '{NAME}={value}'],
  ['config/app.env', 'export {NAME}="{value}"'],
  ['docker-compose.yml', 'services:\n  db:\n    environment:\n      {NAME}: "{value}"'],
  ['config/settings.yaml', 'database:\n  {name}: {value}'],
  ['config.json', '{\n  "{name}": "{value}"\n}'],
  ['settings.py', '{NAME} = "{value}"'],
  ['src/config.js', "const {camel} = '{value}';"],
  ['src/config.ts', 'export const config = { {camel}: "{value}" };'],
  ['App.java', 'private static final String {NAME} = "{value}";'],
  ['main.go', '{camel} := "{value}"'],
  ['config.rb', ':{name} => \'{value}\','],
  ['config.php', "$config['{name}'] = '{value}';"],
  ['Program.cs', 'var {camel} = "{value}";'],
  ['application.properties', 'app.{name}={value}'],
  ['config.ini', '[db]\n{name} = {value}'],
  ['Cargo.toml', '[auth]\n{name} = "{value}"'],
  ['web.config', '<appSettings>\n  <add key="{Pascal}" value="{value}" />\n</appSettings>'],
  ['main.tf', 'resource "x" "y" {\n  {name} = "{value}"\n}'],
  ['Dockerfile', 'FROM node:20\nENV {NAME} {value}'],
  ['deploy.sh', 'mysql -u root --password={value} app < dump.sql'],
  // Compact JSON, no space after the colon (minified configs, JSON held in a SQL row or a string).
  ['config/client.json', '{"{name}":"{value}","region":"eu-west-1"}'],
];
const NAMES = ['db_password', 'api_key', 'secret_key', 'client_secret', 'auth_token', 'access_token', 'private_key_passphrase', 'smtp_password', 'jwt_secret', 'session_secret'];

function fill(template: string, name: string, value: string): string {
  const camel = name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return template
    .replace(/\{NAME\}/g, name.toUpperCase())
    .replace(/\{name\}/g, name)
    .replace(/\{camel\}/g, camel)
    .replace(/\{Pascal\}/g, camel[0]!.toUpperCase() + camel.slice(1))
    .replace(/\{value\}/g, value);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

function pem(kind: string, sep = '\n'): string {
  return [`-----BEGIN ${kind}-----`, ...Array.from({ length: 6 }, () => fake.base64(64)), `-----END ${kind}-----`].join(sep);
}

export function buildCorpus(): Sample[] {
  reseed(20261128);
  const g = makeGenerator(99);
  const samples: Sample[] = [];
  // Positives not from a rule's own examples are held out.
  const add = (s: Omit<Sample, 'id'>) => samples.push({ ...s, ...(s.positive && !s.source ? { source: 'held-out' as const } : {}), id: `${s.positive ? 'tp' : 'tn'}-${samples.length}` });
  const code = (lines: number) => generateSourceFile(g, lines);

  // Provider rules: every example, alone and inside ordinary code.
  for (const rule of builtinRules) {
    if (rule.provider === 'Generic') continue;
    const family = familyOf.get(rule.id) ?? 'other';
    const path = rule.appliesTo ? ['.env', '.netrc', '.pypirc', '.git-credentials', '.pgpass', '.msmtprc'].find((p) => rule.appliesTo!(p)) ?? 'notes.txt' : 'notes.txt';
    // Keys meant to be shipped (publishable, client-side) are reported as warnings by design: they must not block.
    if (family === 'public by design') {
      for (const tp of rule.tps()) add({ family, positive: false, path, text: tp + '\n' });
      continue;
    }
    for (const tp of rule.tps()) {
      const span = tp.split('\n').length - 1;
      add({ family, positive: true, path, text: tp + '\n', line: 1, lineEnd: 1 + span, source: 'rule-example' });
      if (!rule.appliesTo) {
        const before = code(8);
        const at = before.split('\n').length;
        add({ family, positive: true, path: 'src/service.ts', text: `${before}${tp}\n${code(8)}`, line: at, lineEnd: at + span, source: 'rule-example' });
      }
    }
  }

  // Held-out samples draw from a stream of their own: adding a rule (its examples draw from the stream above)
  // must not change which held-out values are drawn, or the held-out figure moves with no change to the engine.
  reseed(20261206);
  // Generic leaks: every syntax × several names × several kinds of value.
  for (const [path, template] of ASSIGNMENTS) {
    for (let i = 0; i < 12; i++) {
      const name = NAMES[i % NAMES.length]!;
      const value = values[i % values.length]!();
      const text = fill(template, name, value);
      add({ family: 'generic: assignments', positive: true, path, text: text + '\n', line: lineOf(text, value) });
    }
  }
  const hosts = ['db.prod.acme.io', 'cluster0.ab1cd.mongodb.net', 'cache.acme.internal', 'mq.acme.io', '10.20.30.40'];
  const urls = [
    (p: string, h: string) => `DATABASE_URL=postgres://app:${p}@${h}:5432/app`,
    (p: string, h: string) => `MONGO_URI="mongodb+srv://admin:${p}@${h}/prod?retryWrites=true"`,
    (p: string, h: string) => `redis: "redis://:${p}@${h}:6379/0"`,
    (p: string, h: string) => `broker_url = 'amqp://svc:${p}@${h}/vhost'`,
    (p: string, h: string) => `spring.datasource.url=jdbc:mysql://${h}:3306/sales?user=report&password=${p}`,
    (p: string, h: string) => `"ConnectionString": "Server=tcp:${h},1433;Database=app;User Id=app;Password=${p};"`,
    (p: string, h: string) => `git clone https://deploy:${p}@${h}/org/repo.git`,
  ];
  for (let i = 0; i < 70; i++) {
    const p = i % 2 ? humanPassword(true) : fake.alnum(20);
    const text = urls[i % urls.length]!(p, hosts[i % hosts.length]!);
    add({ family: 'generic: URLs and connection strings', positive: true, path: ['.env', 'config.yml', 'app.py', 'application.properties', 'appsettings.json', 'README.md', 'deploy.sh'][i % 7]!, text: text + '\n', line: 1 });
  }
  for (const [i, kind] of ['RSA PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'].entries()) {
    add({ family: 'keys & credential files', positive: true, path: 'deploy/key.txt', text: pem(kind) + '\n', line: 1 });
    add({ family: 'keys & credential files', positive: true, path: 'sa.json', text: `{\n  "type": "service_account",\n  "private_key": "${pem(kind, '\\n')}\\n"\n}\n`, line: 3 });
    void i;
  }
  for (let i = 0; i < 20; i++) {
    const user = ['deploy', 'admin', 'ci', 'svc'][i % 4];
    add({ family: 'generic: headers', positive: true, path: 'api.http', text: `GET /v1/orders\nAuthorization: Basic ${Buffer.from(`${user}:${humanPassword()}`).toString('base64')}\n`, line: 2 });
    add({ family: 'generic: headers', positive: true, path: 'call.sh', text: `curl -H "Authorization: Bearer ${fake.alnum(40)}" https://api.acme.io/v1/me\n`, line: 1 });
  }
  for (let i = 0; i < 20; i++) {
    const b64 = Buffer.from(i % 2 ? humanPassword() : fake.alnum(24)).toString('base64');
    add({ family: 'generic: encoded', positive: true, path: 'k8s/secret.yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  DB_PASSWORD: ${b64}\n`, line: 7 });
    add({ family: 'generic: encoded', positive: true, path: 'config.yml', text: `db: postgres://app:${fake.alnum(8)}%40${fake.alnum(8)}@db.acme.io/app\n`, line: 1 });
  }
  for (let i = 0; i < 30; i++) {
    add({ family: 'generic: dotenv', positive: true, path: ['.env', '.env.production', 'secrets.yaml'][i % 3]!, text: `NODE_ENV=production\nPORT=3000\nINTERNAL_SIGNING=${fake.base64(44)}\n`, line: 3 });
  }

  // Hard negatives.
  for (const [path, text] of HARD_NEGATIVES) for (let v = 0; v < 3; v++) add({ family: 'hard negatives', positive: false, path, text: v === 0 ? text + '\n' : `${code(5)}${text}\n${code(5)}` });
  const placeholders = ['${DB_PASSWORD}', '<your-password>', 'your-api-key-here', 'changeme', 'REPLACE_ME', 'xxxxxxxxxxxxxxxx', '********', '{{ secrets.API_KEY }}', '%(password)s', '$PASSWORD', 'process.env.API_KEY', 'os.environ["API_KEY"]', 'null', 'TODO', '', 'string'];
  for (const [path, template] of ASSIGNMENTS) {
    for (const [i, p] of placeholders.entries()) {
      const name = NAMES[i % NAMES.length]!;
      add({ family: 'hard negatives', positive: false, path, text: fill(template, name, p) + '\n' });
    }
  }
  for (let i = 0; i < 40; i++) {
    const prefix = ['ghp_', 'sk_live_', 'xoxb-', 'AKIA', 'glpat-', 'npm_', 'SG.', 'hf_'][i % 8]!;
    add({ family: 'hard negatives', positive: false, path: 'docs/setup.md', text: `Set ${['GITHUB_TOKEN', 'STRIPE_KEY', 'SLACK_TOKEN', 'AWS_ACCESS_KEY_ID'][i % 4]} to your token (it starts with \`${prefix}\`), e.g. ${prefix}${'X'.repeat(20 + (i % 16))}\n` });
  }
  // Ordinary code, thousands of lines of it, full of "token", "key" and "password".
  for (let i = 0; i < 600; i++) add({ family: 'hard negatives', positive: false, path: `src/mod${i % 30}/file${i}.ts`, text: code(40) });
  return samples;
}

/** Lines that look like secrets to a naive scanner and are not. */
export const HARD_NEGATIVES: [string, string][] = [
  ['deploy.sh', 'export API_KEY="${API_KEY}"'],
  ['app.js', 'const secret = process.env.JWT_SECRET;'],
  ['settings.py', 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]'],
  ['ci.yml', 'token: ${{ secrets.GITHUB_TOKEN }}'],
  ['values.yaml', 'password: {{ .Values.db.password }}'],
  ['README.md', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE'],
  ['README.md', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  ['config.json', '"client_secret_id": "3f2b8c1e-9d4a-4b7e-8f6a-2c1d0e9b8a7f"'],
  ['ci.yml', 'uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11'],
  ['package-lock.json', '"integrity": "sha512-Q4eG5VWD8zB9cRk2l3xY7Hn1PkJ0aS6tUvW9xZ2bC4dE5fG7hI8jK0lM1nO2pQ3rS4tU5vW6xY7zA8bC9dE0fg=="'],
  ['Dockerfile', 'FROM node:20@sha256:2b7f9a1c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f7'],
  ['go.sum', 'golang.org/x/crypto v0.17.0 h1:r8bRNjWL3GshPW3gkd+RpvzWrZAwPS49OmTGZ/uhM4k='],
  ['authorized_keys', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8Zr2kPw9xLmQ7nB4vT1sY3cF6hJ0dK5eR8uW2aXyZ deploy@ci'],
  ['ca.crt', '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMw\n-----END CERTIFICATE-----'],
  ['checkout.js', "const stripe = Stripe('pk_live_51HqLyjWDarjtT1zdp7dcXO3LMj0JpTW3pYQK');"],
  ['styles.css', '.icon { background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="); }'],
  ['theme.ts', "export const tokenColor = '#1a2b3c';"],
  ['secrets.enc.yaml', 'password: ENC[AES256_GCM,data:q8Zr2kPw9xLmQ7nB,iv:4vT1sY3cF6hJ0dK5eR8uW2aXyZ=,tag:Lm9xQ7nB4vT1sY3c==,type:str]'],
  ['vars.yml', 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361'],
  ['en.json', '"password": "Password",\n"forgotPassword": "Forgot your password?"'],
  ['types.ts', 'interface Login { password: string; token?: string }'],
  ['auth.js', 'const token = await getToken(user);\nif (password === confirmPassword) {}'],
  ['login.html', '<input type="password" name="password" placeholder="Password">'],
  ['llm.py', 'max_tokens = 4096\ntokenizer = "cl100k_base"'],
  ['form.html', '<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">'],
  ['main.tf', 'secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"'],
  ['deploy.yaml', '            secretKeyRef: { name: db-credentials, key: password }'],
  ['docker-compose.yml', 'DATABASE_URL: postgres://postgres:postgres@db:5432/app'],
  ['.env.example', 'REDIS_URL=redis://:password@localhost:6379'],
  ['README.md', 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
  ['README.md', 'Set the API key in your environment and never commit the secret token.'],
  ['log.txt', 'token=****************'],
  ['yarn.lock', '  checksum: 10c0/5fa0f7b7a2b6ad4f1e5ec8c5bc3c6a9f9f1e0e6c8b5c7ba3b1b0d5c6c9c0e7e4b2a1d3c5e7f9'],
  // A hash in a dump is a finding now (password-hash: crackable offline); the schema that holds one is not.
  ['migrations/001.sql', "CREATE TABLE users (email TEXT, password_hash CHAR(60) NOT NULL); -- bcrypt: $2b$12$ then 53 characters"],
  ['test/fixtures.js', "const uuid = '3f2b8c1e-9d4a-4b7e-8f6a-2c1d0e9b8a7f'; const sha = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';"],
  ['webpack.config.js', "output: { filename: '[name].[contenthash].js', publicPath: '/static/' }"],
  ['i18n/de.yml', 'password_reset_token_expired: "Der Link ist abgelaufen"'],
  ['config.js', 'const keyPath = "/etc/ssl/private/server.key";'],
  ['src/routes.ts', "router.post('/api/auth/token', refreshToken);"],
  ['schema.graphql', 'type Session { token: String! expiresAt: DateTime! }'],
  ['k8s/configmap.yaml', 'kind: ConfigMap\ndata:\n  LOG_LEVEL: info\n  FEATURE_TOKENS: "enabled"'],
  ['Makefile', 'test:\n\tTOKEN=$$(cat .token) go test ./...'],
  ['docs/api.md', 'curl -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/me'],
  ['openapi.yaml', 'securitySchemes:\n  bearerAuth:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT'],
];
