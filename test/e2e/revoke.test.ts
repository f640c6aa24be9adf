import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/index.js';
import { makeRepo, runCliAsync } from '../helpers/repo.js';
import { MockProviders, type Answer, type Seen } from '../helpers/mock-providers.js';

const cli = runCliAsync;

/** The token a request carried, however the provider wants it: a header, a form field, a JSON body, the path. */
type Carrier = (r: Seen) => string | undefined;
const bearerOf: Carrier = (r) => /^Bearer (\S+)$/.exec(String(r.headers.authorization ?? ''))?.[1];
const header = (name: string): Carrier => (r) => (typeof r.headers[name] === 'string' ? (r.headers[name] as string) : undefined);

interface Case {
  family: string;
  rule: string;
  /** The read-only check the verifier makes, and what it answers while live and once revoked. */
  check: { method: string; path: RegExp; live: Answer; dead: Answer };
  /** The one revoking request: method, path, how the token travels, and the provider's success answer. */
  revoke: { method: string; path: RegExp; carrier: Carrier; ok: Answer; checkBody?: (r: Seen) => boolean };
  /** Lines around the token (a Shopify shop's domain). */
  around?: (tp: string) => string;
}

const CASES: Case[] = [
  { family: 'GITHUB', rule: 'github-ghp', check: { method: 'GET', path: /^\/user$/, live: { status: 200, body: '{"login":"octocat"}' }, dead: { status: 401 } }, revoke: { method: 'POST', path: /^\/credentials\/revoke$/, carrier: (r) => (r.headers.authorization ? undefined : (JSON.parse(r.body) as { credentials: string[] }).credentials[0]), ok: { status: 202 } } },
  { family: 'GITHUB', rule: 'github-ghs', check: { method: 'GET', path: /^\/installation\/repositories/, live: { status: 200, body: '{"total_count":3}' }, dead: { status: 401 } }, revoke: { method: 'DELETE', path: /^\/installation\/token$/, carrier: bearerOf, ok: { status: 204 } } },
  { family: 'GITLAB', rule: 'gitlab-pat', check: { method: 'GET', path: /^\/api\/v4\/user$/, live: { status: 200, body: '{"username":"dev"}' }, dead: { status: 401 } }, revoke: { method: 'DELETE', path: /^\/api\/v4\/personal_access_tokens\/self$/, carrier: header('private-token'), ok: { status: 204 } } },
  { family: 'SLACK', rule: 'slack-bot-token', check: { method: 'POST', path: /^\/api\/auth\.test$/, live: { status: 200, body: '{"ok":true,"team":"acme","user":"bot"}' }, dead: { status: 200, body: '{"ok":false,"error":"token_revoked"}' } }, revoke: { method: 'POST', path: /^\/api\/auth\.revoke$/, carrier: bearerOf, ok: { status: 200, body: '{"ok":true,"revoked":true}' } } },
  { family: 'DISCORD_WEBHOOK', rule: 'discord-webhook-url', check: { method: 'GET', path: /^\/api\/webhooks\/\d+\/[\w-]+$/, live: { status: 200, body: '{"name":"deploys"}' }, dead: { status: 404, body: '{"code":10015}' } }, revoke: { method: 'DELETE', path: /^\/api\/webhooks\/\d+\/[\w-]+$/, carrier: (r) => r.path.split('/').slice(-2).join('/'), ok: { status: 204 } } },
  { family: 'DROPBOX', rule: 'dropbox-short-lived-token', check: { method: 'POST', path: /^\/2\/users\/get_current_account$/, live: { status: 200, body: '{"account_id":"dbid:acme"}' }, dead: { status: 401 } }, revoke: { method: 'POST', path: /^\/2\/auth\/token\/revoke$/, carrier: bearerOf, ok: { status: 200, body: 'null' } } },
  { family: 'BUILDKITE', rule: 'buildkite-token', check: { method: 'GET', path: /^\/v2\/access-token$/, live: { status: 200, body: '{"scopes":["read_builds"]}' }, dead: { status: 401 } }, revoke: { method: 'DELETE', path: /^\/v2\/access-token$/, carrier: bearerOf, ok: { status: 204 } } },
  { family: 'DOPPLER', rule: 'doppler-token', check: { method: 'GET', path: /^\/v3\/me$/, live: { status: 200, body: '{"type":"service_token"}' }, dead: { status: 401 } }, revoke: { method: 'POST', path: /^\/v3\/auth\/revoke$/, carrier: bearerOf, ok: { status: 200, body: '{"success":true}' }, checkBody: (r) => (JSON.parse(r.body) as { token: string }).token === bearerOf(r) } },
  { family: 'SHOPIFY', rule: 'shopify-access-token', around: (tp) => `const shop = "acme.myshopify.com"; ${tp}`, check: { method: 'GET', path: /^\/admin\/api\/[\d-]+\/shop\.json$/, live: { status: 200, body: '{"shop":{"name":"Acme"}}' }, dead: { status: 401 } }, revoke: { method: 'DELETE', path: /^\/admin\/api_permissions\/current\.json$/, carrier: header('x-shopify-access-token'), ok: { status: 200, body: '{}' } } },
  { family: 'DIGITALOCEAN', rule: 'digitalocean-oauth-token', check: { method: 'GET', path: /^\/v2\/account$/, live: { status: 200, body: '{"account":{"status":"active"}}' }, dead: { status: 401 } }, revoke: { method: 'POST', path: /^\/v1\/oauth\/revoke$/, carrier: (r) => new URLSearchParams(r.body).get('token') ?? undefined, ok: { status: 200 } } },
  { family: 'GOOGLE_OAUTH', rule: 'gcp-oauth-access-token', check: { method: 'GET', path: /^\/tokeninfo\?access_token=/, live: { status: 200, body: '{"email":"ci@acme.iam.gserviceaccount.com","expires_in":"3000"}' }, dead: { status: 400, body: '{"error":"invalid_token"}' } }, revoke: { method: 'POST', path: /^\/revoke$/, carrier: (r) => new URLSearchParams(r.body).get('token') ?? undefined, ok: { status: 200 } } },
  { family: 'VERCEL', rule: 'vercel-token', check: { method: 'GET', path: /^\/v2\/user$/, live: { status: 200, body: '{"user":{"username":"dev"}}' }, dead: { status: 403, body: '{"error":{"code":"forbidden","invalidToken":true}}' } }, revoke: { method: 'DELETE', path: /^\/v3\/user\/tokens\/current$/, carrier: bearerOf, ok: { status: 200, body: '{"tokenId":"x"}' } } },
];

describe('rotate --revoke against mock providers on 127.0.0.1', () => {
  const mock = new MockProviders();
  const repo = makeRepo();
  const revoked = new Set<string>();
  const tokens = new Map<string, string>();
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await mock.start();
    for (const c of CASES) {
      const rule = builtinRules.find((r) => r.id === c.rule)!;
      const tp = rule.tps()[0]!;
      const file = `src/${c.rule}.js`;
      repo.write(file, `${c.around ? c.around(tp) : tp}\n`);
      tokens.set(c.rule, tp);
    }
    repo.git('add', '.');
    repo.commit('leaks');
    const families = [...new Set(CASES.map((x) => x.family))];
    for (const fam of families) {
      mock.on(fam, (r) => {
        const c = CASES.find((x) => x.family === fam && ((r.method === x.revoke.method && x.revoke.path.test(r.path)) || (r.method === x.check.method && x.check.path.test(r.path))) && tokens.get(x.rule)!.includes(credentialOf(x, r) ?? '\0'))!;
        if (!c) return { status: 418 };
        if (r.method === c.revoke.method && c.revoke.path.test(r.path) && !(r.method === c.check.method && c.check.path.test(r.path) && r.method === 'GET')) {
          if (c.revoke.checkBody && !c.revoke.checkBody(r)) return { status: 400 };
          revoked.add(c.rule);
          return c.revoke.ok;
        }
        return revoked.has(c.rule) ? c.check.dead : c.check.live;
      });
    }
    env = { ...repo.env, ...mock.env(families) };
  });
  afterAll(() => mock.close());

  /** The token a request carried, for matching it to its case. */
  function credentialOf(c: Case, r: Seen): string | undefined {
    if (r.method === c.revoke.method && c.revoke.path.test(r.path)) return c.revoke.carrier(r);
    return bearerOf(r) ?? header('private-token')(r) ?? header('x-shopify-access-token')(r) ?? (/access_token=([^&]+)/.exec(r.path)?.[1] ? decodeURIComponent(/access_token=([^&]+)/.exec(r.path)![1]!) : undefined) ?? r.path.split('/').slice(-2).join('/');
  }

  it.each(CASES.map((c) => [c.family, c.rule, c] as const))('%s (%s): confirm, one revoking request of the documented shape, then --check says revoked', async (_f, ruleId, c) => {
    const scan = JSON.parse((await cli(['scan', '--format', 'json', `src/${ruleId}.js`], repo.dir, env)).stdout) as { findings: { ruleId: string; fingerprint: string }[] };
    const fp = scan.findings.find((f) => f.ruleId === ruleId)!.fingerprint;
    // No terminal and no --yes: it asks, names provider and account, and sends nothing.
    const before = mock.seen.length;
    const ask = await cli(['rotate', fp, '--revoke', '--no-color'], repo.dir, env);
    expect(ask.code, ask.stdout + ask.stderr).toBe(2);
    expect(ask.stderr).toMatch(/Revoke the .+ credential at src\/.+ \(.+\)\? .*Confirm with --yes/);
    expect(mock.seen.slice(before).filter((r) => r.method === c.revoke.method && c.revoke.path.test(r.path) && r.method !== 'GET')).toEqual([]);

    const r = await cli(['rotate', fp, '--revoke', '--yes', '--no-color'], repo.dir, env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/revoke sent: /);
    expect(r.stdout).toMatch(/✔ revoked src\//);
    const sent = mock.seen.filter((s) => s.family === c.family.toLowerCase() && s.method === c.revoke.method && c.revoke.path.test(s.path) && !(s.method === 'GET'));
    expect(sent.length).toBeGreaterThanOrEqual(1);
    const carried = c.revoke.carrier(sent.at(-1)!);
    expect(carried && carried.length >= 8 && tokens.get(ruleId)!.includes(carried)).toBe(true);
    // Already revoked: nothing more is sent.
    const n = mock.seen.length;
    const again = await cli(['rotate', fp, '--revoke', '--yes', '--no-color'], repo.dir, env);
    expect(again.stdout).toContain('✔ already revoked');
    expect(mock.seen.slice(n).every((s) => s.method === c.check.method)).toBe(true);
    for (const out of [ask, r, again]) if (carried) expect(out.stdout + out.stderr).not.toContain(carried);
  });

  it('covers at least ten providers', () => {
    expect(new Set(CASES.map((c) => c.family)).size).toBeGreaterThanOrEqual(10);
  });

  it('a provider with no documented holder revocation gets the playbook, and nothing is sent', async () => {
    const rule = builtinRules.find((r) => r.id === 'stripe-secret-key')!;
    repo.write('src/stripe.js', `${rule.tps()[0]}\n`);
    const scan = JSON.parse((await cli(['scan', '--format', 'json', 'src/stripe.js'], repo.dir, env)).stdout) as { findings: { ruleId: string; fingerprint: string }[] };
    const fp = scan.findings.find((f) => f.ruleId === 'stripe-secret-key')!.fingerprint;
    const n = mock.seen.length;
    const r = await cli(['rotate', fp, '--revoke', '--yes', '--no-color'], repo.dir, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('documents no way for a credential\'s holder to revoke it');
    expect(r.stdout).toContain('leakguard rotate stripe-secret-key');
    expect(mock.seen.length).toBe(n);
  });
});
