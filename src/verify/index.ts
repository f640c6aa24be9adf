import type { Finding } from '../detect/types.js';
import { send, VerifyNetworkError, type HttpResponse } from './http.js';
import { notVerifiedReason, verifierFor, type Verdict, type Verifier, type VerifyTarget } from './providers.js';
import type { Verification } from './types.js';

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
}

export interface VerifySummary {
  live: number;
  revoked: number;
  unknown: number;
  requests: number;
}

/**
 * Asks each provider, once per distinct credential, whether it still accepts
 * it, and records the answer on the finding (`verification`). Read-only,
 * side-effect-free calls to the provider's own host (or the configured
 * override); answers are kept in memory for this run only, and neither the
 * secret nor a request carrying it is ever printed or logged.
 */
export async function verifyFindings(findings: Finding[], opts: VerifyOptions = {}): Promise<VerifySummary> {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.timeoutMs ?? (Number(env.LEAKGUARD_VERIFY_TIMEOUT_MS) || 8000);
  const budget = env.LEAKGUARD_VERIFY_BUDGET_MS !== undefined && Number(env.LEAKGUARD_VERIFY_BUDGET_MS) >= 0 ? Number(env.LEAKGUARD_VERIFY_BUDGET_MS) : 60_000;
  const deadline = Date.now() + (opts.budgetMs ?? budget);
  const perProvider = opts.perProvider ?? 2;
  const summary: VerifySummary = { live: 0, revoked: 0, unknown: 0, requests: 0 };
  const nearby = nearbySecrets(findings);
  const cache = new Map<string, Promise<Verdict>>();
  const gates = new Map<string, Gate>();

  const check = (v: Verifier, target: VerifyTarget): Promise<Verdict> => {
    const key = `${v.family}\0${v.cacheKey?.(target) ?? target.secret}`;
    let p = cache.get(key);
    if (!p) {
      const gate = gates.get(v.family) ?? gates.set(v.family, new Gate(perProvider)).get(v.family)!;
      p = gate.run(() => ask(v, target, env, timeoutMs, deadline, () => summary.requests++));
      cache.set(key, p);
    }
    return p;
  };

  await Promise.all(
    findings.map(async (f) => {
      const secret = f.secret;
      if (secret === undefined || f.line === 0) return;
      const reason = notVerifiedReason(f.ruleId, f.playbook);
      const v = verifierFor(f.ruleId);
      let verdict: Verdict;
      if (reason) verdict = { status: 'unknown', detail: reason };
      else if (!v) return;
      else verdict = await check(v, { secret, nearby: nearby.get(placeOf(f)) ?? new Map(), context: f.around ?? f.context });
      const verification: Verification = { status: verdict.status, detail: clean(verdict.detail, secret), checkedAt: new Date().toISOString() };
      f.verification = verification;
      summary[verdict.status]++;
    }),
  );
  return summary;
}

async function ask(v: Verifier, target: VerifyTarget, env: NodeJS.ProcessEnv, timeoutMs: number, deadline: number, counted: () => void): Promise<Verdict> {
  const plan = v.plan(target);
  if (typeof plan === 'string') return { status: 'unknown', detail: plan };
  const official = typeof v.base === 'string' ? v.base : v.base(target);
  const override = env[`LEAKGUARD_VERIFY_${v.family}_URL`];
  const base = override || official;
  if (!base) return { status: 'unknown', detail: 'not enough beside the credential to know which host to ask' };
  let url: URL;
  let root: URL;
  try {
    root = new URL(base);
    url = new URL(`${root.href.replace(/\/$/, '')}${plan.path}`);
  } catch {
    return { status: 'unknown', detail: `LEAKGUARD_VERIFY_${v.family}_URL is not a URL` };
  }
  // The credential goes to the provider's host (or the one configured), nowhere else.
  if (url.origin !== root.origin) return { status: 'unknown', detail: 'refused: the request would leave the provider host' };
  const left = deadline - Date.now();
  if (left <= 0) return { status: 'unknown', detail: 'not checked: the verification time budget is spent (LEAKGUARD_VERIFY_BUDGET_MS)' };
  const headers = { ...plan.headers };
  const body = plan.body ?? '';
  plan.sign?.(url, headers, body);
  counted();
  let res: HttpResponse;
  try {
    res = await send({ method: plan.method, url, headers, ...(plan.body !== undefined ? { body } : {}) }, Math.min(timeoutMs, left), env);
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
function nearbySecrets(findings: Finding[]): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const f of findings) {
    if (f.secret === undefined) continue;
    const place = out.get(placeOf(f)) ?? out.set(placeOf(f), new Map()).get(placeOf(f))!;
    const list = place.get(f.ruleId) ?? place.set(f.ruleId, []).get(f.ruleId)!;
    if (!list.includes(f.secret)) list.push(f.secret);
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
