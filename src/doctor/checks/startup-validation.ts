import type { Check } from '../types.js';
import { usedEnvKeys } from './env-example.js';

/** Ways projects validate their configuration at start-up. */
const VALIDATION = [
  /requireSecrets\s*\(/, // leakguard's helper
  /\bcleanEnv\s*\(/, // envalid
  /createEnv\s*\(/, // @t3-oss/env
  /dotenv-safe/,
  /z\.object\([\s\S]{0,400}?\)\s*\.parse\(\s*process\.env/, // zod over process.env
  /\benv-var\b|\.required\(\)\.as/, // env-var
  /BaseSettings\b/, // pydantic settings
  /if\s*\(\s*!\s*process\.env\.[A-Z0-9_]+\s*\)\s*(?:\{\s*)?throw/,
  /if\s+not\s+os\.(?:environ\.get|getenv)\(/,
];

/** A value the application cannot start without: a secret, or what locates one (a database URL). */
const SECRET_KEY = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|DSN|DATABASE_URL|_URI$|AUTH/i;

/** The keys the project reads, secrets first (all of them when none is secret-named), in the order found. */
export function keysToRequire(used: Map<string, string>): string[] {
  const keys = [...used.keys()];
  const secret = keys.filter((k) => SECRET_KEY.test(k));
  return (secret.length ? secret : keys).slice(0, 12);
}

export const startupValidation: Check = {
  id: 'startup-validation',
  title: 'The application checks its required secrets at start-up',
  async run(ctx) {
    const used = await usedEnvKeys(ctx);
    if (used.size === 0) return { status: 'n/a', evidence: ['the project reads no environment variables'] };
    for (const f of await ctx.codeFiles()) {
      const text = ctx.read(f);
      if (text && VALIDATION.some((re) => re.test(text))) return { status: 'pass', evidence: [`validation found in ${f}`] };
    }
    return {
      status: 'fail',
      evidence: [`${used.size} environment variables used (${[...used.keys()].slice(0, 6).join(', ')}${used.size > 6 ? ', …' : ''}) and no start-up check found`],
      fix: `Fail fast with one clear message: import { requireSecrets } from 'leakguard'; const env = requireSecrets([${keysToRequire(used).map((k) => `'${k}'`).join(', ')}]);`,
    };
  },
};
