import type { Finding } from '../detect/types.js';
import { send, VerifyNetworkError, type HttpResponse } from './http.js';
import { attemptsFor, notVerifiedReason, verifierFor, type Attempt, type NearbySecret, type Plan, type Verdict, type Verifier, type VerifyTarget } from './providers.js';
import type { Verification } from './types.js';
import { providerUrl } from './endpoint.js';

export type { Verification, VerifyStatus } from './types.js';
export { overrideNames, verifiers } from './providers.js';

export interface VerifyOptions {
  env?: NodeJS.ProcessEnv;
  /** Hard limit per request (default 8 s; LEAKGUARD_VERIFY_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Limit for the whole run (default 60 s; LEAKGUARD_VERIFY_BUDGET_MS): later checks say "unknown: budget spent". */
  budgetMs?: number;
  /** Requests in flight per provider (default 2), so a scan with many findings does not hammer one API. */
  perProvider?: number;
  /** Requests in flight across all providers (default 6). */
  inFlight?: number;
  /** Requests in the whole run (default 200; LEAKGUARD_VERIFY_MAX): later checks say "unknown: cap reached". */
  maxRequests?: number;
}

export interface VerifySummary {
  live: number;
  revoked: number;
  unknown: number;
  requests: number;
}

/** Default cap on requests a run sends: a repository full of valid-looking tokens must not make a login-attempt generator. */
export const DEFAULT_MAX_REQUESTS = 200;

/**
 * Asks each provider, once per distinct credential, whether it still accepts
 * it, and records the answer on the finding (`verification`). Read-only,
 * side-effect-free calls to the provider's own host (or the configured
 * override); answers are kept in memory for this run only, and neither the
 * secret nor a request carrying it is ever printed or logged.
 *
 * Only built-in rules are verified: a config rule may not take a built-in
 * id (config/schema.ts), so a finding with a verifier's rule id is that
 * rule's format, and nothing a repository's config captures is ever sent.
 */
export async function verifyFindings(findings: Finding[], opts: VerifyOptions = {}): Promise<VerifySummary> {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.timeoutMs ?? (Number(env.LEAKGUARD_VERIFY_TIMEOUT_MS) || 8000);
  const budget = env.LEAKGUARD_VERIFY_BUDGET_MS !== undefined && Number(env.LEAKGUARD_VERIFY_BUDGET_MS) >= 0 ? Number(env.LEAKGUARD_VERIFY_BUDGET_MS) : 60_000;
  const maxEnv = Number(env.LEAKGUARD_VERIFY_MAX);
  const run: Run = {
    env,
    timeoutMs,
    deadline: Date.now() + (opts.budgetMs ?? budget),
    maxRequests: opts.maxRequests ?? (env.LEAKGUARD_VERIFY_MAX !== undefined && Number.isInteger(maxEnv) && maxEnv >= 0 ? maxEnv : DEFAULT_MAX_REQUESTS),
    perProvider: opts.perProvider ?? 2,
    all: new Gate(opts.inFlight ?? 6),
    gates: new Map(),
    cache: new Map(),
    requests: 0,
  };
  const summary: VerifySummary = { live: 0, revoked: 0, unknown: 0, requests: 0 };
  const nearby = nearbySecrets(findings);

  await Promise.all(
    findings.map(async (f) => {
      const secret = f.secret;
      if (secret === undefined || f.line === 0) return;
      const reason = notVerifiedReason(f.ruleId, f.playbook);
      const v = verifierFor(f.ruleId);
      let verdict: Verdict;
      if (reason) verdict = { status: 'unknown', detail: reason };
      else if (!v) return;
      else {
        // The same credential found twice is asked about once: requests are shared through run.cache.
        const target: VerifyTarget = { secret, nearby: nearestFirst(nearby.get(placeOf(f)), f.line, secret), context: f.around ?? f.context, surroundings: f.surroundings ?? f.around ?? f.context };
        verdict = await judgeCredential(v, target, run);
      }
      const verification: Verification = { status: verdict.status, detail: clean(verdict.detail, secret), checkedAt: new Date().toISOString() };
      f.verification = verification;
      summary[verdict.status]++;
    }),
  );
  summary.requests = run.requests;
  return summary;
}

interface Run {
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  deadline: number;
  maxRequests: number;
  perProvider: number;
  all: Gate;
  gates: Map<string, Gate>;
  /** One request per distinct (URL, credential) in a run. */
  cache: Map<string, Promise<Verdict>>;
  requests: number;
}

/** Tries a verifier's attempts in order and combines what they said (see Verdict.next). */
async function judgeCredential(v: Verifier, t: VerifyTarget, run: Run): Promise<Verdict> {
  const attempts = attemptsFor(v, t);
  if (typeof attempts === 'string') return { status: 'unknown', detail: attempts };
  const override = run.env[`LEAKGUARD_VERIFY_${v.family}_URL`];
  if (!override && v.selfHosted) {
    const host = v.selfHosted(t);
    // Sending it to the public host would tell an unrelated party about a credential it never issued.
    if (host) return { status: 'unknown', detail: `self-hosted instance (${host}): not sent to the public service; set LEAKGUARD_VERIFY_${v.family}_URL=${v.selfHostedUrl?.(host) ?? `https://${host}`} to check it there` };
  }
  const said: Verdict[] = [];
  for (const a of attempts) {
    const verdict = await request(v, a, t, override, run);
    if (!verdict.next || verdict.status === 'live') return { status: verdict.status, detail: verdict.detail };
    said.push(verdict);
  }
  const unknown = said.find((x) => x.status === 'unknown');
  if (unknown) return { status: 'unknown', detail: unknown.detail };
  const last = said[said.length - 1]!;
  return { status: last.status, detail: said.length > 1 ? `${last.detail}, for each of ${said.length} candidates` : last.detail };
}

async function request(v: Verifier, a: Attempt, t: VerifyTarget, override: string | undefined, run: Run): Promise<Verdict> {
  const official = a.base ?? (typeof v.base === 'string' ? v.base : v.base(t));
  if (!official) return { status: 'unknown', detail: 'not enough beside the credential to know which host to ask' };
  const url = providerUrl(v.family, official, a.plan.path, override);
  if (typeof url === 'string') return { status: 'unknown', detail: url };
  const key = `${url.href}\0${a.key ?? t.secret}`;
  let p = run.cache.get(key);
  if (!p) {
    const gate = run.gates.get(v.family) ?? run.gates.set(v.family, new Gate(run.perProvider)).get(v.family)!;
    p = gate.run(() => run.all.run(() => send1(v, a.plan, url, run)));
    run.cache.set(key, p);
  }
  return p;
}

async function send1(v: Verifier, plan: Plan, url: URL, run: Run): Promise<Verdict> {
  const left = run.deadline - Date.now();
  if (left <= 0) return { status: 'unknown', detail: 'not checked: the verification time budget is spent (LEAKGUARD_VERIFY_BUDGET_MS)' };
  if (run.requests >= run.maxRequests) return { status: 'unknown', detail: `not checked: this run already sent ${run.maxRequests} requests (LEAKGUARD_VERIFY_MAX)` };
  const headers = { ...plan.headers };
  const body = plan.body ?? '';
  plan.sign?.(url, headers, body);
  run.requests++;
  let res: HttpResponse;
  try {
    res = await send({ method: plan.method, url, headers, ...(plan.body !== undefined ? { body } : {}) }, Math.min(run.timeoutMs, left), run.env);
  } catch (e) {
    return { status: 'unknown', detail: e instanceof VerifyNetworkError ? e.message : 'network error' };
  }
  try {
    return v.judge(res);
  } catch {
    return { status: 'unknown', detail: `unexpected answer (HTTP ${res.status})` };
  }
}

/** Text from a provider, made safe to print: one line, short, and never holding the secret. */
function clean(detail: string, secret: string): string {
  let s = detail.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (secret.length >= 4) s = s.split(secret).join('[the secret]');
  return s.length > 140 ? `${s.slice(0, 139)}…` : s;
}

const placeOf = (f: Finding) => `${f.file}\0${f.commit ?? ''}`;

/** Secrets found in the same file and commit, by rule: the other half of a pair (AWS key id and secret key). */
function nearbySecrets(findings: Finding[]): Map<string, Map<string, NearbySecret[]>> {
  const out = new Map<string, Map<string, NearbySecret[]>>();
  for (const f of findings) {
    if (f.secret === undefined) continue;
    const place = out.get(placeOf(f)) ?? out.set(placeOf(f), new Map()).get(placeOf(f))!;
    const list = place.get(f.ruleId) ?? place.set(f.ruleId, []).get(f.ruleId)!;
    if (!list.some((n) => n.secret === f.secret && n.line === f.line)) list.push({ secret: f.secret, line: f.line });
  }
  return out;
}

/** Those secrets as one finding sees them: nearest line first (a profile's own pair before the next one's), each value once. */
function nearestFirst(place: Map<string, NearbySecret[]> | undefined, line: number, own: string): Map<string, NearbySecret[]> {
  const out = new Map<string, NearbySecret[]>();
  for (const [rule, list] of place ?? []) {
    const sorted = list.filter((n) => n.secret !== own).sort((a, b) => Math.abs(a.line - line) - Math.abs(b.line - line) || a.line - b.line);
    const seen = new Set<string>();
    out.set(rule, sorted.filter((n) => !seen.has(n.secret) && seen.add(n.secret)));
  }
  return out;
}

/** At most `limit` tasks at once. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
export { revocable, revokeCredential } from './revoke.js';
