import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { fake } from '../../src/rules/fake.js';
import type { Finding } from '../../src/detect/types.js';
import { verifyFindings } from '../../src/verify/index.js';
import { attemptsFor, verifiers, type Attempt } from '../../src/verify/providers.js';
import { authorization, canonicalRequest } from '../../src/verify/sigv4.js';
import { MockProviders, type Answer, type Seen } from '../helpers/mock-providers.js';
import type { HttpResponse } from '../../src/verify/http.js';

/** One verifier's contract: the text that holds the credential, the request the provider expects, its answers. */
interface Case {
  family: string;
  rule: string;
  /** Text to find the credential in (default: the rule's own first true-positive example). */
  text?: () => string;
  method: 'GET' | 'POST';
  path: (secret: string) => string;
  /** The credential sits where the provider expects it (header, basic auth, signature). */
  auth: (req: Seen, secret: string, all: Finding[]) => boolean;
  live: Answer;
  revoked: Answer;
  /** What the live detail must say (from the provider's answer). */
  detail?: RegExp;
}

const h = (req: Seen, name: string) => String(req.headers[name] ?? '');
const bearer = (req: Seen, s: string) => h(req, 'authorization') === `Bearer ${s}`;
const basicAuth = (req: Seen, user: string, pass: string) => h(req, 'authorization') === `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
const json = (o: unknown, status = 200): Answer => ({ status, body: JSON.stringify(o) });
const hex = (n: number) => fake.hex(n);

/** Azure Shared Key, recomputed here from Microsoft's description, independently of src/verify/azure.ts. */
function azureSignatureOk(req: Seen, account: string, key: string): boolean {
  const url = new URL(req.path, 'http://x');
  const ms = Object.keys(req.headers).filter((k) => k.startsWith('x-ms-')).sort().map((k) => `${k}:${h(req, k)}\n`).join('');
  const params = [...url.searchParams.keys()].sort().map((k) => `\n${k}:${url.searchParams.get(k)}`).join('');
  const toSign = `GET${'\n'.repeat(12)}${ms}/${account}/azure_storage${url.pathname}${params}`;
  const sig = createHmac('sha256', Buffer.from(key, 'base64')).update(toSign).digest('base64');
  return h(req, 'authorization') === `SharedKey ${account}:${sig}`;
}

/** AWS checks the signature with the secret key it holds for the key id. */
function awsSignatureOk(req: Seen, id: string, secret: string): boolean {
  const date = h(req, 'x-amz-date');
  if (!/^\d{8}T\d{6}Z$/.test(date)) return false;
  const expected = authorization({ method: req.method, host: h(req, 'host'), path: `/aws${req.path}`, query: '', headers: { host: h(req, 'host'), 'content-type': h(req, 'content-type'), 'x-amz-date': date }, body: req.body }, { accessKeyId: id, secretAccessKey: secret }, 'us-east-1', 'sts', date);
  return h(req, 'authorization') === expected && req.body === 'Action=GetCallerIdentity&Version=2011-06-15';
}

const secretOf = (all: Finding[], rule: string) => all.find((f) => f.ruleId === rule)?.secret ?? '';

const cases: Case[] = [
  { family: 'GITHUB', rule: 'github-ghp', method: 'GET', path: () => '/user', auth: bearer, live: { status: 200, body: '{"login":"octocat"}', headers: { 'x-oauth-scopes': 'repo, gist' } }, revoked: { status: 401 }, detail: /user octocat; scopes: repo, gist/ },
  { family: 'GITHUB', rule: 'github-ghs', method: 'GET', path: () => '/installation/repositories?per_page=1', auth: bearer, live: json({ total_count: 3 }), revoked: { status: 401 }, detail: /3 repositories/ },
  { family: 'GITLAB', rule: 'gitlab-pat', method: 'GET', path: () => '/api/v4/user', auth: (r, s) => h(r, 'private-token') === s, live: json({ username: 'dev' }), revoked: { status: 401 }, detail: /user dev/ },
  { family: 'SLACK', rule: 'slack-bot-token', method: 'POST', path: () => '/api/auth.test', auth: bearer, live: json({ ok: true, team: 'acme', user: 'deploybot' }), revoked: json({ ok: false, error: 'invalid_auth' }), detail: /team acme, user deploybot/ },
  { family: 'SLACK_WEBHOOK', rule: 'slack-webhook-url', method: 'POST', path: (s) => `/services/${s}`, auth: (r) => r.body === '{}', live: { status: 400, body: 'no_text' }, revoked: { status: 404, body: 'no_service' }, detail: /nothing posted/ },
  { family: 'STRIPE', rule: 'stripe-secret-key', method: 'GET', path: () => '/v1/account', auth: bearer, live: json({ id: 'acct_1' }), revoked: { status: 401 }, detail: /account acct_1/ },
  { family: 'OPENAI', rule: 'openai-api-key', method: 'GET', path: () => '/v1/models', auth: bearer, live: json({ data: [] }), revoked: { status: 401 } },
  { family: 'ANTHROPIC', rule: 'anthropic-api-key', method: 'GET', path: () => '/v1/models?limit=1', auth: (r, s) => h(r, 'x-api-key') === s && h(r, 'anthropic-version') === '2023-06-01', live: json({ data: [] }), revoked: { status: 401 } },
  {
    family: 'AWS',
    rule: 'aws-access-key-id',
    text: () => `aws_access_key_id = AKIA${fake.upper(16)}\naws_secret_access_key = ${fake.alnum(30)}/${fake.alnum(9)}\n`,
    method: 'POST',
    path: () => '/',
    auth: (r, _s, all) => awsSignatureOk(r, secretOf(all, 'aws-access-key-id'), secretOf(all, 'aws-secret-access-key')),
    live: { status: 200, body: '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>' },
    revoked: { status: 403, body: '<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>' },
    detail: /arn:aws:iam::123456789012:user\/ci/,
  },
  { family: 'NPM', rule: 'npm-access-token', method: 'GET', path: () => '/-/whoami', auth: bearer, live: json({ username: 'publisher' }), revoked: { status: 401 }, detail: /user publisher/ },
  { family: 'SENDGRID', rule: 'sendgrid-api-key', method: 'GET', path: () => '/v3/scopes', auth: bearer, live: json({ scopes: ['mail.send', 'user.profile.read'] }), revoked: { status: 401 }, detail: /2 scopes, can send mail/ },
  {
    family: 'TWILIO',
    rule: 'twilio-auth-token',
    text: () => `twilio_auth_token = "${hex(32)}"  # account AC${hex(32)}\n`,
    method: 'GET',
    path: () => '/2010-04-01/Accounts/',
    auth: (r, s) => {
      const sid = /Accounts\/(AC[0-9a-f]{32})\.json$/.exec(r.path)?.[1];
      return !!sid && basicAuth(r, sid, s);
    },
    live: json({ friendly_name: 'Acme' }),
    revoked: { status: 401 },
    detail: /account Acme/,
  },
  { family: 'MAILGUN', rule: 'mailgun-private-key', method: 'GET', path: () => '/v3/domains?limit=1', auth: (r, s) => basicAuth(r, 'api', s), live: json({ total_count: 2 }), revoked: { status: 401 }, detail: /2 domains/ },
  { family: 'MAILCHIMP', rule: 'mailchimp-api-key', method: 'GET', path: () => '/3.0/', auth: (r, s) => basicAuth(r, 'leakguard', s), live: json({ account_name: 'Acme' }), revoked: { status: 401 }, detail: /account Acme/ },
  { family: 'DIGITALOCEAN', rule: 'digitalocean-pat', method: 'GET', path: () => '/v2/account', auth: bearer, live: json({ account: { status: 'active' } }), revoked: { status: 401 }, detail: /account active/ },
  { family: 'HEROKU', rule: 'heroku-api-key-v2', method: 'GET', path: () => '/account', auth: (r, s) => bearer(r, s) && h(r, 'accept').includes('version=3'), live: json({ name: 'ops' }), revoked: { status: 401 }, detail: /ops/ },
  { family: 'DISCORD', rule: 'discord-bot-token', method: 'GET', path: () => '/api/v10/users/@me', auth: (r, s) => h(r, 'authorization') === `Bot ${s}`, live: json({ username: 'helper' }), revoked: { status: 401 }, detail: /bot helper/ },
  { family: 'DISCORD_WEBHOOK', rule: 'discord-webhook-url', method: 'GET', path: (s) => `/api/webhooks/${s}`, auth: (r) => r.body === '', live: json({ name: 'alerts' }), revoked: json({ message: 'Unknown Webhook', code: 10015 }, 404), detail: /webhook alerts/ },
  { family: 'TELEGRAM', rule: 'telegram-bot-token', method: 'GET', path: (s) => `/bot${encodeURIComponent(s)}/getMe`, auth: () => true, live: json({ ok: true, result: { username: 'acme_bot' } }), revoked: { status: 401 }, detail: /@acme_bot/ },
  { family: 'HUGGINGFACE', rule: 'huggingface-token', method: 'GET', path: () => '/api/whoami-v2', auth: bearer, live: json({ name: 'ml-team' }), revoked: { status: 401 }, detail: /ml-team/ },
  { family: 'POSTMAN', rule: 'postman-api-key', method: 'GET', path: () => '/me', auth: (r, s) => h(r, 'x-api-key') === s, live: json({ user: { username: 'qa' } }), revoked: { status: 401 }, detail: /user qa/ },
  { family: 'LINEAR', rule: 'linear-api-key', method: 'POST', path: () => '/graphql', auth: (r, s) => h(r, 'authorization') === s && r.body.includes('viewer'), live: json({ data: { viewer: { name: 'Ada' } } }), revoked: json({ errors: [{ extensions: { code: 'AUTHENTICATION_ERROR' } }] }, 400), detail: /user Ada/ },
  { family: 'NOTION', rule: 'notion-integration-token', method: 'GET', path: () => '/v1/users/me', auth: (r, s) => bearer(r, s) && h(r, 'notion-version') === '2022-06-28', live: json({ name: 'Docs bot' }), revoked: { status: 401 }, detail: /Docs bot/ },
  { family: 'DATADOG', rule: 'datadog-api-key', method: 'GET', path: () => '/api/v1/validate', auth: (r, s) => h(r, 'dd-api-key') === s, live: json({ valid: true }), revoked: { status: 403 }, detail: /valid API key/ },
  { family: 'NEWRELIC', rule: 'newrelic-user-key', method: 'POST', path: () => '/graphql', auth: (r, s) => h(r, 'api-key') === s && r.body.includes('actor'), live: json({ data: { actor: { user: { name: 'Grace' } } } }), revoked: { status: 401 }, detail: /user Grace/ },
  { family: 'SENTRY', rule: 'sentry-user-token', method: 'GET', path: () => '/api/0/', auth: bearer, live: json({ user: { username: 'sre' } }), revoked: { status: 401 }, detail: /user sre/ },
  {
    family: 'SHOPIFY',
    rule: 'shopify-access-token',
    text: () => `shopify: { shop: "acme-store.myshopify.com", token: "${fake.join('shpat_', hex(32))}" }\n`,
    method: 'GET',
    path: () => '/admin/api/2024-10/shop.json',
    auth: (r, s) => h(r, 'x-shopify-access-token') === s,
    live: json({ shop: { name: 'Acme Store' } }),
    revoked: { status: 401 },
    detail: /shop Acme Store/,
  },
  { family: 'DOPPLER', rule: 'doppler-token', method: 'GET', path: () => '/v3/me', auth: bearer, live: json({ type: 'service_token', workplace: { name: 'acme' } }), revoked: { status: 401 }, detail: /service_token of acme/ },
  { family: 'GOOGLE', rule: 'gcp-api-key', method: 'GET', path: (s) => `/v1beta/models?pageSize=1&key=${s}`, auth: () => true, live: json({ models: [] }), revoked: json({ error: { status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } }, 400) },
  { family: 'GOOGLE_OAUTH', rule: 'gcp-oauth-access-token', method: 'GET', path: (s) => `/tokeninfo?access_token=${s}`, auth: () => true, live: json({ email: 'ci@acme.iam.gserviceaccount.com', expires_in: '3000' }), revoked: json({ error: 'invalid_token', error_description: 'Invalid Value' }, 400), detail: /ci@acme\.iam\.gserviceaccount\.com/ },
  { family: 'VERCEL', rule: 'vercel-token', method: 'GET', path: () => '/v2/user', auth: bearer, live: json({ user: { username: 'dev' } }), revoked: json({ error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } }, 403), detail: /user dev/ },
  {
    family: 'AZURE_STORAGE',
    rule: 'azure-storage-account-key',
    text: () => `DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net\n`,
    method: 'GET',
    path: () => '/?comp=list&maxresults=1',
    auth: (r, s) => azureSignatureOk(r, 'acmestore', s),
    live: { status: 200, body: '<EnumerationResults/>' },
    revoked: { status: 403, body: '<Error><Code>AuthenticationFailed</Code></Error>' },
    detail: /list containers/,
  },
  { family: 'CLOUDFLARE', rule: 'cloudflare-api-token', method: 'GET', path: () => '/client/v4/user/tokens/verify', auth: bearer, live: json({ success: true, result: { status: 'active' } }), revoked: { status: 401 }, detail: /active token/ },
  { family: 'MAPBOX', rule: 'mapbox-secret-token', method: 'GET', path: (s) => `/tokens/v2?access_token=${s}`, auth: () => true, live: json({ code: 'TokenValid', token: { user: 'maps' } }), revoked: json({ code: 'TokenInvalid' }, 401), detail: /user maps/ },
  { family: 'AIRTABLE', rule: 'airtable-token', method: 'GET', path: () => '/v0/meta/whoami', auth: bearer, live: json({ id: 'usr1' }), revoked: { status: 401 }, detail: /user usr1/ },
  { family: 'FIGMA', rule: 'figma-pat', method: 'GET', path: () => '/v1/me', auth: (r, s) => h(r, 'x-figma-token') === s, live: json({ handle: 'designer' }), revoked: json({ status: 403, err: 'Invalid token' }, 403), detail: /user designer/ },
  { family: 'GROQ', rule: 'groq-api-key', method: 'GET', path: () => '/openai/v1/models', auth: bearer, live: json({ data: [] }), revoked: { status: 401 } },
  { family: 'REPLICATE', rule: 'replicate-api-token', method: 'GET', path: () => '/v1/account', auth: bearer, live: json({ username: 'ml' }), revoked: { status: 401 }, detail: /user ml/ },
  { family: 'NETLIFY', rule: 'netlify-pat', method: 'GET', path: () => '/api/v1/user', auth: bearer, live: json({ slug: 'web' }), revoked: { status: 401 }, detail: /user web/ },
  { family: 'DROPBOX', rule: 'dropbox-short-lived-token', method: 'POST', path: () => '/2/users/get_current_account', auth: (r, s) => bearer(r, s) && r.body === 'null', live: json({ account_id: 'dbid:1' }), revoked: { status: 401 }, detail: /account dbid:1/ },
  { family: 'BUILDKITE', rule: 'buildkite-token', method: 'GET', path: () => '/v2/access-token', auth: bearer, live: json({ scopes: ['read_builds'] }), revoked: { status: 401 }, detail: /read_builds/ },
  { family: 'CIRCLECI', rule: 'circleci-personal-token', method: 'GET', path: () => '/api/v2/me', auth: (r, s) => h(r, 'circle-token') === s, live: json({ login: 'ci' }), revoked: { status: 401 }, detail: /user ci/ },
  { family: 'SQUARE', rule: 'square-access-token', method: 'GET', path: () => '/v2/locations', auth: bearer, live: json({ locations: [] }), revoked: { status: 401 } },
  { family: 'PULUMI', rule: 'pulumi-access-token', method: 'GET', path: () => '/api/user', auth: (r, s) => h(r, 'authorization') === `token ${s}`, live: json({ githubLogin: 'infra' }), revoked: { status: 401 }, detail: /user infra/ },
  { family: 'TERRAFORM', rule: 'terraform-cloud-token', method: 'GET', path: () => '/api/v2/account/details', auth: bearer, live: json({ data: { attributes: { username: 'tf' } } }), revoked: { status: 401 }, detail: /user tf/ },
  { family: 'XAI', rule: 'xai-api-key', method: 'GET', path: () => '/v1/api-key', auth: bearer, live: json({ name: 'prod' }), revoked: { status: 401 }, detail: /key prod/ },
  { family: 'CONTENTFUL', rule: 'contentful-pat', method: 'GET', path: () => '/users/me', auth: bearer, live: json({ sys: { id: 'u1' } }), revoked: { status: 401 }, detail: /user u1/ },
  { family: 'TYPEFORM', rule: 'typeform-token', method: 'GET', path: () => '/me', auth: bearer, live: json({ alias: 'forms' }), revoked: { status: 401 }, detail: /user forms/ },
];

/** A real finding (with its in-memory secret) from the rule's own example or the case's text. */
function findingsFor(c: Case): Finding[] {
  const rule = builtinRules.find((r) => r.id === c.rule);
  if (!rule) throw new Error(`no rule ${c.rule}`);
  const text = c.text ? c.text() : rule.tps().join('\n');
  return scanText('config/settings.txt', text);
}

describe('verifiers: one read-only request per credential, judged like the provider answers', () => {
  const mock = new MockProviders();
  const state = new Map<string, 'live' | 'revoked' | 'limited'>();
  let current: { c: Case; secret: string; all: Finding[] } | undefined;
  beforeAll(async () => {
    await mock.start();
    for (const family of new Set(cases.map((c) => c.family))) {
      mock.on(family, (req) => {
        const cur = current;
        if (!cur || cur.c.family.toLowerCase() !== req.family) return { status: 599, body: 'unexpected family' };
        const { c, secret, all } = cur;
        if (req.method !== c.method || !req.path.startsWith(c.path(secret)) || !c.auth(req, secret, all)) return { status: 418, body: 'request not as the provider expects' };
        const mode = state.get(c.rule);
        return mode === 'live' ? c.live : mode === 'revoked' ? c.revoked : { status: 429, body: 'slow down' };
      });
    }
  });
  afterAll(() => mock.close());

  it('covers at least 30 providers, each with a case here', () => {
    const families = new Set(verifiers.map((v) => v.family));
    expect(families.size).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.family))).toEqual(families);
  });

  it.each(cases.map((c) => [c.rule, c] as const))('%s: live, revoked, rate limited', async (_name, c) => {
    const env = { ...mock.env([c.family]) };
    for (const mode of ['live', 'revoked', 'limited'] as const) {
      const all = findingsFor(c);
      const target = all.find((f) => f.ruleId === c.rule);
      expect(target, `the example text yields a ${c.rule} finding`).toBeDefined();
      current = { c, secret: target!.secret!, all };
      state.set(c.rule, mode);
      const before = mock.seen.length;
      // The credential, and the other half of a pair where it takes two.
      await verifyFindings([target!, ...all.filter((f) => f.ruleId === 'aws-secret-access-key')], { env, timeoutMs: 5000 });
      const v = target!.verification!;
      expect(v, `${c.rule} ${mode}`).toBeDefined();
      expect(mock.seen.length - before, 'one request per distinct credential').toBe(1);
      expect(v.status, `${c.rule} ${mode}: ${v.detail}`).toBe(mode === 'limited' ? 'unknown' : mode);
      if (mode === 'live' && c.detail) expect(v.detail).toMatch(c.detail);
      if (mode === 'limited') expect(v.detail).toMatch(/rate limited/);
      expect(v.detail).not.toContain(target!.secret!);
      expect(Date.parse(v.checkedAt)).toBeGreaterThan(0);
    }
  });

  it('without an override, every request goes to the provider\'s own https host, whatever the secret holds', () => {
    for (const c of cases) {
      const all = findingsFor(c);
      const t = all.find((f) => f.ruleId === c.rule)!;
      const v = verifiers.find((x) => x.rules.includes(c.rule))!;
      const nearby = new Map([[c.rule === 'aws-access-key-id' ? 'aws-secret-access-key' : 'x', [{ secret: secretOf(all, 'aws-secret-access-key'), line: 2 }]]]);
      const target = { secret: t.secret!, nearby, context: t.around ?? t.context, surroundings: t.surroundings ?? '' };
      const attempts = attemptsFor(v, target);
      expect(typeof attempts, c.rule).toBe('object');
      for (const a of attempts as Attempt[]) {
        const base = a.base ?? (typeof v.base === 'string' ? v.base : v.base(target)!);
        const url = new URL(`${base}${a.plan.path}`);
        expect(url.protocol).toBe('https:');
        expect(url.origin).toBe(new URL(base).origin);
        expect(url.hostname).toMatch(/(^|\.)(github\.com|gitlab\.com|slack\.com|stripe\.com|openai\.com|anthropic\.com|amazonaws\.com|npmjs\.org|sendgrid\.com|twilio\.com|mailgun\.net|mailchimp\.com|digitalocean\.com|heroku\.com|discord\.com|telegram\.org|huggingface\.co|getpostman\.com|linear\.app|notion\.com|datadoghq\.(com|eu)|ddog-gov\.com|newrelic\.com|sentry\.io|myshopify\.com|doppler\.com|googleapis\.com|windows\.net|cloudflare\.com|mapbox\.com|airtable\.com|figma\.com|groq\.com|replicate\.com|netlify\.com|dropboxapi\.com|buildkite\.com|circleci\.com|squareup\.com|pulumi\.com|terraform\.io|x\.ai|contentful\.com|typeform\.com|vercel\.com)$/);
      }
    }
  });

  it('says why when a pair is incomplete or a credential is not verified by design', async () => {
    const idOnly = scanText('a.env', `AWS_ACCESS_KEY_ID=AKIA${fake.upper(16)}\n`);
    const db = scanText('a.env', `DATABASE_URL=postgres://app:${fake.alnum(20)}@db.internal:5432/app\n`);
    const before = mock.seen.length;
    await verifyFindings([...idOnly, ...db], { env: mock.env(['AWS']) });
    expect(idOnly[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/needs both halves/) });
    expect(db[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/not verified by design/) });
    expect(mock.seen.length).toBe(before);
  });
});

describe('manners: concurrency per provider, one request per distinct credential', () => {
  it('keeps at most two requests in flight per provider and asks once for a credential found twice', async () => {
    const mock = await new MockProviders().start();
    // Each request is held open until the test answers it, and counted out exactly when answered:
    // the client can only send its next request after that, so the count is its true concurrency.
    let inFlight = 0;
    let most = 0;
    mock.on('GITHUB', () => {
      inFlight++;
      most = Math.max(most, inFlight);
      const answered = new Promise<void>((r) => setTimeout(r, 40)).then(() => void inFlight--);
      return { status: 200, body: '{"login":"x"}', hold: answered };
    });
    try {
      const tokens = Array.from({ length: 6 }, () => fake.checksummed('ghp_'));
      const findings = tokens.flatMap((t, i) => [...scanText(`a${i}.js`, `const t = "${t}";\n`), ...scanText(`copy${i}.js`, `const t = "${t}";\n`)]);
      expect(findings).toHaveLength(12);
      const summary = await verifyFindings(findings, { env: mock.env(['GITHUB']) });
      expect(summary).toMatchObject({ live: 12, requests: 6 });
      expect(mock.seen).toHaveLength(6);
      expect(most).toBe(2);
      expect(mock.seen.every((r) => /^leakguard\/\S+ \(secret verification/.test(String(r.headers['user-agent'])))).toBe(true);
    } finally {
      await mock.close();
    }
  });
});

describe('AWS Signature Version 4 against AWS\'s published examples', () => {
  // Secret keys from AWS's documentation, assembled here so no key-shaped literal sits in the source.
  const docKey = (sep: string) => ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join(sep === '+' ? '/' : '/').replace('K7MDENG/', `K7MDENG${sep}`);

  it('get-vanilla (signature-v4 test suite)', () => {
    const req = { method: 'GET', host: 'example.amazonaws.com', path: '/', query: '', headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' }, body: '' };
    expect(authorization(req, { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: docKey('+') }, 'us-east-1', 'service', '20150830T123600Z')).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('S3 GET Object example (header-based authentication)', () => {
    const empty = createHash('sha256').update('').digest('hex');
    const req = { method: 'GET', host: 'examplebucket.s3.amazonaws.com', path: '/test.txt', query: '', headers: { host: 'examplebucket.s3.amazonaws.com', range: 'bytes=0-9', 'x-amz-content-sha256': empty, 'x-amz-date': '20130524T000000Z' }, body: '' };
    expect(createHash('sha256').update(canonicalRequest(req).text).digest('hex')).toBe('7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(authorization(req, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: docKey('/') }, 'us-east-1', 's3', '20130524T000000Z')).toMatch(/Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41$/);
  });
});

/** Findings in one text, as a file scan would give them. */
const scanOne = (path: string, text: string) => scanText(path, text);

describe('never "revoked" when the answer is not about that credential', () => {
  const mock = new MockProviders();
  beforeAll(() => mock.start());
  afterAll(() => mock.close());
  const sent = () => mock.seen.length;

  it('two AWS profiles in one credentials file, both live: each key id is paired with its own secret key', async () => {
    const pairs = [0, 1].map(() => ({ id: `AKIA${fake.upper(16)}`, secret: `${fake.alnum(30)}/${fake.alnum(9)}` }));
    mock.on('AWS', (r) => {
      const id = /Credential=(\w+)\//.exec(h(r, 'authorization'))?.[1];
      const pair = pairs.find((p) => p.id === id);
      if (!pair) return { status: 403, body: '<Error><Code>InvalidClientTokenId</Code></Error>' };
      return awsSignatureOk(r, pair.id, pair.secret) ? { status: 200, body: `<Arn>arn:aws:iam::1:user/${id!.slice(-4)}</Arn>` } : { status: 403, body: '<Error><Code>SignatureDoesNotMatch</Code></Error>' };
    });
    const text = `[default]\naws_access_key_id = ${pairs[0]!.id}\naws_secret_access_key = ${pairs[0]!.secret}\n\n[prod]\naws_access_key_id = ${pairs[1]!.id}\naws_secret_access_key = ${pairs[1]!.secret}\n`;
    const all = scanOne('.aws/credentials', text).filter((f) => f.ruleId.startsWith('aws-'));
    expect(all.map((f) => f.ruleId)).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'aws-access-key-id', 'aws-secret-access-key']);
    await verifyFindings(all, { env: mock.env(['AWS']) });
    expect(all.map((f) => f.verification!.status)).toEqual(['live', 'live', 'live', 'live']);
    // The prod key id sits nearer its own secret than default's: one request for each real pair, no wrong pairing tried.
    expect(mock.seen.filter((r) => r.family === 'aws')).toHaveLength(2);

    // Written the other way round (secret keys first), the nearest pairing is wrong for one of them: the next is tried.
    mock.seen.length = 0;
    const swapped = scanOne('deploy/keys.env', `A=${pairs[0]!.id}\nB=${pairs[1]!.id}\naws_secret_access_key=${pairs[1]!.secret}\n\n\n\naws_secret_access_key=${pairs[0]!.secret}\n`).filter((f) => f.ruleId.startsWith('aws-'));
    await verifyFindings(swapped, { env: mock.env(['AWS']) });
    expect(swapped.map((f) => f.verification!.status)).toEqual(['live', 'live', 'live', 'live']);
  });

  it('an AWS key id whose only secret key beside it is not its pair is unknown ("key id valid, secret not matched"), never revoked', async () => {
    const id = `AKIA${fake.upper(16)}`;
    mock.on('AWS', () => ({ status: 403, body: '<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code></Error></ErrorResponse>' }));
    const all = scanOne('a.ini', `aws_access_key_id = ${id}\naws_secret_access_key = ${fake.alnum(30)}/${fake.alnum(9)}\n`);
    await verifyFindings(all, { env: mock.env(['AWS']) });
    for (const f of all.filter((x) => x.ruleId.startsWith('aws-'))) expect(f.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/key id valid, secret not matched/) });
  });

  it('an AWS temporary key (ASIA…) is checked with its session token, and not at all without one', async () => {
    const id = `ASIA${fake.upper(16)}`;
    const secret = `${fake.alnum(30)}/${fake.alnum(9)}`;
    const token = `IQoJb3JpZ2luX2Vj${fake.base64(300)}`;
    mock.on('AWS', (r) => {
      if (h(r, 'x-amz-security-token') !== token || !h(r, 'authorization').includes('x-amz-security-token')) return { status: 403, body: '<Error><Code>InvalidClientTokenId</Code></Error>' };
      return { status: 200, body: '<Arn>arn:aws:sts::1:assumed-role/ci/session</Arn>' };
    });
    const before = sent();
    const without = scanOne('a.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    await verifyFindings(without, { env: mock.env(['AWS']) });
    expect(without[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/needs its session token/) });
    expect(sent()).toBe(before);
    const withToken = scanOne('a.env', `AWS_ACCESS_KEY_ID=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\nAWS_SESSION_TOKEN=${token}\n`);
    await verifyFindings(withToken, { env: mock.env(['AWS']) });
    expect(withToken.find((f) => f.ruleId === 'aws-access-key-id')!.verification).toMatchObject({ status: 'live', detail: expect.stringMatching(/assumed-role/) });
  });

  it('a Slack workflow or trigger webhook is never posted to (it would start the workflow)', async () => {
    mock.on('SLACK_WEBHOOK', () => ({ status: 404, body: 'no_service' }));
    const before = sent();
    for (const kind of ['workflows', 'triggers']) {
      const all = scanOne('a.js', `const hook = "https://hooks.slack.com/${kind}/T${fake.upperAlnum(10)}/A${fake.upperAlnum(10)}/${fake.alnum(24)}";\n`);
      expect(all[0]?.ruleId).toBe('slack-webhook-url');
      await verifyFindings(all, { env: mock.env(['SLACK_WEBHOOK']) });
      expect(all[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/would start its workflow/) });
    }
    expect(sent()).toBe(before);
  });

  it('a Datadog key of the EU site is live, whether the text names the site or not; "revoked" only when every site refuses it', async () => {
    const key = fake.hex(32);
    mock.on('DATADOG', (r) => (r.path.startsWith('/api.datadoghq.eu/api/v1/validate') && h(r, 'dd-api-key') === key ? json({ valid: true }) : json({ errors: ['Forbidden'] }, 403)));
    const env = { LEAKGUARD_VERIFY_DATADOG_URL: `${mock.url('DATADOG')}/{host}` };
    const hosts = () => mock.seen.filter((r) => r.family === 'datadog').map((r) => r.path.split('/')[1]);

    mock.seen.length = 0;
    const unnamed = scanOne('a.env', `DATADOG_API_KEY=${key}\n`);
    await verifyFindings(unnamed, { env });
    expect(unnamed[0]!.verification).toMatchObject({ status: 'live' });
    expect(hosts()).toEqual(['api.datadoghq.com', 'api.datadoghq.eu']);

    mock.seen.length = 0;
    const named = scanOne('a.env', `DD_SITE=datadoghq.eu\nDATADOG_API_KEY=${key}\n`);
    await verifyFindings(named, { env });
    expect(named[0]!.verification).toMatchObject({ status: 'live' });
    expect(hosts()).toEqual(['api.datadoghq.eu']);

    mock.seen.length = 0;
    const dead = scanOne('a.env', `DATADOG_API_KEY=${fake.hex(32)}\n`);
    await verifyFindings(dead, { env });
    expect(dead[0]!.verification).toMatchObject({ status: 'revoked', detail: expect.stringMatching(/for each of 7 candidates/) });
    expect(new Set(hosts()).size).toBe(7);

    // A key named for one site and refused there is revoked after one request.
    mock.seen.length = 0;
    const us5 = scanOne('a.env', `DD_SITE=us5.datadoghq.com\nDATADOG_API_KEY=${fake.hex(32)}\n`);
    await verifyFindings(us5, { env });
    expect(us5[0]!.verification!.status).toBe('revoked');
    expect(hosts()).toEqual(['api.us5.datadoghq.com']);
  });

  it('no verifier says "revoked" on an answer that is not its provider\'s documented one for an invalid credential', () => {
    // 404 of an endpoint, a 403 that can mean a missing scope, a 400, a redirect, a server error, an empty 200 where a body is expected.
    const undocumented: HttpResponse[] = [
      { status: 404, headers: {}, body: '<html>Not Found</html>' },
      { status: 403, headers: {}, body: '{"message":"Resource not accessible by integration"}' },
      { status: 400, headers: {}, body: '{}' },
      { status: 302, headers: {}, body: '' },
      { status: 500, headers: {}, body: 'oops' },
      { status: 410, headers: {}, body: 'channel_is_archived' },
    ];
    // Documented exceptions: Datadog's /api/v1/validate answers a bare 403 for a key its site does not know
    // (and the verifier asks every site before saying so).
    const bare403Means = new Set(['DATADOG']);
    for (const v of verifiers) {
      for (const res of undocumented) {
        if (res.status === 403 && bare403Means.has(v.family)) continue;
        expect(v.judge(res).status, `${v.family} on HTTP ${res.status} ${res.body}`).not.toBe('revoked');
      }
    }
  });
});

describe('never a value where it does not belong', () => {
  const mock = new MockProviders();
  beforeAll(() => mock.start());
  afterAll(() => mock.close());

  it('a GitLab token beside its self-managed host is not sent to gitlab.com; an override naming the instance checks it there', async () => {
    mock.on('GITLAB', () => json({ username: 'dev' }));
    const token = fake.join('glpat-', fake.alnum(20));
    const texts = [`GITLAB_URL=https://gitlab.acme.internal\nGITLAB_TOKEN=${token}\n`, `git remote add origin https://oauth2:${token}@gitlab.acme.internal/group/app.git\n`, `CI_SERVER_URL: "https://code.acme.io"\nTOKEN: ${token}\n`];
    for (const [label, text] of texts.map((t, i) => [`text ${i}`, t] as const)) {
      const all = scanOne('deploy.env', text).filter((f) => f.ruleId === 'gitlab-pat');
      expect(all, label).toHaveLength(1);
      // No override: the public host would be asked, so nothing is sent.
      await verifyFindings(all, { env: { LEAKGUARD_VERIFY_GITLAB_URL: '' } });
      expect(all[0]!.verification, label).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/self-hosted instance \((gitlab\.acme\.internal|code\.acme\.io)\).*LEAKGUARD_VERIFY_GITLAB_URL=https:\/\/(gitlab\.acme\.internal|code\.acme\.io)/) });
    }
    // GitLab's instance token prefix exists only on self-managed instances: ACME-glpat-… is never sent to gitlab.com.
    for (const prefixed of [`GITLAB_TOKEN=ACME-${token}\n`, `token: "acme${token}"\n`]) {
      const found = scanOne('deploy.env', prefixed).filter((f) => f.ruleId === 'gitlab-pat');
      expect(found, prefixed.slice(0, 20)).toHaveLength(1);
      const n = mock.seen.length;
      await verifyFindings(found, { env: { LEAKGUARD_VERIFY_GITLAB_URL: '' } });
      expect(found[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/self-hosted instance \(<your GitLab host: the token has an instance prefix>\)/) });
      expect(mock.seen.length).toBe(n);
    }
    const before = mock.seen.length;
    const all = scanOne('deploy.env', `GITLAB_URL=https://gitlab.acme.internal\nGITLAB_TOKEN=${token}\n`).filter((f) => f.ruleId === 'gitlab-pat');
    await verifyFindings(all, { env: mock.env(['GITLAB']) });
    expect(all[0]!.verification!.status).toBe('live');
    expect(mock.seen.length).toBe(before + 1);
    // Beside the public host, or none, it is the public service's token.
    const pub = scanOne('a.env', `GITLAB_URL=https://gitlab.com\nGITLAB_TOKEN=${token}\n`).filter((f) => f.ruleId === 'gitlab-pat');
    expect(pub[0]!.surroundings).toContain('gitlab.com');
    await verifyFindings(pub, { env: mock.env(['GITLAB']) });
    expect(pub[0]!.verification!.status).toBe('live');
  });

  it('a GitHub token beside GH_HOST of an Enterprise server is not sent to api.github.com', async () => {
    const all = scanOne('.env', `GH_HOST=github.acme.corp\nGH_TOKEN=${fake.checksummed('ghp_')}\n`).filter((f) => f.ruleId === 'github-ghp');
    await verifyFindings(all, { env: {} });
    expect(all[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/self-hosted instance \(github\.acme\.corp\).*https:\/\/github\.acme\.corp\/api\/v3/) });
  });

  it('a plain-http override is refused unless it points at a loopback address', async () => {
    const all = scanOne('a.js', `const t = "${fake.checksummed('ghp_')}";\n`);
    await verifyFindings(all, { env: { LEAKGUARD_VERIFY_GITHUB_URL: 'http://ghe.example.invalid/api/v3' } });
    expect(all[0]!.verification).toMatchObject({ status: 'unknown', detail: expect.stringMatching(/refused: LEAKGUARD_VERIFY_GITHUB_URL is http:\/\/ to ghe\.example\.invalid.*unencrypted/) });
  });

  it('sends at most LEAKGUARD_VERIFY_MAX requests in a run; the rest say why they were not checked', async () => {
    mock.on('GITHUB', () => json({ login: 'x' }));
    const before = mock.seen.length;
    const findings = Array.from({ length: 6 }, (_, i) => scanOne(`a${i}.js`, `const t = "${fake.checksummed('ghp_')}";\n`)).flat();
    const summary = await verifyFindings(findings, { env: { ...mock.env(['GITHUB']), LEAKGUARD_VERIFY_MAX: '3' } });
    expect(summary).toMatchObject({ live: 3, unknown: 3, requests: 3 });
    expect(mock.seen.length - before).toBe(3);
    expect(findings.filter((f) => f.verification!.status === 'unknown').every((f) => /LEAKGUARD_VERIFY_MAX/.test(f.verification!.detail))).toBe(true);
  });
});
