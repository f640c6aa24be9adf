import { amzDate, authorization } from './sigv4.js';
import { sharedKey } from './azure.js';
import type { HttpResponse } from './http.js';
import type { VerifyStatus } from './types.js';

/** Another secret found in the same file (and commit), with its line: pairs are made by distance. */
export interface NearbySecret {
  secret: string;
  line: number;
}

/** What a verifier knows about the credential: the secret, and other secrets and text found beside it. */
export interface VerifyTarget {
  secret: string;
  /** Secrets of other findings in the same file (and commit), by rule id, nearest first: an AWS key id needs its secret key. */
  nearby: Map<string, NearbySecret[]>;
  /** The text around the secret (in memory only): names that are not secret (an Azure AccountName, a Shopify shop, a Twilio SID). */
  context: string;
  /** The lines either side (in memory only): a self-hosted instance's URL, a Datadog site, an AWS profile. */
  surroundings: string;
}

export interface Plan {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, appended to the base URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Signs the request once its final URL (official or overridden host) is known. */
  sign?: (url: URL, headers: Record<string, string>, body: string) => void;
}

/** One request a verifier may make; a verifier with candidates (AWS pairs, Datadog sites) has several. */
export interface Attempt {
  plan: Plan;
  /** The official base URL for this attempt, when it is not the verifier's own. */
  base?: string;
  /** What the request is about, for the run's request cache (default: the secret). */
  key?: string;
}

export interface Verdict {
  status: VerifyStatus;
  detail: string;
  /**
   * The answer is about this attempt, not the credential (a secret key paired with another
   * key id, a key of another Datadog site): try the next attempt. When none is left, the
   * verdicts are combined: live if any was, unknown if any was, revoked only if all were.
   */
  next?: true;
}

export interface Verifier {
  /** Names the override variable: LEAKGUARD_VERIFY_<FAMILY>_URL. */
  family: string;
  rules: string[];
  /** The provider's official base URL (may depend on the secret: a Mailchimp data centre, an Azure account). */
  base: string | ((t: VerifyTarget) => string | undefined);
  /** The one read-only request, or why none can be made. */
  plan?: (t: VerifyTarget) => Plan | string;
  /** Several candidate requests, tried in order (instead of `plan`), or why none can be made. */
  attempts?: (t: VerifyTarget) => Attempt[] | string;
  judge: (res: HttpResponse) => Verdict;
  /**
   * The host of a self-hosted instance the credential belongs to (GitHub Enterprise, self-managed
   * GitLab), read from the text beside it: such a credential is never sent to the public host.
   */
  selfHosted?: (t: VerifyTarget) => string | undefined;
  /** What to write in LEAKGUARD_VERIFY_<FAMILY>_URL to check a self-hosted instance. */
  selfHostedUrl?: (host: string) => string;
}

export const bearer = (s: string) => ({ authorization: `Bearer ${s}` });
const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });
const get = (path: string, headers: Record<string, string> = {}): Plan => ({ method: 'GET', path, headers });
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}): Plan => ({ method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export function parse(body: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(body) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A field deep in a JSON answer, as short text ("" when absent). */
export function field(body: string | Record<string, unknown> | undefined, path: string): string {
  let v: unknown = typeof body === 'string' ? parse(body) : body;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** The usual answers: 200 accepted; 401 (and whatever else the provider uses) rejected; everything else unknown, said why. */
function byStatus(revoked: number[], detail: (res: HttpResponse) => string = () => '', liveAlso: number[] = []): (res: HttpResponse) => Verdict {
  return (res) => {
    if (res.status >= 200 && res.status < 300) return { status: 'live', detail: detail(res) || 'accepted' };
    if (liveAlso.includes(res.status)) return { status: 'live', detail: `accepted, but not allowed this call (HTTP ${res.status}): the credential is valid with narrower permissions` };
    if (revoked.includes(res.status)) return { status: 'revoked', detail: `rejected (HTTP ${res.status})` };
    return unexpected(res);
  };
}

export function unexpected(res: HttpResponse): Verdict {
  if (res.status === 429) return { status: 'unknown', detail: 'rate limited (HTTP 429): try again later' };
  if (res.status >= 500) return { status: 'unknown', detail: `provider error (HTTP ${res.status})` };
  return { status: 'unknown', detail: `unexpected answer (HTTP ${res.status})` };
}

const name = (...paths: string[]) => (res: HttpResponse) => {
  const doc = parse(res.body);
  for (const p of paths) {
    const v = field(doc, p);
    if (v) return v;
  }
  return '';
};

/** Who the provider says the credential belongs to, as "<label> <value>" (`user octocat`); '' when it does not say. */
const whose = (label: string, path: string) => (res: HttpResponse) => {
  const v = name(path)(res);
  return v ? `${label} ${v}` : '';
};

const PUBLIC_GITHUB = new Set(['github.com', 'api.github.com', 'gist.github.com', 'raw.githubusercontent.com', 'uploads.github.com', 'objects.githubusercontent.com', 'codeload.github.com', 'ghcr.io']);
const PUBLIC_GITLAB = new Set(['gitlab.com', 'registry.gitlab.com', 'docs.gitlab.com', 'about.gitlab.com']);

const GITHUB_INSTANCE = {
  selfHosted: (t: VerifyTarget) => selfHostedHost(t, 'github', PUBLIC_GITHUB),
  selfHostedUrl: (host: string) => `https://${host}/api/v3`,
};

/** Verifiers, each the provider's documented cheapest read-only identity call. */
export const verifiers: Verifier[] = [
  {
    family: 'GITHUB',
    rules: ['github-ghp', 'github-gho', 'github-ghu', 'github-fine-grained-pat'],
    base: 'https://api.github.com',
    ...GITHUB_INSTANCE,
    plan: (t) => get('/user', { ...bearer(t.secret), accept: 'application/vnd.github+json' }),
    judge: byStatus([401], (res) => {
      const scopes = res.headers['x-oauth-scopes'];
      const login = field(res.body, 'login');
      return `${login ? `user ${login}` : 'accepted'}${typeof scopes === 'string' ? `; scopes: ${scopes || 'none'}` : ''}`;
    }),
  },
  {
    family: 'GITHUB',
    rules: ['github-ghs'],
    base: 'https://api.github.com',
    ...GITHUB_INSTANCE,
    plan: (t) => get('/installation/repositories?per_page=1', { ...bearer(t.secret), accept: 'application/vnd.github+json' }),
    judge: byStatus([401], (res) => `app installation token; ${field(res.body, 'total_count') || '?'} repositories`),
  },
  {
    family: 'GITLAB',
    rules: ['gitlab-pat'],
    base: 'https://gitlab.com',
    selfHosted: (t) => selfHostedHost(t, 'gitlab', PUBLIC_GITLAB),
    selfHostedUrl: (host) => `https://${host}`,
    plan: (t) => get('/api/v4/user', { 'private-token': t.secret }),
    judge: byStatus([401], whose('user', 'username')),
  },
  {
    family: 'SLACK',
    rules: ['slack-bot-token', 'slack-user-token'],
    base: 'https://slack.com',
    plan: (t) => ({ method: 'POST', path: '/api/auth.test', headers: { ...bearer(t.secret), 'content-type': 'application/x-www-form-urlencoded' }, body: '' }),
    judge: (res) => {
      if (res.status !== 200) return unexpected(res);
      const doc = parse(res.body);
      if (field(doc, 'ok') === 'true') return { status: 'live', detail: `team ${field(doc, 'team') || '?'}, user ${field(doc, 'user') || '?'}` };
      const error = field(doc, 'error');
      if (['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed', 'token_expired'].includes(error)) return { status: 'revoked', detail: `rejected (${error})` };
      return { status: 'unknown', detail: `unexpected answer (${error || 'no error code'})` };
    },
  },
  {
    family: 'SLACK_WEBHOOK',
    rules: ['slack-webhook-url'],
    base: 'https://hooks.slack.com',
    // An empty payload cannot post to an incoming webhook: a live one answers "no_text" or "invalid_payload".
    // Workflow and trigger webhooks (/workflows/…, /triggers/…) start a workflow when posted to, whatever
    // the payload, and Slack has no read-only check for them: they are not sent.
    plan: (t) => {
      const kind = slackWebhookKind(t);
      if (kind !== 'services') return `not verified: a Slack ${kind === 'unknown' ? 'webhook of an unrecognised kind' : `${kind.replace(/s$/, '')} webhook`} would start its workflow when posted to, and Slack offers no read-only check`;
      return postJson(`/services/${t.secret.split('/').map(encodeURIComponent).join('/')}`, {});
    },
    judge: (res) => {
      if (res.status === 400 && /no_text|invalid_payload|missing_text/.test(res.body)) return { status: 'live', detail: 'the webhook accepts posts (checked with an empty payload, nothing posted)' };
      // Slack's documented answers for a webhook that no longer exists or whose token is wrong.
      const code = /^\s*([a-z_]{3,40})\s*$/.exec(res.body)?.[1] ?? '';
      if ((res.status === 403 || res.status === 404) && ['no_service', 'invalid_token', 'no_team', 'team_disabled', 'no_service_id'].includes(code)) return { status: 'revoked', detail: `rejected (${code})` };
      if (res.status === 410 && code === 'channel_is_archived') return { status: 'unknown', detail: 'the webhook exists but its channel is archived (channel_is_archived)' };
      return unexpected(res);
    },
  },
  {
    family: 'STRIPE',
    rules: ['stripe-secret-key', 'stripe-restricted-key'],
    base: 'https://api.stripe.com',
    plan: (t) => get('/v1/account', bearer(t.secret)),
    judge: byStatus([401], (res) => `account ${field(res.body, 'id') || '?'}`, [403]),
  },
  {
    family: 'OPENAI',
    rules: ['openai-api-key', 'openai-project-key'],
    base: 'https://api.openai.com',
    plan: (t) => get('/v1/models', bearer(t.secret)),
    judge: (res) => (res.status === 429 && /insufficient_quota/.test(res.body) ? { status: 'live', detail: 'accepted; the account has no quota left' } : byStatus([401], () => 'can list models', [403])(res)),
  },
  {
    family: 'ANTHROPIC',
    rules: ['anthropic-api-key'],
    base: 'https://api.anthropic.com',
    plan: (t) => get('/v1/models?limit=1', { 'x-api-key': t.secret, 'anthropic-version': '2023-06-01' }),
    judge: byStatus([401], () => 'can list models', [403]),
  },
  {
    family: 'AWS',
    rules: ['aws-access-key-id', 'aws-secret-access-key'],
    base: 'https://sts.amazonaws.com',
    // Each key id is tried with the secret keys beside it, nearest first (a credentials file has one
    // pair per profile), and each secret key with the key ids beside it: a pair that is not one answers
    // SignatureDoesNotMatch, which says the key id exists and nothing about the secret.
    attempts: (t) => {
      const pairs = awsPairs(t);
      if (typeof pairs === 'string') return pairs;
      const body = 'Action=GetCallerIdentity&Version=2011-06-15';
      return pairs.map((pair) => ({
        key: `${pair.accessKeyId}\0${pair.secretAccessKey}\0${pair.sessionToken ?? ''}`,
        plan: {
          method: 'POST',
          path: '/',
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
          body,
          sign: (url, headers, b) => {
            const date = amzDate(new Date());
            headers['x-amz-date'] = date;
            const signed: Record<string, string> = { host: url.host, 'content-type': headers['content-type']!, 'x-amz-date': date };
            if (pair.sessionToken) signed['x-amz-security-token'] = headers['x-amz-security-token'] = pair.sessionToken;
            headers.authorization = authorization({ method: 'POST', host: url.host, path: url.pathname, query: '', headers: signed, body: b }, pair, 'us-east-1', 'sts', date);
          },
        },
      }));
    },
    judge: (res) => {
      if (res.status === 200) return { status: 'live', detail: `${/<Arn>([^<]{1,200})<\/Arn>/.exec(res.body)?.[1] ?? 'accepted'}` };
      const code = /<Code>([^<]{1,60})<\/Code>/.exec(res.body)?.[1] ?? '';
      // AWS's documented answers: the key id does not exist or is deactivated; the session token expired.
      if (res.status === 403 && code === 'InvalidClientTokenId') return { status: 'revoked', detail: 'rejected (InvalidClientTokenId: the key id is not valid)', next: true };
      if (res.status === 403 && code === 'ExpiredToken') return { status: 'revoked', detail: 'rejected (ExpiredToken: the temporary credentials expired)' };
      if (res.status === 403 && code === 'SignatureDoesNotMatch') return { status: 'unknown', detail: 'key id valid, secret not matched (SignatureDoesNotMatch): the secret key beside it is not its pair', next: true };
      return unexpected(res);
    },
  },
  {
    family: 'NPM',
    rules: ['npm-access-token', 'npmrc-auth-token'],
    base: 'https://registry.npmjs.org',
    plan: (t) => get('/-/whoami', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'username')),
  },
  {
    family: 'SENDGRID',
    rules: ['sendgrid-api-key'],
    base: 'https://api.sendgrid.com',
    plan: (t) => get('/v3/scopes', bearer(t.secret)),
    judge: byStatus([401], (res) => {
      const scopes = parse(res.body)?.scopes;
      return Array.isArray(scopes) ? `${scopes.length} scopes${scopes.includes('mail.send') ? ', can send mail' : ''}` : '';
    }),
  },
  {
    family: 'TWILIO',
    rules: ['twilio-auth-token'],
    base: 'https://api.twilio.com',
    plan: (t) => {
      const sid = /\bAC[0-9a-f]{32}\b/.exec(t.context)?.[0];
      if (!sid) return 'needs the account SID (AC…) on the same line';
      return get(`/2010-04-01/Accounts/${sid}.json`, basic(sid, t.secret));
    },
    // 404 says the account SID does not exist, nothing about the token.
    judge: byStatus([401], whose('account', 'friendly_name')),
  },
  {
    family: 'MAILGUN',
    rules: ['mailgun-private-key', 'mailgun-api-key'],
    base: 'https://api.mailgun.net',
    plan: (t) => get('/v3/domains?limit=1', basic('api', t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, 'total_count') || '?'} domains`),
  },
  {
    family: 'MAILCHIMP',
    rules: ['mailchimp-api-key'],
    base: (t) => {
      const dc = /-(us\d{1,2})$/.exec(t.secret)?.[1];
      return dc ? `https://${dc}.api.mailchimp.com` : undefined;
    },
    plan: (t) => get('/3.0/', basic('leakguard', t.secret)),
    judge: byStatus([401], whose('account', 'account_name')),
  },
  {
    family: 'DIGITALOCEAN',
    rules: ['digitalocean-pat', 'digitalocean-oauth-token'],
    base: 'https://api.digitalocean.com',
    plan: (t) => get('/v2/account', bearer(t.secret)),
    judge: byStatus([401], (res) => (field(res.body, 'account.team.name') ? `team ${field(res.body, 'account.team.name')}` : `account ${field(res.body, 'account.status') || 'active'}`)),
  },
  {
    family: 'HEROKU',
    rules: ['heroku-api-key', 'heroku-api-key-v2'],
    base: 'https://api.heroku.com',
    plan: (t) => get('/account', { ...bearer(t.secret), accept: 'application/vnd.heroku+json; version=3' }),
    judge: byStatus([401], name('name', 'id')),
  },
  {
    family: 'DISCORD',
    rules: ['discord-bot-token'],
    base: 'https://discord.com',
    plan: (t) => get('/api/v10/users/@me', { authorization: `Bot ${t.secret}` }),
    judge: byStatus([401], whose('bot', 'username')),
  },
  {
    family: 'DISCORD_WEBHOOK',
    rules: ['discord-webhook-url'],
    base: 'https://discord.com',
    // GET on a webhook describes it; it never posts.
    plan: (t) => get(`/api/webhooks/${t.secret.split('/').map(encodeURIComponent).join('/')}`),
    // Discord's codes: 10015 Unknown Webhook (deleted), 50027 Invalid Webhook Token.
    judge: (res) => {
      const code = field(res.body, 'code');
      if ((res.status === 404 && code === '10015') || (res.status === 401 && (code === '50027' || code === '0' || code === ''))) return { status: 'revoked', detail: `rejected (${code === '10015' ? 'Unknown Webhook' : code === '50027' ? 'Invalid Webhook Token' : 'HTTP 401'})` };
      return byStatus([], whose('webhook', 'name'))(res);
    },
  },
  {
    family: 'TELEGRAM',
    rules: ['telegram-bot-token'],
    base: 'https://api.telegram.org',
    plan: (t) => get(`/bot${encodeURIComponent(t.secret)}/getMe`),
    judge: byStatus([401], (res) => (field(res.body, 'result.username') ? `bot @${field(res.body, 'result.username')}` : '')),
  },
  {
    family: 'HUGGINGFACE',
    rules: ['huggingface-token', 'huggingface-org-token'],
    base: 'https://huggingface.co',
    plan: (t) => get('/api/whoami-v2', bearer(t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, 'name') || 'accepted'}${field(res.body, 'auth.accessToken.role') ? ` (${field(res.body, 'auth.accessToken.role')})` : ''}`),
  },
  {
    family: 'POSTMAN',
    rules: ['postman-api-key'],
    base: 'https://api.getpostman.com',
    plan: (t) => get('/me', { 'x-api-key': t.secret }),
    judge: byStatus([401], whose('user', 'user.username')),
  },
  {
    family: 'LINEAR',
    rules: ['linear-api-key', 'linear-oauth-token'],
    base: 'https://api.linear.app',
    plan: (t) => postJson('/graphql', { query: '{ viewer { name } }' }, { authorization: t.secret.startsWith('lin_api_') ? t.secret : `Bearer ${t.secret}` }),
    judge: (res) => {
      if (res.status === 200 && field(res.body, 'data.viewer.name')) return { status: 'live', detail: `user ${field(res.body, 'data.viewer.name')}` };
      if ((res.status === 400 || res.status === 401) && /AUTHENTICATION_ERROR|authentication/i.test(res.body)) return { status: 'revoked', detail: `rejected (HTTP ${res.status})` };
      return unexpected(res);
    },
  },
  {
    family: 'NOTION',
    rules: ['notion-integration-token', 'notion-token'],
    base: 'https://api.notion.com',
    plan: (t) => get('/v1/users/me', { ...bearer(t.secret), 'notion-version': '2022-06-28' }),
    judge: byStatus([401], whose('integration', 'name')),
  },
  {
    family: 'DATADOG',
    rules: ['datadog-api-key'],
    base: 'https://api.datadoghq.com',
    // A key belongs to one Datadog site, and every other site answers 403 for it. The site the text
    // beside it names (DD_SITE=datadoghq.eu, api.us5.datadoghq.com) is asked alone; else every site,
    // and only a 403 from all of them is "revoked".
    attempts: (t) => {
      const named = datadogSite(t);
      return (named ? [named] : DATADOG_SITES).map((site) => ({ base: `https://api.${site}`, plan: get('/api/v1/validate', { 'dd-api-key': t.secret }) }));
    },
    judge: (res) => {
      if (res.status === 200 && field(res.body, 'valid') === 'true') return { status: 'live', detail: 'valid API key' };
      // /api/v1/validate's documented answer for a key this site does not know.
      if (res.status === 403) return { status: 'revoked', detail: 'rejected (HTTP 403 from the validate endpoint)', next: true };
      return unexpected(res);
    },
  },
  {
    family: 'NEWRELIC',
    rules: ['newrelic-user-key'],
    base: 'https://api.newrelic.com',
    plan: (t) => postJson('/graphql', { query: '{ actor { user { name } } }' }, { 'api-key': t.secret }),
    judge: (res) => {
      if (res.status === 200 && field(res.body, 'data.actor.user.name')) return { status: 'live', detail: `user ${field(res.body, 'data.actor.user.name')}` };
      if (res.status === 401 || (res.status === 200 && /invalid api key|api key is invalid/i.test(res.body))) return { status: 'revoked', detail: `rejected (HTTP ${res.status})` };
      return unexpected(res);
    },
  },
  {
    family: 'SENTRY',
    rules: ['sentry-org-token', 'sentry-user-token', 'sentry-auth-token-legacy'],
    base: 'https://sentry.io',
    plan: (t) => get('/api/0/', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'user.username'), [403]),
  },
  {
    family: 'SHOPIFY',
    rules: ['shopify-access-token'],
    base: (t) => {
      const shop = /(?<![a-z0-9-])([a-z0-9][a-z0-9-]{0,60})\.myshopify\.com\b/i.exec(t.context)?.[1];
      return shop ? `https://${shop.toLowerCase()}.myshopify.com` : undefined;
    },
    plan: (t) => get('/admin/api/2024-10/shop.json', { 'x-shopify-access-token': t.secret }),
    judge: byStatus([401], whose('shop', 'shop.name')),
  },
  {
    family: 'DOPPLER',
    rules: ['doppler-token', 'doppler-env-service-token'],
    base: 'https://api.doppler.com',
    plan: (t) => get('/v3/me', bearer(t.secret)),
    judge: byStatus([401], (res) => `${field(res.body, 'type') || 'token'}${field(res.body, 'workplace.name') ? ` of ${field(res.body, 'workplace.name')}` : ''}`),
  },
  {
    family: 'GOOGLE',
    rules: ['gcp-api-key'],
    base: 'https://generativelanguage.googleapis.com',
    // Listing models is free and read-only; a key for a project without this API still
    // says whether the key itself exists (API_KEY_INVALID vs SERVICE_DISABLED).
    plan: (t) => get(`/v1beta/models?pageSize=1&key=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      if (res.status === 200) return { status: 'live', detail: 'accepted (Generative Language API enabled)' };
      if (/API_KEY_INVALID|API key not valid|API_KEY_EXPIRED/.test(res.body)) return { status: 'revoked', detail: 'rejected (API key not valid)' };
      if (res.status === 403) return { status: 'live', detail: `the key exists; this API is not allowed for it (${field(res.body, 'error.status') || 'HTTP 403'})` };
      return unexpected(res);
    },
  },
  {
    family: 'GOOGLE_OAUTH',
    rules: ['gcp-oauth-access-token'],
    base: 'https://oauth2.googleapis.com',
    // Google's token information endpoint: an expired or revoked access token is "invalid_token".
    plan: (t) => get(`/tokeninfo?access_token=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      if (res.status === 200) return { status: 'live', detail: `accepted${field(res.body, 'email') ? ` for ${field(res.body, 'email')}` : ''}${field(res.body, 'expires_in') ? `; expires in ${field(res.body, 'expires_in')} s` : ''}` };
      if (res.status === 400 && /invalid_token|Invalid Value/.test(res.body)) return { status: 'revoked', detail: 'rejected (invalid_token: revoked or expired)' };
      return unexpected(res);
    },
  },
  {
    family: 'VERCEL',
    rules: ['vercel-token', 'vercel-prefixed-token'],
    base: 'https://api.vercel.com',
    plan: (t) => get('/v2/user', bearer(t.secret)),
    // Vercel marks an unknown or revoked token as such; a 403 without that mark is a token without access.
    judge: (res) => {
      if (res.status === 200) return { status: 'live', detail: field(res.body, 'user.username') ? `user ${field(res.body, 'user.username')}` : 'accepted' };
      if (res.status === 403 && field(res.body, 'error.invalidToken') === 'true') return { status: 'revoked', detail: 'rejected (invalidToken)' };
      return unexpected(res);
    },
  },
  {
    family: 'AZURE_STORAGE',
    rules: ['azure-storage-account-key'],
    base: (t) => {
      const account = azureAccount(t);
      return account ? `https://${account}.blob.core.windows.net` : undefined;
    },
    plan: (t) => {
      const account = azureAccount(t);
      if (!account) return 'needs the AccountName beside the key';
      return {
        method: 'GET',
        path: '/?comp=list&maxresults=1',
        sign: (url, headers) => {
          const ms = { 'x-ms-date': new Date().toUTCString(), 'x-ms-version': '2021-08-06' };
          Object.assign(headers, ms, { authorization: sharedKey(account, t.secret, url.pathname, url.searchParams, ms) });
        },
      };
    },
    judge: (res) => {
      if (res.status === 200) return { status: 'live', detail: 'can list containers' };
      // AuthenticationFailed: the signature made with this key does not verify. AuthorizationFailure
      // (a firewall or network rule refused an authenticated request) says nothing against the key.
      if (res.status === 403 && /<Code>AuthenticationFailed<\/Code>/.test(res.body)) return { status: 'revoked', detail: 'rejected (AuthenticationFailed)' };
      return unexpected(res);
    },
  },
  {
    family: 'CLOUDFLARE',
    rules: ['cloudflare-api-token'],
    base: 'https://api.cloudflare.com',
    plan: (t) => get('/client/v4/user/tokens/verify', bearer(t.secret)),
    judge: (res) => {
      const state = field(res.body, 'result.status');
      if (res.status === 200 && state === 'active') return { status: 'live', detail: 'active token' };
      if (res.status === 200 && ['disabled', 'expired'].includes(state)) return { status: 'revoked', detail: `token ${state}` };
      // Cloudflare's code 1000 is "Invalid API Token"; a bare 403 may be a token without this permission.
      if (res.status === 401 || ((res.status === 400 || res.status === 403) && /"code":\s*1000\b|Invalid API Token/.test(res.body))) return { status: 'revoked', detail: 'rejected (Invalid API Token)' };
      return unexpected(res);
    },
  },
  {
    family: 'MAPBOX',
    rules: ['mapbox-secret-token'],
    base: 'https://api.mapbox.com',
    plan: (t) => get(`/tokens/v2?access_token=${encodeURIComponent(t.secret)}`),
    judge: (res) => {
      const code = field(res.body, 'code');
      if (code === 'TokenValid') return { status: 'live', detail: `user ${field(res.body, 'token.user') || '?'}` };
      if (['TokenInvalid', 'TokenExpired', 'TokenRevoked', 'TokenMalformed'].includes(code)) return { status: 'revoked', detail: `rejected (${code})` };
      return unexpected(res);
    },
  },
  {
    family: 'AIRTABLE',
    rules: ['airtable-token'],
    base: 'https://api.airtable.com',
    plan: (t) => get('/v0/meta/whoami', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'id')),
  },
  {
    family: 'FIGMA',
    rules: ['figma-pat'],
    base: 'https://api.figma.com',
    plan: (t) => get('/v1/me', { 'x-figma-token': t.secret }),
    // Figma answers 403 "Invalid token" for a token it does not know, and 403 for missing scopes too.
    judge: (res) => (res.status === 403 && /invalid token/i.test(res.body) ? { status: 'revoked', detail: 'rejected (Invalid token)' } : byStatus([401], whose('user', 'handle'))(res)),
  },
  {
    family: 'GROQ',
    rules: ['groq-api-key'],
    base: 'https://api.groq.com',
    plan: (t) => get('/openai/v1/models', bearer(t.secret)),
    judge: byStatus([401], () => 'can list models'),
  },
  {
    family: 'REPLICATE',
    rules: ['replicate-api-token'],
    base: 'https://api.replicate.com',
    plan: (t) => get('/v1/account', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'username')),
  },
  {
    family: 'NETLIFY',
    rules: ['netlify-pat', 'netlify-token'],
    base: 'https://api.netlify.com',
    plan: (t) => get('/api/v1/user', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'slug')),
  },
  {
    family: 'DROPBOX',
    rules: ['dropbox-short-lived-token'],
    base: 'https://api.dropboxapi.com',
    plan: (t) => ({ method: 'POST', path: '/2/users/get_current_account', headers: { ...bearer(t.secret), 'content-type': 'application/json' }, body: 'null' }),
    judge: byStatus([401], whose('account', 'account_id')),
  },
  {
    family: 'BUILDKITE',
    rules: ['buildkite-token'],
    base: 'https://api.buildkite.com',
    plan: (t) => get('/v2/access-token', bearer(t.secret)),
    judge: byStatus([401], (res) => {
      const scopes = parse(res.body)?.scopes;
      return Array.isArray(scopes) ? `scopes: ${scopes.slice(0, 8).join(', ')}` : '';
    }),
  },
  {
    family: 'CIRCLECI',
    rules: ['circleci-personal-token'],
    base: 'https://circleci.com',
    plan: (t) => get('/api/v2/me', { 'circle-token': t.secret }),
    judge: byStatus([401], whose('user', 'login')),
  },
  {
    family: 'SQUARE',
    rules: ['square-access-token'],
    base: 'https://connect.squareup.com',
    plan: (t) => get('/v2/locations', bearer(t.secret)),
    judge: byStatus([401], () => 'can list locations', [403]),
  },
  {
    family: 'PULUMI',
    rules: ['pulumi-access-token'],
    base: 'https://api.pulumi.com',
    plan: (t) => get('/api/user', { authorization: `token ${t.secret}`, accept: 'application/vnd.pulumi+8' }),
    judge: byStatus([401], whose('user', 'githubLogin')),
  },
  {
    family: 'TERRAFORM',
    rules: ['terraform-cloud-token'],
    base: 'https://app.terraform.io',
    plan: (t) => get('/api/v2/account/details', { ...bearer(t.secret), 'content-type': 'application/vnd.api+json' }),
    judge: byStatus([401], whose('user', 'data.attributes.username')),
  },
  {
    family: 'XAI',
    rules: ['xai-api-key'],
    base: 'https://api.x.ai',
    plan: (t) => get('/v1/api-key', bearer(t.secret)),
    judge: (res) => (res.status === 400 && /incorrect api key|invalid api key/i.test(res.body) ? { status: 'revoked', detail: 'rejected (incorrect API key)' } : byStatus([401], whose('key', 'name'))(res)),
  },
  {
    family: 'CONTENTFUL',
    rules: ['contentful-pat'],
    base: 'https://api.contentful.com',
    plan: (t) => get('/users/me', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'sys.id')),
  },
  {
    family: 'TYPEFORM',
    rules: ['typeform-token'],
    base: 'https://api.typeform.com',
    plan: (t) => get('/me', bearer(t.secret)),
    judge: byStatus([401], whose('user', 'alias')),
  },
];

const NEVER_DIALLED = 'not verified by design: leakguard never logs in to a database or server';
const NO_PYPI_CHECK = 'PyPI has no read-only way to check an upload token (a check would have to attempt an upload)';
const NOT_VERIFIED = new Map([
  ['url-credentials', NEVER_DIALLED],
  ['connection-string-password', NEVER_DIALLED],
  ['pgpass-password', NEVER_DIALLED],
  ['pgpass-file-password', NEVER_DIALLED],
  ['netrc-password', NEVER_DIALLED],
  ['pypi-upload-token', NO_PYPI_CHECK],
  ['pypi-test-token', NO_PYPI_CHECK],
]);

/** Why a credential is never checked (dialling a database or a server is not a read-only HTTP call), if it is not. */
export function notVerifiedReason(ruleId: string, playbook: string): string | undefined {
  return NOT_VERIFIED.get(ruleId) ?? (playbook === 'database' ? NEVER_DIALLED : undefined);
}

function azureAccount(t: VerifyTarget): string | undefined {
  return /AccountName\s{0,3}=\s{0,3}([a-z0-9]{3,24})/i.exec(t.context)?.[1]?.toLowerCase();
}

interface AwsPair {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** How many candidates of the other half are tried, nearest first. */
const MAX_PAIR_CANDIDATES = 4;
const AWS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/;

/** The pairs to try for an AWS key id or secret key, nearest other half first, or why there are none. */
function awsPairs(t: VerifyTarget): AwsPair[] | string {
  const isId = AWS_KEY_ID.test(t.secret);
  const others = (t.nearby.get(isId ? 'aws-secret-access-key' : 'aws-access-key-id') ?? []).slice(0, MAX_PAIR_CANDIDATES).map((n) => n.secret);
  if (!others.length) return 'needs both halves: the access key id (AKIA…/ASIA…) and its secret access key in the same file';
  const token = t.nearby.get('aws-session-token')?.[0]?.secret;
  const pairs: AwsPair[] = [];
  for (const other of others) {
    const pair: AwsPair = isId ? { accessKeyId: t.secret, secretAccessKey: other } : { accessKeyId: other, secretAccessKey: t.secret };
    // A temporary key (ASIA…) is only valid with its session token: without one, STS would say
    // InvalidClientTokenId for a live key.
    if (pair.accessKeyId.startsWith('ASIA')) {
      if (!token) continue;
      pair.sessionToken = token;
    }
    pairs.push(pair);
  }
  return pairs.length ? pairs : 'unknown: a temporary key (ASIA…) needs its session token (AWS_SESSION_TOKEN) beside it, and none was found';
}

/** The kind of a Slack webhook URL around the secret: incoming webhooks are /services/. */
function slackWebhookKind(t: VerifyTarget): 'services' | 'workflows' | 'triggers' | 'unknown' {
  const at = t.context.indexOf(t.secret);
  const m = /hooks\.slack\.com\/(services|workflows|triggers)\/$/.exec(t.context.slice(Math.max(0, at - 40), at));
  return (m?.[1] as 'services' | 'workflows' | 'triggers' | undefined) ?? 'unknown';
}

/** Datadog's sites (https://docs.datadoghq.com/getting_started/site/), the oldest and largest first. */
const DATADOG_SITES = ['datadoghq.com', 'datadoghq.eu', 'us3.datadoghq.com', 'us5.datadoghq.com', 'ap1.datadoghq.com', 'ap2.datadoghq.com', 'ddog-gov.com'];

/** The Datadog site the text beside the key names (DD_SITE, an API or app URL), if it names exactly one. */
function datadogSite(t: VerifyTarget): string | undefined {
  const named = new Set<string>();
  for (const m of t.surroundings.toLowerCase().matchAll(/\b((?:us3\.|us5\.|ap1\.|ap2\.)?datadoghq\.(?:com|eu)|ddog-gov\.com)\b/g)) named.add(m[1]!);
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The host of a self-hosted GitHub or GitLab named beside the credential: a variable that names the
 * instance (GH_HOST, GITHUB_SERVER_URL, GITLAB_URL, CI_SERVER_URL, gitlab_host…) or a URL whose host
 * names the product (https://gitlab.acme.internal), when it is not the public service.
 */
export function selfHostedHost(t: VerifyTarget, product: 'github' | 'gitlab', publicHosts: Set<string>): string | undefined {
  const text = t.surroundings || t.context;
  // GitLab's instance token prefix (`ACME-glpat-…`, `acmeglptt-…`) exists only on self-managed instances; gitlab.com
  // tokens start with `gl` itself. The captured secret starts at `gl`, so what precedes it names the instance.
  if (product === 'gitlab') {
    const at = t.context.indexOf(t.secret);
    if (at > 0 && /[A-Za-z0-9]$|[A-Za-z0-9]-$/.test(t.context.slice(Math.max(0, at - 2), at))) return '<your GitLab host: the token has an instance prefix>';
  }
  const prefix = product === 'github' ? '(?:gh|github|ghe)' : '(?:gl|gitlab|ci_server|ci_api_v4)';
  const named = new RegExp(`\\b${prefix}[\\w.-]{0,24}?(?:host|url|server|domain|endpoint|base|instance|api)\\w{0,12}["']?\\s{0,3}[:=]\\s{0,3}["']?(?:https?://)?([a-z0-9][a-z0-9.-]{0,120}[a-z0-9])`, 'gi');
  const urls = /\bhttps?:\/\/(?:[^\s/@]{1,200}@)?([a-z0-9][a-z0-9.-]{0,120}[a-z0-9])/gi;
  const hosts = [...[...text.matchAll(named)].map((m) => m[1]!), ...[...text.matchAll(urls)].map((m) => m[1]!).filter((h) => h.toLowerCase().includes(product))];
  for (const raw of hosts) {
    const host = raw.toLowerCase();
    if (!host.includes('.') && host !== 'localhost') continue; // a word, not a host
    if (publicHosts.has(host) || host.endsWith(`.${product}.io`) || host.endsWith('.githubusercontent.com')) continue;
    return host;
  }
  return undefined;
}

/** The requests a verifier would make for a credential, in order, or why it makes none. */
export function attemptsFor(v: Verifier, t: VerifyTarget): Attempt[] | string {
  if (v.attempts) return v.attempts(t);
  const plan = v.plan!(t);
  return typeof plan === 'string' ? plan : [{ plan }];
}

const byRule = new Map<string, Verifier>();
for (const v of verifiers) for (const r of v.rules) byRule.set(r, v);

export function verifierFor(ruleId: string): Verifier | undefined {
  return byRule.get(ruleId);
}

/** Every family's override variable, for the README and `leakguard verify --help`. */
export function overrideNames(): string[] {
  return [...new Set(verifiers.map((v) => `LEAKGUARD_VERIFY_${v.family}_URL`))];
}
