import type { Rule } from '../detect/types.js';
import { gen, nearName, prefixed, UUID } from './define.js';
import { fake } from './fake.js';

const uuid = gen.uuid();

/**
 * Services whose keys have no prefix and no structure of their own, only a fixed length and alphabet, found
 * beside the provider's name (nearName: blocking with a credential word between them, a warning with the name
 * alone). Shapes as the providers issue them, cross-checked against trufflehog's detectors (read, not copied).
 * Left out: names that are common words in code (`rev`), and providers whose public ids share the secret's
 * shape (OneSignal's app id, Mixpanel's project token: Mixpanel's secret is services.ts's, named).
 */
export const longTailRules = (): Rule[] => [
  nearName({ id: 'ipinfo-token', title: 'IPinfo access token', provider: 'IPinfo', names: ['ipinfo'], value: '[a-f0-9]{14}', example: gen.hex(14) }),
  nearName({ id: 'parsehub-api-key', title: 'ParseHub API key', provider: 'ParseHub', names: ['parsehub'], value: '[0-9a-zA-Z]{12}', example: gen.alnum(12) }),
  nearName({ id: 'mockaroo-api-key', title: 'Mockaroo API key', provider: 'Mockaroo', names: ['mockaroo'], value: '[0-9a-z]{8}', example: () => `${fake.hex(4)}x9${fake.hex(2)}` }),
  nearName({ id: 'vbout-api-key', title: 'VBOUT API key', provider: 'VBOUT', names: ['vbout'], value: '[0-9]{25}', example: () => fake.digits(25) }),
  nearName({ id: 'myintervals-api-token', title: 'Intervals API token', provider: 'Intervals', names: ['myintervals'], value: '[0-9a-z]{11}', example: () => `${fake.lowerAlnum(9)}7q` }),
  nearName({ id: 'nozbe-api-token', title: 'Nozbe Teams API token', provider: 'Nozbe', names: ['nozbeteams', 'nozbe'], value: '[0-9A-Za-z]{16}_[0-9A-Za-z_-]{64}', edge: 'A-Za-z0-9_-', example: () => `${fake.alnum(16)}_${fake.base64url(64)}` }),
  nearName({ id: 'tokeet-api-key', title: 'Tokeet API key', provider: 'Tokeet', names: ['tokeet'], value: UUID, edge: 'A-Za-z0-9-', example: uuid }),
  nearName({ id: 'salesmate-session-key', title: 'Salesmate session key', provider: 'Salesmate', names: ['salesmate'], value: '[0-9A-Fa-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', edge: 'A-Za-z0-9-', example: uuid }),
  nearName({ id: 'kanban-tool-api-token', title: 'Kanban Tool API token', provider: 'Kanban Tool', names: ['kanbantool', 'kanban'], value: '[0-9A-Z]{12}', example: () => `${fake.upperAlnum(10)}7Q` }),
  nearName({ id: 'keen-io-key', title: 'Keen IO key', provider: 'Keen', names: ['keenio', 'keen_io', 'keen.io', 'keen'], value: '[0-9A-Z]{64}', example: () => fake.HEX(64) }),
  nearName({ id: 'kraken-api-key', title: 'Kraken API key or private key', provider: 'Kraken', names: ['kraken'], value: '[0-9A-Za-z/+]{84,88}={0,2}|[0-9A-Za-z/+]{56}', edge: 'A-Za-z0-9/+=', example: () => fake.base64(88) }),
  nearName({ id: 'instamojo-api-key', title: 'Instamojo API key or auth token', provider: 'Instamojo', names: ['instamojo'], value: '[0-9a-zA-Z]{128}|[0-9a-zA-Z]{40}', example: gen.alnum(40) }),
  nearName({ id: 'invoiceocean-api-token', title: 'InvoiceOcean API token', provider: 'InvoiceOcean', names: ['invoiceocean'], value: '[0-9A-Za-z]{20}', example: gen.alnum(20) }),
  nearName({ id: 'liveagent-api-key', title: 'LiveAgent API key', provider: 'LiveAgent', names: ['liveagent', 'ladesk'], value: '[a-zA-Z0-9]{32}', example: gen.alnum(32) }),
  nearName({ id: 'luno-api-key', title: 'Luno API key secret', provider: 'Luno', names: ['luno'], value: '[a-zA-Z0-9_-]{43}|[a-z0-9]{13}', edge: 'A-Za-z0-9_-', example: gen.base64url(43) }),
  nearName({ id: 'metaapi-token', title: 'MetaApi token', provider: 'MetaApi', names: ['metaapi', 'meta-api'], value: '[0-9a-f]{64}|[0-9a-f]{24}', example: gen.hex(64) }),
  nearName({ id: 'metabase-session-token', title: 'Metabase session token', provider: 'Metabase', names: ['metabase'], value: '[a-zA-Z0-9-]{36}', edge: 'A-Za-z0-9-', example: uuid }),
  nearName({ id: 'mite-api-key', title: 'mite API key', provider: 'mite', names: ['mite'], value: '[0-9a-z]{16}', example: gen.hex(16) }),
  nearName({ id: 'mux-access-token', title: 'Mux access token', provider: 'Mux', names: ['mux'], value: `${UUID}|[0-9A-Za-z/+]{75}`, edge: 'A-Za-z0-9/+-', example: uuid }),
  nearName({ id: 'textmagic-api-key', title: 'TextMagic API key', provider: 'TextMagic', names: ['textmagic'], value: '[0-9A-Za-z]{30}', example: gen.alnum(30) }),
  nearName({ id: 'websitepulse-api-key', title: 'WebSitePulse API key', provider: 'WebSitePulse', names: ['websitepulse'], value: '[0-9a-f]{32}', example: gen.hex(32) }),
  nearName({ id: 'vouchery-api-key', title: 'Vouchery API key', provider: 'Vouchery', names: ['vouchery'], value: '[a-z0-9-]{36}', edge: 'A-Za-z0-9-', example: uuid }),
  nearName({ id: 'freshworks-api-key', title: 'Freshworks API key', provider: 'Freshworks', names: ['freshworks'], value: '[a-zA-Z0-9_-]{22}', edge: 'A-Za-z0-9_-', example: gen.alnum(22) }),
  nearName({ id: 'redhat-pyxis-api-key', title: 'Red Hat Pyxis API key', provider: 'Red Hat', names: ['pyxis', 'redhat'], value: '[a-z0-9]{32}', example: gen.lowerAlnum(32) }),
  nearName({ id: 'nethunt-api-key', title: 'NetHunt API key', provider: 'NetHunt', names: ['nethunt'], value: '[a-z0-9-]{36}', edge: 'A-Za-z0-9-', example: uuid }),
  nearName({ id: 'apimetrics-api-key', title: 'APImetrics API key', provider: 'APImetrics', names: ['apimetrics'], value: '[a-zA-Z0-9]{32}', example: gen.alnum(32) }),
  nearName({ id: 'apitemplate-api-key', title: 'APITemplate.io API key', provider: 'APITemplate.io', names: ['apitemplate'], value: '[0-9a-zA-Z]{39}', example: gen.alnum(39) }),
  nearName({ id: 'smartsheet-api-token', title: 'Smartsheet API access token', provider: 'Smartsheet', names: ['smartsheet'], value: '[a-zA-Z0-9]{37}|[a-zA-Z0-9]{26}', example: gen.alnum(37) }),
  // A storage account's key outside a connection string (cloud.ts reads `AccountKey=`): 64 random bytes in base64,
  // under the name of what it is (`AZURE_STORAGE_KEY=`, `-StorageAccountKey "…"`, `"storageKey": {"value": "…"`).
  nearName({ id: 'azure-storage-key-nearby', title: 'Azure storage account key', provider: 'Microsoft Azure', playbook: 'cloud', names: ['storagekey', 'storage_key', 'storage-key', 'storageaccountkey', 'storage_account_key'], value: '[A-Za-z0-9+/]{86}==', edge: 'A-Za-z0-9+/=', example: () => `${fake.base64(86)}==` }),
  // Self-identifying: a prefix or a suffix of the provider's own.
  prefixed({ id: 'spectralops-token', title: 'SpectralOps personal token', provider: 'SpectralOps', prefix: 'spu-', body: 'a-z0-9', len: 32 }),
];
