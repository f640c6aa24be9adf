import type { HttpResponse } from './http.js';
import { bearer, field, parse, type Plan, type VerifyTarget } from './providers.js';

/** What a provider said to a revocation request. */
export interface RevokeVerdict {
  /** `revoked`: the provider took the request (rotate --check then proves it); `failed`: it refused, and why. */
  status: 'revoked' | 'failed';
  detail: string;
}

/**
 * The one request with which a credential's holder revokes it, where the provider documents one
 * (links beside each). Same family names, hosts and overrides (LEAKGUARD_VERIFY_<FAMILY>_URL) as the
 * verifiers, so one stand-in serves both in tests. Never on the commit path: only `rotate --revoke`,
 * after a confirmation naming the provider and the account.
 */
export interface Revoker {
  family: string;
  rules: string[];
  /** The official base URL, when it is not the verifier's (DigitalOcean revokes on its cloud host). */
  base?: string | ((t: VerifyTarget) => string | undefined);
  plan: (t: VerifyTarget) => Plan;
  judge: (res: HttpResponse) => RevokeVerdict;
}

const json = (body: unknown) => ({ body: JSON.stringify(body) });
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Success is one of these statuses; anything else is a refusal, said with the provider's own words when it gives some. */
function okOn(statuses: number[], what: string): (res: HttpResponse) => RevokeVerdict {
  return (res) =>
    statuses.includes(res.status)
      ? { status: 'revoked', detail: what }
      : { status: 'failed', detail: `HTTP ${res.status}${field(res.body, 'message') || field(res.body, 'error') ? `: ${field(res.body, 'message') || field(res.body, 'error')}` : ''}` };
}

export const revokers: Revoker[] = [
  {
    // https://docs.github.com/en/rest/credentials/revoke — unauthenticated by design (an authenticated call is a 403);
    // GitHub notifies the owner. Classic and fine-grained PATs, OAuth and GitHub App user tokens.
    family: 'GITHUB',
    rules: ['github-ghp', 'github-gho', 'github-ghu', 'github-fine-grained-pat'],
    plan: (t) => ({ method: 'POST', path: '/credentials/revoke', headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json' }, ...json({ credentials: [t.secret] }) }),
    judge: okOn([202], 'GitHub accepted the revocation (the owner is notified)'),
  },
  {
    // https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token
    family: 'GITHUB',
    rules: ['github-ghs'],
    plan: (t) => ({ method: 'DELETE', path: '/installation/token', headers: { ...bearer(t.secret), accept: 'application/vnd.github+json' } }),
    judge: okOn([204], 'installation access token revoked'),
  },
  {
    // https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token — "self": the token used.
    family: 'GITLAB',
    rules: ['gitlab-pat'],
    plan: (t) => ({ method: 'DELETE', path: '/api/v4/personal_access_tokens/self', headers: { 'private-token': t.secret } }),
    judge: okOn([204], 'personal access token revoked'),
  },
  {
    // https://api.slack.com/methods/auth.revoke
    family: 'SLACK',
    rules: ['slack-bot-token', 'slack-user-token'],
    plan: (t) => ({ method: 'POST', path: '/api/auth.revoke', headers: { ...bearer(t.secret), ...FORM }, body: '' }),
    judge: (res) => {
      const doc = parse(res.body);
      if (res.status === 200 && field(doc, 'ok') === 'true' && field(doc, 'revoked') === 'true') return { status: 'revoked', detail: 'token revoked (auth.revoke)' };
      return { status: 'failed', detail: `Slack said ${field(doc, 'error') || `HTTP ${res.status}`}` };
    },
  },
  {
    // https://discord.com/developers/docs/resources/webhook#delete-webhook-with-token — deletes the webhook.
    family: 'DISCORD_WEBHOOK',
    rules: ['discord-webhook-url'],
    plan: (t) => ({ method: 'DELETE', path: `/api/webhooks/${t.secret.split('/').map(encodeURIComponent).join('/')}` }),
    judge: okOn([204], 'webhook deleted'),
  },
  {
    // https://www.dropbox.com/developers/documentation/http/documentation#auth-token-revoke
    family: 'DROPBOX',
    rules: ['dropbox-short-lived-token'],
    plan: (t) => ({ method: 'POST', path: '/2/auth/token/revoke', headers: { ...bearer(t.secret), 'content-type': 'application/json' }, body: 'null' }),
    judge: okOn([200], 'access token revoked'),
  },
  {
    // https://buildkite.com/docs/apis/rest-api/access-token#revoke-the-current-token
    family: 'BUILDKITE',
    rules: ['buildkite-token'],
    plan: (t) => ({ method: 'DELETE', path: '/v2/access-token', headers: bearer(t.secret) }),
    judge: okOn([204], 'API access token revoked'),
  },
  {
    // https://docs.doppler.com/reference/auth-revoke
    family: 'DOPPLER',
    rules: ['doppler-token', 'doppler-env-service-token'],
    plan: (t) => ({ method: 'POST', path: '/v3/auth/revoke', headers: { ...bearer(t.secret), 'content-type': 'application/json' }, ...json({ token: t.secret }) }),
    judge: okOn([200], 'token revoked'),
  },
  {
    // https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope — DELETE api_permissions/current revokes the
    // app's access token (the app is uninstalled from the shop).
    family: 'SHOPIFY',
    rules: ['shopify-access-token'],
    plan: (t) => ({ method: 'DELETE', path: '/admin/api_permissions/current.json', headers: { 'x-shopify-access-token': t.secret } }),
    judge: okOn([200], 'access token revoked (the app was uninstalled from the shop)'),
  },
  {
    // https://docs.digitalocean.com/reference/api/oauth/#revoke-a-token
    family: 'DIGITALOCEAN',
    rules: ['digitalocean-oauth-token'],
    base: 'https://cloud.digitalocean.com',
    plan: (t) => ({ method: 'POST', path: '/v1/oauth/revoke', headers: { ...bearer(t.secret), ...FORM }, body: form({ token: t.secret }) }),
    judge: okOn([200], 'OAuth token revoked'),
  },
  {
    // https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke
    family: 'GOOGLE_OAUTH',
    rules: ['gcp-oauth-access-token'],
    plan: (t) => ({ method: 'POST', path: '/revoke', headers: FORM, body: form({ token: t.secret }) }),
    judge: okOn([200], 'OAuth token revoked'),
  },
  {
    // https://vercel.com/docs/rest-api/reference/endpoints/authentication/delete-an-authentication-token — "current".
    family: 'VERCEL',
    rules: ['vercel-token', 'vercel-prefixed-token'],
    plan: (t) => ({ method: 'DELETE', path: '/v3/user/tokens/current', headers: bearer(t.secret) }),
    judge: okOn([200], 'token deleted'),
  },
];

export function revokerFor(ruleId: string): Revoker | undefined {
  return revokers.find((r) => r.rules.includes(ruleId));
}
