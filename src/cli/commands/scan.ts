import { writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { loadConfig, loadIgnoreFile } from '../../config/load.js';
import { parseSize } from '../../config/schema.js';
import { LeakguardError } from '../../errors.js';
import { repoRoot } from '../../git/repo.js';
import { runPipeline } from '../../pipeline.js';
import { formatters } from '../../report/index.js';
import type { ReportMeta } from '../../report/types.js';
import { filesSource } from '../../sources/files.js';
import { stagedSource } from '../../sources/staged.js';
import { stdinSource } from '../../sources/stdin.js';
import { VERSION } from '../../version.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard scan [--staged | <path>… | -] [options]

Sources (one of):
  --staged                 the staged changes (what the next commit adds); what the hook runs
  <path>…                  files and directories (default: .); .gitignore is honoured in a repo
  -                        standard input

Options:
  --no-git                 scan paths as plain files: no repository needed, no .gitignore
  --format <name>          human (default) or json
  --report <file>          also write the report (in --format) to a file; the terminal shows the summary
  --config <file>          config file (default: leakguard.config.json or package.json "leakguard")
  --min-confidence <level> low, medium or high (default: from config, else low)
  --max-file-size <size>   skip larger files with a notice (default 5MB)
  --stdin-name <path>      file name to report for stdin (also picks path-based rules, e.g. .env)
  --no-color               plain output (also: NO_COLOR=1)
  -h, --help               this help

Exit codes: 0 no secrets, 1 secrets found, 2 usage or runtime error.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      staged: { type: 'boolean' },
      'no-git': { type: 'boolean' },
      format: { type: 'string' },
      report: { type: 'string' },
      config: { type: 'string' },
      'min-confidence': { type: 'string' },
      'max-file-size': { type: 'string' },
      'stdin-name': { type: 'string' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'scan',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  const formatter = formatters[format];
  if (!formatter) throw new LeakguardError(`scan: unknown --format "${format}" (known: ${Object.keys(formatters).join(', ')})`);
  const fromStdin = positionals.length === 1 && positionals[0] === '-';
  if (positionals.includes('-') && !fromStdin) throw new LeakguardError('scan: "-" (stdin) cannot be combined with paths');
  if (values.staged && positionals.length) throw new LeakguardError('scan: --staged scans the index; do not pass paths with it (use lint-staged mode: leakguard scan --staged -- <paths> is not supported yet)');
  if (values.staged && values['no-git']) throw new LeakguardError('scan: --staged needs a git repository; it cannot be combined with --no-git');

  const cwd = process.cwd();
  const useGit = !values['no-git'] && !fromStdin;
  // Outside a repository, stdin and --no-git still work; config is read from the current directory.
  const root = useGit ? await repoRoot(cwd) : await repoRoot(cwd).catch(() => cwd);
  const config = await loadConfig(root, values.config);
  if (values['min-confidence']) {
    const level = values['min-confidence'];
    if (level !== 'low' && level !== 'medium' && level !== 'high') throw new LeakguardError('scan: --min-confidence must be low, medium or high');
    config.minConfidence = level;
  }
  if (values['max-file-size']) config.maxFileSize = parseSize(values['max-file-size'], () => {
    throw new LeakguardError('scan: --max-file-size must be a size such as 500KB or 5MB');
  });
  const ignore = await loadIgnoreFile(root);

  let meta: Omit<ReportMeta, 'color'>;
  let items;
  if (values.staged) {
    items = stagedSource(root, config.maxFileSize);
    meta = { target: 'staged changes', mode: 'staged', version: VERSION };
  } else if (fromStdin) {
    items = stdinSource(values['stdin-name'] ?? '(stdin)', config.maxFileSize);
    meta = { target: 'stdin', mode: 'stdin', version: VERSION };
  } else {
    const given = positionals.length ? positionals : ['.'];
    items = useGit
      ? filesSource(root, given.map((p) => toRootRelative(root, cwd, p)), { useGit, maxBytes: config.maxFileSize })
      : filesSource(cwd, given, { useGit, maxBytes: config.maxFileSize });
    meta = { target: positionals.length ? positionals.join(', ') : 'the working tree', mode: 'files', version: VERSION };
  }

  // A file name given to stdin only selects path-aware rules; nothing is being committed.
  const result = await runPipeline(items, { config, ignore, fileRules: !fromStdin });
  const color = format === 'human' && !values.report && useColor(process.stdout, values['no-color'] ? false : undefined);
  const text = formatter(result, { ...meta, color });
  if (values.report) {
    await writeFile(values.report, text).catch((e: Error) => {
      throw new LeakguardError(`cannot write report to ${values.report}: ${e.message}`);
    });
    process.stdout.write(formatters.human!(result, { ...meta, color: useColor(process.stdout, values['no-color'] ? false : undefined) }));
  } else {
    process.stdout.write(text);
  }
  return result.findings.length ? 1 : 0;
}

/** A path given on the command line, relative to the repository root with `/` separators. */
function toRootRelative(root: string, cwd: string, p: string): string {
  const rel = relative(root, resolve(cwd, p)).split(sep).join('/');
  if (rel.startsWith('..')) throw new LeakguardError(`scan: ${p} is outside the repository at ${root} (use --no-git to scan it as a plain folder)`);
  return rel === '' ? '.' : rel;
}
