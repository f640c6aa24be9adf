/**
 * What to do when a credential leaked, per kind of credential. Order matters
 * and is the same everywhere: contain (revoke or roll), replace with least
 * privilege, deploy the replacement, then look for misuse during the exposure
 * window. Rotation comes before any history rewrite: a purge does not un-leak
 * what was already cloned.
 */
export interface Playbook {
  id: string;
  title: string;
  /** Where and how to revoke or roll the leaked credential. */
  revoke: string[];
  /** How to create the replacement with least privilege. */
  replace: string[];
  /** How to deploy it without putting it back in git. */
  deploy: string[];
  /** Which audit logs show misuse during the exposure window. */
  audit: string[];
  /** Signing and session secrets: rotate without logging everyone out or breaking verification. */
  zeroDowntime?: string[];
}

const DEPLOY_ENV = [
  'Store it in your secret manager (AWS Secrets Manager, GCP Secret Manager, Azure Key Vault, Vault, Doppler, 1Password) or your CI/CD platform\'s encrypted secrets; locally in a gitignored .env (leakguard init sets that up).',
  'Read it from the environment at start-up and fail fast if it is missing (import { requireSecrets } from "leakguard").',
];

const TWO_KEY = [
  '1. Generate a new secret (leakguard gen --bytes 32) and deploy it BESIDE the old one (e.g. JWT_SECRETS=new,old or a key set with key ids).',
  '2. Verify with either key: accept tokens/signatures made with the new or the old secret.',
  '3. Sign/issue only with the new key from now on.',
  '4. Wait out the longest lifetime of anything signed with the old key (token expiry, session max-age, webhook retry window).',
  '5. Remove the old key from the verifier. Every token signed with it is now rejected.',
  'If the old key is known to be abused, skip the wait: remove it at once and accept that its sessions end.',
];

export const playbooks: Record<string, Playbook> = {
  aws: {
    id: 'aws',
    title: 'AWS access keys and session tokens',
    revoke: [
      'IAM console → Users → <user> → Security credentials → Access keys: Deactivate the leaked key (then Delete once the replacement works).',
      'CLI: aws iam update-access-key --user-name <user> --access-key-id <AKIA…> --status Inactive; later: aws iam delete-access-key …',
      'Session tokens (ASIA…): revoke the role\'s active sessions: IAM → Roles → <role> → Revoke sessions (adds an AWSRevokeOlderSessions deny).',
    ],
    replace: ['Prefer no long-lived key at all: IAM roles, IAM Identity Center, or OIDC federation for CI (GitHub Actions/GitLab).', 'If a key is unavoidable: aws iam create-access-key --user-name <user>, on a user with only the permissions it needs.'],
    deploy: DEPLOY_ENV,
    audit: ['CloudTrail: Event history filtered by "AWS access key" = the leaked key id, for the whole exposure window, in every region.', 'GuardDuty findings, billing anomalies (crypto-mining shows up as EC2/GPU spend).'],
  },
  gcp: {
    id: 'gcp',
    title: 'Google Cloud API keys, service-account keys and OAuth client secrets',
    revoke: [
      'API key: Console → APIs & Services → Credentials → the key → Regenerate key (or Delete); gcloud services api-keys delete <key-id>.',
      'Service-account key: IAM → Service accounts → <account> → Keys → delete the key id; gcloud iam service-accounts keys delete <key-id> --iam-account <sa>.',
      'OAuth client secret: Credentials → OAuth client → Reset secret (or add a new secret and disable the old one).',
    ],
    replace: ['Prefer Workload Identity / Workload Identity Federation over key files.', 'Restrict API keys by API and by referrer/IP.'],
    deploy: DEPLOY_ENV,
    audit: ['Cloud Audit Logs (Admin Activity and Data Access) filtered by the service account / key for the exposure window.', 'APIs & Services → Metrics for the key\'s usage.'],
  },
  azure: {
    id: 'azure',
    title: 'Azure storage keys, SAS tokens and Entra ID client secrets',
    revoke: [
      'Storage account key: Portal → Storage account → Access keys → Rotate key (rotate the leaked one; apps using the other keep working); az storage account keys renew --key key1.',
      'SAS: rotate the storage key that signed it (or revoke the stored access policy it uses).',
      'Entra ID client secret: App registrations → <app> → Certificates & secrets → delete the secret; az ad app credential delete.',
    ],
    replace: ['Prefer managed identities and Entra ID auth over keys; user-delegation SAS with short expiry.'],
    deploy: DEPLOY_ENV,
    audit: ['Storage analytics / Azure Monitor logs for the account; Entra ID sign-in logs for the service principal during the exposure window.'],
  },
  github: {
    id: 'github',
    title: 'GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_)',
    revoke: [
      'Personal tokens: Settings → Developer settings → Personal access tokens → Delete. OAuth/app tokens: revoke the authorization or the app installation token.',
      'A token pushed to a public GitHub repository may already have been revoked by secret scanning: check your e-mail, and revoke anyway.',
    ],
    replace: ['Fine-grained token limited to the repositories and permissions needed, with an expiry; in Actions prefer GITHUB_TOKEN or a GitHub App.'],
    deploy: DEPLOY_ENV,
    audit: ['Organization → Settings → Audit log, filtered by the token (hashed_token) or actor, for the exposure window; Security log for personal accounts.'],
  },
  gitlab: {
    id: 'gitlab',
    title: 'GitLab tokens (glpat-, runner, deploy and trigger tokens)',
    revoke: ['User settings → Access tokens → Revoke (project/group tokens under Settings → Access tokens).', 'Runner tokens: reset the runner authentication token; deploy/trigger tokens: revoke in Settings → Repository / CI/CD.'],
    replace: ['Project or group access token with the minimal scope and an expiry.'],
    deploy: DEPLOY_ENV,
    audit: ['Admin area / group → Audit events for the token\'s user during the exposure window.'],
  },
  slack: {
    id: 'slack',
    title: 'Slack tokens and webhooks',
    revoke: ['api.slack.com/apps → <app> → OAuth & Permissions → Revoke tokens (or rotate with token rotation); auth.revoke API for a user token.', 'Incoming webhook: Incoming Webhooks → remove the webhook URL and add a new one.'],
    replace: ['Bot token with only the scopes the app uses; enable token rotation.'],
    deploy: DEPLOY_ENV,
    audit: ['Workspace access logs and the app\'s activity; Enterprise: Audit Logs API.'],
  },
  sendgrid: {
    id: 'sendgrid',
    title: 'SendGrid API keys',
    revoke: ['Settings → API Keys → delete the key.'],
    replace: ['Restricted access key with only Mail Send (or what is used).'],
    deploy: DEPLOY_ENV,
    audit: ['Activity feed and email statistics for unexpected sends during the exposure window (spam runs are the usual abuse).'],
  },
  twilio: {
    id: 'twilio',
    title: 'Twilio API keys and auth tokens',
    revoke: ['Console → Account → API keys & tokens → delete the API key; for the auth token: request a secondary token, promote it, which invalidates the old primary.'],
    replace: ['Standard API key (not the account auth token) per application.'],
    deploy: DEPLOY_ENV,
    audit: ['Usage and call/message logs for the exposure window (toll fraud is the usual abuse).'],
  },
  stripe: {
    id: 'stripe',
    title: 'Stripe secret and restricted keys',
    revoke: ['Dashboard → Developers → API keys → Roll key (choose an expiry of "now" for a leaked key; Stripe can keep the old one working for a chosen period if you need time to deploy).'],
    replace: ['Restricted key with only the resources your integration uses.'],
    deploy: DEPLOY_ENV,
    audit: ['Developers → Logs filtered by the key for the exposure window; check for refunds, payouts or account changes you did not make.'],
  },
  'webhook-signing': {
    id: 'webhook-signing',
    title: 'Webhook signing secrets (Stripe whsec_, GitHub, Slack signing secrets)',
    revoke: ['Roll the endpoint\'s signing secret in the provider\'s dashboard (Stripe: Developers → Webhooks → endpoint → Roll secret, with an overlap period).'],
    replace: ['One secret per endpoint.'],
    deploy: DEPLOY_ENV,
    audit: ['Your webhook handler logs: requests that verified with the old secret during the exposure window and did not come from the provider.'],
    zeroDowntime: TWO_KEY,
  },
  openai: {
    id: 'openai',
    title: 'OpenAI API keys',
    revoke: ['platform.openai.com → API keys → revoke the key (project keys: Projects → <project> → API keys).'],
    replace: ['Project-scoped key with restricted permissions and a usage limit.'],
    deploy: DEPLOY_ENV,
    audit: ['Usage dashboard per key/project for the exposure window; set usage limits and alerts.'],
  },
  anthropic: {
    id: 'anthropic',
    title: 'Anthropic API keys',
    revoke: ['console.anthropic.com → API keys → disable/delete the key.'],
    replace: ['A key per workspace/application with spend limits.'],
    deploy: DEPLOY_ENV,
    audit: ['Console usage and logs for the key during the exposure window.'],
  },
  npm: {
    id: 'npm',
    title: 'npm access tokens',
    revoke: ['npmjs.com → Access Tokens → delete; CLI: npm token revoke <id> (npm token list to find it).'],
    replace: ['Granular access token limited to the packages needed, read-only unless publishing, with an expiry; prefer trusted publishing (OIDC) from CI.'],
    deploy: ['CI secret NPM_TOKEN, referenced from .npmrc as ${NPM_TOKEN} — never the literal token.', ...DEPLOY_ENV.slice(1)],
    audit: ['Check your packages for versions you did not publish (npm view <pkg> time) and the account\'s security log.'],
  },
  pypi: {
    id: 'pypi',
    title: 'PyPI API tokens',
    revoke: ['pypi.org → Account settings → API tokens → Remove token.'],
    replace: ['Project-scoped token, or better trusted publishing (OIDC) from CI.'],
    deploy: ['CI secret used as TWINE_PASSWORD; never in .pypirc in the repository.'],
    audit: ['Project → Security history; release history for uploads you did not make.'],
  },
  'private-key': {
    id: 'private-key',
    title: 'Private keys (SSH, TLS, PGP, signing keys) and keystores',
    revoke: [
      'SSH: remove the public key from every authorized_keys, deploy-key and Git host it is registered with.',
      'TLS: revoke the certificate with the CA, then issue a new one from a NEW key.',
      'PGP: publish a revocation certificate to the keyservers you use.',
      'Code signing / app store keys: follow the store\'s key-reset process (e.g. Google Play upload key reset).',
    ],
    replace: ['Generate a new key pair (ssh-keygen -t ed25519, openssl genpkey); never reuse the leaked private key.'],
    deploy: ['Keep private keys out of repositories: a secret manager, the CI platform\'s secure files, or a hardware-backed store.'],
    audit: ['Auth logs of every host that trusted the key; CA transparency logs for certificates issued with it.'],
  },
  jwt: {
    id: 'jwt',
    title: 'JWTs and the secret that signed them',
    revoke: ['A leaked token is valid until it expires: revoke the session/refresh token server-side, or add its jti to a deny list.', 'If the signing secret or private key leaked, anyone can mint tokens: rotate it (below).'],
    replace: ['Short token lifetimes; asymmetric signing (RS256/ES256) so verifiers hold no signing secret.'],
    deploy: DEPLOY_ENV,
    audit: ['Authentication logs for tokens with that subject/jti or unusual claims during the exposure window.'],
    zeroDowntime: TWO_KEY,
  },
  session: {
    id: 'session',
    title: 'Session and cookie signing secrets',
    revoke: ['Rotate the secret (below); sessions signed with it must stop being accepted.'],
    replace: ['A 256-bit random secret: leakguard gen --bytes 32 --env SESSION_SECRET.'],
    deploy: DEPLOY_ENV,
    audit: ['Session creation and privileged actions during the exposure window.'],
    zeroDowntime: TWO_KEY,
  },
  database: {
    id: 'database',
    title: 'Database passwords and connection strings',
    revoke: ['Do not just change the password in place (it breaks every running instance at once). Instead, in order:'],
    replace: [
      '1. Create a NEW user/credential with the same (or fewer) grants: CREATE ROLE app_v2 LOGIN PASSWORD \'…\'; GRANT … TO app_v2; (managed databases: add a user in the console).',
      '2. Deploy the new credential to every service and confirm they connect with it.',
      '3. Revoke the old one: DROP ROLE / ALTER ROLE app NOLOGIN; kill its remaining sessions.',
      'Restrict network access (no public endpoint, allow-lists) so a leaked password alone is not enough.',
    ],
    deploy: DEPLOY_ENV,
    audit: ['Database audit/connection logs (pg_stat_activity history, CloudSQL/RDS logs) for logins by the old user from unexpected addresses during the exposure window.'],
  },
  'api-token': {
    id: 'api-token',
    title: 'SaaS API keys and tokens (messaging, AI, observability, productivity)',
    revoke: [
      'In the provider\'s dashboard (usually Settings → API keys / Developer / Integrations), revoke or regenerate the leaked key. Most providers show the key\'s prefix or last characters: match it to the preview leakguard printed.',
      'If the provider supports it, revoke every token of the same integration: leaked keys are often found in sets.',
    ],
    replace: ['A new key with only the scopes and resources the application uses, an expiry if offered, and one key per application or environment.'],
    deploy: DEPLOY_ENV,
    audit: ['The provider\'s usage, billing and audit logs for the exposure window (from the first commit that contains the key until its revocation). Unexpected spend is the usual sign for AI and messaging keys.'],
  },
  cloud: {
    id: 'cloud',
    title: 'Cloud and hosting platform credentials',
    revoke: ['Console → API / access tokens (or IAM) of the platform: delete or regenerate the leaked token; for access-key pairs deactivate the key first, delete it after the replacement works.'],
    replace: ['Prefer short-lived credentials (OIDC federation from CI, instance/workload identity); otherwise a scoped token per service with an expiry.'],
    deploy: DEPLOY_ENV,
    audit: ['The platform\'s activity/audit log and billing for resources created, deleted or exposed during the exposure window.'],
  },
  'ci-token': {
    id: 'ci-token',
    title: 'Source hosting, CI/CD and artifact registry tokens',
    revoke: ['Revoke the token where it was created (user or project settings → access tokens; CI project settings → API tokens; registry → access tokens).', 'Treat every secret the CI could read as exposed if the token allowed reading CI variables.'],
    replace: ['Project-scoped tokens with minimal scopes; OIDC between CI and cloud instead of stored keys.'],
    deploy: ['CI/CD encrypted variables (masked, protected branches only).', ...DEPLOY_ENV.slice(1)],
    audit: ['Audit log of the organisation/project for the exposure window: new deploy keys, changed pipelines, new runners, pushed images or artifacts.'],
  },
  registry: {
    id: 'registry',
    title: 'Package registry tokens (RubyGems, NuGet, crates.io, Packagist, Hex…)',
    revoke: ['Registry account → API keys/tokens → delete the leaked token.'],
    replace: ['A token scoped to the packages it publishes, with an expiry; prefer trusted publishing (OIDC) from CI where the registry supports it.'],
    deploy: ['CI secret referenced by the publish step; never in a committed credentials file.'],
    audit: ['Every package the token could publish: versions you did not release (a supply-chain attack is the usual abuse), and owner changes.'],
  },
  payments: {
    id: 'payments',
    title: 'Payment and commerce credentials (PayPal, Square, Adyen, Shopify, Razorpay, Plaid, Coinbase…)',
    revoke: ['Dashboard → Developers / API credentials: roll or delete the key; if the provider offers an overlap period, keep it as short as your deployment takes.'],
    replace: ['Restricted keys with only the operations your integration performs; separate keys for test and live.'],
    deploy: DEPLOY_ENV,
    audit: ['Transactions, refunds, payouts, customer exports and account/webhook changes during the exposure window; tell the provider\'s security team if you see misuse.'],
  },
  'secrets-manager': {
    id: 'secrets-manager',
    title: 'Identity providers and secret managers (Okta, Auth0, Vault, Terraform Cloud, Doppler, 1Password, Pulumi, Infisical)',
    revoke: ['Revoke the token or client secret in the admin console at once: it can read or mint other credentials.'],
    replace: ['New client secret or token with the narrowest policy; short TTLs; machine identities (OIDC, workload identity) where possible.'],
    deploy: DEPLOY_ENV,
    audit: ['The system\'s audit log (Vault audit device, Okta System Log, Terraform Cloud audit trail…) for every secret read, token minted or policy changed during the exposure window. Rotate whatever was read.'],
  },
  generic: {
    id: 'generic',
    title: 'Passwords, API keys and tokens without a known provider',
    revoke: ['Find who issued it (the variable name and the service it is used with) and revoke or change it there first.'],
    replace: ['Issue a new credential with the least privilege that works; for secrets you mint yourself use leakguard gen.'],
    deploy: DEPLOY_ENV,
    audit: ['The issuing service\'s access logs for the exposure window (from the first commit that contains it until now).'],
  },
};
