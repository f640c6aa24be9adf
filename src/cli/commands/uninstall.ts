import { spawnSync } from 'node:child_process';
import { repoRoot } from '../../git/repo.js';
import { apply } from '../../init/changes.js';
import { finishUninstall, planUninstall } from '../../init/uninstall.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: leakguard uninstall [--dry-run]

Removes exactly what \`leakguard init\` added: its blocks in the hook files (and
the hook files it created), the package.json entries and .gitignore lines it
added. Your own hook lines and settings are kept.
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'uninstall');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const dry = values['dry-run'] === true;
  const root = await repoRoot(process.cwd());
  const plan = await planUninstall(root, process.cwd());
  const say = (s: string) => process.stdout.write(s + '\n');
  say(`leakguard uninstall${dry ? ' (dry run: nothing is written)' : ''} — ${root}`);
  if (plan.changes.length === 0) say('Nothing of leakguard\'s to remove.');
  for (const ch of plan.changes) say(`  ${dry ? 'would change' : 'changed'} ${ch.display}: ${ch.reason}`);
  if (!dry) {
    apply(plan.changes);
    const installer = plan.manifest?.installer;
    if (installer && spawnSync(installer.cmd, installer.args, { cwd: root, stdio: 'ignore' }).status === 0) say(`  ran ${installer.cmd.slice(installer.cmd.lastIndexOf('/') + 1)} ${installer.args.join(' ')} to update the git hooks`);
    const extra = await finishUninstall(root, plan.manifest);
    if (extra) say(`  ${extra}`);
  }
  for (const n of plan.notes) say(n);
  return 0;
}
