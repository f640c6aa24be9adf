import { loadConfig, loadIgnoreFile } from '../../config/load.js';
import { repoRoot } from '../../git/repo.js';
import { parseRefUpdates, revisionsFor } from '../../git/ref-updates.js';
import { runPipeline } from '../../pipeline.js';
import { commitsSource } from '../../sources/commits.js';
import { VERSION } from '../../version.js';
import { parseCommandArgs } from '../args.js';
import { checkFormat, emitResult } from '../output.js';
import { loadBaseline } from '../../config/baseline.js';
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
  const revs = await revisionsFor(root, updates, known);
  const config = await loadConfig(root);
  const ignore = new Set([...(await loadIgnoreFile(root)), ...(await loadBaseline(root))]);
  const items = revs ? commitsSource(root, revs, config.maxFileSize) : (async function* () {})();
  const result = await runPipeline(items, { config, ignore, fileRules: true });
  return emitResult(result, { target: `commits being pushed${remote ? ` to ${remote}` : ''}`, mode: 'push', version: VERSION }, { format, noColor: values['no-color'], failOn: config.failOn });
}
