import { join } from 'node:path';
import { BASELINE_FILE, markBaselineMergeable, writeBaseline } from '../../config/baseline.js';
import { loadConfig, loadIgnoreFile } from '../../config/load.js';
import { repoRoot } from '../../git/repo.js';
import { runPipeline } from '../../pipeline.js';
import { commitsSource } from '../../sources/commits.js';
import { filesSource } from '../../sources/files.js';
import { quotePath } from '../../report/quote-path.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: leakguard baseline [--history] [--output <file>]

Records the fingerprints of today's findings in ${BASELINE_FILE}, so that
hooks and scans report only new leaks from now on. Commit the file. It holds
fingerprints (rule, path and a hash), never secrets, and no line numbers, so
it does not change when code moves.

  --history         also record findings in every commit of every branch and tag
  --output <file>   write elsewhere (default: ${BASELINE_FILE} at the repository root)
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { history: { type: 'boolean' }, output: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'baseline');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = await repoRoot(process.cwd());
  const config = await loadConfig(root);
  const ignore = await loadIgnoreFile(root);
  const tree = await runPipeline(filesSource(root, ['.'], { useGit: true, maxBytes: config.maxFileSize }), { config, ignore });
  let findings = tree.findings;
  if (values.history) {
    const hist = await runPipeline(commitsSource(root, ['--all'], config.maxFileSize), { config, ignore });
    findings = findings.concat(hist.findings);
  }
  const file = values.output ?? join(root, BASELINE_FILE);
  const n = await writeBaseline(file, findings);
  const marked = await markBaselineMergeable(root, file);
  process.stdout.write(`leakguard: recorded ${n} known finding${n === 1 ? '' : 's'} in ${values.output ?? BASELINE_FILE}. Commit it${marked ? ' and .gitattributes' : ''}; new leaks will still be blocked.\n`);
  if (marked) process.stdout.write(`leakguard: ${marked}.\n`);
  const unread = tree.skipped.filter((s) => s.unscanned);
  if (unread.length) {
    // Whatever is in them is not in the baseline, so a later scan that can read them will report it.
    process.stderr.write(`leakguard: the baseline is incomplete: ${unread.length} file${unread.length === 1 ? '' : 's'} could not be scanned: ${unread.slice(0, 10).map((s) => `${quotePath(s.path)} (${s.reason})`).join(', ')}${unread.length > 10 ? ', …' : ''}. Make ${unread.length === 1 ? 'it' : 'them'} readable, then run leakguard baseline again.\n`);
    return 2;
  }
  return 0;
}
