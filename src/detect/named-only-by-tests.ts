import { pathEvidence } from './demote.js';

/**
 * Evidence across files: a file that only the test suite names, by its folder and name, is the suite's fixture,
 * whatever its folder is called (NATS' `server/configs/tls.conf`, loaded by `server/opts_test.go` as
 * `./configs/tls.conf`; an end-to-end suite's `suites/OIDC/users.yml`).
 * Names a framework loads by convention (`database.yml`, `appsettings.json`, `.env`, `settings.py`) are never
 * taken this way: the program reads them without writing their names, so tests may be the only code that does.
 */
const CONVENTIONAL_STEMS = new Set([
  'database', 'databases', 'db', 'secrets', 'secret', 'credentials', 'credential', 'application', 'appsettings', 'settings', 'config', 'configuration',
  'env', 'environment', 'production', 'prod', 'staging', 'local', 'default', 'defaults', 'parameters', 'wp-config', 'web', 'app', 'values', 'docker-compose',
  'compose', 'main', 'index', 'server', 'client', 'keys', 'key', 'private', 'id_rsa', 'id_ed25519', 'service-account', 'firebase', 'google-services', 'auth',
  // Manifests and tools' settings, found by name in a package's folder of a monorepo too.
  'package', 'pyproject', 'setup', 'tox', 'pytest', 'composer', 'pom', 'build', 'cargo', 'gemfile', 'codecov', 'coveralls', 'sonar-project', 'netlify', 'vercel',
  'serverless', 'mkdocs', 'tsconfig',
]);

/**
 * What a test that loads the file writes: its folder and name (`configs/tls.conf`), or undefined when the file sits at
 * the top of the repository (where tools find their settings by name: `tox.ini`, `pyproject.toml`, `.coveralls.yml`),
 * its name says too little, or it is one a framework loads by itself.
 */
export function distinctiveName(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const base = path.slice(slash + 1);
  // (git grep reads a newline in a fixed string as two patterns: such a name is never looked for.)
  if (!DATA_FILE.test(base) || /[\n\r]/.test(path)) return undefined;
  if (base.length < 6 || base.startsWith('.env')) return undefined;
  const stem = base.slice(0, base.indexOf('.') > 0 ? base.indexOf('.') : base.length).toLowerCase();
  if (CONVENTIONAL_STEMS.has(stem) || stem.startsWith('appsettings') || stem.startsWith('application')) return undefined;
  return path.slice(path.lastIndexOf('/', slash - 1) + 1);
}

/**
 * Files a program opens by their path: settings, keys, certificates, data. Source code is loaded by its module's
 * name, not its path, so a test naming a source file's path (an installer's test asserting the files it generates)
 * says nothing about what the file is; scripts are run by people following a README as often as by tests.
 */
const DATA_FILE = /\.(?:conf|cfg|cnf|ini|ya?ml|json5?|toml|xml|properties|sql|pem|key|crt|cer|der|jwks?|creds|txt|htpasswd|csv|tsv|ldif|tfvars|hcl|plist)$/i;

const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);

/**
 * The test files that name `file`, when tests alone do: files in its own folder (fixtures including each other),
 * documentation and third-party code say nothing either way; any other file (program code, build files, settings)
 * naming it makes it the project's own.
 */
export function onlyTestsName(file: string, naming: readonly string[]): string[] | undefined {
  const dir = dirOf(file);
  const tests: string[] = [];
  for (const p of naming) {
    if (p === file || dirOf(p) === dir) continue;
    const kind = pathEvidence(p)?.kind;
    if (kind === 'test fixture') tests.push(p);
    else if (kind === undefined) return undefined;
  }
  return tests.length ? tests : undefined;
}
