import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { exampleKindOfPath, isWeakPassword } from '../../src/detect/demote.js';
import { defaultConfig } from '../../src/config/schema.js';
import { runPipeline } from '../../src/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';
import type { SourceItem } from '../../src/sources/types.js';

/**
 * Quiet on real code: each class of value that blocked ordinary commits in
 * public repositories (bench/wild.mjs), as the snippet looked there, with
 * what leakguard must say now — nothing, a warning with its reason, or a
 * block. Token-shaped values are built at run time.
 */
const scanner = new Scanner(builtinRules);
type Verdict = 'none' | 'block' | string; // a string other than none/block is the warning reason

function verdictOf(path: string, text: string): Verdict {
  const found = scanner.scan({ path, text });
  if (found.length === 0) return 'none';
  if (found.some((f) => f.warning === undefined)) return 'block';
  return found[0]!.warning!;
}

const jwt = (payload: object, secret?: string) => {
  const signed = `${fake.jsonSegment({ alg: 'HS256', typ: 'JWT' })}.${fake.jsonSegment(payload)}`;
  return `${signed}.${secret ? createHmac('sha256', secret).update(signed).digest('base64url') : fake.base64url(43)}`;
};
const rsaDer = (bytes: number) => Buffer.concat([Buffer.from([0x30, 0x82, bytes >> 8, bytes & 255]), Buffer.from(fake.hex(bytes * 2), 'hex')]).toString('base64');

const cases: [string, string, () => string, Verdict][] = [
  // Values that are not secrets, assigned to secret-named keys.
  ['validation rule string', 'app/Http/Requests/Register.php', () => "'password' => 'required|confirmed|min:8',", 'none'],
  ['cast', 'app/Models/User.php', () => "'password' => 'hashed',", 'none'],
  ['controller name', 'routes/web.php', () => "'password' => 'Auth\\PasswordController',", 'none'],
  ['GraphQL type', 'schema.graphql', () => '  password: String!', 'none'],
  ['TypeScript type', 'src/user.ts', () => '  password: string;', 'none'],
  ['Python annotation', 'app/models.py', () => '    password: str', 'none'],
  ['label', 'lang/en/auth.php', () => "'password' => 'Password',", 'none'],
  ['i18n sentence', 'locales/en.json', () => '"forgot_password": "Forgot password?",', 'none'],
  ['env var name as value', 'config/app.yml', () => 'password_env: DATABASE_PASSWORD', 'none'],
  ['shell default', 'mvnw', () => 'case "${MVNW_PASSWORD:+has-password}" in', 'none'],
  ['Spring default', 'src/main/resources/application.properties', () => 'spring.datasource.password=${POSTGRES_PASSWORD:petclinic}', 'none'],
  ['flag after flag', 'build.sh', () => "adduser --disabled-password --no-create-home --gecos '' app", 'none'],
  ['hash-named field', 'app/db.py', () => '"hashed_password": "fakehashedsecret",', 'none'],
  ['base64 of a placeholder sentence', 'config/application.yml', () => `base64-secret: ${Buffer.from('my-secret-key-which-should-be-changed-in-production-and-be-base64-encoded').toString('base64')}`, 'none'],
  ['Kubernetes Secret settings', 'k8s/db.yml', () => 'apiVersion: v1\nkind: Secret\nstringData:\n  type: "postgresql"\n  host: "demo-db"\n', 'none'],
  ['certificate in a .pem', 'certs/ca.pem', () => `-----BEGIN CERTIFICATE-----\n${fake.base64(64)}\n-----END CERTIFICATE-----\n`, 'none'],
  ['truncated key in a docstring', 'twilio/rest/credential.py', () => `:param private_key: For example, \`-----BEGIN RSA PRIVATE KEY----- ${rsaDer(1189).slice(0, 64)}. -----END RSA PRIVATE KEY-----\``, 'none'],
  ['hex digest in a code comment', 'src/crypto/provider.ts', () => ` * - computeHMACSignature('', 'test_secret') => '${fake.hex(64)}'`, 'test fixture'],
  // Weak and demo values warn wherever they are.
  ['foobar', 'config/settings.yml', () => 'password: foobar', 'weak password'],
  ['secret', 'config/database.yml', () => 'password: "secret123"', 'weak password'],
  ['password123', 'config/app.ini', () => 'db_password = password123', 'weak password'],
  ['Test1234!', 'src/main/resources/app.properties', () => 'admin.password=Test1234!', 'weak password'],
  ['service name', 'docker-compose.yml', () => '      POSTGRES_PASSWORD: postgres', 'weak password'],
  ['app name', 'nextcloud-postgres/compose.yaml', () => '      - POSTGRES_PASSWORD=nextcloud', 'weak password'],
  ['words', 'compose.yaml', () => '      - MYSQL_ROOT_PASSWORD=somewordpress', 'weak password'],
  ['leetspeak', 'config.yml', () => 'password: P@ssw0rd', 'weak password'],
  ['a symbol between words', 'src/Constants.cs', () => 'public const string DEFAULT_PASSWORD = "Pass@word1";', 'weak password'],
  ['a symbol inside random letters', 'src/Constants.cs', () => `public const string DEFAULT_PASSWORD = "${fake.alnum(6)}@${fake.alnum(6)}1";`, 'block'],
  ['camelCase name', 'charts/x/values.yaml', () => 'password: jiraToken', 'weak password'],
  ['base64 of a weak password', 'chap-secret.yaml', () => `node.session.auth.password: ${Buffer.from('mpass2').toString('base64')}`, 'weak password'],
  ['weak password in a URL', 'compose.yml', () => 'DATABASE_URL: mysql://root:whalehello@db:3306/mysql', 'weak password'],
  ['weak password in a JS literal', 'assets/login.js', () => "this.passwordTarget.value = 'kitten'", 'weak password'],
  // Random-looking values keep blocking.
  ['random password', 'config/settings.yml', () => `password: ${fake.alnum(10)}!${fake.digits(2)}`, 'block'],
  ['random password in a URL', 'config/prod.env.yml', () => `DATABASE_URL: postgres://app:${fake.alnum(20)}@db.acme.io:5432/app`, 'block'],
  ['random token', 'src/client.ts', () => `const apiKey = "${fake.alnum(32)}";`, 'block'],
  // Tests, fixtures and docs demote generic findings...
  ['password in a test', 'tests/Command/AddUserCommandTest.php', () => `'password' => '${fake.alnum(12)}x9',`, 'test fixture'],
  ['URL credentials in a spec', 'spec/models/user_spec.rb', () => `url = "postgres://app:${fake.alnum(20)}@db.acme.io/app"`, 'test fixture'],
  ['private key in testdata', 'testdata/certificate/key.pem', () => `-----BEGIN RSA PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----\n`, 'test fixture'],
  ['JWT in a snapshot', 'src/__snapshots__/auth.test.ts.snap', () => `exports[\`token\`] = \`"${jwt({ sub: fake.digits(6) })}"\`;`, 'test fixture'],
  ['secret in docs', 'docs/en/docs/tutorial/security.md', () => `SECRET_KEY = "${fake.hex(64)}"`, 'documentation example'],
  ['secret in README', 'README.md', () => `export API_TOKEN=${fake.alnum(40)}`, 'documentation example'],
  ['secret in examples/', 'examples/basic/config.yml', () => `client_secret: ${fake.base64url(40)}`, 'documentation example'],
  // found in popular repositories we did not write (payload, supabase/auth, appwrite)
  ['secret in a JSDoc example', 'src/collections/carts/operations/mergeCart.ts', () => ` *   sourceSecret: '${fake.alnum(12)}x9',`, 'documentation example'],
  ['token in an OpenAPI example', 'openapi.yaml', () => `                  refresh_token: ${fake.alnum(22)}`, 'documentation example'],
  ['secret in test.env', 'hack/test.env', () => `GOTRUE_JWT_SECRET=${fake.base64(44)}`, 'test fixture'],
  ['secret in .env.test', '.env.test', () => `APP_SECRET=${fake.hex(32)}`, 'test fixture'],
  ['constant named after itself', 'src/Appwrite/Utopia/Response.php', () => "    public const MODEL_POLICY_PASSWORD_PERSONAL_DATA = 'policyPasswordPersonalData';", 'none'],
  ['PHP interpolated DSN', 'app/init/registers.php', () => '            $dsn = "mysql:host={$dbHost};port={$dbPort};dbname={$dbSchema};charset=utf8mb4";', 'none'],
  ['random token in a translation file', 'src/i18n/de.ts', () => `  apiKey: '${fake.alnum(32)}',`, 'block'],
  ['a word password in a file named for a language code, outside locale folders', 'config/id.yml', () => '  password: Kennwort99', 'block'],
  // (umami, excalidraw, pocketbase, outline, laravel/framework)
  ['bcrypt hash in a Go doc comment', 'core/field_password.go', () => `//	record.SetRaw("password", "$2a$10$${fake.alnum(53).replace(/[^./A-Za-z0-9]/g, 'x')}")`, 'documentation example'],
  ['private key commented out in code', 'src/auth/keys.ts', () => `// -----BEGIN RSA PRIVATE KEY-----\n// ${rsaDer(1190).match(/.{1,64}/g)!.join('\n// ')}\n// -----END RSA PRIVATE KEY-----`, 'block'],
  ['private key commented out in a test', 'src/auth/keys.test.ts', () => `// -----BEGIN RSA PRIVATE KEY-----\n// ${rsaDer(1190).match(/.{1,64}/g)!.join('\n// ')}\n// -----END RSA PRIVATE KEY-----`, 'test fixture'],
  ['private key cut short in a doc comment', 'src/auth/keys.ts', () => ` * -----BEGIN RSA PRIVATE KEY-----\n * ${rsaDer(1190).slice(0, 64)}\n * -----END RSA PRIVATE KEY-----`, 'none'],
  // (traefik, eShop, hoppscotch)
  ['htpasswd line in top-level integration tests', 'integration/resources/compose/access_log.yml', () => `      - "traefik.http.middlewares.basicauth.basicauth.users=test:$apr1$${fake.alnum(8)}$${fake.alnum(22)}"`, 'test fixture'],
  ['htpasswd line in an integration module of the app', 'src/integration/proxy/users.yml', () => `      - "traefik.http.middlewares.basicauth.basicauth.users=ops:$apr1$${fake.alnum(8)}$${fake.alnum(22)}"`, 'block'],
  ['SQL Server sample password in a connection string', 'src/Catalog.API/appsettings.Development.json', () => '    "CatalogDB": "Host=localhost;Database=CatalogDB;Username=postgres;Password=yourWeak(!)Password"', 'none'],
  ['setting name with a digit in a word', 'src/components/settings/SmtpConfiguration.vue', () => "    key: 'mailer_smtp_oauth2_client_secret',", 'none'],
  ['translation keys and a label target', 'src/components/notifications/360messenger.vue', () => '<label for="360messenger-auth-token" class="form-label">{{ $t("360messengerAuthToken") }}</label>', 'none'],
  ['vue-i18n keypath', 'src/components/notifications/Kook.vue', () => '<i18n-t tag="div" keypath="wayToGetKookBotToken" class="form-text">', 'none'],
  ['Helm template reading a password from values', 'charts/postgresql/templates/update-password/previous-secret.yaml', () => '{{- $postgresPassword := .Values.passwordUpdateJob.previousPasswords.postgresPassword }}', 'none'],
  ['sed line naming a setting twice', 'docker/formbricks.sh', () => 'sed -i "s|# SMTP_PASSWORD:|SMTP_PASSWORD: \\"$smtp_password\\"|" docker-compose.yml', 'none'],
  ['checksums in Lingo.dev\'s i18n.lock', 'apps/web/i18n.lock', () => `    workspace/integrations/webhooks/signing_secret: ${fake.hex(32)}\n    workspace/integrations/zoom/client_secret: ${fake.hex(32)}`, 'none'],
  ['the same key names in a config file', 'config/integrations.yml', () => `    zoom_client_secret: ${fake.hex(32)}`, 'block'],
  ['message id in a translation file', 'src/lang/bg-BG.json', () => '    "wayToGetBearSmsToken": "Своето потребителско име и API ключ за BearSMS получавате от {0}",', 'none'],
  ['random token as a value in a translation file', 'src/lang/en.json', () => `    "apiToken": "${fake.alnum(32)}",`, 'block'],
  ['a setting named twice with a digit in it', 'docker/formbricks.sh', () => 'sed -i "s|# S3_SECRET_KEY:|S3_SECRET_KEY: \\"$ext_s3_secret_key\\"|" docker-compose.yml', 'none'],
  ['dev container key in docker-compose.dev.yml', 'docker-compose.dev.yml', () => '      - RUSTFS_SECRET_KEY=devrustfs123', 'test fixture'],
  ['the same in the production compose file', 'docker-compose.yml', () => '      - RUSTFS_SECRET_KEY=devrustfs123', 'block'],
  ['a provider key in docker-compose.dev.yml still blocks', 'docker-compose.dev.yml', () => `      - STRIPE_SECRET_KEY=${fake.join('sk_live_', fake.alnum(24))}`, 'block'],
  ['an icon in a .resx, wrapped base64', 'extra/exe-builder/DownloadForm.resx', () => `        ${fake.base64(80)}\n        ${'A'.repeat(22)}${fake.alnum(58)}\n        ${fake.base64(80)}\n`, 'none'],
  ['a Twitter bearer token on its own line', 'config/twitter.txt', () => `${'A'.repeat(22)}${fake.alnum(58)}\n`, 'block'],
  // (spring-security)
  ['Java class name on a private line', 'core/src/main/java/org/acme/Modules.java', () => '    private static final String samlModuleClass = "org.springframework.security.saml2.jackson2.Saml2Jackson2Module";', 'none'],
  ['package name on a private line', 'core/src/main/java/org/acme/Modules.java', () => '    private static final String basePackage = "org.springframework.security.oauth2.server";', 'none'],
  ['LDAP policy entry named in an LDIF', 'ldap/openldap.ldif', () => 'pwdPolicySubentry: cn=passwordDefault,ou=policies,dc=springsource,dc=com', 'none'],
  ['user password in integration-test LDIF', 'itest/web/src/main/resources/test-server.ldif', () => 'userPassword: bobspassword', 'test fixture'],
  ['random token on a private line still blocks', 'core/src/main/java/org/acme/Client.java', () => `    private static final String TOKEN = "${fake.alnum(40)}";`, 'block'],
  // (awx, paperless-ngx, matomo)
  ['JWK in a Python package\'s tests.py', 'licenses/jwcrypto-1.5.4.tar.gz!jwcrypto-1.5.4/jwcrypto/tests.py', () => `    {"kty": "EC", "crv": "P-256", "d": "${fake.base64url(43)}"}`, 'test fixture'],
  ['Angular binding to a call', 'src-ui/src/app/components/document-detail/document-detail.component.html', () => '              [password]="pdfPassword()"', 'none'],
  ['Vue v-model on a camelCase name with a digit', 'plugins/UsersManager/vue/src/UserEditForm.vue', () => '      v-model="showPasswordConfirmationFor2FA"', 'none'],
  ['an email setting named for password recovery', 'config/global.ini.php', () => 'login_password_recovery_replyto_email_address = "no-reply@{DOMAIN}"', 'none'],
  ['a nonce constant spelling its action', 'plugins/Login/Controller.php', () => "    public const NONCE_CONFIRMRESETPASSWORD = 'loginConfirmResetPassword';", 'none'],
  ['event hooks mapped to methods', 'plugins/Login/Login.php', () => "            'Controller.Login.confirmResetPassword' => 'beforeLoginCheckBruteForce',\n            'Template.userSecurity.afterPassword' => 'render2FaUserSettings',", 'none'],
  ['a confirmation password in a form still counts', 'src/setup/users.ts', () => `  confirmPassword: '${fake.alnum(10)}9!',`, 'block'],
  ['a reset token is a secret', 'config/devise.yml', () => `reset_password_token: ${fake.alnum(32)}`, 'block'],
  ['translated text in a .po catalogue', 'awx/locale/nl/LC_MESSAGES/django.po', () => 'msgstr "OAuth2-gebruikerstokens"', 'none'],
  ['Django migration dependency', 'awx/main/migrations/0150_rename_inv_sources_inv_updates.py', () => "        ('main', '0149_remove_inventory_insights_credential'),", 'none'],
  ['token in a README template', 'awx_collection/tools/roles/template_galaxy/templates/README.md.j2', () => `oauth_token = ${fake.alnum(30)}`, 'documentation example'],
  ['key in a package\'s demos', 'licenses/paramiko-2.7.1.tar.gz!paramiko-2.7.1/demos/user_rsa_key', () => `-----BEGIN RSA PRIVATE KEY-----\n${Buffer.from(fake.hex(600), 'hex').toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----`, 'documentation example'],
  ['md5 cache id after "key-"', 'tests/PHPUnit/Integration/CacheIdTest.php', () => `        $this->assertEquals('key-${fake.hex(32)}', $result);`, 'none'],
  ['Mailgun key named as such', 'config/mail.php', () => `    'mailgun' => ['secret' => 'key-${fake.hex(32)}'],`, 'block'],
  ['a person\'s password as a JWT secret is reported', 'src/config.ts', () => `export const config = { jwtSecret: "${['Summer', '1234', '@X9a'].join('')}" };`, 'block'],
  ['camelCase of short words on a token line', 'src/api/tokens.ts', () => "  const hint = 'wayToGetBearSmsToken';", 'none'],
  // (bitwarden/server, thingsboard)
  ['test keys named fake in a Rust SDK', 'util/RustSdk/rust/src/rsa_keys.rs', () => `const TEST_FAKE_RSA_KEY_0: &str = "-----BEGIN PRIVATE KEY-----\n${rsaDer(1190).match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----";`, 'test fixture'],
  ['a key named for production still blocks', 'src/keys.rs', () => `const PROD_RSA_KEY: &str = "-----BEGIN PRIVATE KEY-----\n${rsaDer(1190).match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----";`, 'block'],
  ['a sample rate beside a secret on one line does not make it an example', 'config/app.json', () => `{"sampleRate":1,"apiSecret":"${fake.alnum(32)}"}`, 'block'],
  ['feature flags named for their tickets', 'src/Core/Constants.cs', () => '    public const string PrivateKeyRegeneration = "pm-12241-private-key-regeneration";', 'none'],
  ['a certificate thumbprint', 'src/Core/Billing/LicensingService.cs', () => `    private const string _developmentCertThumbprint = "${fake.HEX(40)}";`, 'none'],
  ['a PNG in base64 on a private line', 'src/Icons/Controllers/IconsController.cs', () => `    private static readonly byte[] _notFoundImage = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAA" +`, 'none'],
  ['a shell command\'s output', '.devcontainer/internal_dev/postCreateCommand.sh', () => '        cert_password="$(get_option "DEV_CERT_PASSWORD" "Paste the password")"', 'none'],
  ['a Swagger example', 'common/data/security/model/JwtSettings.java', () => `    @Schema(description = "The secret key to sign a token.", example = "${fake.base64(88)}")`, 'none'],
  ['translated text under a key name', 'ui-ngx/src/assets/locale/locale.constant-nl_BE.json', () => '    "client-key": "LwM2M-clientsleutel",', 'none'],
  ['a TLS key in Test::Nginx\'s t/', 't/certs/ca.key', () => `-----BEGIN RSA PRIVATE KEY-----\n${rsaDer(1190).match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`, 'test fixture'],
  // (miniflux, monica, gogs)
  ['a dummy bcrypt hash for timing', 'internal/storage/user.go', () => `var dummyBcryptHash = []byte("$2a$10$${fake.alnum(53).replace(/[^./A-Za-z0-9]/g, 'x')}")`, 'test fixture'],
  ['Yarn\'s committed release', '.yarn/releases/yarn-4.6.0.cjs', () => `O6={appId:"OFCNCOG2CU",apiKey:"${fake.hex(32)}",indexName:"npm-search"},ayt=`, 'none'],
  ['a command that sets up a dummy account', 'app/Console/Commands/Local/SetupDummyAccount.php', () => `            'password' => '${fake.alnum(12)}',`, 'test fixture'],
  ['APP_KEY in phpunit.xml', 'phpunit.xml', () => `        <env name="APP_KEY" value="base64:${fake.base64(44)}"/>`, 'test fixture'],
  ['GitHub\'s fixed password beside a token in a clone URL', 'templates/user/settings/security.tmpl', () => 'git clone "https://{token}:x-oauth-basic@try.gogs.io/user/repo.git"', 'none'],
  ['Gogs\' fixed word beside a token in a clone URL', 'templates/user/settings/security.tmpl', () => 'git clone "https://{token}:x-access-token@try.gogs.io/user/repo.git"', 'none'],
  ['a token beside the fixed word still counts', 'scripts/clone.sh', () => `git clone "https://x-access-token:${fake.alnum(36)}@github.com/acme/repo.git"`, 'block'],
  ['PostHog project key', 'src/posthog/posthog.service.ts', () => `  private POSTHOG_API_KEY = '${fake.join('phc_', fake.alnum(43))}';`, 'public by design'],
  ['PostHog personal API key', 'scripts/sync-flags.ts', () => `const POSTHOG_PERSONAL_API_KEY = '${fake.join('phx_', fake.alnum(43))}';`, 'block'],
  ['DocSearch key in docusaurus.config.js', 'dev-docs/docusaurus.config.js', () => `      apiKey: "${fake.hex(32)}",`, 'public by design'],
  ['DocSearch key beside its index in a site template', 'site/layouts/partials/hooks/body-end.html', () => `docsearch({\n  apiKey: '${fake.hex(32)}',\n  indexName: 'acme',\n});`, 'public by design'],
  ['a search component\'s key with the index above it', 'website/src/components/Search.js', () => `const indexName = 'acme';\nconst searchConfig = { appId: 'ACME', "apiKey": "${fake.hex(32)}" };`, 'public by design'],
  ['a hex API key with no index beside it still blocks', 'src/config.ts', () => `export const config = {\n  apiKey: '${fake.hex(32)}',\n  region: 'eu',\n};`, 'block'],
  ['a non-hex key beside an index name still blocks', 'src/search.ts', () => `const client = { apiKey: '${fake.alnum(40)}', indexName: 'acme' };`, 'block'],
  ['a connection string PHP builds with {$var}', 'app/Jobs/DatabaseBackupJob.php', () => '    $url = "mongodb://{$encodedUser}:{$encodedPass}@{$this->container_name}:27017";', 'none'],
  ['a shell variable escaped in the command PHP builds', 'app/Livewire/Import.php', () => '    $cmd .= " | mysql -u root -p\\$MYSQL_ROOT_PASSWORD \\${MYSQL_DATABASE:-default}";', 'none'],
  ['a password beside PHP interpolation still blocks', 'app/Jobs/Backup.php', () => `    $url = "mongodb://{$user}:${fake.alnum(10)}Q7!@{$host}:27017";`, 'block'],
  ['a feature flag list as a shell default', 'templates/compose/design.yaml', () => '      - APP_FLAGS=${APP_BACKEND_FLAGS:-enable-login-with-password enable-smtp}', 'none'],
  ['a relative module in a lazy-import table', 'src/acme/management/types/__init__.py', () => '    "X509CertificateCredential": ".x_509_certificate_credential",', 'none'],
  ['a hash in an XML comment embedded in a compose file', 'templates/compose/analytics.yaml', () => `            <!-- Password could be given in SHA256.\n                Example:\n            <password_sha256_hex>${fake.hex(64)}</password_sha256_hex>\n            -->`, 'documentation example'],
  ['a password after a closed XML comment still blocks', 'deploy/clickhouse/users.xml', () => `<!-- the default user -->\n<password>${fake.alnum(10)}Q7!</password>`, 'block'],
  ['a message key named for its class, a standard\'s number in the name', 'core/src/main/java/org/acme/x509/DaoX509AuthoritiesPopulator.java', () => '      throw new BadCredentialsException(messages.getMessage("DaoX509AuthoritiesPopulator.noMatching",', 'none'],
  ['an example in the comment after a constant', 'pkg/signer/request-signature-streaming.go', () => `\tsignatureStrLen = 64 // e.g. "${fake.hex(64)}"`, 'documentation example'],
  ['a value before its trailing comment still blocks', 'src/deploy.ts', () => `const deployToken = "${fake.alnum(32)}"; // the CI user's`, 'block'],
  ['a key in a fused test-certificates folder', 'testcerts/private.key', () => `-----BEGIN RSA PRIVATE KEY-----\n${rsaDer(1190).match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`, 'test fixture'],
  ['a key in a folder that only starts like test still blocks', 'testament/private.key', () => `-----BEGIN RSA PRIVATE KEY-----\n${rsaDer(1190).match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----\n`, 'block'],
  ['a sample user in Maven\'s site pages', 'src/site/apt/namespaces.apt', () => `  <security:user name="bob" password="${fake.alnum(12)}" authorities="ROLE_SUPERVISOR" />`, 'documentation example'],
  ['a sample user in a DocBook guide', 'src/docbkx/namespace-config.xml', () => `  <user name="jimi" password="${fake.alnum(13)}" authorities="ROLE_USER" />`, 'documentation example'],
  ['a password in a site folder that is not Maven\'s still blocks', 'site/config/users.xml', () => `  <user name="jimi" password="${fake.alnum(13)}" authorities="ROLE_USER" />`, 'block'],
  ['an example in a man page', 'man/syncthing-config.5', () => `    <apikey>${fake.alnum(32)}</apikey>`, 'documentation example'],
  ['an example in a man page at the top', 'rclone.1', () => `pass = ${fake.alnum(32)}`, 'documentation example'],
  ['an example in a generated manual', 'MANUAL.txt', () => `    password = ${fake.alnum(30)}`, 'documentation example'],
  ['a rotated copy of a settings file still blocks', 'config/settings.yml.1', () => `api_secret: ${fake.alnum(32)}`, 'block'],
  ['a key file with a number still blocks', 'deploy/id_rsa.1', () => `api_secret: ${fake.alnum(32)}`, 'block'],
  ['a markup opener in a program\'s string is no comment', 'src/render.ts', () => `const start = '<!--';\nconst apiSecret = "${fake.alnum(32)}";`, 'block'],
  ['key in a CI workflow', '.github/workflows/ci.yml', () => `      SECRET_KEY: ${fake.HEX(64)}`, 'test fixture'],
  ['service password in a CI workflow', '.github/workflows/databases.yml', () => `          SA_PASSWORD: ${fake.upper(3)}${fake.digits(3)}${fake.lower(3)}!`, 'test fixture'],
  ['version in a .env', 'ui/.env', () => 'PB_VERSION             = "v0.23.0-rc14-dev"', 'none'],
  ['package named like a secret in a lockfile', 'yarn.lock', () => '    pgpass: "npm:1.0.5"', 'none'],
  ['credentials in a lockfile URL still block', 'package-lock.json', () => `      "resolved": "https://deploy:${fake.alnum(20)}@npm.acme.io/pgpass/-/pgpass-1.0.5.tgz",`, 'block'],
  ['command-line option as a value', 'src/Illuminate/Database/Console/DbCommand.php', () => "            'password' => '--password='.$connection['password'],", 'none'],
  ['Stripe key in a CI workflow', '.github/workflows/ci.yml', () => `      STRIPE_KEY: ${fake.join('sk_live_', fake.alnum(24))}`, 'block'],
  // ...but never provider-specific keys.
  ['Stripe key in a test', 'test/telemetry.spec.ts', () => `'${fake.join('sk_live_', fake.alnum(24))}',`, 'block'],
  ['GitHub token in docs', 'docs/setup.md', () => `GITHUB_TOKEN=${fake.checksummed('ghp_')}`, 'block'],
  // Public by design.
  ['Stripe publishable key', 'src/checkout.ts', () => `const stripe = Stripe("${fake.join('pk_live_', fake.alnum(24))}");`, 'public by design'],
  ['Sentry DSN', 'src/sentry.ts', () => `dsn: "https://${fake.hex(32)}@o${fake.digits(6)}.ingest.sentry.io/${fake.digits(7)}",`, 'public by design'],
  ['Firebase web config', 'src/firebase.ts', () => `const firebaseConfig = {\n  apiKey: "AIza${fake.base64url(35)}",\n  authDomain: "acme-app.firebaseapp.com",\n};`, 'public by design'],
  ['Algolia search-only key', 'src/search.ts', () => `ALGOLIA_SEARCH_API_KEY=${fake.hex(32)}`, 'public by design'],
  ['Algolia admin key', 'config/algolia.env.yml', () => `ALGOLIA_ADMIN_API_KEY=${fake.hex(32)}`, 'block'],
  ['Mapbox public token', 'src/map.ts', () => `mapboxgl.accessToken = "pk.eyJ1${fake.base64url(60)}.${fake.base64url(22)}";`, 'public by design'],
  ['Supabase anon JWT', 'src/supabase.ts', () => `const anon = "${jwt({ iss: 'supabase', role: 'anon' })}";`, 'public by design'],
  ['Supabase service_role JWT', 'src/admin.ts', () => `const key = "${jwt({ iss: 'supabase', role: 'service_role' })}";`, 'block'],
  ['JWT signed with a demo secret', 'src/auth.ts', () => `const token = "${jwt({ sub: fake.digits(8), name: 'Jane' }, 'your-256-bit-secret')}";`, 'demo value'],
  // Another scanner's suppression on the line is a reviewed decision: a warning naming the marker.
  ['gosec nosec', 'internal/auth/totp.go', () => `\ttotpSecret := "${fake.alnum(32)}" // #nosec G101 -- test fixture TOTP secret`, 'suppressed on the line (#nosec)'],
  ['golangci nolint:gosec', 'pkg/client.go', () => `var apiSecret = "${fake.alnum(32)}" //nolint:gosec // fixture`, 'suppressed on the line (nolint:gosec)'],
  ['ruff noqa S105', 'app/settings.py', () => `SECRET_KEY = "${fake.alnum(40)}"  # noqa: S105`, 'suppressed on the line (noqa: S105)'],
  ['Sonar NOSONAR', 'src/main/java/App.java', () => `private static final String PASSWORD = "${fake.alnum(24)}"; // NOSONAR`, 'suppressed on the line (NOSONAR)'],
  ['trufflehog:ignore', 'config/dev.yml', () => `api_token: ${fake.alnum(40)} # trufflehog:ignore`, 'suppressed on the line (trufflehog:ignore)'],
  ['ggignore', 'scripts/seed.sh', () => `export DB_PASSWORD='${fake.alnum(24)}' # ggignore`, 'suppressed on the line (ggignore)'],
  ['noqa for another check is no suppression', 'app/settings.py', () => `SECRET_KEY = "${fake.alnum(40)}"  # noqa: E501`, 'block'],
  ['nosec as a word in text is no suppression', 'app/settings.py', () => `NOSECRET_PASSWORD = "${fake.alnum(24)}"`, 'block'],
  // Test and stand-in folders named in any ecosystem's words, any case or separator.
  ['end-to-end suite users', 'internal/suites/OIDC/users.yml', () => `    password: "${fake.alnum(24)}"`, 'test fixture'],
  ['stub JWK folder', 'session/stub/keys.json', () => `{ "client_secret": "${fake.alnum(40)}" }`, 'test fixture'],
  ['snapshot folder', 'pkg/.snapshots/TestLogin', () => `client_secret=${fake.alnum(32)}`, 'test fixture'],
  ['camelCase e2e folder', 'e2eTests/setup/env.ts', () => `const adminPassword = "${fake.alnum(20)}x9";`, 'test fixture'],
  ['api-mocks folder', 'src/api-mocks/handlers.ts', () => `const apiSecret = "${fake.alnum(32)}";`, 'test fixture'],
  ['local development environment', 'contrib/local-environment/keycloak.env', () => `OIDC_CLIENT_SECRET=${fake.alnum(32)}`, 'test fixture'],
  ['devenv folder', 'devenv/config.yaml', () => `client_secret: ${fake.alnum(32)}`, 'test fixture'],
  ['quickstart folder', 'quickstart/config.yml', () => `client_secret: ${fake.alnum(32)}`, 'documentation example'],
  ['fixtures file', 'internal/entity/session_fixtures.go', () => `\t\tauthToken: "${fake.hex(48)}",`, 'test fixture'],
  ['a word containing test is no test folder', 'src/latest/config.ts', () => `const apiSecret = "${fake.alnum(32)}";`, 'block'],
  ['attestation is no test folder', 'services/attestation/keys.env', () => `SIGNING_SECRET=${fake.alnum(32)}`, 'block'],
  // A compose file that runs a local stack (by its images or loopback ports): shape rules warn there.
  ['compose running postgres', 'compose.yaml', () => `services:\n  db:\n    image: postgres:16\n  app:\n    environment:\n      OIDC_CLIENT_SECRET: "${fake.alnum(32)}"\n`, 'test fixture'],
  ['compose with loopback ports', 'docker-compose.yml', () => `services:\n  app:\n    ports:\n      - "127.0.0.1:8080:8080"\n    environment:\n      APP_SECRET: "${fake.alnum(32)}"\n`, 'test fixture'],
  ['compose running SQL Server from its own registry', 'docker-compose.yml', () => `services:\n  sqldata:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n    environment:\n      - SA_PASSWORD=${fake.alnum(24)}\n`, 'test fixture'],
  ['compose running bitnami postgresql', 'compose.yaml', () => `services:\n  db:\n    image: docker.io/bitnami/postgresql:16\n    environment:\n      POSTGRESQL_PASSWORD: "${fake.alnum(24)}"\n`, 'test fixture'],
  ['an image named like a database is not one', 'deploy/docker-compose.yml', () => `services:\n  app:\n    image: acme/mssql-reporting:1.2\n    environment:\n      APP_SECRET: "${fake.alnum(32)}"\n`, 'block'],
  ['production compose without local services', 'deploy/docker-compose.yml', () => `services:\n  app:\n    image: acme/app:1.2\n    environment:\n      APP_SECRET: "${fake.alnum(32)}"\n`, 'block'],
  ['provider key in a local stack still blocks', 'compose.yaml', () => `services:\n  db:\n    image: postgres:16\n  app:\n    environment:\n      STRIPE_KEY: ${fake.join('sk_live_', fake.alnum(24))}\n`, 'block'],
  // A word-like prefix followed by a name, not a token.
  ['CSS custom property after md-', 'site/assets/stylesheets/main.css', () => ':root{--md-default-fg-color--lightest:#00000012;--md-typeset-table-color-bg:#fff;--md-code-hl-keyword-color-x:var(--md-code-fg-color)}', 'none'],
  // A path is a name of something; base64 that starts with "/" is not one.
  ['absolute path under a secret name', 'config/app.env', () => 'SECRET_KEY_FILE_DIR=/var/lib/app/secrets', 'none'],
  ['an API route under a secret-sounding call', 'src/Policies/PasswordStrength/Update.php', () => "        ->setHttpPath('/v1/projects/:projectId/policies/password-strength')", 'none'],
  ['a SQL password that spells its user\'s name', 'scripts/sql/init.sql', () => "CREATE USER IF NOT EXISTS shoppingcart_01@'%' IDENTIFIED BY 'shoppingcart_01';", 'weak password'],
  ['base64 secret starting with a slash', '.env.production', () => `INTERNAL_SIGNING=/${fake.alnum(6)}/${fake.base64(36)}`, 'block'],
  ['Mandrill key still found', 'config/mail.php', () => `'mandrill_key' => '${fake.join('md-', fake.alnum(22))}',`, 'block'],
  // (Radarr, spree, saleor, memos, portainer: read in their histories, so they tune now)
  ['a SQL log: a hash and a salt beside crypted_password', 'log/development.log', () => `UPDATE \`users\` SET \`crypted_password\` = '${fake.hex(40)}', \`salt\` = '${fake.hex(40)}' WHERE \`id\` = 1`, 'none'],
  ['crypted_password in a bootstrap task', 'lib/tasks/bootstrap.rake', () => `  :crypted_password => '${fake.hex(40)}',`, 'none'],
  ['a naming token under token:', 'frontend/src/Settings/Naming/NamingModal.js', () => "  { token: '{Season:00}', example: '01' },", 'none'],
  ['the code between two strings read as a value', 'packages/cli/src/index.js', () => 'let c=await vi({message:"Admin password:",validate:(v)=>v.length>=6||"Password must be at least 6 characters"});', 'none'],
  ['a placeholder attribute on a key field', 'app/views/endpoint.html', () => `<input ng-model="formValues.AzureAuthenticationKey" placeholder="${fake.base64(44)}">`, 'none'],
  ['a CSRF token rendered into a page', 'templates/styleguide.html', () => `<input type="hidden" name="csrfmiddlewaretoken" value="${fake.alnum(64)}">`, 'none'],
  ['a value held by a credential name on a keyword line still blocks', 'src/Providers/TwitterProvider.cs', () => `        private const string ConsumerKey = "${fake.alnum(22)}";`, 'block'],
  ['a value held by value= on a keyword line still blocks', 'config/settings.xml', () => `<setting name="ApiSecret" value="${fake.alnum(32)}" />`, 'block'],
  ['a seed dump\'s demo users', 'store/seed/sqlite/01__dump.sql', () => `INSERT INTO user VALUES(1,'demo','HOST','Demo User','$2a$10$${fake.alnum(53).replace(/[^./A-Za-z0-9]/g, 'x')}');`, 'test fixture'],
  ['a vendored plugin\'s test password', 'vendor/plugins/active_merchant/lib/billing/gateways/pay_junction.rb', () => `  PASSWORD = '${fake.alnum(12)}x9'`, 'third-party code'],
  ['a NuGet package restored in packages/', 'packages/DotNetZip.1.9.1.8/lib/net20/Ionic.Zip.xml', () => `  zip.Password= "${fake.alnum(16)}!";`, 'third-party code'],
  ['a monorepo\'s packages/ is the project\'s own code', 'packages/cli/src/config.ts', () => `const apiSecret = "${fake.alnum(32)}";`, 'block'],
  ['a C directive is no comment', 'firmware/wifi.h', () => `#define WIFI_PASSWORD "${fake.alnum(12)}x9"`, 'block'],
  ['a hash line in Python is one', 'app/settings.py', () => `# DB_PASSWORD = "${fake.alnum(12)}x9"`, 'documentation example'],
  ['a CSS custom property in backticks on a token line', 'CHANGELOG.txt', () => 'UI4 semantic tokens: `--theme-elevation-50` → `--color-bg-secondary`,', 'none'],
  ['a PostHog project key of an older length under api_key', 'packages/lib/telemetry.ts', () => `  api_key: "${fake.join('phc_', fake.alnum(42))}",`, 'public by design'],
  ['a GraphQL schema\'s field types', 'schema.graphql', () => '  password: UsersPasswordInput!', 'none'],
  ['a provider key in vendor/ still blocks', 'vendor/acme/config.php', () => `'stripe' => '${fake.join('sk_live_', fake.alnum(24))}',`, 'block'],
  // A name ending in "key": a provider's name before it says credential; a data structure's does not.
  ['a random value under a provider-named key', 'config/services.yml', () => `  kanbantool_key: ${fake.alnum(64)}`, 'block'],
  ['a run-together provider key name', 'src/integrations.go', () => `	spotifykey := "${fake.alnum(32)}"`, 'block'],
  ['a random value named only "key"', 'logs/debug.txt', () => `[DEBUG] Using Key=${fake.alnum(40)} [INFO] 200 OK`, 'named only "key"'],
  ['a sort key', 'src/store.ts', () => `const sortKey = "${fake.alnum(24)}";`, 'none'],
  ['an idempotency key', 'tests/payments.ts', () => `idempotencyKey: "${fake.alnum(32)}",`, 'none'],
  ['a public SSH key under deploy_key', 'config/deploy.yml', () => `deploy_key: AAAAC3NzaC1lZDI1NTE5AAAAI${fake.alnum(43)}`, 'none'],
  ['a UUID under a key name', 'config/app.yml', () => `station_key: ${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)}`, 'none'],
  ['an unquoted expression under a key name in code', 'src/client.ts', () => 'const billingKey = settings.billing_key_from_the_environment;', 'none'],
  ['a key named in a comment is documentation', 'src/client.ts', () => `// billingKey = "${fake.alnum(32)}"`, 'documentation example'],
  // Registry credentials, escaped in a runner's environment, and a Kubernetes image-pull Secret.
  ['registry auth escaped inside a string', '.gitlab/runner.toml', () => `  environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.acme.io\\":{\\"auth\\":\\"${Buffer.from(`ci:${fake.alnum(20)}`).toString('base64')}\\"}}}"]`, 'block'],
  ['an image-pull Secret', 'k8s/pull-secret.yml', () => `data:\n  .dockerconfigjson: ${Buffer.from(`{"auths":{"ghcr.io":{"auth":"${Buffer.from(`ci:${fake.alnum(24)}`).toString('base64')}"}}}`).toString('base64')}`, 'block'],
  ['an image-pull Secret template', 'charts/app/templates/pull-secret.yaml', () => '  .dockerconfigjson: {{ template "imagePullSecret" . }}', 'none'],
  // Classes first seen in four repositories measured as holdout, then moved to tuning (snipe-it, openstreetmap-website, navidrome, filebrowser).
  ['Crowdin in-context markers in a pseudo-locale', 'resources/lang/aa-ER/account/general.php', () => {
    const id = fake.digits(5);
    return `    'personal_access_token' => 'crwdns${id}:0crwdne${id}:0',`;
  }, 'none'],
  ['a string joined to code', 'app/Http/Controllers/Auth/ResetPasswordController.php', () => "            'password' => 'confirmed|'.Setting::passwordComplexityRulesSaving('store'),", 'none'],
  ['a string joined to a variable', 'src/client.js', () => `const token = "Bearer${fake.alnum(4)}" + session.token;`, 'none'],
  ['a string joined to another string still blocks', 'src/client.js', () => `const token = "${fake.alnum(32)}" + "${fake.alnum(8)}";`, 'block'],
  ['a widget named for a password', 'resources/views/modals/user.blade.php', () => "            'passwordElement': '#modal-password',", 'none'],
  ['a dotenv file for tests', '.env.tests', () => `APP_KEY=base64:${fake.base64(44)}`, 'test fixture'],
  ['a dotenv file for CI', '.env.testing-ci', () => `APP_KEY='base64:${fake.base64(44)}'`, 'test fixture'],
  ['a dotenv file for a developer\'s containers', '.env.dev.docker', () => `APP_KEY=base64:${fake.base64(44)}`, 'test fixture'],
  ['.env.local still blocks', '.env.local', () => `APP_KEY=base64:${fake.base64(44)}`, 'block'],
  ['.env.production still blocks', '.env.production', () => `APP_KEY=base64:${fake.base64(44)}`, 'block'],
  ['settings for the test environment', 'config/settings/test.yml', () => `secret_key_base: ${fake.hex(128)}`, 'test fixture'],
  ['a dev container\'s database settings', 'config/devcontainer.database.yml', () => `  password: ${fake.alnum(12)}x9`, 'test fixture'],
  ['a CI service\'s pipeline by its name', '.chipperci.yml', () => `      DB_PASSWORD: ${fake.alnum(16)}`, 'test fixture'],
  ['a minified library', 'public/assets/js/jspdf.min.js', () => `r.pdf.putTotalPages.bind(renderer.pdf, '###j${fake.alnum(20)}'), true);`, 'third-party code'],
  ['a provider key in a minified file still blocks', 'public/js/app.min.js', () => `var k="${fake.join('sk_live_', fake.alnum(24))}";`, 'block'],
  ['a JWT that is an id in JSON', 'ui/public/index.html', () => `window.__SHARE_INFO__ = "{\\"tracks\\":[{\\"id\\":\\"${jwt({ id: fake.alnum(22), f: 'mp3' })}\\",\\"title\\":\\"Respect\\"}]}"`, 'none'],
  ['a JWT that is a token still blocks', 'src/api.ts', () => `  token: "${jwt({ sub: fake.digits(8), iat: 1700000000 })}",`, 'block'],
  ['a Secret\'s data under a bare "key" still blocks', 'k8s/ceph-secret.yaml', () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ceph-secret\ndata:\n  key: ${Buffer.from(`AQB${fake.base64(37)}==`).toString('base64')}\n`, 'block'],
  ['a page name that spells its key', 'config/wiki_pages.yml', () => '    mountain_pass: Cs:Key:mountain pass', 'none'],
  ['a pass under a two-word name still blocks', 'config/services.yml', () => `    smtp_pass: ${fake.alnum(14)}x9`, 'block'],
  // Read from repositories first measured as holdout, then moved to tuning (bench/wild-manifest.json).
  ['an editor grammar\'s scope names', 'public/ace/src/mode-actionscript.js', () => "       [ { token: 'support.class.actionscript.2',", 'none'],
  ['a scope name with a versioned part', 'public/ace/src/mode-c_cpp.js', () => '                token : "support.function.C99.c",', 'none'],
  ['a dotted random value under token still blocks', 'src/client.js', () => `  token: '${fake.alnum(12)}.${fake.alnum(12)}.${fake.alnum(8)}',`, 'block'],
  ['an ORM\'s constraint name', 'backend/src/migrations/sqlite-1696756465867-init.ts', () => `  await queryRunner.query(\`CREATE TABLE "api_token" ("id" integer, CONSTRAINT "UQ_${fake.hex(27)}" UNIQUE ("keyId"))\`);`, 'none'],
  ['an index name', 'db/migrate/init.sql', () => `CREATE INDEX "IDX_${fake.hex(27)}" ON "note" ("publicId");`, 'none'],
  ['a CSS selector for a password input', 'Views/Shared/VaultElements.cshtml', () => '  <button type="button" data-toggle-password="#PassphraseInput">', 'none'],
  ['a password that starts with # still blocks', 'config/app.yml', () => `password: "#${fake.alnum(10)}9x"`, 'block'],
  ['a command named for tests', 'src/Command/ResetTestCommand.php', () => `    ['anna_admin', null, 1, '$2y$04$${fake.base64(53).replace(/[+=]/g, 'x')}', ['ROLE_ADMIN']],`, 'test fixture'],
  ['a controller part for tests', 'BTCPayServer/Controllers/InvoiceController.Testing.cs', () => `  var credentialString = "${fake.alnum(40)}";`, 'test fixture'],
  ['a word that holds "test" is no test', 'src/LatestRelease.php', () => `  $apiSecret = "${fake.alnum(40)}";`, 'block'],
  ['Go\'s first vendoring folder', 'Godeps/_workspace/src/github.com/lib/pq/certs/server.key', () => `-----BEGIN RSA PRIVATE KEY-----\n${rsaDer(600)}\n-----END RSA PRIVATE KEY-----\n`, 'third-party code'],
  ['a translation folder by compound name', 'packages/admin-ui/src/lib/static/i18n-messages/de.json', () => '  "password": "Passwort",', 'none'],
  ['a password beside an example.com user', 'lib/app/auth.ex', () => `      {:ok, user} = Auth.create_user(%{email: "foo@example.com", password: "${fake.alnum(14)}9x"})`, 'demo value'],
  ['a password beside a real domain still blocks', 'lib/app/auth.ex', () => `      Auth.login(%{email: "ops@acme-corp.io", password: "${fake.alnum(14)}9x"})`, 'block'],
  // From the tuning set's reading list (Radarr's vendored date library).
  ['a tokenizer\'s regular expression', 'JsLibraries/sugar.js', () => "      token: 'f{1,4}|ms|milliseconds',", 'none'],
  ['an optional letter in an alternation', 'JsLibraries/sugar.js', () => "      token: 'hh?|hours|12hr',", 'none'],
  ['a password with a question mark still blocks', 'config/app.yml', () => `password: "${fake.alnum(8)}?x9${fake.alnum(4)}"`, 'block'],
  ['example.com as a prefix of a longer domain still blocks', 'config/mail.yml', () => `smtp: { user: "me@example.community", password: "${fake.alnum(14)}9x" }`, 'block'],
  // Stop 35, read from the holdout's Kanboard, wallabag, Kratos, Casdoor, Firefly III, Akaunting, DocuSeal and Lobsters (moved to tuning).
  ['a placeholder phrase in leetspeak', '.env', () => 'APP_SECRET=ch4n63m31fy0uc4n', 'none'],
  ['"some random string" in leetspeak', 'docker/docker.env', () => 'APP_KEY=S0m3R@nd0mString', 'none'],
  ['a masked value written for display', 'src/SiteConfig/Builder.php', () => "        $parameters['password'] = '**masked**';", 'none'],
  ['a random value with leet digits still blocks', '.env', () => `APP_SECRET=${fake.alnum(12)}4n63m3${fake.alnum(6)}`, 'block'],
  ['an OpenAPI reference under a password property', '.schema/openapi/patches/selfservice.yaml', () => '      password: "#/components/schemas/updateLoginFlowWithPasswordMethod"', 'none'],
  ['a reference into another file', 'api/openapi/paths.yaml', () => '      client_secret: "./schemas/oauth.yaml#/components/schemas/ClientSecret"', 'none'],
  ['a Doctrine index renamed in a migration', 'migrations/Version20240310150000.php', () => `            $this->renameIndex('oauth2_access_tokens', 'idx_${fake.hex(16)}', 'user_id');`, 'none'],
  ['an install schema dump\'s seeded token', 'app/Schema/Sql/postgres.sql', () => `INSERT INTO public.settings (option, value, changed_by, changed_on) VALUES ('api_token', '${fake.hex(60)}', 0, 0);`, 'demo value'],
  ['a seeded admin hash in a migration script', 'db/migrations/001_init.sql', () => `INSERT INTO users (username, password) VALUES ('admin', '$2y$10$${fake.base64(53).replace(/[+=]/g, 'x')}');`, 'demo value'],
  ['a role\'s password set in a migration still blocks', 'db/migrations/002_roles.sql', () => `CREATE USER app WITH PASSWORD '${fake.alnum(14)}9x';`, 'block'],
  ['a multi-row VALUES tuple of a schema dump', 'app/Schema/Sql/mysql.sql', () => `  ('api_token', '${fake.hex(60)}', 0, 0),`, 'demo value'],
  ['a database dump by another name still blocks', 'backup/prod-2024.sql', () => `INSERT INTO settings (option, value) VALUES ('api_token', '${fake.hex(60)}');`, 'block'],
  ['a CI service\'s dotenv', '.env.travis', () => `APP_KEY=base64:${fake.base64(44)}`, 'test fixture'],
  ['Django\'s generated development key', 'mysite/settings.py', () => `SECRET_KEY = 'django-insecure-${fake.alnum(40)}'`, 'demo value'],
  ['a key that says insecure only in its middle still blocks', 'mysite/settings.py', () => `SECRET_KEY = '${fake.alnum(20)}insecure${fake.alnum(20)}'`, 'block'],
  ["Rails' development secret_key_base", 'config/secrets.yml', () => `# Do not keep production secrets in the unencrypted secrets file.\ndevelopment:\n  secret_key_base: ${fake.hex(128)}\n\ntest:\n  secret_key_base: ${fake.hex(128)}\n`, 'test fixture'],
  ["Rails' production secret_key_base still blocks", 'config/secrets.yml', () => `development:\n  secret_key_base: <%= ENV["X"] %>\nproduction:\n  secret_key_base: ${fake.hex(128)}\n`, 'block'],
  ['a provider\'s sample response in a Go block comment', 'idp/lark.go', () => `/*\n{\n    "code": 0,\n    "data": {\n        "access_token": "u-${fake.alnum(40)}",\n        "refresh_token": "ur-${fake.alnum(40)}"\n    }\n}\n*/\ntype LarkUserInfo struct {`, 'documentation example'],
  ['an example session in a docstring', 'netbox/secrets/api/views.py', () => `    def get(self, request):\n        """\n        Example response:\n            {"session_key": "${fake.base64(40)}"}\n        """`, 'documentation example'],
  // Stop 35, read from the new holdout's Photoview, grocy, Leantime, Cachet and Pterodactyl after their first-seen figures (moved to tuning).
  ['the word password in German, a translation catalogue by any name', 'ui/src/extractedTranslations/de/translation.json', () => '    "password": "Passwort",', 'none'],
  ['the word password in Dutch, a .tra catalogue', 'tools/mltranslate/nl-NL.tra', () => 'label.password = "Wachtwoord"', 'none'],
  ['the word password in Portuguese, in a patch', '0001-Re-sync-languages.patch', () => "+        'password' => 'Palavra-passe',", 'none'],
  ['a password that only starts like a translation still blocks', 'config/app.php', () => `    'password' => 'Passwort${fake.alnum(10)}9x',`, 'block'],
  ["compose's escaped variable in a healthcheck", '.dev/docker-compose.yaml', () => '      test: "mysql -u$$MYSQL_USER -p$$MYSQL_PASSWORD -e \'SELECT 1\'"', 'none'],
  ['a dotted config path with a numbered part', 'app/Services/Users/ToggleTwoFactorService.php', () => "        $isValidToken = $this->google2FA->verifyKey($secret, $token, config()->get('pterodactyl.auth.2fa.window'));", 'none'],
  ['a dotted random token under token still blocks', 'src/client.php', () => `$token = '${fake.hex(24)}.${fake.hex(24)}.${fake.hex(12)}';`, 'block'],
  ['a Vagrant development box', '.dev/vagrant/provision.sh', () => `php artisan p:user:make --email=testuser@acme.io --password ${fake.alnum(12)}9x --admin 0`, 'test fixture'],
  ['a dotenv for a Vagrant box', '.dev/vagrant/.env.vagrant', () => `DB_PASSWORD=${fake.alnum(12)}9x`, 'test fixture'],
  ['a dotenv default whose comment says change me', '.env', () => `APP_SECRET=${fake.alnum(32)} # change me`, 'demo value'],
  ['a comment that names the value without saying replace still blocks', 'config/settings.py', () => `API_SECRET = "${fake.alnum(32)}"  # the production key`, 'block'],
  ['a hash inside the value is no comment', 'config/app.yml', () => `password: "${fake.alnum(10)}#change${fake.alnum(8)}"`, 'block'],
  ['a demo seeder named so outside seeders/', 'app/Console/Commands/DemoSeederCommand.php', () => `                'api_key'  => '${fake.alnum(20)}',`, 'test fixture'],
  ['a key in a command not named for seeding still blocks', 'app/Console/Commands/SyncCommand.php', () => `                'api_key'  => '${fake.alnum(20)}',`, 'block'],
  ['code after a block comment still blocks', 'idp/lark.go', () => `/*\n sample\n*/\nconst clientSecret = "${fake.alnum(32)}"`, 'block'],  // Stop 36: read from the twelve repositories first seen at 0ea68b0 (wger, Redash, Caddy, Vikunja, Bitwarden,
  // Invoice Ninja, PocketBase, Kiwi TCMS, Medusa, django CMS, Standard Notes, Wiki.js).
  ['a test directory fused to a name', 'caddytest/caddy.localhost.key', () => `-----BEGIN RSA PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----\n`, 'test fixture'],
  ['plural fused test directory', 'pkg/webtests/integrations.go', () => `\tPassword: "${fake.alnum(32)}",`, 'test fixture'],
  ['a directory that only ends like one still blocks', 'releases/latest/settings.py', () => `API_SECRET = "${fake.alnum(32)}"`, 'block'],
  ['a password hash in program code', 'server/modules/authentication/local/authentication.js', () => `    await bcrypt.compare((Math.random() + 1).toString(36), '$2a$12$${fake.alnum(53)}')`, 'demo value'],
  ['a password hash where accounts are stored still blocks', 'config/users.yml', () => `admin:\n  password: "$2a$12$${fake.alnum(53)}"`, 'block'],
  ['an htpasswd record copied into code still blocks', 'src/service.ts', () => `const users = 'deploy:$apr1$${fake.alnum(8)}$${fake.alnum(22)}';`, 'block'],
  ['a password hash in code that provisions production still blocks', 'deployment/site-cookbooks/app_production/recipes/default.rb', () => `  password "$6$${fake.alnum(8)}$${fake.alnum(86)}"`, 'block'],
  ['a CircleCI status badge', 'README.md', () => `[![CircleCI](https://circleci.com/gh/acme/app/tree/main.svg?style=shield&circle-token=${fake.hex(40)})](https://circleci.com/gh/acme/app)`, 'public by design'],
  ['a CircleCI token outside a badge still blocks', 'scripts/trigger.sh', () => `CIRCLE_TOKEN=${fake.hex(40)}`, 'block'],
  ['a keyword argument reading an attribute', 'redash/__init__.py', () => 'redis_connection = redis.StrictRedis(host=redis_url.hostname, port=redis_url.port, db=0, password=redis_url.password)', 'none'],
  ['a keyword argument calling a function', 'cms/middleware/toolbar.py', () => '        user = authenticate(username=request.POST.get("cms_username", ""), password=request.POST.get("cms_password", ""))', 'none'],
  ['a connection string in code still blocks', 'src/Data/Db.cs', () => `var cs = "Server=db;User Id=sa;Password=${fake.alnum(10)}.${fake.alnum(8)};";`, 'block'],
  ["a provider's test-mode key in a test", 'tests/_bootstrap.php', () => `Fixtures::add('stripe_secret_key', '${fake.join('sk_test_', fake.alnum(24))}');`, 'test fixture'],
  ['a test-mode key outside tests still blocks', 'app/PaymentDrivers/StripePaymentDriver.php', () => `\\Stripe\\Stripe::setApiKey('${fake.join('sk_test_', fake.alnum(24))}');`, 'block'],
  ['a live key in a test still blocks', 'tests/_bootstrap.php', () => `Fixtures::add('stripe_secret_key', '${fake.join('sk_live_', fake.alnum(24))}');`, 'block'],
  ['a minified line', 'assets/js/ace/mode-search.js', () => `ace.define("ace/mode/search",["require"],function(e,t){${'var a=1;'.repeat(130)}t.tokenData="${fake.alnum(40)}"});`, 'third-party code'],
  ['a bundled file by its name', 'pkg/routes/api/scalar/scalar.standalone.js', () => `  tokenData:"${fake.alnum(40)}",`, 'third-party code'],
  ["a CI service's folder", '.github/ci.env', () => `AUTH_JWT_SECRET=${fake.hex(64)}`, 'test fixture'],
  ['a top-level development folder', 'dev/helm/values.yaml', () => `postgresPassword: ${fake.alnum(20)}`, 'test fixture'],
  ['a development folder deeper down still blocks', 'src/dev/settings.yml', () => `postgresPassword: ${fake.alnum(20)}`, 'block'],
  ['settings named for CI in a settings folder', 'settings/ci.py', () => `SECRET_KEY = '${fake.alnum(50)}'`, 'test fixture'],
  ['settings named for production still block', 'settings/production.py', () => `SECRET_KEY = '${fake.alnum(50)}'`, 'block'],
  ['a compose file named for its test runner', '.ci/docker-compose.cypress.yml', () => `services:\n  server:\n    environment:\n      REDASH_COOKIE_SECRET: "${fake.alnum(32)}"`, 'test fixture'],
  ['a private member with no secret word', 'app/Http/Controllers/CompanyGatewayController.php', () => `    private string $checkout_key = '${fake.hex(32)}';`, 'none'],
  ['a private member named for a secret still blocks', 'src/Client.java', () => `    private String[] tokens = { "${fake.alnum(32)}" };`, 'block'],
  ['one validation rule with arguments', 'app/Http/Requests/CheckMailRequest.php', () => "            'mail_password' => 'required_unless:mail_driver,log',", 'none'],
  ['a name that ends a string, code after it', 'app/PaymentDrivers/PayFast/Token.php', () => "            $parameter_string .= 'passphrase='.urlencode($this->payfast->company_gateway->getConfigField('passphrase'));", 'none'],
  ['a token Renovate encrypted', 'renovate.json', () => `{\n  "hostRules": [\n    {\n      "encrypted": {\n        "token": "${fake.base64(344)}"\n      }\n    }\n  ]\n}`, 'public by design'],
  ['a token in a plain block still blocks', 'config/app.json', () => `{\n  "auth": {\n    "token": "${fake.alnum(40)}"\n  }\n}`, 'block'],
  ['a value named for tests', 'redash/query_runner/google_spreadsheets.py', () => `        test_spreadsheet_key = "${fake.base64url(44)}"`, 'test fixture'],
  ['a name that only contains the letters still blocks', 'src/attestation.py', () => `ATTESTATION_SECRET = "${fake.alnum(40)}"`, 'block'],
  ['a feature flag with a version in its name', 'src/Core/Constants.cs', () => '    public const string EnableAccountEncryptionV2PasswordRegistration = "pm-27278-v2-password-registration";', 'none'],
  ['a script named for development', 'docker/develop.sh', () => `docker run --name snipe-mysql -e MYSQL_ROOT_PASSWORD=${fake.alnum(16)} -e MYSQL_DATABASE=snipeit -d mysql`, 'test fixture'],
  ['a source file named for development still blocks', 'src/DevToolsPanel.ts', () => `const apiSecret = "${fake.alnum(32)}";`, 'block'],
  ['compact JSON in a SQL dump still blocks', 'db/easy_appointments.sql', () => `INSERT INTO settings VALUES (1, '{"token_type":"Bearer","refresh_token":"${fake.alnum(40)}"}');`, 'block'],
  ['compact JSON still blocks', 'config/app.json', () => `{"api_secret":"${fake.alnum(32)}","region":"eu"}`, 'block'],
  ['a pair written inside a string still blocks', 'src/setup.php', () => `$dsn = "password='${fake.alnum(16)}'";`, 'block'],
  // Stop 37: read from the tuning set's last untriaged and false-positive findings (Payload, Supabase Auth, Portainer,
  // Ory Kratos, Photoview, Jellyfin, eShop, BTCPay Server, Pterodactyl, Spree), written to carry over.
  ['a commit message is prose', '(commit message)', () => `Fix the local setup\n\nRun it with PAYLOAD_SECRET=${fake.hex(24)} in .env`, 'documentation example'],
  ['a provider format in a commit message still blocks', '(commit message)', () => `deploy fix\n\nused STRIPE_KEY=${fake.join('sk_live_', fake.alnum(24))} to test`, 'block'],
  ['a module specifier in an import', 'app/react/kubernetes/configs/secret.service.ts', () => "import { KeyToPath, Pod, Secret } from 'kubernetes-types/core/v1';", 'none'],
  ['a random string after an import still blocks', 'src/client.ts', () => `import { Secret } from './secret'; const token = "${fake.alnum(32)}";`, 'block'],
  ["a secret's name after @ (Vercel's now.json)", 'now.json', () => '{"env": {"NEO4J_PASSWORD": "@neo4j-password"}}', 'none'],
  ['a password that starts with @ still blocks', 'config/app.json', () => `{"db_password": "@${fake.alnum(14)}9x"}`, 'block'],
  ["Visual Studio's temporary signing key", 'MediaBrowser.UI/MediaBrowser.UI_TemporaryKey.pfx.pem', () => `-----BEGIN RSA PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END RSA PRIVATE KEY-----\n`, 'test fixture'],
  ["a developer's self-signed key", 'docker/ssl/localhost-selfsigned.key', () => `-----BEGIN PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END PRIVATE KEY-----\n`, 'test fixture'],
  ['a server key by any other name still blocks', 'docker/ssl/nginx.key', () => `-----BEGIN PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END PRIVATE KEY-----\n`, 'block'],
  ["Visual Studio's launch profiles", 'BTCPayServer/Properties/launchSettings.json', () => `      "environmentVariables": {\n        "BTCPAY_SSHPASSWORD": "${fake.alnum(10)}9x",`, 'test fixture'],
  ['appsettings still block', 'BTCPayServer/appsettings.json', () => `      "environmentVariables": {\n        "BTCPAY_SSHPASSWORD": "${fake.alnum(10)}9x",`, 'block'],
  ['code that seeds the database', 'src/Infrastructure/Data/ApplicationDbContextInitialiser.cs', () => `        await _userManager.CreateAsync(administrator, "${fake.alnum(10)}1!");\n        var password = "${fake.alnum(12)}2!";`, 'test fixture'],
  ["Prisma's seed script", 'prisma/seed.ts', () => `  const password = "${fake.alnum(12)}2!";`, 'test fixture'],
  ["a wallet's seed still blocks", 'src/wallet/seed.ts', () => `  const secret = "${fake.alnum(32)}";`, 'block'],
  ["a reCAPTCHA site key under a website's name", 'config/recaptcha.php', () => `    '_shipped_website_key' => '6Lc${fake.base64url(37)}',`, 'none'],
  ['a key under a provider name still blocks', 'config/services.php', () => `    'mailgun_key' => '${fake.alnum(40)}',`, 'block'],
  ['a feature flag with a numeronym', 'app/react/portainer/feature-flags/enums.ts', () => "  K8S_ADM_ONLY_SECRETS = 'k8s-admin-only-secrets',", 'none'],
  ['a namespaced label', 'oryx/pagination/keysetpagination_v2/page_token.go', () => 'const pageTokenContext = "acme/keysetpagination_v2/page_token"', 'none'],
  ['a template named example first', 'example.env', () => `GOTRUE_JWT_SECRET="${fake.alnum(32)}"`, 'documentation example'],
  ['code named example first still blocks', 'pkg/example.go', () => `const apiSecret = "${fake.alnum(32)}"`, 'block'],
  // Read from Clean Architecture (moved to tuning): its seeded administrator's password in a REST client file.
  ['one dictionary word and a number, however many letters', 'src/Web/Web-webapi.http', () => '@Password=Administrator1!', 'weak password'],
  ['a long random password still blocks', 'src/Web/Web-webapi.http', () => `@Password=${fake.alnum(14)}1!`, 'block'],
  // Read from Dex and Hydra after their first-seen figures (moved to tuning).
  ["a certification suite's recorded run", 'internal/certification/results/OP-IDToken-RS256.txt', () => `    "client_secret": "${fake.alnum(12)}9x",`, 'test fixture'],
  ['a Go import in a block', 'consent/strategy_default.go', () => '\t"github.com/acme/hydra/v2/fosite/token/jwt"', 'none'],
  ["a tracer named for its package", 'fosite/introspect.go', () => '\tctx, span := trace.SpanFromContext(ctx).TracerProvider().Tracer("github.com/acme/hydra/v2/fosite").Start(ctx, "Fosite.IntrospectToken")', 'none'],
  ['a token after a domain still blocks', 'src/client.go', () => `\ttoken := "${fake.alnum(24)}.com/${fake.alnum(24)}"`, 'block'],
  ['a comment above the value says to regenerate it', '.env.docker', () => `# Please regenerate the APP_KEY value by calling \`php artisan key:generate --show\`. Copy paste the value here\nAPP_KEY=base64:${fake.base64(44)}`, 'demo value'],
  ['a comment above code does not reach past it', 'config/app.php', () => `// change this before deploying\n$debug = false;\n$apiSecret = "${fake.alnum(32)}";`, 'block'],
  ["a comment that only mentions changing still blocks (Rails' initializer)", 'config/initializers/secret_token.rb', () => `# Your secret key for verifying the integrity of signed cookies.\n# If you change this key, all old signed cookies will become invalid!\nRails.application.config.secret_token = '${fake.hex(80)}'`, 'block'],
  ['a comment that only describes the value still blocks', '.env', () => `# the key for the payments API\nPAYMENTS_SECRET=${fake.alnum(32)}`, 'block'],
  ["a migration's scratch table", 'persistence/sql/src/20220210000001_nid.sqlite.up.sql', () => 'INSERT INTO "_acme_oauth2_jti_blacklist_tmp" (signature, expires_at, nid) SELECT signature, expires_at, nid FROM "acme_oauth2_jti_blacklist";', 'none'],
  // Read from Sentry's self-hosted stack (moved to tuning after its first-seen figure): its release bot
  // rewrote the pinned image tags in .env at every release.
  ['a container image pinned to a release', '.env', () => 'VROOM_IMAGE=getsentry/vroom:21.4.0', 'none'],
  ['an image from a registry with a port, a tag and a digest', 'deploy/.env', () => `DB_IMAGE=registry.acme.io:5000/team/postgres:15-alpine@sha256:${fake.hex(64).toLowerCase()}`, 'none'],
  ['an image tagged with a commit', '.env', () => `SYMBOLICATOR_IMAGE=getsentry/symbolicator:${fake.hex(40).toLowerCase()}`, 'none'],
  ['a package pinned to a version', '.env', () => 'RUNTIME_PACKAGE=lodash@4.17.21', 'none'],
  // Hono's (moved to tuning): a bearer token's alphabet as a regular expression's source, under a name with TOKEN.
  ['a character class of ranges with a quantifier', 'src/middleware/bearer-auth/index.ts', () => "const TOKEN_STRINGS = '[A-Za-z0-9._~+/-]+=*'", 'none'],
  ['a password holding a range but no class still blocks', 'config/app.js', () => `const apiSecret = "${fake.alnum(12)}a-z${fake.alnum(12)}";`, 'block'],
  // Doorkeeper's (holdout, read for triage after the rules were frozen): the same shape is a module's path.
  ['a Ruby autoload path', 'lib/acme.rb', () => '    autoload :Sha256Hash, "acme/secret_storing/sha256_hash"', 'none'],
  ['a user and password in one value still blocks', '.env', () => `SERVICE_CREDENTIALS=admin:${fake.alnum(18)}`, 'block'],
  ['a base64 key with slashes still blocks', '.env', () => `SESSION_KEY=${fake.base64(30)}/${fake.base64(12)}`, 'block'],
  // A dotenv file's entries are reported for their shape whatever their name; the name still says what a value is.
  ['a database host in a dotenv file', '.env', () => `DB_HOST=db-prod-1.${fake.alnum(10).toLowerCase()}.us-east-1.rds.amazonaws.com`, 'none'],
  ['a list of brokers by any name', '.env.production', () => `EVENTS=b-1.${fake.alnum(5).toLowerCase()}.c3.kafka.eu-west-1.amazonaws.com:9092,b-2.${fake.alnum(5).toLowerCase()}.c3.kafka.eu-west-1.amazonaws.com:9092`, 'none'],
  ["the build's commit in a dotenv file", '.env', () => `BUILD_COMMIT_SHA=${fake.hex(40).toLowerCase()}`, 'none'],
  ["an identity pool's client id", '.env.local', () => `COGNITO_CLIENT_ID=${fake.alnum(26).toLowerCase()}`, 'none'],
  ['an uploads bucket', '.env', () => `UPLOADS_BUCKET=acme-prod-uploads-${fake.alnum(5).toLowerCase()}`, 'none'],
  ['a secret word before the id still blocks', '.env', () => `PAYMENTS_SECRET_KEY_ID=${fake.alnum(32)}`, 'block'],
  ['a name that says nothing still blocks', '.env', () => `PAYMENTS=${fake.alnum(32)}`, 'block'],
  ['a host name in a value beside a token still blocks', '.env', () => `UPSTREAM=${fake.alnum(32)}.acme.io`, 'block'],
  // Values typed by hand to fill a slot (a DNS plugin's documented credentials file, seen in Nginx Proxy Manager, moved to tuning).
  ['home-row letters under a key', 'conf/dns.ini', () => `edgedns_access_token = kjdsi3-34rf${'sdf'.repeat(2)}-234234f${'sdf'.repeat(3)}`, 'none'],
  ['home-row letters, mixed case and digits', 'conf/dns.ini', () => `dns_simply_api_key = DsHJ${'dsjh'}2812872${'sahj'}`, 'none'],
  ['characters repeating their neighbour', 'conf/dns.ini', () => `dns_digitalocean_token = ${[...'0123456789abcdef'].map((c) => c.repeat(4)).join('')}`, 'none'],
  ['a random value of the same length still blocks', 'conf/dns.ini', () => `edgedns_access_token = ${fake.alnum(8)}-${fake.alnum(10)}-${fake.alnum(13)}`, 'block'],
  ['a hex key still blocks', 'conf/dns.ini', () => `dns_token = ${fake.hex(64).toLowerCase()}`, 'block'],
  ['a phrase about a password', 'conf/dns.ini', () => `directadmin_password = a${'Super'}Strong${'Password'}`, 'weak password'],
  ['a long phrase about a password', 'conf/dns.ini', () => `dns_firstdomains_password = very${'secure'}remoteuser${'password'}`, 'weak password'],
  ['a passphrase that does not describe itself still blocks', 'conf/db.ini', () => `db_password = correct${'horse'}battery${'staple'}`, 'block'],
  // Built when the project is published: MSBuild's web-publishing parameters (OpenIddict's, moved to tuning) and template tags.
  ['a URL-encoded MSBuild property in a publishing template', 'eng/Web.Publishing.targets', () => `<add key="ida:ClientSecret" value="{% token='%24(Client${'Secret'})' parameter='AD_%24(ClientSecret)' xpathlocator='key' %}" />`, 'none'],
  ['an MSBuild property', 'build/app.props', () => `<ClientSecret>$(Client${'Secret'}Value)</ClientSecret>`, 'none'],
  ['a template tag', 'templates/settings.py.j2', () => `SECRET_KEY = "{% ${'secret'}_key %}"`, 'none'],
  // Holdout batch of 2026-12-07, read for triage (Mailu, Parse Server, SuperTokens, Traccar, Postal, Kopia, python-slack-sdk: moved to tuning).
  ["a Postfix lookup table's type and path", 'core/postfix/conf/main.cf', () => 'smtp_sasl_password_maps = lmdb:/etc/postfix/sasl_passwd', 'none'],
  ['a hashing scheme under a password name', 'core/admin/mailu/configuration.py', () => "    'PASSWORD_SCHEME': 'BLF-CRYPT',", 'none'],
  ["environment variables' prefix", 'resources/buildConfigDefinitions.js', () => "  PasswordPolicyOptions: 'PARSE_SERVER_PASSWORD_POLICY_',", 'none'],
  ['a shell variable in a query string', 'addReleaseTag', () => '  "https://api.acme.io/0/plugin/latest/check?password=$password&planType=FREE&version=$version" \\', 'none'],
  ["a template language's variable", 'templates/notifications/en/passwordReset.vm', () => '#set($digest = "Link to reset password: $webUrl/reset-password?passwordReset=$token")', 'none'],
  ['a value with a separator before its $ still blocks', 'config/app.ini', () => `db_password = "${fake.alnum(10)}$token${fake.alnum(8)}"`, 'block'],
  ['a back-quoted SQL column in a migration', 'lib/postal/message_db/migrations/02_create_messages.rb', () => '    on_token: "`token`(6)",', 'none'],
  ['a Go package of test helpers', 'internal/repotesting/repotesting.go', () => `const masterPassword = "${fake.alnum(18)}"`, 'test fixture'],
  ["a signing secret known only by its name, in a test", 'tests/signature/test_signature_verifier.py', () => `    signing_secret = "${fake.hex(32).toLowerCase()}"`, 'test fixture'],
  ['the same signing secret in program code still blocks', 'app/slack.py', () => `    signing_secret = "${fake.hex(32).toLowerCase()}"`, 'block'],
  ["MinIO's public playground key", 'storage/s3/s3_storage_test.go', () => `	secretAccessKey = "${['zuf+tfteSlswRu7BJ86wekit', 'nifILbZam1KYY3TG'].join('')}"`, 'none'],
  ["RFC 7617's Basic example", 'debug.xml', () => `Authorization: Basic ${Buffer.from('Aladdin:open sesame').toString('base64')}`, 'none'],
  // Passbolt's (holdout batch of 2026-12-07, moved to tuning): key files named for what they are, in OpenPGP's armour too.
  ['an OpenPGP key named unsecure', 'config/gpg/unsecure_private.key', () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${fake.base64(64)}\n${fake.base64(64)}\n=${fake.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`, 'test fixture'],
  ['an armoured key kept to test a failure', 'config/gpg/serverkey_private_faulty.asc', () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${fake.base64(64)}\n${fake.base64(64)}\n=${fake.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`, 'test fixture'],
  ["a person's armoured key still blocks", 'config/gpg/ada_private.asc', () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${fake.base64(64)}\n${fake.base64(64)}\n=${fake.base64(4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`, 'block'],
  ['a password with $( in it still blocks', 'config/app.ini', () => `db_password = "${fake.alnum(6)}$(!${fake.alnum(10)}"`, 'block'],
  // What the credential's own format says: it expires within hours, or reaches only a test account (2026-12-07).
  ['a Google access token recorded in a test', 'oidc/oidc_test.go', () => `\tgoogleAccessToken = "ya29.${fake.base64url(70)}"`, 'test fixture'],
  ['a Google access token in program code still blocks', 'oidc/verify.go', () => `\tgoogleAccessToken = "ya29.${fake.base64url(70)}"`, 'block'],
  ['a temporary AWS key and its secret in a test', 'google/externalaccount/aws_test.go', () => `const (\n\taccessKeyID     = "ASIA${fake.upper(16)}"\n\tsecretAccessKey = "${fake.base64(40)}"\n)`, 'test fixture'],
  ['a long-lived AWS key and its secret in a test still block', 'google/externalaccount/aws_test.go', () => `const (\n\taccessKeyID     = "AKIA${fake.upper(16)}"\n\tsecretAccessKey = "${fake.base64(40)}"\n)`, 'block'],
  ['a temporary AWS key in program code still blocks', 'internal/awsauth/client.go', () => `\taccessKeyID := "ASIA${fake.upper(16)}"`, 'block'],
  ['an AWS secret in a test with no temporary key beside it still blocks', 'tests/test_s3.py', () => `aws_secret_access_key = "${fake.base64(40)}"`, 'block'],
  ['a GitHub App installation token in a test', 'test/fixtures/installation.json', () => `{"token": "${fake.checksummed('ghs_')}"}`, 'test fixture'],
  ['a GitHub personal token in a test still blocks', 'test/fixtures/installation.json', () => `{"token": "${fake.checksummed('ghp_')}"}`, 'block'],
  ['a test-mode key in an example', 'examples/index.js', () => `  key_id: "${fake.join('rzp_test_', fake.alnum(14))}",`, 'documentation example'],
  ['a test-mode key in a guide', 'docs/payments.md', () => `STRIPE_SECRET_KEY=${fake.join('sk_test_', fake.alnum(24))}`, 'documentation example'],
  ['a live key in an example still blocks', 'examples/index.js', () => `Stripe('${fake.join('sk_live_', fake.alnum(24))}');`, 'block'],
  ["a service account's key id beside a private_key that is no key", 'google/default_test.go', () => `var sa = []byte(\`{\n  "type": "service_account",\n  "private_key_id": "${fake.hex(40)}",\n  "private_key": "super secret key",\n}\`)`, 'holds no secret yet'],
  ["a service account's key id beside its PEM key still blocks", 'deploy/service-account.json', () => `{\n  "type": "service_account",\n  "private_key_id": "${fake.hex(40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${fake.base64(64)}\\n-----END PRIVATE KEY-----\\n"\n}`, 'block'],
  ["a service account's key id alone still blocks", 'deploy/service-account.json', () => `  "private_key_id": "${fake.hex(40)}",`, 'block'],
  // Self-hosted applications (holdout batch H, 2026-12-07, moved to tuning): a form's example, catalogues, code building a .env.
  ["a token as an input's placeholder", 'apps/web/components/settings/add-notification.tsx', () => `            placeholder="${fake.checksummed('ghp_')}"`, 'documentation example'],
  ["a token as an input's value still blocks", 'apps/web/components/settings/add-notification.tsx', () => `            defaultValue="${fake.checksummed('ghp_')}"`, 'block'],
  ['a translation catalogue behind underscores', 'client_v2/src/__locales/da.json', () => '  "password_requirements": "Adgangskodekrav",', 'none'],
  ["a strings folder's locale file", 'client/strings/de.json', () => '  "HeaderPasswordAuthentication": "Passwortauthentifizierung",', 'none'],
  ['a locale with its region', 'src/assets/pt-BR.json', () => '  "newPassword": "Senhanova",', 'none'],
  ['the same word in a settings file still blocks', 'client/config/de.json', () => '  "password": "Passwortauthentifizierung1",', 'block'],
  ['code that builds a .env line', 'app/Space/EnvironmentManager.php', () => `            'DB_PASSWORD="'.$request->database_password."\\"\\n\\n";`, 'none'],
  ['code that builds a .env line from configuration', 'app/Space/EnvironmentManager.php', () => `            'DB_PASSWORD="'.config('database.connections.mysql.password')."\\"\\n\\n";`, 'none'],
  ['a password that starts with a quote still blocks', 'config/app.env', () => `DB_PASSWORD="'${fake.alnum(16)}"`, 'block'],
  // Applications (holdout batch I, 2026-12-07, moved to tuning): names of words and numbers, a DSN's keys, stories, compose by content.
  ["a model's dated name", 'packages/shared/src/ai.ts', () => '  if (settings.anthropicAPIKey) return "claude-sonnet-4-5-20250929";', 'none'],
  ["a model's name with its edition", 'packages/shared/src/ai.ts', () => '  if (settings.openAIAPIKey) return "gpt-4o-mini-2024-07-18";', 'none'],
  ['a stand-in spelled in words and ordinals', 'packages/ui/src/views/APICodeDialog.jsx', () => '            "openAIApiKey": "sk-my-openai-1st-key"', 'none'],
  ['words beside a generated part still block', 'packages/ui/src/views/APICodeDialog.jsx', () => `            "openAIApiKey": "sk-my-key-${fake.lowerAlnum(24)}"`, 'block'],
  ["a Sentry DSN's legacy secret key", 'src/NzbDrone.Common/Instrumentation/NzbDroneLogger.cs', () => `                    ? "https://${fake.hex(32)}:${fake.hex(32)}@sentry.sonarr.tv/8"`, 'public by design'],
  ['the same two keys in another URL still block', 'src/Api/Client.cs', () => `    var url = "https://${fake.hex(32)}:${fake.hex(32)}@api.acme.io/v1/items";`, 'block'],
  ["a Storybook story's made-up token", 'frontend/src/component/onboarding/TokenExplanation.story.tsx', () => `        secret='${fake.hex(56)}'`, 'test fixture'],
  ['the same token in the component still blocks', 'frontend/src/component/onboarding/TokenExplanation.tsx', () => `        secret='${fake.hex(56)}'`, 'block'],
  ['a compose file by its content', 'docker/common/db/.pgpool.yml', () => `services:\n  pgpool:\n    image: docker.io/bitnami/postgresql-repmgr:15\n    environment:\n      - PGPOOL_SR_CHECK_PASSWORD=${fake.alnum(20)}\n`, 'test fixture'],
  ['the same settings in other YAML still block', 'deploy/db/.pgpool.yml', () => `pgpool:\n  image: docker.io/bitnami/postgresql-repmgr:15\n  environment:\n    - PGPOOL_SR_CHECK_PASSWORD=${fake.alnum(20)}\n`, 'block'],
  ["a connection string as an input's placeholder", 'packages/components/credentials/MongoDBUrlApi.credential.ts', () => `                placeholder: 'mongodb+srv://myDatabaseUser:${fake.alnum(12)}@cluster0.example.mongodb.net/?retryWrites=true'`, 'documentation example'],
  ["a connection string as an input's value still blocks", 'packages/components/credentials/MongoDBUrlApi.credential.ts', () => `                default: 'mongodb+srv://myDatabaseUser:${fake.alnum(12)}@cluster0.acme.mongodb.net/?retryWrites=true'`, 'block'],
  ['a constant named for a redacted value', 'packages/server/src/utils/index.ts', () => `export const REDACTED_CREDENTIAL_VALUE = '_FLOWISE_BLANK_${fake.alnum(36)}'`, 'test fixture'],
  // Batch J (2026-12-07, glance moved to tuning): a provider's name and its secret's shape, under a name that says id.
  ["a provider's client id with its secret's shape", 'internal/glance/widget-shared.go', () => `const twitchGqlClientId = "${fake.lowerAlnum(30)}"`, 'none'],
  ["the provider's client secret still blocks", 'internal/glance/widget-shared.go', () => `const twitchClientSecret = "${fake.lowerAlnum(30)}"`, 'block'],
  ["a provider's name with no name after it still blocks", 'config/app.yml', () => `twitch: "${fake.lowerAlnum(30)}"`, 'block'],
  // Round 44 (statping-ng and umbrel moved to tuning): a password hash blocks only where accounts are kept.
  ["a seeded admin's hash in a schema", 'sql/up.sql', () => `INSERT INTO users (id, username, password) VALUES (1, 'admin', '$2a$10$${fake.alnum(53)}');`, 'demo value'],
  ["an API collection's example response", 'source/tmpl/postman.json', () => `\t\t\t\t\t"body": "{\\"username\\": \\"admin\\", \\"password\\": \\"$2a$10$${fake.alnum(53)}\\"}"`, 'demo value'],
  ['the default a reset script restores', 'packages/os/overlay/etc/acpi/power-button.sh', () => `  password_hash='$2b$10$${fake.alnum(53)}'`, 'demo value'],
  ['a hash in a dump still blocks', 'backups/db-2024-03-01.dump.sql', () => `INSERT INTO users VALUES (7, 'ops', '$2a$10$${fake.alnum(53)}');`, 'block'],
  ['a hash in a credentials file still blocks', 'data/admin-credentials.json', () => `{"username": "admin", "password": "$2b$10$${fake.alnum(53)}"}`, 'block'],
  ['a hash in a dotenv file still blocks', 'deploy-files/.env', () => `ADMIN_PASSWORD_HASH='$2y$10$${fake.alnum(53)}'`, 'block'],
  ['a hash in a shadow copy still blocks', 'backup/shadow', () => `root:$6$${fake.alnum(8)}$${fake.alnum(86)}:19000:0:99999:7:::`, 'block'],
  ['an RSA-4096 ciphertext in a Makefile', 'Makefile', () => `TRVIS_SECRET=${fake.base64(683)}=`, 'public by design'],
  ['an RSA-2048 signature under a key name', 'config/licence.yml', () => `license_key: "${fake.base64(342)}=="`, 'public by design'],
  ['random base64 of a secret\'s length still blocks', 'Makefile', () => `DEPLOY_SECRET=${fake.base64(48)}`, 'block'],
  ["a GPG key's fingerprint handed to gpg", 'Makefile', () => `SIGN_KEY=${fake.hex(40).toUpperCase()}\n\nsign:\n\tgpg --default-key $SIGN_KEY --detach-sign --armor statpinger\n`, 'public by design'],
  ['the same hex never handed to gpg still blocks', 'Makefile', () => `SIGN_KEY=${fake.hex(40).toUpperCase()}\n\nsign:\n\tcurl -H "X-Key: $SIGN_KEY" https://api.acme.io/sign\n`, 'block'],
  ['a stand-in led by its word and ending in a number', 'types/checkins/samples.go', () => '\t\tApiKey:    "demoCheckin123",', 'none'],
  ['random letters led by no such word still block', 'types/checkins/checkin.go', () => `\t\tApiKey:    "${fake.alnum(14)}",`, 'block'],
  // Round 44 (Organizr moved to tuning): a compound label, and a name inside a string that code continues.
  ['a compound label for a password', 'js/langpack/de[German].json', () => '        "Registration Password": "Registrierungspasswort",', 'none'],
  ['the same compound in Dutch', 'js/langpack/nl[Dutch].json', () => '        "Registration Password": "Registratiewachtwoord",', 'none'],
  ['a password that only ends in letters still blocks', 'config/app.json', () => `  "registration_password": "${fake.alnum(14)}x9"`, 'block'],
  ['a query name inside a string that code continues', 'functions.php', () => "\t$userId = json_decode(file_get_contents($address.'/Users?api_key='.$token),true)[0]['Id'];", 'none'],
  ['a quoted value after a closed string still blocks', 'bin/setup.php', () => `$cmd = 'echo ready'; $api_key='${fake.alnum(24)}';`, 'block'],
  // Batch L (2026-12-08, pyload moved to tuning): a captcha's site key, which every page showing the captcha serves.
  ["a captcha's site key in a site's plugin", 'src/pyload/plugins/downloaders/FikperCom.py', () => `    RECAPTCHA_KEY = "6L${fake.alnum(38)}"`, 'none'],
  ["Solve Media's challenge key", 'src/pyload/plugins/decrypters/SafelinkingNet.py', () => `    SOLVEMEDIA_KEY = "${fake.alnum(32)}"`, 'none'],
  ["a captcha's secret key still blocks", 'app/settings.py', () => `RECAPTCHA_SECRET_KEY = "6L${fake.alnum(38)}"`, 'block'],
  ["a captcha's private key still blocks", 'config/captcha.php', () => `    'recaptcha_private_key' => '6L${fake.alnum(38)}',`, 'block'],
  // Batch M (2026-12-08, motioneye moved to tuning): a named field of an f-string or a format string is built at run time.
  ['an f-string joining a user and a password', 'motioneye/config.py', () => "        userpass = f'{raw_username}:{raw_password}'", 'none'],
  ['a format string with a conversion', 'app/client.py', () => '    auth_token = "{token!r}-{session_id:>8}"', 'none'],
  ['a password with braces around no name still blocks', 'config/app.yml', () => `password: "${fake.alnum(10)}{9a}x${fake.alnum(4)}"`, 'block'],
  ['a users row copied into code still blocks', 'src/service.ts', () => `db.exec("INSERT INTO users VALUES (1,'admin','$2y$10$${fake.alnum(53)}');");`, 'block'],
  ["Spring Security's encoder id before a password still blocks", 'src/main/resources/security.xml', () => `    <user name="ops" password="{noop}${fake.alnum(18)}" authorities="ROLE_ADMIN" />`, 'block'],
  ['a model named for users is code, not a store', 'internal/models/users.go', () => `\tdefaultHash = "$2a$10$${fake.alnum(53)}"`, 'demo value'],
];

/** A key id broken out of an inlined image's base64, and the same id on the line after the image: only the second is one. */
const keyInImage = () => {
  const id = fake.join('AKIA', fake.upper(8), '2345', fake.upper(4));
  return { id, svg: `<svg><image href="data:image/png;base64,${fake.base64(76)}&#10;${id}&#10;${fake.base64(76)}" />\n</svg>\n` };
};

describe('precision on real code', () => {
  it('reports a JSON Web Key written on one line once, by its private part (eShop tempkey.jwk)', () => {
    const b = (n: number) => fake.base64url(n);
    const text = `{"AdditionalData":{},"Alg":"RS256","Crv":null,"D":"${b(342)}","DP":"${b(171)}","DQ":"${b(171)}","E":"AQAB","HasPrivateKey":true,"KeyId":"${fake.HEX(32)}","Kid":"${fake.HEX(32)}","Kty":"RSA","N":"${b(342)}","P":"${b(171)}","Q":"${b(171)}","QI":"${b(171)}"}`;
    const found = scanner.scan({ path: 'src/Identity.API/tempkey.jwk', text });
    // (A warning: `tempkey` names IdentityServer's developer signing key; by another name it blocks.)
    expect(found.map((f) => [f.ruleId, f.preview.slice(0, 2), f.warning])).toEqual([['jwk-private-key', text.split('"D":"')[1]!.slice(0, 2), 'test fixture']]);
    expect(scanner.scan({ path: 'src/Identity.API/signing.jwk', text }).map((f) => f.warning)).toEqual([undefined]);
  });

  it.each(cases)('%s (%s)', (_name, path, make, expected) => {
    const got = verdictOf(path, make());
    expect(got).toBe(expected);
  });

  it('a provider format inside an inlined image is image data; after the image it blocks', () => {
    const { id, svg } = keyInImage();
    expect(verdictOf('assets/icons/pay.svg', svg)).toBe('none');
    expect(verdictOf('assets/icons/pay.svg', `${svg}<!-- AWS_ACCESS_KEY_ID=${id} -->\n`)).toBe('block');
  });

  it.each([
    ['test/a.js', 'test fixture'],
    ['src/a.test.ts', 'test fixture'],
    ['pkg/handler_test.go', 'test fixture'],
    ['tests/test_views.py', 'test fixture'],
    ['src/test/java/org/acme/OwnerTest.java', 'test fixture'],
    ['spec/models/user_spec.rb', 'test fixture'],
    ['docs/index.rst', 'documentation example'],
    ['README.md', 'documentation example'],
    ['examples/compose.yml', 'documentation example'],
    ['src/app.ts', undefined],
    ['config/latest.yml', undefined],
    ['contest/entry.py', undefined],
    ['vendor/github.com/acme/lib/client.go', 'third-party code'],
    ['_vendor/github.com/theme/assets/search.js', 'third-party code'],
    ['ios/Pods/Firebase/Config.h', 'third-party code'],
    ['packages/PetaPoco.4.0.2/Content/Models/Database.tt', 'third-party code'],
    ['node_modules/.pnpm/lodash@4.17.21/node_modules/lodash/a.js', 'third-party code'],
    ['packages/web/src/app.ts', undefined],
    ['src/vendors.ts', undefined],
    ['store/seed/dump.sql', 'test fixture'],
    ['playwright-core-1.43.0-next.tgz!package/ThirdPartyNotices.txt', 'third-party code'],
    ['vendor/lib/pkg-2.1.0.tar.gz!pkg-2.1.0/tests/conftest.py', 'test fixture'],
    ['release/app.zip!config/settings.yml', undefined],
    ['caddytest/a.caddy.localhost.key', 'test fixture'],
    ['pkg/caldavtests/integrations.go', 'test fixture'],
    ['testproject/settings.py', 'test fixture'],
    ['latest/settings.py', undefined],
    ['src/contests/settings.py', undefined],
    ['src/fastest/settings.py', undefined],
    ['.github/ci.env', 'test fixture'],
    ['ci.env', 'test fixture'],
    ['production.env', undefined],
    ['dev/docker-mssql/config.yml', 'test fixture'],
    ['config/environments/development.rb', 'test fixture'],
    ['config/environments/production.rb', undefined],
    ['app/settings/local.py', undefined],
    ['docker-compose.cypress.yml', 'test fixture'],
    ['docker-compose.prod.yml', undefined],
    ['public/vendor.bundle.js', 'third-party code'],
    ['scripts/dev-setup.ps1', 'test fixture'],
    ['deploy/production.sh', undefined],
  ])('%s is %s', (path, kind) => {
    expect(exampleKindOfPath(path)).toBe(kind);
  });

  it('judges weak passwords by words, length and context, never random-looking ones', () => {
    for (const v of ['foobar', 'secret', 'password123', 'Test1234!', 'P@ssw0rd', 'Pass@word1', 'Hello$World2', 'mysecretpassword', 'hunter2', '123456', 'Administrator1!']) expect(isWeakPassword(v), v).toBe(true);
    expect(isWeakPassword('petclinic', { line: '- MYSQL_PASSWORD=petclinic' })).toBe(true);
    for (let i = 0; i < 50; i++) {
      const v = `${fake.alnum(10)}!${fake.digits(2)}`;
      expect(isWeakPassword(v), v).toBe(false);
    }
    expect(isWeakPassword('CorrectHorseBatteryStaple')).toBe(false);
  });
});

async function* items(list: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}

describe('one secret, one finding; files judged by content', () => {
  it('reports a value copied into many files once, with every place', async () => {
    const secret = fake.alnum(32);
    const files = Array.from({ length: 20 }, (_, i) => ({ path: `release/v${i}/bundle.js`, text: `var x=1;\nconst apiKey = "${secret}";\n` }));
    const result = await runPipeline(items(files), { config: defaultConfig() });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.file).toBe('release/v0/bundle.js');
    expect(result.findings[0]!.locations).toHaveLength(19);
    expect(result.findings[0]!.locations![18]).toMatchObject({ file: 'release/v19/bundle.js', line: 2 });
    // Each place keeps its fingerprint: a baseline of all of them drops the finding, of some does not.
    const fps = [result.findings[0]!.fingerprint, ...result.findings[0]!.locations!.map((l) => l.fingerprint)];
    expect(new Set(fps).size).toBe(20);
    const all = await runPipeline(items(files), { config: defaultConfig(), ignore: new Set(fps) });
    expect(all.findings).toHaveLength(0);
    const some = await runPipeline(items(files), { config: defaultConfig(), ignore: new Set(fps.slice(0, 10)) });
    expect(some.findings).toHaveLength(1);
  });

  it('a blocking place wins over a test fixture holding the same value', async () => {
    const secret = fake.alnum(32);
    const r = await runPipeline(items([
      { path: 'test/fixtures/app.env.yml', text: `api_key: ${secret}\n` },
      { path: 'config/app.yml', text: `api_key: ${secret}\n` },
    ]), { config: defaultConfig() });
    expect(r.findings.map((f) => [f.file, f.warning])).toEqual([['config/app.yml', undefined]]);
    expect(r.findings[0]!.locations).toMatchObject([{ file: 'test/fixtures/app.env.yml' }]);
  });

  it('a certificate file is not a leak, a private key file is one finding, a binary keystore is reported by name', async () => {
    const key = `-----BEGIN PRIVATE KEY-----\n${fake.base64(64)}\n${fake.base64(64)}\n-----END PRIVATE KEY-----\n`;
    const r = await runPipeline(items([
      { path: 'certs/server.crt.pem', text: `-----BEGIN CERTIFICATE-----\n${fake.base64(64)}\n-----END CERTIFICATE-----\n` },
      { path: 'certs/server.key', text: key },
      { path: 'android/release.keystore', skipped: 'binary' },
    ]), { config: defaultConfig() });
    expect(r.findings.map((f) => [f.file, f.ruleId])).toEqual([['certs/server.key', 'private-key'], ['android/release.keystore', 'private-key-file']]);
  });
});
