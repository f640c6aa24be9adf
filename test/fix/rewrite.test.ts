import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DotEnv, quote, withExampleKeys } from '../../src/fix/dotenv.js';
import { assignedName, conventionalName, screamingSnake } from '../../src/fix/names.js';
import { rewriteFile, type FixCandidate } from '../../src/fix/rewrite.js';
import { fake } from '../../src/rules/fake.js';
import { tempDir } from '../helpers/repo.js';

/** The value stands for a secret: built at run time, never written in this file. */
const V = fake.alnum(28);

/** Where a syntax checker is on the machine: the command and how it takes a file. Reported, never required. */
const CHECKERS: Record<string, { cmd: string; args: (file: string) => string[] }> = {
  js: { cmd: process.execPath, args: (f) => ['--check', f] },
  python: { cmd: 'python3', args: (f) => ['-m', 'py_compile', f] },
  shell: { cmd: 'bash', args: (f) => ['-n', f] },
  php: { cmd: 'php', args: (f) => ['-l', f] },
  ruby: { cmd: 'ruby', args: (f) => ['-c', f] },
  terraform: { cmd: 'terraform', args: (f) => ['fmt', '-check=false', '-write=false', f] },
  java: { cmd: 'javac', args: (f) => ['-d', dirname(f), f] },
};
const available = (id: string) => spawnSync(CHECKERS[id]!.cmd, ['--version'], { stdio: 'ignore' }).status === 0 || spawnSync(CHECKERS[id]!.cmd, ['-version'], { stdio: 'ignore' }).status === 0;
const ran = new Set<string>();

const CASES: { name: string; path: string; before: string; after: string; check?: string }[] = [
  { name: 'JavaScript const', path: 'src/pay.js', before: `const stripeKey = "${V}";\nexport default stripeKey;\n`, after: 'const stripeKey = process.env.STRIPE_KEY;\nexport default stripeKey;\n', check: 'js' },
  { name: 'TypeScript object property', path: 'src/config.ts', before: `export const cfg = {\n  apiToken: '${V}',\n};\n`, after: 'export const cfg = {\n  apiToken: process.env.API_TOKEN,\n};\n' },
  { name: 'JavaScript argument: the provider\'s name', path: 'src/gh.mjs', before: `client.auth(\`${V}\`);\n`, after: 'client.auth(process.env.SECRET);\n', check: 'js' },
  { name: 'Python with a docstring and __future__', path: 'app/settings.py', before: `"""Settings."""\nfrom __future__ import annotations\n\nSECRET_KEY = "${V}"\n`, after: '"""Settings."""\nfrom __future__ import annotations\nimport os\n\nSECRET_KEY = os.environ["SECRET_KEY"]\n', check: 'python' },
  { name: 'Python that imports os already', path: 'app/x.py', before: `import os\n\nDB = {"password": '${V}'}\n`, after: 'import os\n\nDB = {"password": os.environ["PASSWORD"]}\n', check: 'python' },
  { name: 'Go import block', path: 'main.go', before: `package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tapiKey := "${V}"\n\tfmt.Println(apiKey)\n}\n`, after: 'package main\n\nimport (\n\t"os"\n\t"fmt"\n)\n\nfunc main() {\n\tapiKey := os.Getenv("API_KEY")\n\tfmt.Println(apiKey)\n}\n' },
  { name: 'Go with no imports', path: 'cfg.go', before: `package cfg\n\nvar Token = "${V}"\n`, after: 'package cfg\n\nimport "os"\n\nvar Token = os.Getenv("TOKEN")\n' },
  { name: 'Ruby', path: 'config/initializers/api.rb', before: `API_SECRET = '${V}'\n`, after: 'API_SECRET = ENV.fetch("API_SECRET")\n', check: 'ruby' },
  { name: 'PHP', path: 'src/Client.php', before: `<?php\n$apiKey = '${V}';\n`, after: "<?php\n$apiKey = getenv('API_KEY');\n", check: 'php' },
  { name: 'Laravel config', path: 'config/services.php', before: `<?php\nreturn [\n    'stripe' => ['secret' => '${V}'],\n];\n`, after: "<?php\nreturn [\n    'stripe' => ['secret' => env('SECRET')],\n];\n", check: 'php' },
  { name: 'Java', path: 'src/main/java/App.java', before: `class App {\n  static final String API_KEY = "${V}";\n}\n`, after: 'class App {\n  static final String API_KEY = System.getenv("API_KEY");\n}\n', check: 'java' },
  { name: 'Kotlin', path: 'src/App.kt', before: `val clientSecret = "${V}"\n`, after: 'val clientSecret = System.getenv("CLIENT_SECRET")\n' },
  { name: 'C#', path: 'Program.cs', before: `var apiKey = "${V}";\n`, after: 'var apiKey = System.Environment.GetEnvironmentVariable("API_KEY");\n' },
  { name: 'shell, double-quoted', path: 'deploy.sh', before: `#!/bin/sh\nexport DEPLOY_TOKEN="${V}"\n`, after: '#!/bin/sh\nexport DEPLOY_TOKEN="${DEPLOY_TOKEN}"\n', check: 'shell' },
  { name: 'shell, bare', path: 'scripts/run.sh', before: `auth=${V}\n./server\n`, after: 'auth="${AUTH}"\n./server\n', check: 'shell' },
  { name: 'docker compose, bare', path: 'docker-compose.yml', before: `services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${V}\n`, after: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n' },
  { name: 'compose list form, quoted', path: 'compose.yaml', before: `services:\n  app:\n    environment:\n      - "API_KEY=${V}"\n`, after: 'services:\n  app:\n    environment:\n      - "API_KEY=${API_KEY}"\n' },
  { name: 'GitHub Actions', path: '.github/workflows/ci.yml', before: `env:\n  GITHUB_TOKEN: ${V}\n`, after: 'env:\n  GITHUB_TOKEN: ${{ secrets.GH_TOKEN }}\n' },
  { name: 'Spring properties', path: 'src/main/resources/application.properties', before: `spring.datasource.password=${V}\n`, after: 'spring.datasource.password=${DATASOURCE_PASSWORD}\n' },
  { name: 'Spring YAML', path: 'src/main/resources/application-prod.yml', before: `spring:\n  mail:\n    password: "${V}"\n`, after: 'spring:\n  mail:\n    password: "${PASSWORD}"\n' },
  { name: 'Terraform', path: 'infra/main.tf', before: `resource "x" "y" {\n  password = "${V}"\n}\n`, after: 'resource "x" "y" {\n  password = var.password\n}\n\nvariable "password" {\n  type      = string\n  sensitive = true\n}\n', check: 'terraform' },
  { name: 'CRLF kept', path: 'src/crlf.ts', before: `const apiKey = "${V}";\r\nexport {};\r\n`, after: 'const apiKey = process.env.API_KEY;\r\nexport {};\r\n' },
];

function candidate(text: string, value = V): FixCandidate {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(value));
  return { line: line + 1, column: lines[line]!.indexOf(value) + 1, secret: value, ruleId: 'generic-secret-assignment', provider: 'Generic', title: 'Secret assigned to a variable or key', fingerprint: `generic-secret-assignment:${line}` };
}

describe('fix: one rewrite per language and file kind', () => {
  it.each(CASES)('$name', ({ path, before, after, check }) => {
    const env = new DotEnv(undefined);
    const r = rewriteFile(path, before, [candidate(before)], (d, v) => env.nameFor(d, v));
    expect(r.manual).toEqual([]);
    expect(r.text).toBe(after);
    expect(r.text).not.toContain(V);
    expect(env.render()).toMatch(new RegExp(`^[A-Za-z_]+=${V}\\n$`));
    if (check && available(check)) {
      const dir = tempDir('leakguard-fix-check-');
      const file = join(dir, check === 'java' ? 'App.java' : path.split('/').pop()!);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, r.text);
      const res = spawnSync(CHECKERS[check]!.cmd, CHECKERS[check]!.args(file), { encoding: 'utf8' });
      expect(res.status, `${check}: ${res.stderr}${res.stdout}`).toBe(0);
      ran.add(check);
    }
  });

  it('says which syntax checkers ran on this machine', () => {
    // Not an assertion on the machine: a record in the test output of what was parsed, as the issue asks.
    console.log(`fix syntax checks ran: ${[...ran].sort().join(', ') || 'none'}; not installed: ${Object.keys(CHECKERS).filter((k) => !ran.has(k)).join(', ')}`);
    expect(ran.has('js')).toBe(true);
  });

  it.each([
    ['a data file', 'config/app.json', `{"client_secret": "${V}"}\n`, /a data or configuration file read as data/],
    ['an unknown language', 'src/main.rs', `let key = "${V}";\n`, /no safe rewrite/],
    ['a minified line', 'public/app.js', `var a="${V}";${'x'.repeat(1200)}\n`, /minified or generated/],
    ['escapes in the literal', 'src/e.js', `const k = "${V}\\n";\n`, /escape sequences/],
    ['a template literal that interpolates', 'src/t.js', `const k = \`\${host}${V}\`;\n`, /template literal/],
    ['an f-string', 'a.py', `K = f"${V}{x}"\n`, /f-string/],
    ['a comment', 'src/c.js', `// old key ${V}\n`, /not in a string literal/],
  ])('leaves %s alone, saying why', (_n, path, text, reason) => {
    const env = new DotEnv(undefined);
    const r = rewriteFile(path, text, [candidate(text)], (d, v) => env.nameFor(d, v));
    expect(r.rewrites).toEqual([]);
    expect(r.text).toBe(text);
    expect(r.manual[0]!.reason).toMatch(reason);
    expect(env.render()).toBeUndefined();
  });

  const PW = fake.alnum(16);
  it.each([
    ['JavaScript', 'src/db.js', `const databaseUrl = "postgres://app:${PW}@db.example.com/app";\n`, 'const databaseUrl = `postgres://app:${process.env.DATABASE_PASSWORD}@db.example.com/app`;\n', 'js'],
    ['Python', 'app/db.py', `import os\nDSN = "mysql://app:${PW}@db/app"\n`, "import os\nDSN = f\"mysql://app:{os.environ['DSN_PASSWORD']}@db/app\"\n", 'python'],
    ['Go', 'db.go', `package db\n\nimport "os"\n\nvar dsn = "postgres://app:${PW}@db/app"\n`, 'package db\n\nimport "os"\n\nvar dsn = "postgres://app:" + os.Getenv("DSN_PASSWORD") + "@db/app"\n', undefined],
    ['Java (a JDBC URL: not scheme://user:password@, so the whole URL moves)', 'src/Db.java', `class Db { String url = "jdbc:postgresql://app:${PW}@db/app"; }\n`, 'class Db { String url = System.getenv("URL"); }\n', undefined],
    ['Java', 'src/Db2.java', `class Db2 { String dsn = "postgresql://app:${PW}@db/app"; }\n`, 'class Db2 { String dsn = "postgresql://app:" + System.getenv("DSN_PASSWORD") + "@db/app"; }\n', undefined],
    ['Ruby', 'config/db.rb', `DATABASE_URL = "postgres://app:${PW}@db/app"\n`, 'DATABASE_URL = "postgres://app:#{ENV.fetch("DATABASE_PASSWORD")}@db/app"\n', 'ruby'],
    ['PHP', 'src/db.php', `<?php\n$dsn = 'pgsql://app:${PW}@db/app';\n`, "<?php\n$dsn = 'pgsql://app:' . getenv('DSN_PASSWORD') . '@db/app';\n", 'php'],
    ['shell', 'run.sh', `DATABASE_URL='postgres://app:${PW}@db/app'\n`, 'DATABASE_URL="postgres://app:${DATABASE_PASSWORD}@db/app"\n', 'shell'],
    ['compose', 'docker-compose.yml', `services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${PW}@db/app\n`, 'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${DATABASE_PASSWORD}@db/app\n', undefined],
    ['Terraform', 'main.tf', `locals {\n  db_url = "postgres://app:${PW}@db/app"\n}\n`, 'locals {\n  db_url = "postgres://app:${var.db_password}@db/app"\n}\n\nvariable "db_password" {\n  type      = string\n  sensitive = true\n}\n', 'terraform'],
    ['a URL the language cannot rebuild safely (a $ in it): the whole URL moves', 'src/db2.js', `connect("postgres://app:${PW}@db/$app");\n`, 'connect(process.env.DATABASE_URL);\n', undefined],
  ])('a password in a connection string becomes its own variable: %s', (_n, path, text, after, check) => {
    const env = new DotEnv(undefined);
    const r = rewriteFile(path, text, [candidate(text, PW)], (d, v) => env.nameFor(d, v));
    expect(r.text.replaceAll(PW, '<pw>')).toBe(after.replaceAll(PW, '<pw>'));
    expect(r.text).not.toContain(PW);
    const stored = env.render()!;
    expect(stored.endsWith(`=${PW}\n`) || stored.includes(`://app:${PW}@db/`)).toBe(true);
    if (check && available(check)) {
      const dir = tempDir('leakguard-fix-check-');
      const file = join(dir, path.split('/').pop()!);
      writeFileSync(file, r.text);
      const res = spawnSync(CHECKERS[check]!.cmd, CHECKERS[check]!.args(file), { encoding: 'utf8' });
      expect(res.status, `${check}: ${res.stderr}${res.stdout}`).toBe(0);
    }
  });
});

describe('fix: names', () => {
  it.each([
    ['stripeKey', 'STRIPE_KEY'],
    ['APIKey', 'API_KEY'],
    ['db.password', 'DB_PASSWORD'],
    ['$api_key', 'API_KEY'],
    ['clientSecret2', 'CLIENT_SECRET2'],
  ])('%s → %s', (name, want) => expect(screamingSnake(name)).toBe(want));

  it.each([
    ['const stripeKey = ', 'STRIPE_KEY'],
    ['  apiToken: ', 'API_TOKEN'],
    ['config.stripe.secretKey = ', 'STRIPE_SECRET_KEY'],
    ["'api_key' => ", 'API_KEY'],
    ['$token = ', 'TOKEN'],
    ['new Stripe(', undefined],
    ['[', undefined],
  ])('%j assigns to %s', (before, want) => expect(assignedName(before)).toBe(want));

  it('a provider\'s conventional name where nothing is assigned', () => {
    expect(conventionalName({ ruleId: 'stripe-secret-key', provider: 'Stripe', title: 'Stripe secret key' }, 'x')).toBe('STRIPE_SECRET_KEY');
    expect(conventionalName({ ruleId: 'github-ghp', provider: 'GitHub', title: 'GitHub token' }, 'x')).toBe('GITHUB_TOKEN');
    expect(conventionalName({ ruleId: 'acme', provider: 'Acme Cloud', title: 'Acme token' }, 'x')).toBe('ACME_CLOUD_TOKEN');
    expect(conventionalName({ ruleId: 'url-credentials', provider: 'Generic', title: 'Password in URL' }, 'mysql://u:p@h/db')).toBe('DATABASE_URL');
  });
});

describe('fix: .env', () => {
  it('reuses the name a value already has, never overwrites another value, keeps line endings, quotes what needs it', () => {
    const env = new DotEnv('# local\r\nSTRIPE_KEY=other\r\nSAME="abc def"\r\n');
    expect(env.nameFor('API_KEY', 'abc def')).toBe('SAME');
    expect(env.nameFor('STRIPE_KEY', 'new')).toBe('STRIPE_KEY_2');
    expect(env.nameFor('STRIPE_KEY', 'newer')).toBe('STRIPE_KEY_3');
    expect(env.render()).toBe('# local\r\nSTRIPE_KEY=other\r\nSAME="abc def"\r\nSTRIPE_KEY_2=new\r\nSTRIPE_KEY_3=newer\r\n');
    expect([quote('plain-Value_1'), quote('a b#c'), quote("it's"), quote('a\'b"c')]).toEqual(['plain-Value_1', "'a b#c'", '`it\'s`', '`a\'b"c`']);
    expect(withExampleKeys('A=<a>\n', ['A', 'NEW_KEY'])).toBe('A=<a>\nNEW_KEY=<new key>\n');
    expect(withExampleKeys('A=<a>\n', ['A'])).toBeUndefined();
  });

  it('what Node reads back from .env is the value written', () => {
    const dir = tempDir('leakguard-fix-env-');
    const values = [fake.alnum(30), `${fake.alnum(8)} ${fake.alnum(8)}#x`, `a'b${fake.alnum(6)}`, `$HOME${fake.alnum(6)}`];
    const env = new DotEnv(undefined);
    values.forEach((v, i) => env.nameFor(`K${i}`, v));
    writeFileSync(join(dir, '.env'), env.render()!);
    const r = spawnSync(process.execPath, ['--env-file=.env', '-e', 'process.stdout.write(JSON.stringify([0,1,2,3].map((i) => process.env["K" + i])))'], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual(values);
  });
});
