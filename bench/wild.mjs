// Real-code benchmark (`npm run wild`): leakguard on public repositories we did
// not write and that hold no live secrets. Our own corpus proves the rules
// work; this proves they are quiet on ordinary code, where a hook that blocks
// gets bypassed with --no-verify.
//
// For every repository pinned in bench/wild-manifest.json it scans the working
// tree at the pinned commit and the full history behind it, with the default
// configuration, and prints per repository the blocking findings (the ones that
// would stop a commit) and the warnings, with totals and time. Every blocking
// finding must have a verdict in bench/wild-triage.json (keyed by fingerprint);
// an untriaged one fails the run (exit 1), so a precision regression cannot hide.
//
// Not part of `npm test`: CI has no network and the repositories are not
// committed. Bring them onto the machine with the search tool's fetch (a bare
// git directory in /work/.mirror/<owner>+<name>/repo); the script says which
// are missing and runs the rest.
//
//   node bench/wild.mjs [--set tuning|holdout] [--only owner/name,…] [--no-history] [--draft <file>] [--list] [--figures-only]
//
// --figures-only: the table and the counts, no finding's line (not even the untriaged ones'): for measuring new
// holdout repositories at first sight without reading their findings.
//
// Repositories are in two sets: "tuning" (looked at to change rules) and "holdout" (measured as
// first seen, never tuned on; see the manifest). Each set gets its own averages, and each history a
// commit replay figure: commits in 1,000 whose added lines the commit hook would have blocked (the
// introducing commit of each blocking finding and every commit that added it again).
//   WILD_MIRRORS=<dir>  where the bare repositories are (default /work/.mirror)
//   WILD_DIR=<dir>      where working clones are kept (default $TMPDIR/leakguard-wild)
//   SECRETLINT_BIN=<path>  also run secretlint (recommended preset) on each tree
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.cjs');
const args = process.argv.slice(2);
const USAGE = 'usage: node bench/wild.mjs [--set tuning|holdout] [--only owner/name,…] [--no-history] [--draft <file>] [--list] [--figures-only]';
const FLAGS = new Set(['--set', '--only', '--draft', '--no-history', '--list', '--figures-only']);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
// An unknown option would otherwise start the whole (hour-long) run with the defaults.
const unknown = args.find((a) => a.startsWith('-') && !FLAGS.has(a));
if (unknown) {
  console.error(`wild: unknown option ${unknown}\n${USAGE}`);
  process.exit(2);
}
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ONLY = opt('--only')?.split(',');
const SET = opt('--set');
const HISTORY = !args.includes('--no-history');
const DRAFT = opt('--draft');
// --list: every blocking finding with its verdict (reading a tuning set's findings for the next general mechanism).
const FIGURES_ONLY = args.includes('--figures-only');
const LIST = args.includes('--list') && !FIGURES_ONLY;
const MIRRORS = process.env.WILD_MIRRORS ?? '/work/.mirror';
const WORK = process.env.WILD_DIR ?? join(tmpdir(), 'leakguard-wild');

// The CLI loads some dependencies only when it meets what needs them (fflate for a zip in history): run
// before `npm ci` has finished and those archives go unread, and the figures quietly change.
const needs = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
const unresolved = needs.filter((id) => {
  try {
    createRequire(CLI).resolve(id);
    return false;
  } catch {
    return true;
  }
});
if (unresolved.length) {
  console.error(`wild: the CLI's dependencies are not installed (${unresolved.join(', ')}): run \`npm ci\` first.`);
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'bench/wild-manifest.json'), 'utf8'));
const triageFile = join(ROOT, 'bench/wild-triage.json');
const triage = existsSync(triageFile) ? JSON.parse(readFileSync(triageFile, 'utf8')).findings : {};
const VERDICTS = new Set(['leak', 'test-fixture', 'demo-value', 'documentation', 'false-positive']);
for (const [fp, t] of Object.entries(triage)) {
  if (!VERDICTS.has(t.verdict) || !t.reason) throw new Error(`wild-triage.json: ${fp} needs a verdict (${[...VERDICTS].join(', ')}) and a reason`);
}

// The defaults, whatever configuration a repository carries (a .gitleaks.toml would be migrated).
const emptyConfig = join(WORK, 'leakguard.defaults.json');
mkdirSync(WORK, { recursive: true });
writeFileSync(emptyConfig, '{}\n');

function sh(cmd, argv, cwd) {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return r;
}

/** A working clone of the mirror at the pinned commit (reused between runs). */
function checkout(entry) {
  const mirror = join(MIRRORS, entry.repo.replace('/', '+'), 'repo');
  if (!existsSync(mirror)) return undefined;
  const dir = join(WORK, entry.repo.replace('/', '+'));
  if (!existsSync(join(dir, '.git'))) {
    const r = sh('git', ['clone', '--quiet', '--no-checkout', mirror, dir]);
    if (r.status !== 0) throw new Error(`git clone ${mirror}: ${r.stderr}`);
  }
  const head = sh('git', ['rev-parse', 'HEAD'], dir).stdout.trim();
  if (head !== entry.commit || sh('git', ['status', '--porcelain'], dir).stdout !== '') {
    let r = sh('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--force', entry.commit], dir);
    // Some snapshots lack their largest blobs (videos, binaries): check out everything else.
    if (r.status !== 0 && /unable to read sha1 file/.test(r.stderr)) {
      leaveOutMissing(entry, dir);
      r = sh('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--force', entry.commit], dir);
    }
    if (r.status !== 0) throw new Error(`${entry.repo}: cannot check out ${entry.commit}: ${r.stderr}`);
    sh('git', ['clean', '-qfdx'], dir);
  }
  return dir;
}

/** A sparse checkout of every file but those whose blob the snapshot lacks (listed on stderr). */
function leaveOutMissing(entry, dir) {
  const listed = sh('git', ['ls-tree', '-r', '-z', '--full-tree', entry.commit], dir).stdout.split('\0').filter(Boolean);
  const blobs = listed.map((l) => ({ sha: l.split(' ')[2].split('\t')[0], path: l.slice(l.indexOf('\t') + 1) })).filter((b) => /^[0-9a-f]{40}$/.test(b.sha));
  const check = spawnSync('git', ['cat-file', '--batch-check'], { cwd: dir, input: blobs.map((b) => b.sha).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.split('\n');
  const missing = blobs.filter((_, i) => check[i]?.endsWith(' missing')).map((b) => b.path);
  const escape = (p) => p.replace(/[\\*?[!#]/g, (c) => `\\${c}`);
  const patterns = ['/*', ...missing.map((p) => `!/${escape(p)}`)].join('\n') + '\n';
  spawnSync('git', ['sparse-checkout', 'set', '--no-cone', '--stdin'], { cwd: dir, input: patterns, encoding: 'utf8' });
  process.stderr.write(`${entry.repo}: the snapshot lacks ${missing.length} blob(s); checked out without ${missing.join(', ')}\n`);
}

function leakguard(dir, extra) {
  const t = performance.now();
  const r = sh(process.execPath, [CLI, 'scan', '--format', 'json', '--no-baseline', '--config', emptyConfig, ...extra], dir);
  const ms = performance.now() - t;
  // The snapshots lack files of 4 MiB and more; git cannot show a patch without them.
  if (r.status === 2 && /unable to read|missing blob/.test(r.stderr)) return { ms, blocking: [], warnings: 0, skipped: 0, unavailable: r.stderr.trim().split('\n').pop() };
  if (r.status === 2 || !r.stdout) throw new Error(`leakguard scan ${extra.join(' ')} in ${dir}: ${r.stderr}`);
  const doc = JSON.parse(r.stdout);
  const blocking = doc.findings.filter((f) => f.blocking !== false);
  return { ms, blocking, warnings: doc.findings.length - blocking.length, skipped: doc.skipped.length, missing: doc.skipped.filter((s) => /missing from this clone/.test(s.reason)).length };
}

function secretlint(dir) {
  const bin = process.env.SECRETLINT_BIN;
  if (!bin) return undefined;
  const rc = join(WORK, 'secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const files = sh('git', ['ls-files', '-z'], dir).stdout.split('\0').filter(Boolean);
  const t = performance.now();
  let count = 0;
  // In batches: one command line cannot hold every path of a large tree.
  for (let i = 0; i < files.length; i += 2000) {
    // --output: secretlint exits before a large report piped to stdout is flushed.
    const out = join(WORK, 'secretlint-report.json');
    writeFileSync(out, '[]');
    sh(bin, ['--secretlintrc', rc, '--format', 'json', '--output', out, ...files.slice(i, i + 2000)], dir);
    for (const file of JSON.parse(readFileSync(out, 'utf8') || '[]')) count += file.messages.filter((m) => m.severity === 'error' || m.severity === 2).length;
  }
  return { ms: performance.now() - t, count };
}

const rows = [];
const untriaged = [];
const draft = {};
const missing = [];
for (const entry of manifest.repositories) {
  if (ONLY && !ONLY.includes(entry.repo)) continue;
  if (SET && (entry.set ?? 'tuning') !== SET) continue;
  const dir = checkout(entry);
  if (!dir) {
    missing.push(entry.repo);
    continue;
  }
  const tree = leakguard(dir, []);
  // --skip-missing: a snapshot lacking its largest blobs is read all the same, the missing changes listed.
  const hist = HISTORY ? leakguard(dir, ['--range', entry.commit, '--skip-missing']) : undefined;
  const sl = secretlint(dir);
  const commits = Number(sh('git', ['rev-list', '--count', entry.commit], dir).stdout.trim());
  rows.push({ entry, tree, hist, sl, commits, replay: hist && !hist.unavailable ? blockedCommits(hist.blocking) : undefined });
  for (const [where, r] of [['tree', tree], ['history', hist]]) {
    for (const f of r?.blocking ?? []) {
      if (triage[f.fingerprint]) continue;
      untriaged.push({ repo: entry.repo, where, f });
      draft[f.fingerprint] = { repo: entry.repo, where, file: f.file, line: f.line, ...(f.commit ? { commit: f.commit } : {}), ruleId: f.ruleId, context: f.context, verdict: '', reason: '' };
    }
  }
  process.stderr.write(`${entry.repo}: tree ${tree.blocking.length} blocking / ${tree.warnings} warnings${hist ? `; history ${hist.blocking.length} / ${hist.warnings}` : ''}\n`);
}

/**
 * Commits the hook would have blocked: each blocking finding's introducing commit and those that
 * added it again (alsoIn lists at most 20; occurrences counts them all, the rest assumed distinct).
 */
function blockedCommits(findings) {
  const ids = new Set();
  let unnamed = 0;
  for (const f of findings) {
    if (f.commit) ids.add(f.commit);
    for (const c of f.alsoIn ?? []) ids.add(c);
    if (f.occurrences) unnamed += Math.max(0, f.occurrences - 1 - (f.alsoIn?.length ?? 0));
  }
  return ids.size + unnamed;
}
const perMille = (r) => (r.replay === undefined || !r.commits ? undefined : (1000 * r.replay) / r.commits);

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log('\n| repository | set | language | tree: blocking | tree: warnings | history: blocking | history: warnings | blocked commits in 1,000 | secretlint (tree) | time tree / history |');
console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const { entry, tree, hist, sl } = r;
  const pm = perMille(r);
  console.log(
    `| ${entry.repo} | ${entry.set ?? 'tuning'} | ${entry.language} | ${tree.blocking.length} | ${tree.warnings} | ${hist?.unavailable ? 'n/a (snapshot lacks large blobs)' : hist ? `${hist.blocking.length}${hist.missing ? ` (${hist.missing} changes missing from the snapshot)` : ''}` : '–'} | ${hist?.unavailable ? 'n/a' : hist?.warnings ?? '–'} | ${pm === undefined ? '–' : `${pm.toFixed(1)} (${r.replay}/${r.commits})`} | ${sl ? sl.count : '–'} | ${(tree.ms / 1000).toFixed(1)} s / ${hist ? (hist.ms / 1000).toFixed(1) + ' s' : '–'} |`,
  );
}
for (const set of ['tuning', 'holdout']) {
  const of = rows.filter((r) => (r.entry.set ?? 'tuning') === set);
  if (!of.length) continue;
  const withHist = of.filter((r) => r.hist && !r.hist.unavailable);
  const worst = Math.max(0, ...withHist.map((r) => perMille(r) ?? 0));
  console.log(`\n${set}: ${of.length} repositories; blocking per tree ${(sum(of.map((r) => r.tree.blocking.length)) / of.length).toFixed(2)}, per history ${withHist.length ? (sum(withHist.map((r) => r.hist.blocking.length)) / withHist.length).toFixed(2) : '–'}; blocked commits in 1,000: worst ${worst.toFixed(1)}, all ${withHist.length ? ((1000 * sum(withHist.map((r) => r.replay))) / sum(withHist.map((r) => r.commits))).toFixed(2) : '–'}.`);
  // The same without the findings triaged as leaks: a hook that blocks a real secret did its job, so these
  // are the blocks a user would call noise (an untriaged finding counts as noise until someone looks).
  const noise = (list) => list.filter((f) => triage[f.fingerprint]?.verdict !== 'leak');
  const falseReplay = (r) => blockedCommits(noise(r.hist.blocking));
  const worstFalse = Math.max(0, ...withHist.map((r) => (r.commits ? (1000 * falseReplay(r)) / r.commits : 0)));
  console.log(`${set}, not counting leaks: blocking per tree ${(sum(of.map((r) => noise(r.tree.blocking).length)) / of.length).toFixed(2)}, per history ${withHist.length ? (sum(withHist.map((r) => noise(r.hist.blocking).length)) / withHist.length).toFixed(2) : '–'}; blocked commits in 1,000: worst ${worstFalse.toFixed(1)}, all ${withHist.length ? ((1000 * sum(withHist.map(falseReplay))) / sum(withHist.map((r) => r.commits))).toFixed(2) : '–'}.`);
  // The per-repository bound, repository by repository: each one over it, with its figure not counting leaks.
  const over = withHist.filter((r) => (perMille(r) ?? 0) > 2).sort((a, b) => perMille(b) - perMille(a));
  if (over.length) console.log(`${set}, over 2 blocked commits in 1,000: ${over.map((r) => `${r.entry.repo} ${perMille(r).toFixed(1)} (${((1000 * falseReplay(r)) / r.commits).toFixed(1)} not counting leaks)`).join(', ')}.`);
}
const n = rows.length;
const tb = sum(rows.map((r) => r.tree.blocking.length));
const hb = sum(rows.map((r) => r.hist?.blocking.length ?? 0));
const sl = rows.every((r) => r.sl) ? sum(rows.map((r) => r.sl.count)) : '–';
console.log(`| **total (${n} repositories)** | | **${tb}** | ${sum(rows.map((r) => r.tree.warnings))} | **${HISTORY ? hb : '–'}** | ${HISTORY ? sum(rows.map((r) => r.hist.warnings)) : '–'} | ${sl} | ${(sum(rows.map((r) => r.tree.ms)) / 1000).toFixed(1)} s / ${(sum(rows.map((r) => r.hist?.ms ?? 0)) / 1000).toFixed(1)} s |`);
console.log(`\nBlocking per repository: tree ${(tb / (n || 1)).toFixed(2)}, history ${(hb / (n || 1)).toFixed(2)}; repositories at 0 (tree): ${rows.filter((r) => r.tree.blocking.length === 0).length}/${n}.`);
const verdicts = {};
for (const { tree, hist } of rows) for (const f of [...tree.blocking, ...(hist?.blocking ?? [])]) {
  const v = triage[f.fingerprint]?.verdict ?? 'untriaged';
  verdicts[v] = (verdicts[v] ?? 0) + 1;
}
console.log(`Verdicts: ${Object.entries(verdicts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none needed'}.`);
if (missing.length) console.log(`Missing (fetch them first): ${missing.join(', ')}.`);
if (LIST) {
  console.log('\nEvery blocking finding:');
  for (const { entry, tree, hist } of rows) {
    for (const [where, list] of [['tree', tree.blocking], ['history', hist?.blocking ?? []]]) {
      for (const f of list) console.log(`  ${triage[f.fingerprint]?.verdict ?? 'untriaged'}  ${entry.repo} (${where}) ${f.file}:${f.line} ${f.ruleId}  ${f.context.slice(0, 120)}`);
    }
  }
}
if (DRAFT) writeFileSync(DRAFT, JSON.stringify(draft, null, 2) + '\n');
if (untriaged.length) {
  console.log(`\n${untriaged.length} blocking finding(s) without a verdict in bench/wild-triage.json:`);
  if (FIGURES_ONLY) console.log('  (not listed: --figures-only)');
  else for (const { repo, where, f } of untriaged.slice(0, 200)) console.log(`  ${repo} (${where}) ${f.file}:${f.line} ${f.ruleId} ${f.fingerprint}  ${f.context.slice(0, 140)}`);
  process.exitCode = 1;
}
