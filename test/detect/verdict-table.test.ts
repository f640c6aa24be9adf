import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { VERDICT_TABLE } from '../../src/detect/verdict-table.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';

/**
 * Every row of the verdict table (src/detect/verdict-table.ts) with a finding it decides, scanned by the real
 * engine: the warning it gives and the words explain shows. A row without a case here fails the first test.
 */
const scanner = new Scanner(builtinRules);
const random = () => fake.alnum(28);
const ghToken = () => fake.checksummed('ghp_');

type Case = [evidence: string, path: string, text: () => string, warning: string, why: RegExp];
const CASES: Case[] = [
  ["another scanner's suppression", 'src/client.go', () => `apiSecret := "${random()}" //nolint:gosec`, 'suppressed on the line (nolint:gosec)', /^warning: another scanner's suppression/],
  ["another scanner's suppression", 'src/client.ts', () => `const token = "${ghToken()}"; // NOSONAR`, 'suppressed on the line (NOSONAR)', /reviewed decision \(NOSONAR\)/],
  ["the rule's own judgement", 'config/app.env', () => 'DB_PASSWORD=password123', 'weak password', /^warning: the rule's own judgement \(weak password\)/],
  ['the path', 'test/fixtures/settings.py', () => `API_SECRET = "${random()}"`, 'test fixture', /^warning \(test fixture\): /],
  ['the path', 'docs/setup.md', () => `API_SECRET=${random()}`, 'documentation example', /^warning \(documentation example\): /],
  ['the value calls itself insecure', 'mysite/settings.py', () => `SECRET_KEY = 'django-insecure-${fake.alnum(40)}'`, 'demo value', /not for production/],
  ['a comment says to replace it', 'config/configuration.php', () => `    public $sessionpassword = "${random()}"; //Replace with a strong password`, 'demo value', /the comment after the value, or the comment lines right above it, say to replace it/],
  ['a comment says to replace it', '.env.docker', () => `APP_DEBUG=false\n# Please regenerate the APP_KEY value by calling \`php artisan key:generate --show\`. Copy paste the value here\nAPP_KEY=base64:${fake.base64(44)}`, 'demo value', /or the comment lines right above it/],
  ['a seed row of an install script', 'install/schema.sql', () => `INSERT INTO settings VALUES ('webhook_token', '${fake.hex(40)}');`, 'demo value', /a data row of a database install or migration script \(the word "install"/],
  ["a local environment's section", 'config/secrets.yml', () => `development:\n  secret_key_base: ${fake.hex(128)}\n`, 'test fixture', /the "development" section of a configuration keyed by environment/],
  ['an encrypted block', 'renovate.json', () => `{\n  "encrypted": {\n    "npmToken": "${random()}"\n  }\n}`, 'public by design', /a block its tool encrypts to a public key/],
  ["a site search's key beside its index", 'site/layouts/partials/hooks/body-end.html', () => `<script>\ndocsearch({\n  appId: "${fake.upper(10)}",\n  apiKey: '${fake.hex(32)}',\n  indexName: 'acme',\n  container: '#search',\n});\n</script>`, 'public by design', /a search-only API key configured with its index \(indexName nearby\)/],
  ["the holder's name", 'src/settings.py', () => `FAKE_API_SECRET = "${random()}"`, 'test fixture', /the name holding the value says it is a stand-in/],
  ['an example address on the line', 'src/seed.ts', () => `createUser({ email: 'alice@example.org', password: '${random()}' });`, 'demo value', /a domain reserved for examples/],
  ['a local stack', 'docker-compose.yml', () => `services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n    environment:\n      POSTGRES_PASSWORD: "${random()}"`, 'test fixture', /a compose file that runs a local stack/],
  ['a comment line', 'src/client.ts', () => `// client_secret = "${random()}"`, 'documentation example', /a comment line in code shows a shape/],
  ["the comment after the line's code", 'pkg/signer/streaming.go', () => `\tsignatureStrLen = 64 // e.g. "${fake.hex(64)}"`, 'documentation example', /the value sits in the comment after the line's code \(\/\/ e\.g\. …\)/],
  ['text the program never runs', 'idp/provider.go', () => `/*\n{\n    "access_token": "${random()}"\n}\n*/`, 'documentation example', /inside a block comment, a docstring or a markup comment/],
  ['text the program never runs', 'api/views.py', () => `def get(self):\n    \"\"\"\n    {"session_key": "${random()}"}\n    \"\"\"`, 'documentation example', /the program never runs it/],
  ['text the program never runs', 'deploy/clickhouse/users.xml', () => `<!-- Example:\n  <password_sha256_hex>${fake.hex(64)}</password_sha256_hex>\n-->`, 'documentation example', /a markup comment/],  ["a provider's test-mode key in a test or an example", 'tests/_bootstrap.php', () => `Fixtures::add('stripe_secret_key', '${fake.join('sk_test_', fake.alnum(24))}');`, 'test fixture', /test mode or sandbox, and a test directory \(tests\/\)/],
  ["a provider's test-mode key in a test or an example", 'examples/checkout.js', () => `  key_id: '${fake.join('rzp_test_', fake.alnum(14))}',`, 'documentation example', /test mode or sandbox, and a documentation or examples directory \(examples\/\)/],
  ["an input's placeholder text", 'src/components/TokenForm.vue', () => `      <input type="password" placeholder="${ghToken()}" />`, 'documentation example', /an input's placeholder \(placeholder="…"\)/],
  ['a short-lived credential in a test', 'oidc/oidc_test.go', () => `\ttoken = "ya29.${fake.base64url(70)}"`, 'test fixture', /expires within an hour \(a Google OAuth access token\), and a test file by its name \(oidc_test\.go\)/],
  ['a test or a document inside third-party code', 'vendor/github.com/Azure/azure-sdk-for-go/storage/blob_test.go', () => `	secret := "${ghToken()}"`, 'third-party code', /a test or a document of code brought in from elsewhere \(vendor\/: a test file by its name \(blob_test\.go\)\)/],
  ['a test or a document inside third-party code', 'vendor/github.com/hashicorp/vault/website/source/docs/secrets/index.html.md', () => `    token=${ghToken()}`, 'third-party code', /\(vendor\/: documentation by its name \(index\.html\.md\)\)/],
  ['a test or a document inside third-party code', 'vendor/github.com/Azure/azure-sdk-for-go/storage/recordings/BlobSuite/GetBlob.yaml', () => `      Authorization: token ${ghToken()}`, 'third-party code', /a test directory \(recordings\/\)/],
  ['a minified line', 'public/js/editor/mode-search.js', () => `define(function(e,t){${'var a=1;'.repeat(130)}t.api_secret="${random()}"});`, 'third-party code', /a script or style line of \d{4} characters/],
  ['an RSA block', 'Makefile', () => `TRAVIS_SECRET=${fake.base64(683)}=`, 'public by design', /base64 of exactly 512 bytes, an RSA-4096 ciphertext/],
  ["a key's name for gpg", 'Makefile', () => `SIGN_KEY=${fake.hex(40).toUpperCase()}\n\nsign:\n\tgpg --default-key $SIGN_KEY --detach-sign --armor build/app\n`, 'public by design', /hands SIGN_KEY to gpg as the key to use/],
  ['a password hash outside an account store', 'server/libs/auth.js', () => `    password: '$2a$04$${fake.alnum(53)}',`, 'demo value', /a password hash outside an account store/],
  ['a password hash outside an account store', 'source/tmpl/postman.json', () => `            "password": "$2a$10$${fake.alnum(53)}",`, 'demo value', /a seed, a document, an app's bundled data/],
];

describe('the verdict table', () => {
  it('has a case for every row, and every case names a row', () => {
    expect(new Set(CASES.map((c) => c[0]))).toEqual(new Set(VERDICT_TABLE.map((r) => r.evidence)));
  });

  it.each(CASES)('%s: %s', (_evidence, path, text, warning, why) => {
    const found = scanner.scan({ path, text: text() + '\n' });
    expect(found.length, JSON.stringify(found.map((f) => [f.ruleId, f.warning]))).toBeGreaterThan(0);
    expect(found.map((f) => f.warning)).toContain(warning);
    expect(found.find((f) => f.warning === warning)!.why?.[1]).toMatch(why);
  });

  it('blocks when no row applies: a shape in ordinary code, and a provider format even in a test', () => {
    const shape = scanner.scan({ path: 'src/settings.py', text: `API_SECRET = "${random()}"\n` });
    expect(shape.map((f) => [f.warning, f.why?.[1]])).toContainEqual([undefined, 'blocks: nothing says test, example, stand-in or local setup']);
    const provider = scanner.scan({ path: 'test/fixtures/settings.py', text: `TOKEN = "${ghToken()}"\n` });
    expect(provider.map((f) => [f.warning, f.why?.[1]])).toEqual([[undefined, 'blocks: a provider format blocks wherever it is found, tests and documentation included']]);
    // Third-party code that is neither test nor document, and this project's own tests and documents, still block.
    for (const path of ['vendor/github.com/acme/sdk/client.go', 'internal/vendor_test.go', 'docs/setup.md']) {
      expect(scanner.scan({ path, text: `TOKEN = "${ghToken()}"\n` }).map((f) => f.warning), path).toEqual([undefined]);
    }
  });

  it('rows are weighed in order: a suppression on a line in a test folder is named as the suppression', () => {
    const found = scanner.scan({ path: 'test/fixtures/client.go', text: `apiSecret := "${random()}" // #nosec\n` });
    expect(found.map((f) => f.warning)).toEqual(['suppressed on the line (#nosec)']);
  });
});
