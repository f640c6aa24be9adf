import { builtinRules, fileRules } from '../rules/index.js';
import { playbooks, type Playbook } from './playbooks.js';

/**
 * Finds the playbook for what the user has in hand: a rule id
 * (`github-ghp`), a fingerprint (`github-ghp:3f1c…`), a provider (`Stripe`)
 * or a playbook id (`database`).
 */
export function resolvePlaybook(query: string): { playbook: Playbook; via: string } | undefined {
  const q = query.trim();
  const direct = playbooks[q.toLowerCase()];
  if (direct) return { playbook: direct, via: `playbook ${direct.id}` };
  const ruleId = q.includes(':') ? q.slice(0, q.indexOf(':')) : q;
  const rule = [...builtinRules, ...fileRules].find((r) => r.id === ruleId);
  if (rule && playbooks[rule.playbook]) return { playbook: playbooks[rule.playbook]!, via: `rule ${rule.id}` };
  const byProvider = builtinRules.find((r) => r.provider.toLowerCase() === q.toLowerCase());
  if (byProvider && playbooks[byProvider.playbook]) return { playbook: playbooks[byProvider.playbook]!, via: `provider ${byProvider.provider}` };
  return undefined;
}
