import { repoRoot } from '../../git/repo.js';
import { parseRefUpdates } from '../../git/ref-updates.js';
import { parseCommandArgs } from '../args.js';
import { checkFormat } from '../output.js';
import { scanPushedCommits } from '../push-scan.js';
import { readStdin } from '../stdin.js';

const HELP = `Usage: leakguard pre-push [<remote> [<url>]] < ref lines

What the pre-push hook runs. Reads the lines git passes a pre-push hook on
stdin (<local ref> <local sha> <remote ref> <remote sha>) and scans every
commit being pushed that the remote does not have yet: new branches, updated
branches and force-pushes; deleted branches are skipped. Catches what a
\`git commit --no-verify\` let through.

Options: --format <human|json>, --no-color, -h/--help
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'pre-push');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  checkFormat(format, 'pre-push');
  const remote = positionals[0];
  const root = await repoRoot(process.cwd());
  const input = await readStdin();
  const updates = parseRefUpdates(input, 'pre-push');
  // Commits on any of the remote's tracking refs are already there.
  const known = remote && !remote.includes('/') && !remote.includes(':') ? [`--remotes=${remote}`] : [];
  return scanPushedCommits(root, updates, known, `commits being pushed${remote ? ` to ${remote}` : ''}`, { format, noColor: values['no-color'] === true });
}
