import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { connect as netConnect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '../../src/rules/fake.js';
import { makeRepo, runCliAsync, tempDir, type CliResult } from '../helpers/repo.js';
import { MockProviders, RecordingProxy, type Answer } from '../helpers/mock-providers.js';


const cli = runCliAsync;

type Mode = 'live' | 'revoked' | 'slow';

describe('leakguard verify against mock providers on 127.0.0.1', () => {
  const repo = makeRepo();
  const gh = fake.checksummed('ghp_');
  const slack = fake.join('xoxb-', fake.digits(12), '-', fake.digits(13), '-', fake.alnum(24));
  const awsId = `AKIA${fake.upper(16)}`;
  const awsSecret = `${fake.alnum(30)}/${fake.alnum(9)}`;
  const dbPassword = fake.alnum(20);
  const secrets = [gh, slack, awsId, awsSecret, dbPassword];
  const mock = new MockProviders();
  const mode: Record<string, Mode> = { github: 'live', slack: 'revoked', aws: 'live' };
  const answer = (family: string, live: Answer, revoked: Answer): Answer => (mode[family] === 'slow' ? { ...live, delayMs: 1500 } : mode[family] === 'live' ? live : revoked);
  let env: NodeJS.ProcessEnv;
  let ghFingerprint = '';

  beforeAll(async () => {
    await mock.start();
    mock
      .on('github', (r) => (r.path !== '/user' ? { status: 418 } : r.headers.authorization === `Bearer ${gh}` ? answer('github', { status: 200, body: '{"login":"octocat"}' }, { status: 401 }) : { status: 401 }))
      .on('slack', (r) => answer('slack', { status: 200, body: '{"ok":true,"team":"acme","user":"bot"}' }, { status: 200, body: '{"ok":false,"error":"token_revoked"}' }))
      .on('aws', (r) => (String(r.headers.authorization).startsWith(`AWS4-HMAC-SHA256 Credential=${awsId}/`) ? answer('aws', { status: 200, body: '<Arn>arn:aws:iam::123456789012:user/ci</Arn>' }, { status: 403, body: '<Code>InvalidClientTokenId</Code>' }) : { status: 418 }));
    env = { ...repo.env, ...mock.env(['GITHUB', 'SLACK', 'AWS']) };
    repo.write('src/config.js', `export const token = "${gh}";\n`);
    repo.git('add', '.');
    repo.commit('config');
    repo.write('.env.production', `SLACK_BOT_TOKEN=${slack}\nDATABASE_URL=postgres://app:${dbPassword}@db.internal:5432/app\n`);
    repo.git('add', '-f', '.');
    repo.commit('env');
    repo.write('deploy/aws.ini', `aws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`);
    repo.git('add', '.');
    repo.commit('aws');
  });
  afterAll(() => mock.close());

  const statuses = (stdout: string) => Object.fromEntries((JSON.parse(stdout).findings as { ruleId: string; fingerprint: string; verification?: { status: string; detail: string } }[]).map((f) => [f.ruleId, f.verification?.status ?? 'none']));
  const noSecretIn = (...texts: string[]) => {
    for (const t of texts) for (const s of secrets) expect(t).not.toContain(s);
  };

  it('gives every finding with a verifier a status, asks once per credential, and says what the provider said', async () => {
    const before = mock.seen.length;
    const r = await cli(['verify', '--history', '--format', 'json', '--no-baseline'], repo.dir, env);
    expect(r.code, r.stderr).toBe(1);
    expect(statuses(r.stdout)).toMatchObject({ 'github-ghp': 'live', 'slack-bot-token': 'revoked', 'aws-access-key-id': 'live', 'aws-secret-access-key': 'live', 'url-credentials': 'unknown' });
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; fingerprint: string; verification: { detail: string; checkedAt: string } }[];
    ghFingerprint = findings.find((f) => f.ruleId === 'github-ghp')!.fingerprint;
    expect(findings.find((f) => f.ruleId === 'github-ghp')!.verification.detail).toBe('user octocat');
    expect(findings.find((f) => f.ruleId === 'aws-access-key-id')!.verification.detail).toContain('arn:aws:iam::123456789012:user/ci');
    expect(findings.find((f) => f.ruleId === 'url-credentials')!.verification.detail).toMatch(/not verified by design/);
    // GitHub, Slack, and the AWS pair once: three requests, all to the mock.
    expect(mock.seen.slice(before).map((s) => s.family).sort()).toEqual(['aws', 'github', 'slack']);
    expect(r.stderr).toMatch(/verified: 3 live, 1 revoked, 1 unknown \(3 requests/);
    noSecretIn(r.stdout, r.stderr);
  });

  it('--only-live reports just the live ones; --fail-on-live exits 1 only while one is live', async () => {
    const only = await cli(['verify', '--history', '--format', 'json', '--only-live', '--no-baseline'], repo.dir, env);
    expect(Object.keys(statuses(only.stdout)).sort()).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'github-ghp']);
    expect((await cli(['scan', '--history', '--verify', '--fail-on-live', '--no-baseline'], repo.dir, env)).code).toBe(1);
    Object.assign(mode, { github: 'revoked', aws: 'revoked' });
    try {
      const r = await cli(['scan', '--history', '--verify', '--fail-on-live', '--no-baseline'], repo.dir, env);
      expect(r.code, 'findings, but none live').toBe(0);
      expect(r.stdout).toContain('revoked');
    } finally {
      Object.assign(mode, { github: 'live', aws: 'live' });
    }
    expect((await cli(['scan', '--history', '--only-live'], repo.dir, env)).code).toBe(2);
  });

  it('shows the status in every format: human, CSV, JUnit, SARIF, GitLab and the audit page (badge and filter)', async () => {
    const human = await cli(['verify', '--history', '--no-baseline', '--no-color'], repo.dir, env);
    expect(human.stdout).toMatch(/LIVE the provider accepts it: user octocat\. Rotate it now\./);
    expect(human.stdout).toMatch(/revoked the provider rejects it: rejected \(token_revoked\)/);
    expect(human.stdout).toMatch(/unverified: not verified by design/);
    const out: Record<string, string> = { human: human.stdout };
    for (const format of ['csv', 'junit', 'sarif', 'gitlab', 'html']) {
      const r = await cli(['verify', '--history', '--no-baseline', '--format', format], repo.dir, env);
      out[format] = r.stdout;
      noSecretIn(r.stdout, r.stderr);
    }
    expect(out.csv!.split('\r\n')[0]).toMatch(/,verification$/);
    expect(out.csv).toContain('"live: user octocat"');
    expect(out.junit).toContain('[live: user octocat]');
    const sarif = JSON.parse(out.sarif!);
    expect(sarif.runs[0].results.map((x: { properties?: { verification?: { status: string } } }) => x.properties?.verification?.status)).toContain('live');
    expect(out.gitlab).toContain('Verified live: user octocat');
    expect(out.html).toContain('data-verification="live"');
    expect(out.html).toMatch(/<span class="badge live"[^>]*>LIVE<\/span>/);
    expect(out.html).toContain('id="show-live"');
    expect(out.html).toMatch(/data-summary="live">3</);
    noSecretIn(human.stdout, human.stderr);
  });

  it('a slow provider is "unknown" after the per-request timeout; a spent budget sends nothing', async () => {
    mode.github = 'slow';
    try {
      const r = await cli(['verify', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...env, LEAKGUARD_VERIFY_TIMEOUT_MS: '200' });
      const gh = (JSON.parse(r.stdout).findings as { ruleId: string; verification: { status: string; detail: string } }[]).find((f) => f.ruleId === 'github-ghp')!;
      expect(gh.verification).toMatchObject({ status: 'unknown', detail: 'no answer within 0.2 s' });
    } finally {
      mode.github = 'live';
    }
    const before = mock.seen.length;
    const r = await cli(['verify', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...env, LEAKGUARD_VERIFY_BUDGET_MS: '0' });
    const all = JSON.parse(r.stdout).findings as { ruleId: string; verification: { status: string; detail: string } }[];
    const checked = all.filter((f) => f.ruleId !== 'url-credentials');
    // Every credential a verifier would have asked about is there ("every" of nothing would pass).
    expect(checked.map((f) => f.ruleId).sort()).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'github-ghp', 'slack-bot-token']);
    expect(checked.every((f) => f.verification.status === 'unknown' && /budget is spent/.test(f.verification.detail))).toBe(true);
    expect(mock.seen.length).toBe(before);
  });

  it('goes through HTTP_PROXY (and not when NO_PROXY names the host)', async () => {
    const proxy = await new RecordingProxy().start();
    try {
      const via = await cli(['verify', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...env, HTTP_PROXY: `http://127.0.0.1:${proxy.port}`, NO_PROXY: '' });
      expect(statuses(via.stdout)['github-ghp']).toBe('live');
      expect(proxy.requests).toContain(`GET http://127.0.0.1:${mock.port}/github/user`);
      proxy.requests.length = 0;
      const direct = await cli(['verify', '--history', '--format', 'json', '--no-baseline'], repo.dir, { ...env, HTTP_PROXY: `http://127.0.0.1:${proxy.port}`, NO_PROXY: 'localhost,127.0.0.1' });
      expect(statuses(direct.stdout)['github-ghp']).toBe('live');
      expect(proxy.requests).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('HTTPS through HTTPS_PROXY is a CONNECT tunnel: the proxy never sees the token', async () => {
    const dir = tempDir();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-subj', '/CN=localhost', '-days', '1', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' });
    const tls: Server = createHttpsServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (req, res) => {
      res.writeHead(req.headers.authorization === `Bearer ${gh}` ? 200 : 401, { 'content-type': 'application/json' });
      res.end('{"login":"tls-user"}');
    });
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    const proxy = await new RecordingProxy().start();
    try {
      const port = (tls.address() as AddressInfo).port;
      const r = await cli(['verify', 'src/config.js', '--format', 'json', '--no-baseline'], repo.dir, {
        ...env,
        LEAKGUARD_VERIFY_GITHUB_URL: `https://localhost:${port}`,
        HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`,
        NO_PROXY: '',
        NODE_EXTRA_CA_CERTS: join(dir, 'c.pem'),
      });
      const f = (JSON.parse(r.stdout).findings as { verification: { status: string; detail: string } }[])[0]!;
      expect(f.verification, r.stderr).toMatchObject({ status: 'live', detail: 'user tls-user' });
      expect(proxy.requests).toEqual([`CONNECT localhost:${port}`]);
      expect(proxy.bodies.join('')).not.toContain(gh);
    } finally {
      await proxy.close();
      tls.closeAllConnections();
      await new Promise((r) => tls.close(r));
    }
  });

  it('an https:// proxy is spoken to over TLS (its credentials never cross in clear)', async () => {
    const dir = tempDir();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-subj', '/CN=localhost', '-days', '1', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' });
    const tlsOpts = { key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) };
    const target: Server = createHttpsServer(tlsOpts, (req, res) => {
      res.writeHead(req.headers.authorization === `Bearer ${gh}` ? 200 : 401, { 'content-type': 'application/json' });
      res.end('{"login":"via-tls-proxy"}');
    });
    // The proxy itself listens with TLS: a client that speaks plain text to it gets no tunnel.
    const seen: string[] = [];
    const proxy: Server = createHttpsServer(tlsOpts);
    const sockets = new Set<Duplex>();
    proxy.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      seen.push(`${req.url} ${req.headers['proxy-authorization'] ?? ''}`);
      const [host, port] = String(req.url).split(':');
      const up = netConnect(Number(port), host === 'localhost' ? '127.0.0.1' : host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(socket);
        socket.pipe(up);
      });
      sockets.add(up).add(socket);
      up.on('error', () => socket.destroy());
      socket.on('error', () => up.destroy());
    });
    await Promise.all([new Promise<void>((r) => target.listen(0, '127.0.0.1', r)), new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))]);
    try {
      const port = (target.address() as AddressInfo).port;
      const r = await cli(['verify', 'src/config.js', '--format', 'json', '--no-baseline'], repo.dir, {
        ...env,
        LEAKGUARD_VERIFY_GITHUB_URL: `https://localhost:${port}`,
        HTTPS_PROXY: `https://ci:proxy-pass@localhost:${(proxy.address() as AddressInfo).port}`,
        NO_PROXY: '',
        NODE_EXTRA_CA_CERTS: join(dir, 'c.pem'),
      });
      const f = (JSON.parse(r.stdout).findings as { verification: { status: string; detail: string } }[])[0]!;
      expect(f.verification, r.stderr).toMatchObject({ status: 'live', detail: 'user via-tls-proxy' });
      expect(seen).toEqual([`localhost:${port} Basic ${Buffer.from('ci:proxy-pass').toString('base64')}`]);
    } finally {
      for (const s of sockets) s.destroy();
      for (const srv of [target, proxy]) {
        srv.closeAllConnections();
        await new Promise((r) => srv.close(r));
      }
    }
  });

  it('a config rule may not take a built-in rule\'s id (it would borrow that provider\'s verifier); only built-in rules are ever verified', async () => {
    const own = makeRepo();
    const password = fake.alnum(20);
    own.write('app.env', `DATABASE_URL=postgres://app:${password}@db.internal:5432/app\n`);
    const borrow = { rules: [{ id: 'github-ghp', regex: 'postgres://[^:]+:([^@]+)@', keywords: ['postgres'] }] };
    const ownEnv = { ...own.env, ...mock.env(['GITHUB']) };
    const before = mock.seen.length;
    writeFileSync(join(own.dir, 'leakguard.config.json'), JSON.stringify(borrow));
    const refused = await cli(['verify', 'app.env', '--format', 'json', '--no-baseline'], own.dir, ownEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/leakguard\.config\.json: "rules\[0\]\.id" "github-ghp" is a built-in rule's id/);
    rmSync(join(own.dir, 'leakguard.config.json'));
    writeFileSync(join(own.dir, 'package.json'), JSON.stringify({ name: 'x', leakguard: borrow }));
    const pkg = await cli(['verify', 'app.env', '--format', 'json', '--no-baseline'], own.dir, ownEnv);
    expect(pkg.code).toBe(2);
    expect(pkg.stderr).toMatch(/package\.json#leakguard: "rules\[0\]\.id" "github-ghp" is a built-in rule's id/);
    rmSync(join(own.dir, 'package.json'));
    // A gitleaks config read automatically is not refused: the rule is imported under its own name.
    writeFileSync(join(own.dir, '.gitleaks.toml'), `[[rules]]\nid = "github-ghp"\nregex = '''postgres://[^:]+:([^@]+)@'''\nkeywords = ["postgres"]\n`);
    const gl = await cli(['verify', 'app.env', '--format', 'json', '--no-baseline'], own.dir, ownEnv);
    const ids = (JSON.parse(gl.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId);
    expect(ids).toContain('gitleaks.github-ghp');
    expect(gl.stderr).toMatch(/"github-ghp" is a leakguard rule's id; imported as "gitleaks\.github-ghp"/);
    expect(mock.seen.length, 'no database password sent to GitHub').toBe(before);
    noSecretIn(refused.stderr, pkg.stderr, gl.stdout, gl.stderr);
    expect(gl.stdout + gl.stderr).not.toContain(password);
  });

  it('never verifies on the commit path unless the config asks for it', async () => {
    const staged = makeRepo();
    const token = fake.checksummed('ghp_');
    staged.write('a.js', `const t = "${token}";\n`);
    staged.git('add', '.');
    const stagedEnv = { ...staged.env, ...mock.env(['GITHUB']) };
    const before = mock.seen.length;
    const plain = await cli(['scan', '--staged'], staged.dir, stagedEnv);
    expect(plain.code).toBe(1);
    const refused = await cli(['scan', '--staged', '--verify'], staged.dir, stagedEnv);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/"verify": \{ "inHooks": true \}/);
    expect(mock.seen.length, 'no request from the hook path').toBe(before);
    writeFileSync(join(staged.dir, 'leakguard.config.json'), JSON.stringify({ verify: { inHooks: true } }));
    const allowed = await cli(['scan', '--staged', '--verify', '--format', 'json'], staged.dir, stagedEnv);
    expect(JSON.parse(allowed.stdout).findings[0].verification.status).toBe('revoked'); // the mock knows only the other token
    writeFileSync(join(staged.dir, 'leakguard.config.json'), JSON.stringify({ verify: { inHooks: 'yes' } }));
    const bad = await cli(['scan', '--staged'], staged.dir, stagedEnv);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('leakguard.config.json: "verify.inHooks" must be true or false');
    noSecretIn(plain.stdout, refused.stderr, allowed.stdout);
    expect(allowed.stdout + plain.stdout).not.toContain(token);
  });

  it('rotate --check proves the old credential dead: "✖ still live" exits 1, "✔ revoked" exits 0', async () => {
    expect(ghFingerprint).toMatch(/^github-ghp:/);
    const live = await cli(['rotate', ghFingerprint, '--check', '--no-color'], repo.dir, env);
    expect(live.code).toBe(1);
    expect(live.stdout).toMatch(/✖ still live src\/config\.js:1 .* user octocat — the rotation is not done/);
    mode.github = 'revoked';
    try {
      const done = await cli(['rotate', ghFingerprint, '--check', '--no-color'], repo.dir, env);
      expect(done.code, done.stdout + done.stderr).toBe(0);
      expect(done.stdout).toMatch(/✔ revoked src\/config\.js:1/);
      noSecretIn(live.stdout, done.stdout, done.stderr);
    } finally {
      mode.github = 'live';
    }
    const unknown = await cli(['rotate', 'github-ghp:0000000000', '--check'], repo.dir, env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no finding with fingerprint github-ghp:0000000000/);
    const playbook = await cli(['rotate', ghFingerprint, '--no-color'], repo.dir, env);
    expect(playbook.stdout).toContain(`leakguard rotate ${ghFingerprint} --check`);
  });

  it('doctor --verify fails while a leaked credential still works', async () => {
    const without = await cli(['doctor', '--format', 'json'], repo.dir, env);
    const item = (r: CliResult) => (JSON.parse(r.stdout).checks as { id: string; status: string; evidence: string[] }[]).find((c) => c.id === 'no-live-credentials')!;
    expect(item(without).status).toBe('n/a');
    const withVerify = await cli(['doctor', '--format', 'json', '--verify'], repo.dir, env);
    expect(item(withVerify).status).toBe('fail');
    expect(item(withVerify).evidence.join('\n')).toMatch(/src\/config\.js:1 .*live, user octocat/);
    noSecretIn(withVerify.stdout, withVerify.stderr);
  });
});
