import pc from 'picocolors';
import { LeakguardError } from '../../errors.js';
import { playbooks } from '../../rotate/playbooks.js';
import { resolvePlaybook } from '../../rotate/resolve.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard rotate <rule-id | fingerprint | provider | playbook>

Prints what to do, in order, for a leaked credential of that kind: revoke or
roll it, create the replacement with least privilege, deploy it without git,
and which audit logs show misuse. Signing and session secrets get the
zero-downtime two-key rotation. Without an argument, lists the playbooks.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'rotate');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const say = (s = '') => process.stdout.write(s + '\n');
  if (positionals.length === 0) {
    say('Playbooks (leakguard rotate <id>):');
    for (const p of Object.values(playbooks)) say(`  ${p.id.padEnd(16)} ${p.title}`);
    return 0;
  }
  const found = resolvePlaybook(positionals.join(' '));
  if (!found) throw new LeakguardError(`rotate: no playbook for "${positionals.join(' ')}". Give a rule id or fingerprint from a finding, a provider (e.g. AWS, Stripe) or one of: ${Object.keys(playbooks).join(', ')}`);
  const p = found.playbook;
  say(c.bold(`Rotate: ${p.title}`) + c.dim(` (${found.via})`));
  say('Do this before cleaning history: a purge does not un-leak copies that were already cloned, forked, cached or logged.');
  const section = (title: string, steps: string[] | undefined) => {
    if (!steps?.length) return;
    say('');
    say(c.cyan(title));
    for (const s of steps) say(`  - ${s}`);
  };
  section('1. Revoke or roll the leaked credential', p.revoke);
  section('2. Create the replacement (least privilege)', p.replace);
  if (p.zeroDowntime) section('   Zero-downtime rotation for signing secrets', p.zeroDowntime);
  section('3. Deploy it without git', p.deploy);
  section('4. Look for misuse during the exposure window', p.audit);
  say('');
  say(`Then remove it from history: ${c.bold('leakguard purge --finding <fingerprint>')} (or --secret / --path), force-push, and tell collaborators.`);
  return 0;
}
