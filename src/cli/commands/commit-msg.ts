import { promises as fsp } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, loadKnown } from '../../config/load.js';
import { LeakguardError } from '../../errors.js';
import { repoRoot } from '../../git/repo.js';
import { git } from '../../git/run.js';
import { runPipeline } from '../../pipeline.js';
import { COMMIT_MESSAGE, type SourceItem } from '../../sources/types.js';
import { VERSION } from '../../version.js';
import { shortRun } from '../short-run.js';
import { parseCommandArgs } from '../args.js';
import { checkFormat, emitResult } from '../output.js';

const HELP = `Usage: leakguard commit-msg <message file>

What the commit-msg hook runs (git passes the file holding the message being
written, usually .git/COMMIT_EDITMSG). Blocks a message that holds a secret,
with the line and a redacted preview; the message is kept in that file, so
\`git commit -e -F .git/COMMIT_EDITMSG\` reopens it to reword. Comment lines and
everything below the scissors line of \`git commit -v\` are not part of the
message and are not scanned. --no-verify users are caught by pre-push.

Options: --format <human|json>, --no-color, -h/--help
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'commit-msg');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  checkFormat(format, 'commit-msg');
  if (positionals.length !== 1) throw new LeakguardError('commit-msg: give the message file git passes the hook (leakguard commit-msg "$1")');
  const root = await repoRoot(process.cwd());
  const file = resolve(process.cwd(), positionals[0]!);
  const raw = await fsp.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new LeakguardError(`commit-msg: cannot read the message file ${file}: ${e.code ?? e.message}`);
  });
  shortRun(raw.length);
  const config = await loadConfig(root);
  const ignore = await loadKnown(root);
  const text = messageOf(raw, await commentChar(root));
  async function* items(): AsyncGenerator<SourceItem> {
    yield { path: COMMIT_MESSAGE, text };
  }
  const result = await runPipeline(items(), { config, ignore, fileRules: false, rulesAsNeeded: true });
  return emitResult(result, { target: 'the commit message', mode: 'staged', version: VERSION, messageFile: positionals[0]! }, { format, noColor: values['no-color'] === true, failOn: config.failOn });
}

/**
 * The message as git will store it: without comment lines, and without what
 * `git commit -v` shows below the scissors line (the staged diff, which the
 * pre-commit hook has scanned already). Lines keep their numbers.
 */
export function messageOf(raw: string, comment: string): string {
  const lines = raw.split('\n');
  const scissors = lines.findIndex((l) => l === `${comment} ------------------------ >8 ------------------------`);
  return (scissors >= 0 ? lines.slice(0, scissors) : lines).map((l) => (l.startsWith(comment) ? '' : l)).join('\n');
}

async function commentChar(root: string): Promise<string> {
  const v = (await git(['config', '--get', 'core.commentChar'], { cwd: root, okCodes: [1] })).toString('utf8').trim();
  return v && v !== 'auto' ? v : '#';
}
