import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/detect/engine.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';

/**
 * Families the real-code and peer benchmarks showed we missed, each as the
 * file that leaks it usually looks (values built at run time). The rule's own
 * tps/fps cover the pattern; these cover the places.
 */
const scanner = new Scanner(builtinRules);
const pw = () => `${fake.alnum(10)}#${fake.digits(2)}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

const cases: [string, string, () => string, string][] = [
  ['FileZilla sitemanager.xml', 'FileZilla/sitemanager.xml', () => `<Server><Host>ftp.acme.io</Host><User>deploy</User><Pass encoding="base64">${b64(pw())}</Pass></Server>`, 'generic-secret-xml'],
  ['FileZilla recentservers (plain)', 'recentservers.xml', () => `<Server><Host>ftp.acme.io</Host><Pass>${pw()}</Pass></Server>`, 'generic-secret-xml'],
  ['JetBrains WebServers.xml', '.idea/WebServers.xml', () => `<fileTransfer host="ftp.acme.io" port="21" accessType="FTP" password="${fake.hex(40)}" username="deploy" />`, 'generic-secret-assignment'],
  ['VS Code sftp.json', '.vscode/sftp.json', () => `{\n  "host": "acme.io",\n  "username": "deploy",\n  "password": "${pw()}"\n}`, 'generic-secret-assignment'],
  ['Sublime sftp-config.json', 'sftp-config.json', () => `    "user": "deploy",\n    "password": "${pw()}",`, 'generic-secret-assignment'],
  ['Atom .ftpconfig', '.ftpconfig', () => `{ "host": "acme.io", "user": "deploy", "pass": "${pw()}" }`, 'generic-secret-assignment'],
  ['Atom remote-sync', '.remote-sync.json', () => `{ "hostname": "acme.io", "username": "deploy", "password": "${pw()}" }`, 'generic-secret-assignment'],
  ['.esmtprc', '.esmtprc', () => `hostname = smtp.acme.io:587\nusername = "deploy"\npassword = "${pw()}"`, 'mail-client-password'],
  ['irssi /server', 'irssi/startup', () => `/server add -auto -network acme irc.acme.io 6697 -ssl -password ${pw()}`, 'generic-secret-flag'],
  ['netrc by content, any name', 'ci/setup-credentials.txt', () => `machine git.acme.io\n  login deploy\n  password ${fake.alnum(24)}`, 'netrc-password'],
  ['.pgpass by content', 'ops/pgpass.txt', () => `db.acme.io:5432:app:deploy:${fake.alnum(20)}`, 'pgpass-password'],
  ['shadow file', 'backup/shadow', () => `root:$6$${fake.alnum(8)}$${fake.alnum(86)}:19000:0:99999:7:::`, 'password-hash'],
  ['SQL dump', 'dump.sql', () => `INSERT INTO users VALUES (1,'admin','$2y$10$${fake.alnum(53)}');`, 'password-hash'],
  ['LDIF', 'users.ldif', () => `userPassword: {SSHA}${fake.base64(32)}`, 'password-hash'],
  ['WordPress salt', 'wp-config.php', () => `define( 'NONCE_SALT', '${fake.alnum(40)}!@#$%^&*()${fake.alnum(14)}' );`, 'secret-define-call'],
  ['$dbpasswd', 'config.inc.php', () => `$dbpasswd = '${pw()}';`, 'generic-secret-assignment'],
  ['Terraform default with symbols', 'variables.tf', () => `variable "admin_password" {\n  default = "${fake.alnum(10)}~*^&"\n}`, 'terraform-variable-default'],
  ['URL password with # and @', 'config/db.yml', () => `url: mysql://app:${fake.alnum(6)}#@${fake.alnum(4)}@db.acme.io:3306/app`, 'url-credentials'],
  ['Bearer under a secret name', 'client.js', () => `const api_token = "Bearer ${fake.alnum(40)}";`, 'http-auth-header'],
  ['Basic under a secret name', 'client.py', () => `AUTH_TOKEN = "Basic ${b64(`deploy:${fake.alnum(20)}`)}"`, 'http-auth-header'],
  ['Slack webhook over http', 'notify.sh', () => `curl -X POST http://hooks.slack.com/services/T${fake.upperAlnum(8)}/B${fake.upperAlnum(10)}/${fake.alnum(24)}`, 'slack-webhook-url'],
  ['Slack workflow webhook', 'notify.sh', () => `https://hooks.slack.com/workflows/T${fake.upperAlnum(10)}/A${fake.upperAlnum(10)}/${fake.alnum(24)}`, 'slack-webhook-url'],
  ['Facebook page token', 'fb.js', () => `const pageToken = "EAA${fake.alnum(180)}";`, 'facebook-access-token'],
  ['Facebook app token', 'fb.js', () => `const access_token = "${fake.digits(15)}|${fake.hex(32)}";`, 'facebook-app-token'],
  ['Stripe prod key', 'billing.rb', () => `Stripe.api_key = "${fake.join('sk_prod_', fake.alnum(24))}"`, 'stripe-secret-key'],
  ['Vault batch token', 'deploy.sh', () => `export VAULT_TOKEN=hvb.${fake.base64url(120)}`, 'vault-service-token'],
];

describe('recall on the families the benchmarks showed missing', () => {
  it.each(cases)('%s (%s)', (_name, path, make, ruleId) => {
    const found = scanner.scan({ path, text: make() });
    expect(found.map((f) => f.ruleId)).toContain(ruleId);
    expect(found.find((f) => f.ruleId === ruleId)!.warning).toBeUndefined();
  });
});

/**
 * The long tail by proximity (src/rules/long-tail.ts): a provider's name, then a value of its exact shape
 * within 40 characters, on the value's line or the one above. A word between them that says credential blocks;
 * the name alone warns; a name too far away, or a value that is a word, is nothing.
 */
const nearCases: [string, string, () => string, string, string | undefined | null][] = [
  ['name and credential word on the line', 'config/settings.py', () => `IPINFO_TOKEN = "${fake.hex(14)}"`, 'ipinfo-token', undefined],
  ['words between them, spaced', 'notes.txt', () => `parsehub api key: ${fake.alnum(10)}7Q`, 'parsehub-api-key', undefined],
  ['a comment naming the provider above', 'src/sheets.go', () => `\t// Smartsheet credentials\n\tsheetToken := "${fake.alnum(35)}9x"`, 'smartsheet-api-token', undefined],
  ['the name run into a credential word', 'notes.txt', () => `nexmoapisecret - ${fake.alnum(14)}9a`, 'vonage-api-secret', undefined],
  ['a client built with the secret', 'src/sms.js', () => `const vonage = new Vonage({ apiSecret: "${fake.alnum(14)}9a" });`, 'vonage-api-secret', undefined],
  ['a log line with the name alone', 'logs/run.txt', () => `[DEBUG] loggly ${fake.hex(8)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(4)}-${fake.hex(12)} sent`, 'loggly-token', "only a provider's name beside it"],
  ['the name alone', 'deploy/notes.md', () => `kanbantool ${fake.upperAlnum(10)}7Q`, 'kanban-tool-api-token', "only a provider's name beside it"],
  ['a storage key handed to a flag', 'scripts/backup.ps1', () => `.\\Backup.ps1 -StorageAccountKey "${fake.base64(86)}=="`, 'azure-storage-key-nearby', undefined],
  ['New Relic license key (US, as issued)', '.env', () => `NEW_RELIC_LICENSE_KEY=${fake.hex(32)}FFFFNRAL`, 'newrelic-license-key', undefined],
  ['New Relic license key (EU)', '.env', () => `NEW_RELIC_LICENSE_KEY=eu01xx${fake.hex(26)}FFFFNRAL`, 'newrelic-license-key', undefined],
  ['New Relic mobile app token', 'ios/AppDelegate.swift', () => `NewRelic.start(withApplicationToken: "AA${fake.hex(40)}-NRMA")`, 'newrelic-mobile-app-token', 'public by design'],
  ['SpectralOps token', 'ci.yml', () => `SPECTRAL_DSN: spu-${fake.lowerAlnum(32)}`, 'spectralops-token', undefined],
  ['the name more than 40 characters before', 'notes.txt', () => `ipinfo is where the lookups go, and much later on the line: ${fake.hex(14)}`, 'ipinfo-token', null],
  ['a word in the value slot', 'config.yml', () => 'mockaroo_token: password', 'mockaroo-api-key', null],
  ['the name only after the value', 'notes.txt', () => `${fake.hex(14)} is not an ipinfo token`, 'ipinfo-token', null],
];

describe('the long tail by proximity', () => {
  it.each(nearCases)('%s (%s)', (_name, path, make, ruleId, warning) => {
    const found = scanner.scan({ path, text: make() }).find((f) => f.ruleId === ruleId);
    if (warning === null) return expect(found).toBeUndefined();
    expect(found, `${ruleId} not found`).toBeDefined();
    expect(found!.warning).toBe(warning);
  });
});
