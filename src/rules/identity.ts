import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed } from './define.js';
import { fake } from './fake.js';

/** Identity providers and secret managers: a leak here opens everything they guard. */
export const identityRules = (): Rule[] => [
  contextual({ id: 'okta-api-token', title: 'Okta API token', provider: 'Okta', playbook: 'secrets-manager', keywords: ['okta'], value: '00[A-Za-z0-9_-]{40}', example: () => `00${gen.base64url(40)()}` }),
  contextual({ id: 'auth0-client-secret', title: 'Auth0 client secret', provider: 'Auth0', playbook: 'secrets-manager', keywords: ['auth0'], value: '[A-Za-z0-9_-]{64}', example: gen.base64url(64) }),
  contextual({ id: 'clerk-secret-key', title: 'Clerk secret key', provider: 'Clerk', playbook: 'secrets-manager', keywords: ['clerk'], value: 'sk_(?:live|test)_[A-Za-z0-9]{40,60}', example: () => `sk_live_${gen.alnum(44)()}`, confidence: 'high' }),
  prefixed({ id: 'vault-service-token', title: 'HashiCorp Vault token', provider: 'HashiCorp Vault', playbook: 'secrets-manager', prefix: ['hvs.', 'hvb.', 'hvr.'], body: 'A-Za-z0-9_-', len: [24, 200] }),
  contextual({ id: 'vault-legacy-token', title: 'HashiCorp Vault token (legacy s.)', provider: 'HashiCorp Vault', playbook: 'secrets-manager', keywords: ['vault_token', 'vault-token', 'x-vault-token'], value: 's\\.[A-Za-z0-9]{24}', example: () => `s.${gen.alnum(24)()}` }),
  {
    id: 'terraform-cloud-token',
    title: 'Terraform Cloud / Enterprise API token',
    provider: 'HashiCorp Terraform',
    keywords: ['.atlasv1.'],
    regex: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
    confidence: 'high',
    playbook: 'secrets-manager',
    tps: () => [`TFE_TOKEN=${gen.alnum(14)()}.atlasv1.${gen.base64url(67)()}`, `token = "${gen.alnum(14)()}.atlasv1.${gen.base64url(67)()}"`],
    fps: ['TFE_TOKEN=<id>.atlasv1.<secret>', 'tokens contain .atlasv1.'],
  },
  prefixed({ id: 'doppler-token', title: 'Doppler token', provider: 'Doppler', playbook: 'secrets-manager', prefix: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], body: 'A-Za-z0-9', len: [40, 44] }),
  {
    // A service token scoped to one environment names it: dp.st.<env>.<40-44> (the form trufflehog's detector matches).
    id: 'doppler-env-service-token',
    title: 'Doppler service token (environment-scoped)',
    provider: 'Doppler',
    keywords: ['dp.st.'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_.])(dp\.st\.[a-z0-9_-]{2,35}\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g,
    entropy: 3.5,
    confidence: 'high',
    playbook: 'secrets-manager',
    tps: () => [`DOPPLER_TOKEN=${fake.join('dp.st.', 'prd', '.', fake.alnum(44))}`, `token: "${fake.join('dp.st.', 'dev_eu', '.', fake.alnum(40))}"`],
    fps: ['DOPPLER_TOKEN=dp.st.prd.<token>', `token: "dp.st.dev.${'x'.repeat(44)}"`, 'service tokens look like dp.st.<environment>.<token>'],
  },
  prefixed({ id: 'onepassword-service-account-token', title: '1Password service account token', provider: '1Password', playbook: 'secrets-manager', prefix: 'ops_eyJ', body: 'A-Za-z0-9+/=_-', len: [250, 2000] }),
  prefixed({ id: 'onepassword-secret-key', title: '1Password account secret key', provider: '1Password', playbook: 'secrets-manager', prefix: 'A3-', body: 'A-Z0-9-', len: [34, 40], confidence: 'medium' }),
  prefixed({ id: 'pulumi-access-token', title: 'Pulumi access token', provider: 'Pulumi', playbook: 'secrets-manager', prefix: 'pul-', body: 'a-f0-9', len: 40 }),
  {
    id: 'infisical-service-token',
    title: 'Infisical service token',
    provider: 'Infisical',
    keywords: ['st.'],
    anchored: true,
    regex: /(?<![A-Za-z0-9.])(st\.[a-f0-9]{24}\.[a-f0-9]{32}\.[a-f0-9]{32})(?![a-f0-9])/g,
    confidence: 'high',
    playbook: 'secrets-manager',
    tps: () => [`INFISICAL_TOKEN=st.${gen.hex(24)()}.${gen.hex(32)()}.${gen.hex(32)()}`, `token: "st.${gen.hex(24)()}.${gen.hex(32)()}.${gen.hex(32)()}"`],
    fps: ['INFISICAL_TOKEN=st.<id>.<secret>', 'the st. prefix'],
  },
  prefixed({ id: 'age-secret-key', title: 'age encryption secret key', provider: 'age', playbook: 'private-key', prefix: 'AGE-SECRET-KEY-1', body: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', len: 58 }),
  contextual({ id: 'keycloak-client-secret', title: 'Keycloak client secret', provider: 'Keycloak', playbook: 'secrets-manager', keywords: ['keycloak'], value: '[A-Za-z0-9]{32}', example: gen.alnum(32) }),
  contextual({ id: 'azure-key-vault-secret', title: 'Azure AD / Key Vault client secret (legacy format)', provider: 'Azure', playbook: 'azure', keywords: ['azure_client_secret', 'client_secret_azure', 'arm_client_secret'], value: '[A-Za-z0-9_~.\\-]{34,40}', example: gen.base64url(36) }),
];
