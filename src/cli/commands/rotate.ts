import pc from 'picocolors';
import { LeakguardError } from '../../errors.js';
import { playbooks } from '../../rotate/playbooks.js';
import { resolvePlaybook } from '../../rotate/resolve.js';
import { parseCommandArgs, useColor } from '../args.js';
import { loadConfig } from '../../config/load.js';
import type { Finding } from '../../detect/types.js';
import { fingerprintsOf } from '../../detect/fingerprint.js';
import { findAgain } from '../../find-again.js';
import { repoRoot } from '../../git/repo.js';

const HELP = `Usage: leakguard rotate <rule-id | fingerprint | provider | playbook>
       leakguard rotate <fingerprint | rule-id> --check

Prints what to do, in order, for a leaked credential of that kind: revoke or
roll it, create the replacement with least privilege, deploy it without git,
and which audit logs show misuse. Signing and session secrets get the
zero-downtime two-key rotation. Without an argument, lists the playbooks.

--check: after rotating, proves the OLD credential is dead. The credential is
read again from the working tree or history by its finding's fingerprint (or
every finding of a rule), never typed on the command line, and its provider is
asked once (read-only). "✔ revoked" exits 0; "✖ still live" exits 1; when the
provider cannot say (no verifier, network, rate limit) it exits 2.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'no-color': { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'rotate');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const say = (s = '') => process.stdout.write(s + '\n');
  if (values.check) {
    if (positionals.length !== 1) throw new LeakguardError('rotate --check: give one finding fingerprint (or rule id) from a scan, e.g. leakguard rotate github-ghp:3f1c… --check');
    return checkRotated(positionals[0]!, c, say);
  }
  if (positionals.length === 0) {
    say('Playbooks (leakguard rotate <id>):');
    for (const p of Object.values(playbooks)) say(`  ${p.id.padEnd(16)} ${p.title}`);
    return 0;
  }
  const q = positionals.join(' ');
  const found = resolvePlaybook(q);
  if (!found) throw new LeakguardError(`rotate: no playbook for "${q}". Give a rule id or fingerprint from a finding, a provider (e.g. AWS, Stripe) or one of: ${Object.keys(playbooks).join(', ')}`);
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
  section('5. Prove the old credential is dead', [`leakguard rotate ${q.includes(':') ? q : '<fingerprint>'} --check asks the provider about the old value (read again from the repository, never typed): "✔ revoked" or "✖ still live".`]);
  say('');
  say(`Then remove it from history: ${c.bold('leakguard purge --finding <fingerprint>')} (or --secret / --path), force-push, and tell collaborators.`);
  return 0;
}

/** Finds the old credential again (working tree, then every commit) and asks its provider whether it still works. */
async function checkRotated(query: string, c: ReturnType<typeof pc.createColors>, say: (s?: string) => void): Promise<number> {
  const root = await repoRoot(process.cwd());
  const config = await loadConfig(root, undefined);
  const matches = (f: Finding) => (query.includes(':') ? fingerprintsOf(f).some((fp) => fp === query || fp.startsWith(query)) : f.ruleId === query);
  let found = await findAgain(root, config, matches, true);
  if (!found.length) throw new LeakguardError(`rotate --check: no finding ${query.includes(':') ? `with fingerprint ${query}` : `of rule ${query}`} in the working tree or the history of this repository (run leakguard scan --history to list fingerprints)`);
  // One check per distinct credential.
  const bySecret = new Map<string, Finding>();
  for (const f of found) if (f.secret !== undefined && !bySecret.has(f.secret)) bySecret.set(f.secret, f);
  found = [...bySecret.values()];
  const { verifyFindings } = await import('../../verify/index.js');
  await verifyFindings(found);
  let live = 0;
  let unknown = 0;
  for (const f of found) {
    const where = `${f.file}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''} ${f.preview}`;
    const v = f.verification;
    if (v?.status === 'revoked') say(`${c.green('✔ revoked')} ${where}: ${v.detail}`);
    else if (v?.status === 'live') {
      live++;
      say(`${c.red(c.bold('✖ still live'))} ${where}: ${v.detail} — the rotation is not done: revoke the old credential at the provider (leakguard rotate ${f.ruleId}).`);
    } else {
      unknown++;
      say(`${c.yellow('? cannot tell')} ${where}: ${v?.detail ?? `no verifier for ${f.provider} yet; check at the provider that the old credential is revoked`}`);
    }
  }
  return live ? 1 : unknown ? 2 : 0;
}
