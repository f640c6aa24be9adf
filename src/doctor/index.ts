import { allowEntries } from './checks/allow-entries.js';
import { envExampleComplete } from './checks/env-example.js';
import { envIgnored } from './checks/env-ignored.js';
import { hooksInstalled } from './checks/hooks-installed.js';
import { noSecretsInHistory } from './checks/no-secrets-history.js';
import { noLiveCredentials } from './checks/no-live-credentials.js';
import { noSecretsInTree } from './checks/no-secrets-tree.js';
import { rotationDocumented } from './checks/rotation-documented.js';
import { secretsInErrors } from './checks/secrets-in-errors.js';
import { secretsInLogs } from './checks/secrets-in-logs.js';
import { sharedAcrossEnvs } from './checks/shared-across-envs.js';
import { startupValidation } from './checks/startup-validation.js';
import { weakSecrets } from './checks/weak-secrets.js';
import type { DoctorContext } from './context.js';
import type { Check, CheckResult } from './types.js';

/** The checklist, in the order it is printed. Add a check: one file in checks/, one line here. */
export const checks: Check[] = [
  noSecretsInTree,
  noSecretsInHistory,
  noLiveCredentials,
  allowEntries,
  envIgnored,
  envExampleComplete,
  weakSecrets,
  sharedAcrossEnvs,
  secretsInLogs,
  secretsInErrors,
  startupValidation,
  hooksInstalled,
  rotationDocumented,
];

export async function runChecks(ctx: DoctorContext): Promise<(CheckResult & { id: string; title: string })[]> {
  const out: (CheckResult & { id: string; title: string })[] = [];
  for (const c of checks) {
    try {
      out.push({ id: c.id, title: c.title, ...(await c.run(ctx)) });
    } catch (e) {
      out.push({ id: c.id, title: c.title, status: 'fail', evidence: [`the check itself failed: ${(e as Error).message}`] });
    }
  }
  return out;
}
