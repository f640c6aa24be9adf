import { nameWords } from './secret-name.js';
import { baseName, isCodeFile, isSecretsFile } from './file-kind.js';
import { looksRandom, typedByHand } from './randomness.js';
import { estimateBits } from './strength.js';
import { VOCAB } from './vocab.generated.js';
import { unleet } from './placeholders.js';
import { isMessagePath, TAG_MESSAGE } from './message-path.js';
import { linesBack, type Place } from './lines-back.js';

/**
 * Findings that are worth showing but never worth blocking a commit for.
 *
 * A hook that blocks ordinary commits gets bypassed with --no-verify and then
 * guards nothing, so the generic layer (which recognises a secret by where it
 * sits, not by its format) is demoted to a warning when the value or the place
 * says "not a live credential": a guessable demo password, a test fixture, a
 * documentation example. Provider-specific tokens are never demoted by path:
 * a real-format Stripe key in a test file is a real leak, and they often are.
 */

export type WarningReason = 'weak password' | 'weak secret' | 'test fixture' | 'documentation example' | 'third-party code' | 'public by design' | 'demo value' | 'holds no secret yet' | 'named only "key"' | "only a provider's name beside it" | `suppressed on the line (${string})`;

/**
 * Another scanner's suppression on the line is a decision someone reviewed: gosec's `#nosec` and
 * golangci-lint's `nolint:gosec`, bandit's and ruff's `noqa: S105`/`S106`/`S107` (hard-coded password
 * checks), SonarQube's `NOSONAR`, trufflehog's `trufflehog:ignore`, GitGuardian's `ggignore`,
 * secretlint's `secretlint-disable-line`. The finding is kept as a warning that names the marker (every
 * format shows it); `--no-inline-allow` turns every marker off for an audit.
 */
const PEER_SUPPRESSION = /(#\s?nosec\b|\bnolint:[\w,]*gosec\b|\bnoqa:\s?(?:[A-Z]+\d+,\s?)*S10[567]\b|\bNOSONAR\b|\btrufflehog:ignore\b|\bggignore\b|\bsecretlint-disable-line\b)/;

export function peerSuppression(line: string): WarningReason | undefined {
  const m = PEER_SUPPRESSION.exec(line);
  return m ? `suppressed on the line (${m[1]})` : undefined;
}

/** Directory names that hold tests, fixtures and snapshots (whole names; words in compound names: TEST_DIR_WORDS). */
const TEST_DIRS = new Set([
  'test', 'tests', '__tests__', 'spec', 'specs', 'fixture', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data',
  '__mocks__', 'mocks', 'e2e', 'testing', 'testutil', 'testutils', '__snapshots__', 'snapshots', '.snapshots', 'cypress', 'playwright',
  'src/test', 'unittests', 'integration-tests', 'integration_tests', 'itest', 'itests',
  // Demo data for development databases: Laravel factories and seeders, Rails seeds.
  'factories', 'seeders', 'seeds', 'seed', 'seeding', 'seed-data', 'seed_data',
  // Maven's integration tests (src/it), conformance and end-to-end suites, and a certification suite's recorded runs
  // (OpenID's `certification/`: the test clients' secrets and tokens of every logged exchange).
  'it', 'suites', 'conformance', 'certification',
  // Recorded HTTP exchanges replayed by tests (VCR's cassettes, Polly's and the Azure SDKs' recordings).
  'cassettes', 'vcr_cassettes', 'recordings',
]);
/**
 * Words that, anywhere in a directory's name (any case, any separator: `e2eTests`, `api-mocks`,
 * `StubServer`, `auth_fixtures`, `conformance-suite`), say it holds tests or stand-ins, in the
 * conventions of every common ecosystem.
 */
const TEST_DIR_WORDS = new Set([
  'test', 'tests', 'spec', 'specs', 'fixture', 'fixtures', 'testdata', 'mock', 'mocks', 'fake', 'fakes', 'stub', 'stubs',
  'e2e', 'snapshot', 'snapshots', 'conformance', 'sandbox', 'testutil', 'testutils', 'testing', 'testcases', 'dummy',
]);
/**
 * Local development environments: containers and config for running the project on a laptop
 * (`contrib/local-environment/`, `devenv/`, `local-dev/`, `dev-setup/`, `demo-setups/`, `.dev/`, a Vagrant box's `vagrant/`), whose
 * credentials are the local containers'.
 */
const DEV_ENV_DIR = /^(?:local[-_.]?(?:dev|development|env|environment|setup|stack)s?|dev[-_.]?(?:env|environment|setup|stack|container)s?|devenv|devcontainer|\.devcontainer|demo[-_.]?setups?|\.dev|\.?vagrant)$/i;
/** File names of tests in the usual conventions: x.test.ts, x_test.go, test_x.py, tests.py (Django), XTest.java, x_spec.rb, x.snap. */
const TEST_FILE = /(?:[._-](?:test|tests|spec|specs)\.[a-z0-9]+$|^test_[^/]+\.py$|^tests?(?:[-_][\w-]+)?\.py$|^conftest\.py$|^phpunit\.xml$|(?:Test|Tests|Spec|IT)\.(?:java|kt|scala|groovy|cs|php|swift)$|\.snap$|^tests?(?:[._-][^/]*)?\.env$|^\.env\.(?:test|testing)(?:\.local)?$)/;
/** Storybook's (and Ladle's) stories: `Button.stories.tsx`, `TokenExplanation.story.tsx`, `Intro.stories.mdx`. */
const STORY_FILE = /\.(?:stories|story)\.(?:[cm]?[jt]sx?|vue|svelte|mdx)$/;
const DOC_DIRS = new Set(['docs', 'doc', 'documentation', 'examples', 'example', 'samples', 'sample', 'guides', 'tutorial', 'tutorials', 'docs_src', 'demo', 'demos', 'docbkx', 'docbook']);
/** Words that, anywhere in a directory's name, say it documents or demonstrates (`api-examples`, `DemoApp`, `code_samples`). */
const DOC_DIR_WORDS = new Set(['docs', 'documentation', 'example', 'examples', 'sample', 'samples', 'demo', 'demos', 'tutorial', 'tutorials', 'cookbook', 'playground', 'quickstart']);
/**
 * Prose (also as a template: README.md.j2; Maven's site pages, `.apt`), a manual (`MANUAL.html`, a man page named for
 * its section, `rclone.1`, `syncthing-config.5`: one dot, so a rotated copy such as `config.yml.1` is not one, nor a name
 * that says key, secret, credentials, password, token or env, `id_rsa.1`), notebooks, and API descriptions
 * (OpenAPI/Swagger), whose values are examples by purpose.
 */
const DOC_FILE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|apt|textile|ipynb)(?:\.(?:j2|jinja2?|tmpl|tpl|erb|hbs|mustache))?$|^readme(?:\.[a-z]+)?$|^manual\.(?:html?|txt)$|^(?![\w-]*(?:key|secret|cred|pass|token|rsa|dsa|ed25519|env))[\w-]+\.[1-9]$|^(?:openapi|swagger)(?:[._-][\w.-]*)?\.(?:ya?ml|json)$/i;
/**
 * Templates people copy and fill in: `.env.dist`, `phpunit.xml.dist`, `config.sample.yml`, `settings.example.py`,
 * and settings named example first (`example.env`, `sample.config.json`; not code such as `example.go`, nor
 * `template.yaml`, which is a CloudFormation stack).
 */
const TEMPLATE_FILE = /[._-](?:dist|example|examples|sample|template|tpl)(?:\.[\w-]+)?$|^(?:example|sample)[._-](?:[\w-]{1,40}\.){0,3}(?:env|ya?ml|json|ini|toml|conf|cfg|properties|xml)$/i;
/**
 * Test directories only at the top of a repository: `integration/` (traefik, containerd, moby) and `t/`
 * (Perl's and Test::Nginx's convention: Kong, OpenResty, git). Deeper down, `src/integration/` is as often
 * code that integrates with a provider.
 */
const TOP_TEST_DIRS = new Set(['integration', 't']);
/**
 * A development folder at the top of a repository (`dev/`, `development/`): the compose files, charts and
 * configuration a contributor runs the project with. Deeper down, `src/dev/` is as often code.
 */
const TOP_DEV_DIRS = new Set(['dev', 'development']);

/**
 * A directory named for tests with the word fused to a project's or a kind's name, no separator between
 * (`caddytest/`, `webtests/`, `caldavtests/`, `apitest/`, `testapp/`, `testproject/`), which the word split of
 * TEST_DIR_WORDS cannot see. English words that end the same way (`latest/`, `contest/`, superlatives) are not.
 */
function fusedTestWord(dir: string): string | undefined {
  const d = dir.toLowerCase();
  if (/^[a-z0-9]{2,30}tests?$/.test(d) && !NOT_FUSED_TEST.has(d.replace(/s$/, ''))) return d;
  // A package of test helpers (Go's `repotesting`, `blobtesting`): `testing` at the end, not a word that ends so.
  if (/^[a-z0-9]{2,30}testing$/.test(d) && !NOT_FUSED_TEST.has(d.replace(/ing$/, ''))) return d;
  // …and what it holds: `testcerts/`, `testkeys/`, `testfiles/`, `test_resources` fused.
  if (/^tests?(?:app|apps|project|projects|server|servers|suite|suites|helpers?|support|kit|libs?|env|bed|harness|certs?|certificates?|keys?|files|resources|configs?|ssl|tls)$/.test(d)) return d;
  return undefined;
}
const NOT_FUSED_TEST = new Set([
  'latest', 'contest', 'attest', 'protest', 'detest', 'pretest', 'greatest', 'fastest', 'shortest', 'hottest', 'softest', 'smartest',
  'lightest', 'tightest', 'quietest', 'cutest', 'sweetest', 'neatest', 'strictest', 'fittest', 'flattest', 'wettest', 'brightest', 'slightest',
]);

/** Folders a CI service reads its configuration from: what sits there configures pipelines and their test runs. */
const CI_DIRS = new Set(['.github', '.circleci', '.ci', '.gitlab', '.buildkite', '.woodpecker', '.drone', '.travis', '.semaphore']);

/** A line that is a comment in most languages: `//`, ` * ` (JSDoc), `#`, `<!--`, `--`. */
const CODE_COMMENT = /^\s*(?:\/\/|\/?\*|#|<!--|--)/;

/**
 * A comment in source code (`// record.SetRaw("password", "$2a$10$…")`, a JSDoc example): the code
 * does not use what it shows, so it documents a shape.
 */
export function exampleKindOfLine(path: string, line: string): 'documentation example' | undefined {
  if (!isCodeFile(path) || !CODE_COMMENT.test(line)) return undefined;
  // In the C family `#` starts a directive (`#define WIFI_PASSWORD "…"`), not a comment.
  if (/^\s*#/.test(line) && C_FAMILY.test(path)) return undefined;
  return 'documentation example';
}
/** Languages with a C preprocessor (or C#'s directives): C, C++, Objective-C, C#, CUDA. */
const C_FAMILY = /\.(?:c|h|cc|cpp|cxx|hpp|hh|hxx|ino|m|mm|cs|cu|cuh)$/i;

/**
 * Words that make a file's name say it holds stand-ins (`SetupDummyAccount.php`, `fake_users.py`, `mockServer.ts`,
 * `user_fixtures.go`, `stubs.ts`) or serves tests (`ResetTestCommand.php`, `InvoiceController.Testing.cs`,
 * `load-test-data.sql`), or seeds a demo database (`DemoSeederCommand.php`, `UsersTableSeeder.php`, the seeders/ folder's
 * convention in a file's name): test code named for what it does rather than by a runner's convention.
 */
const STAND_IN_FILE = new Set(['dummy', 'fake', 'fakes', 'mock', 'mocks', 'fixture', 'fixtures', 'stub', 'stubs', 'testdata', 'test', 'tests', 'testing', 'seeder', 'seeders']);

/** Any compose file (judged by what it runs: localStack), with the words of its name after `compose` (`.dev`, `-cypress`). */
export const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[._-]([\w.-]{1,60}))?\.ya?ml$/;
/**
 * The word of a compose file's name that says development or tests (`docker-compose.dev.yml`, `docker-compose.cypress.yml`,
 * `compose.dev.local.yaml`): the credentials of local containers.
 */
function devComposeWord(path: string): string | undefined {
  return COMPOSE_FILE.exec(path)?.[1]?.toLowerCase().split(/[._-]+/).find((w) => TEST_ENV_WORDS.has(w) || DEV_ENV_WORDS.has(w) || w === 'local');
}
/** Images of the services a development stack runs beside the application: databases, caches, queues, mail catchers and cloud emulators, in any registry, and their variants (`bitnami/postgresql-repmgr`). */
const LOCAL_SERVICE_IMAGE = /^[ \t]*image:[ \t]*["']?(?:[\w.-]+\/)*(?:postgres(?:ql)?|postgis|timescaledb|pgpool|pgbouncer|mysql(?:-server)?|mariadb|mssql\/server|azure-sql-edge|oracle-(?:xe|free)|cassandra|scylla|couchdb|couchbase|neo4j|influxdb|clickhouse-server|cockroach|arangodb|rethinkdb|redis(?:-stack(?:-server)?)?|valkey|mongo|mongodb|mongo-express|memcached|rabbitmq|keycloak|minio|mailhog|mailpit|mailcatcher|smtp4dev|greenmail|localstack|azure-cosmos-emulator|fake-gcs-server|elasticsearch|opensearch|meilisearch|typesense|solr|zookeeper|kafka|nats|adminer|phpmyadmin|pgadmin4?|traefik|nginx|dex|openldap|azurite|dynamodb-local|wiremock)(?:-[a-z0-9]{1,20})?(?::|["'\s]|$)/m;
/** Proxies and database consoles: a local stack runs them too, but what they mount is served, not seeded (a site's TLS keys). */
const NOT_A_DATA_SERVICE = /(?:^|\/)(?:nginx|traefik|adminer|phpmyadmin|pgadmin4?|mongo-express)(?::|["'\s]|$)/;

/**
 * An `image:` line of a service a local stack seeds with data (a database, a directory, an identity server, a mail
 * catcher, an emulator): what a compose file mounts into it is the stack's data (compose-mounts.ts).
 */
export function seedsLocalService(imageLine: string): boolean {
  return LOCAL_SERVICE_IMAGE.test(imageLine) && !NOT_A_DATA_SERVICE.test(imageLine.replace(/^\s*image:\s*["']?/, ''));
}
/** Ports published on the loopback address only (`"127.0.0.1:5432:5432"`): reachable from this machine alone. */
const LOOPBACK_PORT = /^[ \t]*-[ \t]*["']?(?:127\.0\.0\.1|localhost):\d+/m;

/**
 * A compose file that runs a local stack, by content: service images a developer runs beside the
 * app (postgres, redis, keycloak…) or ports bound to the loopback address. The passwords in it are
 * the local containers'; values of shape rules there warn (provider formats still block).
 */
export function localStack(path: string, text: string): 'test fixture' | undefined {
  return isCompose(path, text) && (LOCAL_SERVICE_IMAGE.test(text) || LOOPBACK_PORT.test(text)) ? 'test fixture' : undefined;
}

/** A compose file by its name, or by its content whatever its name (`docker/db/.pgpool.yml`, `stack.yaml`): YAML with a top-level `services:` map. */
function isCompose(path: string, text: string): boolean {
  return COMPOSE_FILE.test(path) || (/\.ya?ml$/i.test(path) && COMPOSE_SERVICES.test(text));
}
const COMPOSE_SERVICES = /^services:[ \t]*(?:#[^\n]*)?$/m;

/** Words that name a value a stand-in when they name what holds it (`TEST_FAKE_RSA_KEY_0 = "-----BEGIN…`, `test_spreadsheet_key`, `REDACTED_CREDENTIAL_VALUE`). */
const EXAMPLE_NAME_WORDS = new Set(['fake', 'dummy', 'mock', 'example', 'sample', 'test', 'testing', 'placeholder', 'redacted']);

/**
 * What holds the value says it is a stand-in: a word of the name it is assigned to, the text before the
 * match back to the last `,;{}` (so `{"sampleRate":1,"apiSecret":"…` is not one; `dummyBcryptHash =
 * []byte("…` is) and within 80 characters. Bitwarden's Rust SDK has 100 test keys named this way.
 */
export function exampleKindOfName(before: string): 'test fixture' | undefined {
  const holder = before.slice(-80).split(/[,;{}]/).pop()!;
  return nameWords(holder).some((w) => EXAMPLE_NAME_WORDS.has(w)) ? 'test fixture' : undefined;
}

/**
 * An address at a domain reserved for documentation and tests (RFC 2606, RFC 6761) on the line:
 * `alice@example.com`, `https://api.example.org/`, `ci@runner.test`. Who writes one is showing an example
 * or seeding demo users, and the password beside it belongs to that make-believe account.
 */
const RESERVED_ADDRESS = /(?:@|\/\/)(?:[\w-]{1,63}\.){0,8}(?:example\.(?:com|net|org)|[\w-]{1,63}\.(?:example|test|invalid))(?![\w-]|\.[a-z])/i;

export function exampleAddressOnLine(line: string): 'demo value' | undefined {
  return RESERVED_ADDRESS.test(line) ? 'demo value' : undefined;
}

/**
 * A value that says it is not for production, at its start: Django writes `django-insecure-` before the key
 * `startproject` generates (since 3.2), and people name development keys the same way (`dev-only-…`,
 * `insecure-…`, `test_only_…`). A production key never announces that it is unsafe.
 */
const SELF_DECLARED_INSECURE = /^(?:[a-z]{1,20}[-_])?(?:insecure|unsafe|not[-_]?secure|dev[-_]only|development[-_]only|test[-_]only|local[-_]only|for[-_]testing[-_]only)(?:[-_.:]|$)/i;

export function declaredInsecure(secret: string): 'demo value' | undefined {
  return SELF_DECLARED_INSECURE.test(secret) ? 'demo value' : undefined;
}

/**
 * Words that make a SQL script the one an application installs or migrates its database with
 * (`app/Schema/Sql/postgres.sql`, `install/structure.sql`, `db/schema.sql`, `docker-entrypoint-initdb.d/`).
 */
const SCHEMA_WORDS = new Set(['schema', 'schemas', 'install', 'installer', 'installation', 'structure', 'migration', 'migrations', 'migrate', 'initdb', 'seed', 'seeds']);
/** A row of data: an INSERT, or (on a line cut of its spaces) a tuple of a multi-row VALUES list. */
const INSERT = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO\b/i;
const VALUES_TUPLE = /^\(.*\)[,;]?$/;

/**
 * A row that an install or migration script seeds (the first admin's hash, an instance token the schema
 * dump was taken with): every installation's starting default, replaced on setup, not the secret of a
 * running one. Only data rows: `CREATE USER … PASSWORD` in the same script sets a database role's
 * password, in production too, and blocks; a dump by any other name (`backup.sql`) says nothing.
 */
export function seedRow(path: string, line: string): string | undefined {
  if (!/\.sql$/i.test(path) || !(INSERT.test(line) || VALUES_TUPLE.test(line.trim()))) return undefined;
  const parts = path.split('/');
  parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -4);
  const word = parts.flatMap((part) => nameWords(part)).find((w) => SCHEMA_WORDS.has(w));
  return word && `the word "${word}" in ${path}`;
}

/**
 * The line's own comment, after the value, says to replace it (`$sessionpassword = "…"; //Replace with a strong
 * password`, `SECRET_KEY=… # change me`, `password: … # generate your own`): a default the author expects to
 * be overwritten, the sample of a setting rather than a running system's secret.
 */
const REPLACE_ME = /\b(?:replace|change)[ \t]*(?:it|this|me|with|in[ \t]+production|before)\b|\byour[ \t]+own\b|\bgenerate[ \t]+(?:a|one|your|it|new)\b|\bre-?generate\b|\bset[ \t]+(?:this|your)\b/i;

export function replaceMeComment(afterValue: string): 'demo value' | undefined {
  const comment = trailingComment(afterValue);
  return comment !== undefined && REPLACE_ME.test(comment) ? 'demo value' : undefined;
}

/** A whole line that is a comment in configuration and code: `#`, `//`, `;`, `--`. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|;|--)/;
/**
 * A sentence that tells the reader to put their own value in: it starts with the verb (`Please regenerate the APP_KEY
 * value…`, `change this before deploying`, `Use your own key`), where a sentence that only mentions changing
 * (`If you change this key, all old signed cookies will become invalid!`, Rails' own initializer) tells nothing.
 */
const INSTRUCTION = /^[ \t]*(?:please[ \t]+)?(?:re-?generate|generate|replace|change|set|use|put|paste|insert|fill)\b/i;

/**
 * The comment lines right above the value tell the reader to replace it (`# Please regenerate the APP_KEY value … Copy
 * paste the value here`, `// change this before deploying`): the same default as a trailing comment's, written on its
 * own line. Up to three comment lines, never across code or a gap between added lines.
 */
export function replaceMeCommentAbove(p: Place): 'demo value' | undefined {
  const lines = linesBack(p);
  lines.next(); // the value's own line: its trailing comment is replaceMeComment's
  for (let i = 0; i < 3; i++) {
    const { value: line, done } = lines.next();
    if (done || !COMMENT_LINE.test(line)) return undefined;
    const sentences = line.replace(COMMENT_LINE, '').split(/[.!?;:](?:[ \t]|$)/);
    if (sentences.some((s) => INSTRUCTION.test(s) && REPLACE_ME.test(s))) return 'demo value';
  }
  return undefined;
}

/** The text of the first comment in what follows a value: `#`, `//`, `--` or `;`, at the start or after a space, `;` or `,`. */
function trailingComment(s: string): string | undefined {
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && !' \t;,'.includes(s[i - 1]!)) continue;
    const marker = s.startsWith('//', i) || s.startsWith('--', i) ? 2 : s[i] === '#' || s[i] === ';' ? 1 : 0;
    if (marker) return s.slice(i + marker);
  }
  return undefined;
}

/** CI pipelines: the passwords and keys of their service containers and test runs. */
const CI_CONFIG = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml|\.circleci\/config\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml)$/;

/** Any CI service's pipeline file by the common naming (`.chipperci.yml`, `.some-ci.yaml`). */
const CI_CONFIG_NAME = /^\.[a-z0-9-]{0,30}ci\.ya?ml$/;

/** Words of an environment's name that say tests run there (`.env.tests`, `.env.testing-ci`, `.env.dusk.local`). */
const TEST_ENV_WORDS = new Set([
  'test', 'tests', 'testing', 'ci', 'e2e', 'dusk', 'unit', 'integration', 'cypress', 'playwright',
  // CI services by name (`.env.travis`, `.env.github`, `.env.circleci`): the pipeline's environment.
  'travis', 'github', 'gitlab', 'circleci', 'circle', 'drone', 'jenkins', 'buildkite', 'appveyor', 'woodpecker', 'actions', 'pipeline', 'pipelines',
]);
/**
 * Scripts and settings files, whose name says which environment they set up (`docker/develop.sh`, `dev-setup.ps1`,
 * `vagrant.yml`); a source file named so (`DevToolsPanel.tsx`) is code like any other.
 */
const SCRIPT_OR_SETTINGS = /\.(?:sh|bash|zsh|ps1|bat|cmd|ya?ml|json|ini|toml|conf|cfg|properties)$/i;
/** Words that say a developer's machine (`.env.dev.docker`, `.env.development`, `devcontainer.database.yml`). */
const DEV_ENV_WORDS = new Set(['dev', 'develop', 'development', 'devcontainer', 'vagrant']);
/** Configuration files named for an environment, as frameworks name them (Rails, Phoenix, config gems): `test.yml`, `test.exs`. */
const TEST_ENV_CONFIG = /^(?:test|testing)\.(?:ya?ml|json|toml|rb|exs|ini|conf|properties|php|py)$/;
/**
 * A settings module named for a non-production environment inside a configuration folder: Django's
 * `settings/ci.py` and `settings/dev.py`, Rails' `config/environments/development.rb`, `config/dev.exs`.
 */
const ENV_MODULE = /(?:^|\/)(settings|config|configs|conf|environments|envs)\/(ci|e2e|dev|development|test|testing)\.(?:py|rb|exs|php|ya?ml|json|toml|ini|js|ts)$/i;

/**
 * A dotenv or configuration file named for the environment it configures: tests and CI
 * (`.env.tests`, `.env.unit-tests`, `config/settings/test.yml`), or a developer's machine (`.env.dev.docker`,
 * `devcontainer.database.yml`). Its credentials are that environment's. `.env.local` and `.env.production`
 * are not: the first is where a developer keeps real keys (and should not be committed at all).
 */
function environmentOfName(base: string): string | undefined {
  if (TEST_ENV_CONFIG.test(base)) return `configuration for the test environment by its name (${base})`;
  const words = /^\.env[._-]/.test(base)
    ? base.slice(5).toLowerCase().split(/[._-]+/)
    : /^devcontainer[._-]/i.test(base)
      ? ['devcontainer']
      : /^[\w.-]{1,60}\.env$/.test(base) // the environment's name first (`ci.env`, `e2e.env`, `dev.docker.env`)
        ? base.slice(0, -4).toLowerCase().split(/[._-]+/)
        : [];
  const testWord = words.find((w) => TEST_ENV_WORDS.has(w));
  if (testWord) return `a dotenv file for tests or CI by its name (the word "${testWord}" in ${base})`;
  const devWord = words.find((w) => DEV_ENV_WORDS.has(w));
  if (devWord) return `configuration for a local development environment by its name (the word "${devWord}" in ${base})`;
  return undefined;
}

/** Key and certificate files by their extension. */
const KEY_FILE = /\.(?:pem|key|crt|cer|der|pfx|p12|jwk|jks|keystore|asc|gpg|ppk)$/i;
/**
 * Words that name a key made for a developer's machine: Debian's `ssl-cert-snakeoil.key`, Visual Studio's
 * `App_TemporaryKey.pfx`, IdentityServer's `tempkey.jwk`, `localhost.pem`, `selfsigned.crt`, `dev.key`,
 * Vagrant's `insecure_private_key`; or a key kept to test what fails (`serverkey_private_faulty.asc`, `expired.pem`).
 */
const DEV_KEY_WORDS = new Set([
  'snakeoil', 'selfsigned', 'temporary', 'tempkey', 'temp', 'localhost', 'dev', 'develop', 'development', 'insecure', 'unsecure',
  'faulty', 'expired', 'revoked', 'invalid', 'bogus', 'broken',
]);

/** The word of a key file's name (`words`: its stem's) that says it was made for development, if any. */
function developmentKeyWord(base: string, words: string[]): string | undefined {
  if (!KEY_FILE.test(base)) return undefined;
  return words.find((w) => DEV_KEY_WORDS.has(w)) ?? (words.join('').includes('selfsigned') ? 'self-signed' : undefined);
}

/** Words of code that seeds a database (`prisma/seed.ts`, `db/seeds.rb`, `SeedData.cs`, `DbInitializer.cs`). */
const SEED_WORDS = new Set(['seed', 'seeds', 'seeding']); // (seeder: STAND_IN_FILE's already)
const INITIALIZER_WORDS = new Set(['initializer', 'initialiser', 'initialize', 'initialise', 'initialization', 'initialisation']);
/** What a seed or an initializer fills: a database, its context or its data (a wallet's `seed.ts` holds no such word). */
const DATA_WORDS = new Set(['db', 'database', 'data', 'context', 'dbcontext', 'users', 'user', 'demo', 'sample', 'initial', 'schema']);
const DATA_DIRS = new Set(['db', 'database', 'databases', 'prisma', 'data', 'migrations', 'persistence', 'infrastructure']);

/**
 * Code that seeds a database, by its name: a seed or initializer word beside what it fills, in the name or in
 * the folder above (`Infrastructure/Data/ApplicationDbContextInitialiser.cs`, `prisma/seed.ts`, `db/seeds.rb`).
 * The accounts it creates are the demo ones every fresh install or test database starts from.
 */
function seedCode(dirs: string[], words: string[]): string | undefined {
  const seed = words.find((w) => SEED_WORDS.has(w) || INITIALIZER_WORDS.has(w));
  return seed && (words.some((w) => DATA_WORDS.has(w)) || DATA_DIRS.has(dirs[dirs.length - 1] ?? '')) ? seed : undefined;
}

/** Minified and bundled files (`jspdf.min.js`, `app.min.css`, `scalar.standalone.js`, `vendor.bundle.js`): a library's or a build's output, not where a project writes its settings. */
const MINIFIED_FILE = /[.-](?:min|standalone|bundle|umd)\.(?:js|mjs|cjs|css)$/i;

/** Why a path holds examples rather than configuration: tests and fixtures, or documentation. */
export function exampleKindOfPath(path: string): PathKind | undefined {
  return pathEvidence(path)?.kind;
}

/**
 * Folders of code a package manager or a copy brought in: `vendor/` (Go, PHP, Ruby, Hugo's `_vendor/`),
 * `third_party/`, `node_modules/`, `bower_components/`, `site-packages/`, CocoaPods' `Pods/`, Carthage, and Go's
 * first vendoring tool (`Godeps/_workspace/`).
 * Its values are its authors' examples and tests; a shape there is not this project's secret.
 */
const THIRD_PARTY_DIRS = new Set(['vendor', 'vendors', '_vendor', 'vendored', 'third_party', 'third-party', 'thirdparty', 'node_modules', 'bower_components', 'jspm_packages', 'site-packages', 'pods', 'carthage', 'godeps']);
/** NuGet's restored packages (`packages/DotNetZip.1.9.1.8/`) and pnpm's store (`.pnpm/lodash@4.17.21/`): a folder named for a package and its version. */
// (A name's parts start with a letter and a version's with a digit, and a version's suffix with a separator: no two
// parts can take the same characters, so a long name that does not match fails in one pass.)
const VERSIONED_PACKAGE_DIR = /^(?:[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.\d+\.\d+(?:\.\d+){0,2}(?:-[\w.]+)?|(?:@[\w.-]+\+)?[\w.-]+@\d+\.\d+\.\d+(?:[-+.][\w.+-]*)?)$/;

export type PathKind = 'test fixture' | 'documentation example' | 'third-party code';

/** What in a path says it holds examples, and which part says so (for `leakguard explain` and JSON `why`). */
export function pathEvidence(path: string): { kind: PathKind; because: string } | undefined {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  // Lower-cased directory names; the file name keeps its case (FooTest.java).
  const rawDirs = parts.slice(0, -1);
  const dirs = rawDirs.map((p) => p.toLowerCase());
  const test = (because: string) => ({ kind: 'test fixture' as const, because });
  const doc = (because: string) => ({ kind: 'documentation example' as const, because });
  // A message is prose, like a README or the pull request's description it is often squashed from: a shape
  // there is an example or a reproduction's setting. A provider's format in it still blocks.
  if (isMessagePath(path)) return doc(`a ${path === TAG_MESSAGE ? 'tag' : 'commit'} message: prose, like a README or a pull request's description`);
  if (TEST_FILE.test(base)) return test(`a test file by its name (${base})`);
  if (STORY_FILE.test(base)) return test(`a Storybook story by its name (${base}): a component shown with made-up props, like a test's`);
  const stemWords = nameWords(base.replace(/\.[^.]*$/, ''));
  const standIn = stemWords.find((w) => STAND_IN_FILE.has(w));
  if (standIn) return test(`a file named for tests or stand-ins (the word "${standIn}" in ${base})`);
  const devWord = SCRIPT_OR_SETTINGS.test(base) ? stemWords.find((w) => DEV_ENV_WORDS.has(w)) : undefined;
  if (devWord) return test(`a script or settings file named for development (the word "${devWord}" in ${base}): the local containers' credentials`);
  const keyWord = developmentKeyWord(base, stemWords);
  if (keyWord) return test(`a key file named for development (the word "${keyWord}" in ${base}): a developer's machine's certificate or signing key, made to be thrown away`);
  if (base === 'launchSettings.json') return test("Visual Studio's launch profiles (launchSettings.json): how a developer's machine starts the app; publishing leaves it out");
  const seed = seedCode(dirs, stemWords);
  if (seed) return test(`code that seeds a database by its name (the word "${seed}" in ${parts.slice(-2).join('/')}): the demo accounts a fresh install or a test database starts from`);
  if (CI_CONFIG.test(path) || CI_CONFIG_NAME.test(base)) return test('a CI pipeline: its service containers\' and test runs\' credentials');
  const env = environmentOfName(base);
  if (env) return test(env);
  const composeWord = devComposeWord(path);
  if (composeWord) return test(`a compose file for development or tests by its name (the word "${composeWord}" in ${base})`);
  const envModule = ENV_MODULE.exec(path);
  if (envModule) return test(`configuration for the ${envModule[2]} environment by its name, in a configuration folder (${envModule[1]}/${base})`);
  if (TOP_TEST_DIRS.has(dirs[0] ?? '')) return test(`a top-level test directory (${rawDirs[0]}/)`);
  if (TOP_DEV_DIRS.has(dirs[0] ?? '')) return test(`a top-level development folder (${rawDirs[0]}/): what contributors run the project with`);
  if (CI_DIRS.has(dirs[0] ?? '')) return test(`a CI service's folder (${rawDirs[0]}/): its pipelines' and test runs' settings`);
  for (const [i, d] of dirs.entries()) {
    if (TEST_DIRS.has(d)) return test(`a test directory (${rawDirs[i]}/)`);
    if (DEV_ENV_DIR.test(d)) return test(`a local development environment (${rawDirs[i]}/)`);
    const word = nameWords(rawDirs[i]!).find((w) => TEST_DIR_WORDS.has(w));
    if (word) return test(`a directory named for tests or stand-ins (the word "${word}" in ${rawDirs[i]}/)`);
    if (fusedTestWord(d)) return test(`a directory named for tests (${rawDirs[i]}/)`);
  }
  if (DOC_FILE.test(base)) return doc(`documentation by its name (${base})`);
  if (TEMPLATE_FILE.test(base)) return doc(`a template to copy and fill in (${base})`);
  for (const [i, d] of dirs.entries()) {
    if (DOC_DIRS.has(d)) return doc(`a documentation or examples directory (${rawDirs[i]}/)`);
    // Maven's site: the project's documentation pages, generated into its web site.
    if (d === 'site' && dirs[i - 1] === 'src') return doc(`a build's documentation site (${rawDirs[i - 1]}/${rawDirs[i]}/)`);
    const word = nameWords(rawDirs[i]!).find((w) => DOC_DIR_WORDS.has(w));
    if (word) return doc(`a directory named for documentation or demos (the word "${word}" in ${rawDirs[i]}/)`);
  }
  // Last: a test or a document inside third-party code says more about what a value is for.
  for (const [i, d] of dirs.entries()) {
    if (THIRD_PARTY_DIRS.has(d)) return { kind: 'third-party code', because: `a folder of code brought in from elsewhere (${rawDirs[i]}/)` };
    if (i > 0 && (dirs[i - 1] === 'packages' || dirs[i - 1] === '.pnpm') && VERSIONED_PACKAGE_DIR.test(rawDirs[i]!)) return { kind: 'third-party code', because: `a package restored at a version (${rawDirs[i - 1]}/${rawDirs[i]}/)` };
  }
  if (MINIFIED_FILE.test(base)) return { kind: 'third-party code', because: `a minified or bundled file, a library's or a build's output (${base})` };
  const archive = packageArchive(path);
  if (archive) return { kind: 'third-party code', because: `a package's archive at a version (${archive})` };
  return undefined;
}

/**
 * A provider's test-mode or sandbox credential by its own prefix (Stripe's `sk_test_`, Razorpay's `rzp_test_`,
 * Flutterwave's `FLWSECK_TEST-`, Checkout.com's `sk_sbox_`, Plaid's `access-sandbox-`, Braintree's
 * `access_token$sandbox$`): it reaches no real money or customer. In a test it is the suite's fixture, in an
 * example or a document the guide's sample (a live key beside it blocks on its own); in the program's own code
 * it still blocks: it opens the account's test data, and that is where the live key will be put.
 */
const TEST_MODE_KEY = /^(?:(?:sk|rk|pk)_test_|rzp_test_|FLWSECK_TEST-|sk_sbox_|access-sandbox-|access_token\$sandbox\$|sandbox_)/;

export function testModeKeyOutsideCode(secret: string, path: string): 'test fixture' | 'documentation example' | undefined {
  if (!TEST_MODE_KEY.test(secret)) return undefined;
  const kind = pathEvidence(path)?.kind;
  return kind === 'test fixture' || kind === 'documentation example' ? kind : undefined;
}

/**
 * A test or a document inside code brought in from elsewhere (`vendor/…/storage/recordings/…`, `node_modules/x/test/…`,
 * a vendored project's `website/source/docs/…`): another project's test data or published examples, committed with
 * the dependency. Its provider-format values are that project's, published with its source; this project has
 * nothing to rotate, and a commit that updates a dependency should not stop on them. Returns the folder and the
 * evidence, for explain.
 */
export function vendoredTestOrDoc(path: string): string | undefined {
  const parts = path.split('/');
  const at = parts.findIndex((p, k) => k < parts.length - 1 && THIRD_PARTY_DIRS.has(p.toLowerCase()));
  if (at < 0) return undefined;
  const inner = pathEvidence(parts.slice(at + 1).join('/'));
  return inner?.kind === 'test fixture' || inner?.kind === 'documentation example' ? `${parts.slice(0, at + 1).join('/')}/: ${inner.because}` : undefined;
}

/** A path that names production or its provisioning (`deploy/`, `huginn_production/`, `prod.rb`). */
const PRODUCTION_PATH = /(?:^|[\/._-])(?:production|prod|deploy|deployment|provisioning)(?:$|[\/._-])/i;

/**
 * A password hash blocks only where accounts are kept or provisioned; everywhere else it is a seeded, default or
 * sample account's (program code, a schema's seed rows, an API's documented response, an installer's first
 * administrator, an app's bundled data). Of the 96 password hashes triaged in `npm run wild`'s repositories, one was a
 * real account's (in code that provisions production), and a hash logs nobody in: what it risks is the offline
 * cracking of a weak password, which matters where real accounts are.
 * Where they are: an account store by name (htpasswd, shadow, a users or credentials file, an LDIF, a dump or a
 * backup, a dotenv file), such a store's record copied anywhere (`deploy:$apr1$…`, `root:$6$…:19000:…`,
 * `userPassword: {SSHA}…`, a table's row outside SQL), and whatever provisions production.
 */
export function hashOutsideAccountStore(path: string, line: string): 'demo value' | undefined {
  return PRODUCTION_PATH.test(path) || ACCOUNT_RECORD.test(line) || tableRowOutsideSql(path, line) || accountStore(path) ? undefined : 'demo value';
}

/**
 * A table's row copied out of SQL, into code or notes (`INSERT INTO users VALUES (1,'admin','$2y$…')`): a dump's. In a
 * SQL file the file's name decides: a schema's or a migration's seed is the default account, a dump or a backup blocks.
 */
function tableRowOutsideSql(path: string, line: string): boolean {
  return /\bINSERT\s{1,4}INTO\b/i.test(line) && !/\.sql$/i.test(path);
}

/** An account store's record: `user:$apr1$…` (htpasswd), `root:$6$…:19000:…` (shadow), `userPassword: {SSHA}…` (LDIF). */
const ACCOUNT_RECORD = /(?:^|[\s'"`])[\w.-]{1,64}:(?:\$|\{SSHA)|\buserPassword::?\s/i;

/** Words of a file's name that say it keeps accounts, or a copy of what a running system keeps. */
const ACCOUNT_STORE_WORDS = new Set(['htpasswd', 'htdigest', 'shadow', 'passwd', 'user', 'users', 'account', 'accounts', 'login', 'logins', 'credential', 'credentials', 'dump', 'backup', 'ldif']);

/** Program code named for users (`models/user.go`) is the code that handles accounts, not where they are kept. */
function accountStore(path: string): boolean {
  return !isCodeFile(path) && (isSecretsFile(path) || nameWords(baseName(path)).some((w) => ACCOUNT_STORE_WORDS.has(w)));
}

/** Script and style files a build writes on one line: nobody writes a 1,000-character line by hand. */
const BUILT_LINE_FILE = /\.(?:js|mjs|cjs|css)$/i;

export function minifiedLine(path: string, line: string): 'third-party code' | undefined {
  return line.length >= 1000 && BUILT_LINE_FILE.test(path) ? 'third-party code' : undefined;
}

/** A released package's archive, committed and read inside (`playwright-core-1.43.0-next.tgz!package/…`, a wheel, a gem, a jar). */
function packageArchive(path: string): string | undefined {
  for (let bang = path.indexOf('!'); bang >= 0; bang = path.indexOf('!', bang + 1)) {
    const name = path.slice(path.lastIndexOf('/', bang) + 1, bang);
    if (ARCHIVE_EXTENSION.test(name) && /-v?\d+\.\d+/.test(name)) return name;
  }
  return undefined;
}
const ARCHIVE_EXTENSION = /\.(?:tgz|tar\.gz|tar\.bz2|tar\.xz|zip|whl|gem|jar|nupkg|crate)$/i;

/**
 * Words that guessable passwords are made of, beyond the code vocabulary:
 * the top of every leaked-password list, and the names of the services whose
 * images default to a password equal to their own name (`MYSQL_PASSWORD=mysql`).
 */
const PASSWORD_WORDS = [
  'pass', 'password', 'passwd', 'secret', 'admin', 'administrator', 'root', 'toor', 'user', 'guest', 'demo', 'test', 'tester',
  'qwerty', 'asdf', 'letmein', 'welcome', 'hello', 'hunter', 'dragon', 'monkey', 'shadow', 'master', 'super', 'changeme',
  'change', 'default', 'foo', 'bar', 'baz', 'foobar', 'abc', 'xyz', 'my', 'me', 'the', 'it', 'is', 'your', 'our', 'top',
  'dev', 'development', 'prod', 'local', 'stage', 'staging', 'sample', 'example', 'dummy', 'fake', 'mock', 'temp',
  'tiger', 'scott', 'oracle', 'sa', 'sys', 'system', 'manager', 'pwd', 'db', 'app', 'web', 'api', 'service', 'server',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'mongo', 'mongodb', 'rabbit', 'rabbitmq', 'elastic', 'kibana',
  'grafana', 'jenkins', 'nextcloud', 'wordpress', 'keycloak', 'sonar', 'sonarqube', 'gitea', 'gitlab', 'airflow', 'minio',
  'cassandra', 'couchdb', 'influx', 'influxdb', 'neo4j', 'superset', 'metabase', 'odoo', 'drupal', 'joomla', 'magento',
  'moodle', 'phpmyadmin', 'pgadmin', 'docker', 'compose', 'kube', 'vagrant', 'ubuntu', 'debian', 'alpine', 'nginx',
  'apache', 'tomcat', 'spring', 'django', 'flask', 'rails', 'laravel', 'symfony', 'node', 'java', 'python', 'ruby', 'php',
  'love', 'sunshine', 'princess', 'football', 'baseball', 'iloveyou', 'trustno', 'whatever', 'freedom', 'starwars',
  'summer', 'winter', 'autumn', 'fall', 'january', 'secure', 'strong', 'very', 'new', 'old', 'one', 'two',
  'alice', 'bob', 'john', 'jane', 'doe', 'smith', 'qux', 'quux', 'bla', 'blah', 'asd', 'qwe', 'zxc', 'pw',
  'login', 'access', 'key', 'token', 'auth', 'account', 'company', 'acme', 'org', 'site', 'host', 'data', 'base',
  'totally', 'really', 'extremely', 'ultra', 'most', 'much', 'so', 'hidden', 'private', 'safe', 'unsafe', 'insecure',
  'word', 'words', 'cloud', 'next', 'press', 'open', 'sesame', 'opensesame', 'keyboard', 'cat', 'dog', 'pets', 'pet',
];
let words: Set<string> | undefined;
function dictionary(): Set<string> {
  return (words ??= new Set([...VOCAB.split(' '), ...PASSWORD_WORDS]));
}

/** The value without digits, symbols and underscores at either end (by hand: `/[\d\W_]+$/` rescans a long run from each start). */
function withoutEnds(v: string): string {
  const letter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  let start = 0;
  let end = v.length;
  while (start < end && !letter(v[start]!)) start++;
  while (end > start && !letter(v[end - 1]!)) end--;
  return v.slice(start, end);
}

/** Can these letters be split into at most `max` dictionary words (or words of the context)? */
function splitsIntoWords(letters: string, known: Set<string>, max: number): boolean {
  const dict = dictionary();
  const isWord = (w: string) => (w.length >= 3 || /^(?:my|me|it|is|sa|pw|db|io|no|ok|go|up|we)$/.test(w)) && (dict.has(w) || known.has(w));
  // Fewest-words segmentation by dynamic programming over prefixes.
  const best = new Array<number>(letters.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 1; i <= letters.length; i++) {
    for (let j = Math.max(0, i - 16); j < i; j++) {
      if (best[j]! + 1 < best[i]! && isWord(letters.slice(j, i))) best[i] = best[j]! + 1;
    }
  }
  return best[letters.length]! <= max;
}

/** Words that say what a value is for: in a value made only of words, it describes a password instead of being one. */
const ABOUT_A_PASSWORD = /pass(?:word|wd|phrase)|secret|secure|strong/;

/** Only dictionary words (any case, `_`/`-`/`.` between, a short number after), one of them saying it is a password. */
function describesAPassword(v: string): boolean {
  const m = /^([A-Za-z]+(?:[_.-][A-Za-z]+)*)\d{0,4}[!.]?$/.exec(v);
  if (!m) return false;
  // An article in camelCase (`aSuperStrongPassword`) is a word too short for the dictionary's split.
  const letters = m[1]!.replace(/^a(?=[A-Z])/, '').toLowerCase().replace(/[_.-]/g, '');
  return letters.length >= 12 && ABOUT_A_PASSWORD.test(letters) && splitsIntoWords(letters, new Set(), 6);
}

/** The warning for a guessable value under a secret name, if it is one: a weak password, or a weak secret for key/token names. */
export function weakValueWarning(value: string, kind: 'password' | 'secret' | undefined, context: { path?: string; line?: string }): WarningReason | undefined {
  if (!isWeakPassword(value, context)) return undefined;
  return kind === 'secret' ? 'weak secret' : 'weak password';
}

/**
 * A password a person or a demo chose: one to three words (possibly in
 * leetspeak), a short number, at most two symbols — `foobar`, `password123`,
 * `Test1234!`, `P@ssw0rd`, `mysecretpassword` — or the name of the service it
 * protects (`POSTGRES_PASSWORD=postgres`, `nextcloud` in nextcloud/compose.yaml).
 * Random-looking values, however short, are never weak by this test: they are
 * what generated credentials look like.
 */
export function isWeakPassword(value: string, context: { path?: string; line?: string } = {}): boolean {
  const v = value.trim();
  if (v.length === 0) return false;
  // Typed by hand (`asdfjkl;asdf`, `DsHJdsjh2812872sahj`) or a phrase about a password (`aSuperStrongPassword`,
  // `verysecureremoteuserpassword`): what documentation fills a slot with, and what every cracking list tries first.
  if (v.length <= 48 && (typedByHand(v) || describesAPassword(v))) return true;
  if (v.length > 24) return false;
  if (/^\d{1,8}$/.test(v)) return true; // 123456
  if (estimateBits(v) < 40) return true; // hunter2, mpass2: found by brute force in seconds
  const symbols = v.replace(/[A-Za-z0-9]/g, '').length;
  if (symbols > 2) return false;
  // (Random-looking values are asked below, after the context's words: `photoprism_01` reads as random.)
  // One class of characters and short (`kitten`, `whalehello`, `PETCLINIC`): under 48 bits, and how
  // demo compose files name a database after the app.
  if (v.length <= 10 && (/^[a-z]+$/.test(v) || /^[A-Z]+$/.test(v))) return true;
  // A code identifier in a password slot (`jiraToken`): a name, not a chosen password.
  if (/^[a-z]{2,}(?:[A-Z][a-z]{2,}){1,3}$/.test(v)) return true;
  // Digits at the ends are a year or a counter; inside a word they may be leetspeak.
  const core = withoutEnds(v);
  const trailing = v.length - core.length;
  if (trailing > 6) return false;
  const letters = unleet(core.toLowerCase()).replace(/[^a-z]/g, '');
  // A leetspeak symbol between words may be a separator instead (`Pass@word1`, `Hello$World2`): read both ways.
  const apart = core.includes('@') || core.includes('$') || core.includes('!') ? unleet(core.toLowerCase().replace(/[^a-z0-9]/g, '')).replace(/[^a-z]/g, '') : letters;
  // Words the context uses: the service directory, the variable's own name, the user's name.
  // The line without the value itself (its last occurrence: the value follows what names it), or
  // every value would be "known"; an earlier occurrence is the account's name (`CREATE USER app_01
  // … IDENTIFIED BY 'app_01'`), which a password that spells it is guessable from.
  const raw = context.line ?? '';
  const at = raw.lastIndexOf(v);
  const line = at < 0 ? raw : `${raw.slice(0, at)} ${raw.slice(at + v.length)}`;
  const known = new Set<string>();
  for (const src of [context.path ?? '', line]) for (const w of src.toLowerCase().split(/[^a-z0-9]+/)) if (w.length >= 3) known.add(w);
  for (const w of nameWords(line)) if (w.length >= 3) known.add(w);
  // A password that spells a word of its context (the service, the user's name) is guessable, however mixed.
  if (letters.length > 0 && (known.has(letters) || known.has(apart))) return true;
  // One dictionary word and a short number or symbol (`Administrator1!`, `Configuration2024`): the first guesses of any
  // cracking rule set, though its many distinct letters read as random below. A random run is one whole word almost never.
  if ((letters.length >= 5 && dictionary().has(letters)) || (apart.length >= 5 && dictionary().has(apart))) return true;
  if (looksRandom(v, 12)) return false;
  if (letters.length === 0) return true;
  return splitsIntoWords(letters, known, 3) || (apart !== letters && splitsIntoWords(apart, known, 3));
}
