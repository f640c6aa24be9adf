import { existsSync, promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, loadGitleaksIgnore, loadIgnoreFile, withGitleaks } from '../../config/load.js';
import { parseSize } from '../../config/schema.js';
import { BASELINE_FILE, loadBaseline } from '../../config/baseline.js';
import { LeakguardError } from '../../errors.js';
import { shellWord } from '../../report/quote-path.js';
import { repoRoot, toRootRelative } from '../../git/repo.js';
import { git } from '../../git/run.js';
import { runPipeline, type ScanResult } from '../../pipeline.js';
import { repositoryReader } from '../../sources/repository.js';
import { mark } from '../../timing.js';
import type { ReportMeta } from '../../report/types.js';
import { filesSource } from '../../sources/files.js';
import { stagedSource } from '../../sources/staged.js';
import { stdinSource } from '../../sources/stdin.js';
import { VERSION } from '../../version.js';
import { shortRun } from '../short-run.js';
import { parseCommandArgs } from '../args.js';
import { checkFormat, emitResult } from '../output.js';
import { commitsSource } from '../../sources/commits.js';
import { countCommits } from '../../git/log.js';
import { MissingObjectError } from '../../git/missing.js';
import { showsProgress, withProgress } from '../progress.js';
import { annotatePresence } from '../../git/presence.js';
import { allTagObjects, tagMessagesSource } from '../../sources/tags.js';
import { isMessagePath, type SourceItem } from '../../sources/types.js';
import { isBlocking } from '../../detect/types.js';
import { detectPackageManager } from '../../init/package-manager.js';

const HELP = `Usage: leakguard scan [--staged | <path>… | -] [options]

Sources (one of):
  --staged [<file>…]       the staged changes (what the next commit adds); what the hook runs.
                           With files (as lint-staged passes them): only their staged changes
    --full-files           with --staged: the whole staged version of each changed file, not only added lines
  --range <revs>           the lines added by each commit in a range, e.g. origin/main..HEAD
  --history                every commit reachable from any branch, tag or other ref
    --include-stashes      with --history: also every stash entry (what git stash saved)
    --since <date>         with --history or --range: only commits after this date
    --skip-missing         with --history or --range, in a clone that lacks objects (a partial clone, an
                           incomplete copy): scan what is there and list each change to a missing object
                           as not scanned (without it, the scan stops and names what to fetch)
  <path>…                  files and directories (default: .); .gitignore is honoured in a repo
  -                        standard input

Options:
  --no-git                 scan paths as plain files: no repository needed, no .gitignore
  --format <name>          human (default), json, sarif, junit, csv, html (audit page) or gitlab
  --report <file>          also write the report (in --format) to a file; the terminal shows the summary
  --baseline <file>        report only findings not in this baseline (default: ${BASELINE_FILE} if present)
  --no-baseline            report every finding, even baselined ones
  --no-inline-allow        ignore every inline marker (leakguard:allow, gitleaks:allow, #nosec,
                           NOSONAR, noqa: S105…): an audit of what the markers hide
  --config <file>          config file (default: leakguard.config.json or package.json "leakguard";
                           with neither, a .gitleaks.toml is read: migration from gitleaks)
  --gitleaks-config <file> add a gitleaks config's rules and allowlists (reports what it could not map)
  --min-confidence <level> low, medium or high (default: from config, else low)
  --fail-on <level>        only findings of this confidence or higher fail (exit 1); lower ones are warnings (default: config failOn, else low)
  --max-file-size <size>   do not scan larger files (default 100MB; config maxFileSize); they are listed, and
                           with --staged they block. Large files below it are scanned in overlapping pieces
  --stdin-name <path>      file name to report for stdin (also picks path-based rules, e.g. .env)
  --verify                 ask each provider whether the credentials found still work (one read-only
                           request per credential; see leakguard verify --help). Not with --staged unless
                           the config says "verify": { "inHooks": true }
    --only-live            with --verify: report only credentials the provider still accepts
    --fail-on-live         with --verify: exit 1 only when a credential is live (for CI)
  --no-color               plain output (also: NO_COLOR=1)
  -h, --help               this help

Exit codes: 0 no secrets, 1 secrets found, 2 usage or runtime error.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      staged: { type: 'boolean' },
      'full-files': { type: 'boolean' },
      range: { type: 'string' },
      history: { type: 'boolean' },
      'include-stashes': { type: 'boolean' },
      since: { type: 'string' },
      'skip-missing': { type: 'boolean' },
      'no-git': { type: 'boolean' },
      format: { type: 'string' },
      report: { type: 'string' },
      baseline: { type: 'string' },
      'no-baseline': { type: 'boolean' },
      'no-inline-allow': { type: 'boolean' },
      config: { type: 'string' },
      'gitleaks-config': { type: 'string' },
      'min-confidence': { type: 'string' },
      'fail-on': { type: 'string' },
      'max-file-size': { type: 'string' },
      'stdin-name': { type: 'string' },
      'no-color': { type: 'boolean' },
      verify: { type: 'boolean' },
      'only-live': { type: 'boolean' },
      'fail-on-live': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'scan',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'human';
  checkFormat(format, 'scan');
  const fromStdin = positionals.length === 1 && positionals[0] === '-';
  if (positionals.includes('-') && !fromStdin) throw new LeakguardError('scan: "-" (stdin) cannot be combined with paths');
  // A range is handed to git log; refuse anything git could read as an option.
  if (values.range?.startsWith('-')) throw new LeakguardError(`scan: --range "${values.range}" is not a revision range`);
  if (values.range !== undefined) checkRangeSides(values.range);
  const commitScan = values.range !== undefined || values.history === true;
  if (values.range && values.history) throw new LeakguardError('scan: use either --range or --history');
  if (commitScan && (values.staged || positionals.length || values['no-git'])) throw new LeakguardError('scan: --range/--history scan commits; they cannot be combined with --staged, paths or --no-git');
  if (values.since && !commitScan) throw new LeakguardError('scan: --since goes with --history or --range');
  if (values['skip-missing'] && !commitScan) throw new LeakguardError('scan: --skip-missing goes with --history or --range');
  if (values.since?.startsWith('-')) throw new LeakguardError(`scan: --since "${values.since}" is not a date`);
  if (values.staged && values['no-git']) throw new LeakguardError('scan: --staged needs a git repository; it cannot be combined with --no-git');
  if ((values['only-live'] || values['fail-on-live']) && !values.verify) throw new LeakguardError('scan: --only-live and --fail-on-live go with --verify (or leakguard verify)');

  const cwd = process.cwd();
  const useGit = !values['no-git'] && !fromStdin;
  // Outside a repository, stdin and --no-git still work; config is read from the current directory.
  const root = useGit ? await repoRoot(cwd, { bare: commitScan }) : await repoRoot(cwd).catch(() => cwd);
  const config = await loadConfig(root, values.config);
  mark('config');
  if (values['gitleaks-config']) withGitleaks(config, resolve(cwd, values['gitleaks-config']));
  for (const n of config.notices ?? []) process.stderr.write(`leakguard: ${n}\n`);
  if (values['min-confidence']) {
    const level = values['min-confidence'];
    if (level !== 'low' && level !== 'medium' && level !== 'high') throw new LeakguardError('scan: --min-confidence must be low, medium or high');
    config.minConfidence = level;
    // Said for this run: it holds for every file, monorepo overrides included.
    for (const o of config.overrides) delete o.minConfidence;
  }
  if (values['fail-on']) {
    const level = values['fail-on'];
    if (level !== 'low' && level !== 'medium' && level !== 'high') throw new LeakguardError('scan: --fail-on must be low, medium or high');
    config.failOn = level;
    for (const o of config.overrides) delete o.failOn;
  }
  if (values['max-file-size']) config.maxFileSize = parseSize(values['max-file-size'], () => {
    throw new LeakguardError('scan: --max-file-size must be a size such as 500KB or 5MB');
  });
  if (values['no-inline-allow']) config.inlineAllow = false;
  const ignore = await loadIgnoreFile(root);
  if (!values['no-baseline']) {
    const explicit = values.baseline;
    for (const fp of await loadBaseline(root, explicit ?? undefined, explicit !== undefined)) ignore.add(fp);
  }

  let meta: Omit<ReportMeta, 'color'>;
  let items;
  if (commitScan) {
    const since = values.since ? [`--since=${values.since}`] : [];
    // Stash commits are merges, which `git log -p` shows without a patch: they are
    // left out of --all and, with --include-stashes, read as their first-parent diffs.
    const revs = [...(values.range ? [values.range] : ['--exclude=refs/stash', '--all']), ...since];
    const skipMissing = values['skip-missing'] === true;
    const commits = values.range ? commitsSource(root, revs, config.maxFileSize, { skipMissing }) : withTags(root, commitsSource(root, revs, config.maxFileSize, { skipMissing }));
    const withStashes = values['include-stashes'] && (await hasStash(root))
      ? (async function* () {
          yield* commits;
          yield* commitsSource(root, ['-g', '--diff-merges=first-parent', 'refs/stash', ...since], config.maxFileSize);
        })()
      : commits;
    // The total is only for a progress bar: not counted (a whole walk of the history, before git log starts) when none is shown.
    items = withProgress(withStashes, showsProgress() ? await countCommits(root, revs) : 0);
    meta = { target: values.range ? `commits ${values.range}` : 'the history of every branch and tag', mode: 'history', version: VERSION };
  } else if (values.staged) {
    // With paths (lint-staged passes the staged file names), only those files' staged changes.
    const pathspecs = positionals.map((p) => `:(literal)${toRootRelative(root, cwd, p)}`);
    items = stagedSource(root, config.maxFileSize, pathspecs, values['full-files'] === true, undefined, shortRun);
    meta = { target: 'staged changes', mode: 'staged', version: VERSION };
  } else if (fromStdin) {
    items = stdinSource(values['stdin-name'] ?? '(stdin)', config.maxFileSize);
    meta = { target: 'stdin', mode: 'stdin', version: VERSION };
  } else {
    const given = positionals.length ? positionals : ['.'];
    if (positionals.length) await checkNamedPaths(cwd, positionals);
    items = useGit
      ? filesSource(root, given.map((p) => toRootRelative(root, cwd, p)), { useGit, maxBytes: config.maxFileSize })
      : filesSource(cwd, given, { useGit, maxBytes: config.maxFileSize });
    meta = { target: positionals.length ? positionals.join(', ') : 'the working tree', mode: 'files', version: VERSION };
  }

  // Evidence across files reads the repository as this scan sees it (none for stdin or a plain folder).
  const repository = commitScan ? repositoryReader(root, 'commits') : values.staged ? repositoryReader(root, 'index') : !fromStdin && useGit ? repositoryReader(root, 'tree') : undefined;
  // A file name given to stdin only selects path-aware rules; nothing is being committed.
  const ignoreLocations = await loadGitleaksIgnore(root);
  // A staged change is a short run: build only the rule families its text needs.
  const result = await runPipeline(items, { config, ignore, ignoreLocations, fileRules: !fromStdin, rulesAsNeeded: values.staged === true, ...(repository ? { repository } : {}) }).catch((e: unknown) => {
    if (e instanceof MissingObjectError && !values['skip-missing']) throw new LeakguardError(`${e.message}\nOr scan what is there, listing each change to a missing object as not scanned: ${['npx', 'leakguard', 'scan', ...argv, '--skip-missing'].map(shellWord).join(' ')}`);
    throw e;
  });
  mark('scan');
  if (values.verify) {
    if (values.staged && !config.verify.inHooks) {
      throw new LeakguardError(`scan: --verify sends each credential found to its provider, which the commit path never does unless asked: set "verify": { "inHooks": true } in ${config.source ?? 'leakguard.config.json'}, or verify after the fact (leakguard verify)`);
    }
    await verifyAndReport(result, values['only-live'] === true);
  }
  // The audit formats say whether each historic secret is still at HEAD and when it left.
  // (A message stays in its commit forever: "still at HEAD" does not apply to it.)
  if (commitScan && (format === 'html' || format === 'json')) await annotatePresence(root, result.findings.filter((f) => !isMessagePath(f.file)));
  if (meta.mode === 'staged' && result.findings.some((f) => isBlocking(f, config.failOn))) meta = { ...meta, fixCommand: fixCommand(root) };
  // The hook mode fails closed: what it could not read may be the leak.
  const named = meta.mode === 'files' && positionals.length ? positionals.map((p) => (useGit ? toRootRelative(root, cwd, p) : p)) : undefined;
  const code = await emitResult(result, meta, { format, report: values.report, noColor: values['no-color'], failOn: config.failOn, failClosed: meta.mode === 'staged', ...(named ? { named } : {}), failOnLive: values['fail-on-live'] === true, ...(config.source ? { configFile: config.source } : {}) });
  mark('output');
  return code;
}

/**
 * An empty side is what an unset CI variable leaves (`$BASE..$HEAD` → `..`): git reads it as HEAD,
 * so `..` scans nothing and passes, and an empty range would have scanned the whole history.
 * Both are usage errors; a side meaning HEAD is written HEAD.
 */
function checkRangeSides(range: string): void {
  if (range.trim() === '') throw new LeakguardError('scan: --range is empty (an unset variable?): give the commits to scan, e.g. --range origin/main..HEAD');
  const at = range.indexOf('..');
  if (at < 0) return;
  const dots = range.startsWith('...', at) ? '...' : '..';
  const [start, end] = [range.slice(0, at), range.slice(at + dots.length)];
  const empty = [start.trim() === '' ? `the start (before "${dots}")` : '', end.trim() === '' ? `the end (after "${dots}")` : ''].filter(Boolean);
  if (empty.length) throw new LeakguardError(`scan: --range "${range}": ${empty.join(' and ')} ${empty.length > 1 ? 'are' : 'is'} empty (an unset variable?). Name both sides, e.g. --range origin/main..HEAD (write HEAD where you mean it)`);
}

/** Paths named on the command line must exist: a typo (scan srcc/) would otherwise pass as "no secrets found in 0 files". */
async function checkNamedPaths(cwd: string, paths: string[]): Promise<void> {
  const missing: string[] = [];
  await Promise.all(paths.map((p) => fsp.lstat(resolve(cwd, p)).catch((e: NodeJS.ErrnoException) => void (e.code === 'ENOENT' || e.code === 'ENOTDIR' ? missing.push(p) : undefined))));
  if (missing.length) throw new LeakguardError(`scan: ${missing.map((p) => JSON.stringify(p)).join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist in ${cwd}: nothing scanned. Check the path${missing.length === 1 ? '' : 's'}.`);
}

/** Verification, said on stderr (stdout keeps the report format clean). */
async function verifyAndReport(result: ScanResult, onlyLive: boolean): Promise<void> {
  const candidates = result.findings.length;
  if (candidates) process.stderr.write(`leakguard: asking the providers about ${candidates} finding${candidates === 1 ? '' : 's'}…\n`);
  // Loaded only here: node:https and node:tls would cost every commit hook their start-up.
  const { verifyFindings } = await import('../../verify/index.js');
  const s = await verifyFindings(result.findings);
  if (candidates) process.stderr.write(`leakguard: verified: ${s.live} live, ${s.revoked} revoked, ${s.unknown} unknown (${s.requests} request${s.requests === 1 ? '' : 's'}; ${candidates - s.live - s.revoked - s.unknown} with no verifier)\n`);
  if (onlyLive) result.findings = result.findings.filter((f) => f.verification?.status === 'live');
}

/** The history of every ref includes what annotated tags say. */
async function* withTags(root: string, commits: AsyncIterable<SourceItem>): AsyncGenerator<SourceItem> {
  yield* commits;
  yield* tagMessagesSource(root, await allTagObjects(root));
}

async function hasStash(root: string): Promise<boolean> {
  const out = await git(['rev-parse', '--verify', '--quiet', 'refs/stash'], { cwd: root, okCodes: [1] });
  return out.toString('utf8').trim() !== '';
}


/** `leakguard fix` as this project runs its tools: through its package manager when it has a package.json. */
function fixCommand(root: string): string {
  if (!existsSync(join(root, 'package.json'))) return 'leakguard fix';
  const pm = detectPackageManager(join(root, 'package.json'), root);
  return pm.name === 'pnpm' ? 'pnpm exec leakguard fix' : pm.name === 'yarn' ? 'yarn leakguard fix' : pm.name === 'bun' ? 'bunx leakguard fix' : 'npx leakguard fix';
}
