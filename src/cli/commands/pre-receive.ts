import { parseRefUpdates } from '../../git/ref-updates.js';
import { parseCommandArgs } from '../args.js';
import { checkFormat } from '../output.js';
import { scanPushedCommits } from '../push-scan.js';
import { readStdin } from '../stdin.js';

const HELP = `Usage: leakguard pre-receive < ref lines

For self-hosted git servers, where client hooks can be skipped. Install in a
bare repository as hooks/pre-receive:

  #!/bin/sh
  exec leakguard pre-receive

Reads <old sha> <new sha> <ref> lines on stdin, scans only the commits the
push brings in (new branches and tags against everything the server already
has, updates and force-pushes against the old tip; deletions skipped), and
rejects the whole push if any adds a secret. The pusher sees the redacted
findings. Config (leakguard.config.json) and .leakguardignore are read from the
repository directory (and a .leakguard-baseline.json, if one is there).

Options: --format <human|json>, -h/--help
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'pre-receive');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  checkFormat(format, 'pre-receive');
  // A server repository is bare: git runs the hook inside it, and it has no work tree.
  const root = process.cwd();
  const updates = parseRefUpdates(await readStdin(), 'pre-receive');
  // pre-receive runs before any ref moves, so --all is exactly what the server already has.
  return scanPushedCommits(root, updates, ['--all'], 'the pushed commits', { format, noColor: true });
}
