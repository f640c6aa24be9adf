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
       leakguard rotate <fingerprint> --revoke [--yes]

Prints what to do, in order, for a leaked credential of that kind: revoke or
roll it, create the replacement with least privilege, deploy it without git,
and which audit logs show misuse. Signing and session secrets get the
zero-downtime two-key rotation. Without an argument, lists the playbooks.

--check: after rotating, proves the OLD credential is dead. The credential is
read again from the working tree or history by its finding's fingerprint (or
every finding of a rule), never typed on the command line, and its provider is
asked once (read-only). "✔ revoked" exits 0; "✖ still live" exits 1; when the
provider cannot say (no verifier, network, rate limit) it exits 2.

--revoke: kills the leaked credential where its provider lets the holder do it
(GitHub, GitLab, Slack, Discord webhooks, Dropbox, Buildkite, Doppler, Shopify,
DigitalOcean OAuth, Google OAuth, Vercel): asks who it belongs to, asks you to
confirm naming the provider and that account (--yes for scripts), sends the one
revoking request, then runs --check to prove it dead. Anything else gets the
playbook's steps. Same overrides, proxy and timeouts as verify.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { 'no-color': { type: 'boolean' }, check: { type: 'boolean' }, revoke: { type: 'boolean' }, yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'rotate');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const say = (s = '') => process.stdout.write(s + '\n');
  if (values.revoke) {
    if (positionals.length !== 1 || !positionals[0]!.includes(':')) throw new LeakguardError('rotate --revoke: give one finding fingerprint from a scan, e.g. leakguard rotate github-ghp:3f1c… --revoke');
    return revoke(positionals[0]!, values.yes === true, c, say);
  }
  if (values.yes) throw new LeakguardError('rotate: --yes goes with --revoke');
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

/**
 * Revokes a leaked credential at its provider, where the holder can: who it belongs to first (the verifier),
 * a confirmation naming provider and account, the one revoking request, then the same proof as --check.
 */
async function revoke(fingerprint: string, yes: boolean, c: ReturnType<typeof pc.createColors>, say: (s?: string) => void): Promise<number> {
  const root = await repoRoot(process.cwd());
  const config = await loadConfig(root, undefined);
  const found = await findAgain(root, config, (f) => fingerprintsOf(f).some((fp) => fp === fingerprint || fp.startsWith(fingerprint)), true);
  const f = found.find((x) => x.secret !== undefined);
  if (!f) throw new LeakguardError(`rotate --revoke: no finding with fingerprint ${fingerprint} in the working tree or the history of this repository (run leakguard scan --history to list fingerprints)`);
  const { revocable, revokeCredential, verifyFindings } = await import('../../verify/index.js');
  const where = `${f.file}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 12)})` : ''} ${f.preview}`;
  if (!revocable(f)) {
    say(`${c.yellow('Not revoked:')} ${f.provider} documents no way for a credential's holder to revoke it through its API. Revoke it in ${f.provider}'s console: ${c.bold(`leakguard rotate ${f.ruleId}`)} lists the steps.`);
    return 2;
  }
  await verifyFindings([f]);
  const v = f.verification;
  if (v?.status === 'revoked') {
    say(`${c.green('✔ already revoked')} ${where}: ${v.detail}. Nothing sent.`);
    return 0;
  }
  const account = v?.status === 'live' ? v.detail : `account unknown (${v?.detail ?? 'no answer'})`;
  const question = `Revoke the ${f.provider} credential at ${where} (${account})? It stops working everywhere it is used, at once, and cannot be undone.`;
  if (!yes) {
    if (!process.stdin.isTTY) throw new LeakguardError(`rotate --revoke: ${question} Confirm with --yes (no terminal to ask in).`);
    const { createInterface } = await import('node:readline/promises');
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question(`${question} Type "revoke" to confirm: `)).trim();
    rl.close();
    if (answer !== 'revoke') {
      say('Not revoked.');
      return 2;
    }
  }
  const r = await revokeCredential(f);
  if (r.status !== 'revoked') {
    say(`${c.red('✖ not revoked')} ${where}: ${r.detail}. Revoke it in ${f.provider}'s console: ${c.bold(`leakguard rotate ${f.ruleId}`)}.`);
    return 2;
  }
  say(`${c.green('revoke sent:')} ${r.detail}. Checking…`);
  // Asked again: the first answer was before the revocation. (Read through a cast: TypeScript keeps the narrowing above.)
  delete f.verification;
  await verifyFindings([f]);
  const after = (f as Pick<Finding, 'verification'>).verification;
  if (after?.status === 'revoked') {
    say(`${c.green('✔ revoked')} ${where}: ${after.detail}`);
    say(`Next: deploy the replacement (${c.bold(`leakguard rotate ${f.ruleId}`)}), then remove the old value from history: ${c.bold(`leakguard purge --finding ${f.fingerprint}`)}`);
    return 0;
  }
  if (after?.status === 'live') {
    say(`${c.red(c.bold('✖ still live'))} ${where}: ${after.detail} — the provider took the request but still accepts the credential; revoke it in its console (leakguard rotate ${f.ruleId}).`);
    return 1;
  }
  say(`${c.yellow('? cannot tell')} ${where}: ${after?.detail ?? 'no answer'}; check at the provider that it is revoked.`);
  return 2;
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
