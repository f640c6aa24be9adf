import type { Finding } from '../detect/types.js';
import { send, VerifyNetworkError } from './http.js';
import { providerUrl } from './endpoint.js';
import { verifierFor, type VerifyTarget } from './providers.js';
import { revokerFor, type RevokeVerdict } from './revokers.js';

/** The provider a finding's revocation would go to, or undefined when no holder revocation is documented for it. */
export function revocable(f: Pick<Finding, 'ruleId'>): { family: string } | undefined {
  const r = revokerFor(f.ruleId);
  return r ? { family: r.family } : undefined;
}

/**
 * Sends the one revoking request for a credential (rotate --revoke, after the user confirmed), with
 * verification's manners: the provider's host or LEAKGUARD_VERIFY_<FAMILY>_URL only, https except to
 * loopback, the proxy settings, a deadline, a self-hosted instance never sent to the public host, and
 * the secret in no answer it returns.
 */
export async function revokeCredential(f: Finding, env: NodeJS.ProcessEnv = process.env): Promise<RevokeVerdict> {
  const r = revokerFor(f.ruleId);
  if (!r || f.secret === undefined) return { status: 'failed', detail: 'no documented way for the holder to revoke this kind of credential' };
  const v = verifierFor(f.ruleId);
  const t: VerifyTarget = { secret: f.secret, nearby: new Map(), context: f.around ?? f.context, surroundings: f.surroundings ?? f.around ?? f.context };
  const override = env[`LEAKGUARD_VERIFY_${r.family}_URL`];
  if (!override && v?.selfHosted) {
    const host = v.selfHosted(t);
    if (host) return { status: 'failed', detail: `self-hosted instance (${host}): not sent to the public service; set LEAKGUARD_VERIFY_${r.family}_URL=${v.selfHostedUrl?.(host) ?? `https://${host}`}` };
  }
  const base = r.base ?? v?.base;
  const official = typeof base === 'function' ? base(t) : base;
  if (!official) return { status: 'failed', detail: 'not enough beside the credential to know which host to ask' };
  const plan = r.plan(t);
  const url = providerUrl(r.family, official, plan.path, override);
  if (typeof url === 'string') return { status: 'failed', detail: url };
  const timeoutMs = Number(env.LEAKGUARD_VERIFY_TIMEOUT_MS) || 8000;
  try {
    const res = await send({ method: plan.method, url, ...(plan.headers ? { headers: plan.headers } : {}), ...(plan.body !== undefined ? { body: plan.body } : {}) }, timeoutMs, env);
    const verdict = r.judge(res);
    return { status: verdict.status, detail: verdict.detail.split(f.secret).join('[the secret]').slice(0, 200) };
  } catch (e) {
    return { status: 'failed', detail: e instanceof VerifyNetworkError ? e.message : 'network error' };
  }
}
