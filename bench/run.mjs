// Benchmarks (`npm run bench`): medians and ratios against the floors that
// bound what a hook can cost. Never part of `npm test`; no thresholds here —
// the numbers are for people to read and quote. The machine is noisy: runs are
// interleaved and the median is reported.
//
//   node bench/run.mjs [--runs N] [--only hook|commit|throughput|history|purge] [--repo <path>] [--commits N] [--base <checkout> (purge)]
//   SECRETLINT_BIN=/path/to/secretlint node bench/run.mjs   # compare with secretlint
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { generateSourceFile, makeGenerator } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.cjs');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 21;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/** `--base <checkout>`: purge rows for another build too, interleaved (its dist/cli.cjs). */
const BASE_CLI = args.includes('--base') ? join(resolve(args[args.indexOf('--base') + 1]), 'dist/cli.cjs') : undefined;

const HAS_GNU_TIME = existsSync('/usr/bin/time');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs each command RUNS times, interleaved, and returns medians in ms. */
function timeCommands(cmds, cwd, env) {
  const samples = cmds.map(() => []);
  for (let i = 0; i < RUNS + 2; i++) {
    cmds.forEach((c, j) => {
      const t = performance.now();
      const r = spawnSync(c.cmd[0], c.cmd.slice(1), { cwd, env: c.env ? { ...env, ...c.env } : env, stdio: [c.input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], input: c.input });
      const dt = performance.now() - t;
      if (r.error) throw r.error;
      if (i >= 2) samples[j].push(dt); // two warm-up rounds fill the page cache
    });
  }
  return samples.map(median);
}

function table(title, rows, floorName) {
  const floor = rows.find((r) => r.name === floorName)?.ms;
  console.log(`\n${title}`);
  console.log(`| command | median | vs ${floorName} |`);
  console.log('|---|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(1)} ms | ${floor ? (r.ms / floor).toFixed(2) + 'x' : ''} |`);
}

/** secretlint from SECRETLINT_BIN, this project's node_modules, or PATH (benchmark-only, never a dependency). */
function findSecretlint() {
  const candidates = [process.env.SECRETLINT_BIN, join(ROOT, 'node_modules/.bin/secretlint')].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  const which = spawnSync('sh', ['-c', 'command -v secretlint'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

/**
 * Whole `git commit` cost with the hook installed by `leakguard init`, against
 * the same commit with --no-verify: what a developer actually feels.
 */
function benchCommit() {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-commit-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', LEAKGUARD_BIN: `${process.execPath} ${CLI}` };
  try {
    const git = gitRepo(dir, env);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench', private: true }));
    execFileSync(process.execPath, [CLI, 'init'], { cwd: dir, env, stdio: 'ignore' });
    const gen = makeGenerator(3);
    for (let f = 0; f < 20; f++) writeFileSync(join(dir, `f${f}.ts`), generateSourceFile(gen, 100));
    git('add', '-A');
    git('commit', '-q', '--no-verify', '-m', 'seed');
    const times = { hook: [], none: [] };
    for (let i = 0; i < RUNS + 2; i++) {
      for (const kind of ['hook', 'none']) {
        for (let f = 0; f < 20; f++) writeFileSync(join(dir, `f${f}.ts`), generateSourceFile(gen, 10), { flag: 'a' });
        git('add', '-A');
        const t = performance.now();
        const r = spawnSync('git', ['commit', '-q', '-m', `c${i}`, ...(kind === 'none' ? ['--no-verify'] : [])], { cwd: dir, env, stdio: 'ignore' });
        const dt = performance.now() - t;
        if (r.status !== 0) throw new Error('bench commit failed');
        if (i >= 2) times[kind].push(dt);
      }
    }
    const hook = median(times.hook);
    const none = median(times.none);
    table(`git commit of 20 files, 200 added lines (median of ${RUNS})`, [
      { name: 'git commit --no-verify (no hook)', ms: none },
      { name: 'git commit with leakguard pre-commit (husky)', ms: hook },
    ], 'git commit --no-verify (no hook)');
    console.log(`
The hook adds ${(hook - none).toFixed(1)} ms to a commit.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a repository of `commits` commits with git fast-import (seconds, not
 * minutes): each commit edits a few of 200 files, adding ~30 lines.
 */
export function generateHistoryRepo(dir, commits, env) {
  const git = gitRepo(dir, env);
  const gen = makeGenerator(11);
  const files = new Map();
  let stream = '';
  const chunks = [];
  for (let c = 1; c <= commits; c++) {
    const touched = 1 + gen.int(3);
    let body = '';
    for (let t = 0; t < touched; t++) {
      const name = `src/m${gen.int(20)}/f${gen.int(200)}.ts`;
      const prev = files.get(name) ?? '';
      const lines = prev.split('\n');
      const at = gen.int(lines.length);
      lines.splice(at, 0, ...generateSourceFile(gen, 10 + gen.int(20)).split('\n'));
      const next = lines.slice(0, 600).join('\n');
      files.set(name, next);
      body += `M 100644 inline ${name}\ndata ${Buffer.byteLength(next)}\n${next}\n`;
    }
    const msg = `change ${c}`;
    stream += `commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@example.org> ${1600000000 + c * 60} +0000\ndata ${msg.length}\n${msg}\n${c > 1 ? `from :${c - 1}\n` : ''}${body}\n`;
    if (stream.length > 4_000_000) {
      chunks.push(stream);
      stream = '';
    }
  }
  chunks.push(stream);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, env, input: chunks.join(''), maxBuffer: 1 << 30 });
  git('reset', '-q', '--hard', 'main');
  return git;
}

function benchHistory() {
  const repoArg = args.includes('--repo') ? args[args.indexOf('--repo') + 1] : process.env.BENCH_REPO;
  const given = repoArg ? resolve(repoArg) : undefined;
  const dir = given ?? mkdtempSync(join(tmpdir(), 'leakguard-bench-history-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
  try {
    if (!given) generateHistoryRepo(dir, Number(args[args.indexOf('--commits') + 1]) || 12000, env);
    const commits = execFileSync('git', ['rev-list', '--count', '--all'], { cwd: dir, env }).toString().trim();
    const patchBytes = Number(execFileSync('sh', ['-c', 'git log -p --all --no-color | wc -c'], { cwd: dir, env }).toString().trim());
    const cmds = [
      { name: 'git log -p --all --no-color', cmd: ['sh', '-c', 'git log -p --all --no-color > /dev/null'] },
      { name: 'leakguard scan --history', cmd: [process.execPath, CLI, 'scan', '--history', '--no-baseline'] },
    ];
    // What the default becomes on a machine with a core to spare for a second git process.
    if (availableParallelism() <= 2) cmds.push({ name: 'leakguard scan --history, 2 git processes', cmd: ['env', 'LEAKGUARD_GIT_PROCESSES=2', process.execPath, CLI, 'scan', '--history', '--no-baseline'] });
    if (spawnSync('git', ['secrets', '--register-aws'], { cwd: dir, env, stdio: 'ignore' }).status === 0) {
      cmds.push({ name: 'git secrets --scan-history (AWS only)', cmd: ['git', 'secrets', '--scan-history'] });
    }
    const runs = Math.max(3, Math.min(RUNS, 5));
    const samples = cmds.map(() => []);
    let peakRss = 0;
    for (let i = 0; i < runs; i++) {
      cmds.forEach((c, j) => {
        const t = performance.now();
        // GNU time (Debian package "time") reports peak RSS; without it, time only.
        const cmd = HAS_GNU_TIME ? ['/usr/bin/time', '-f', '%M', ...c.cmd] : c.cmd;
        const r = spawnSync(cmd[0], cmd.slice(1), { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        samples[j].push(performance.now() - t);
        if (c.name === 'leakguard scan --history') peakRss = Math.max(peakRss, Number(r.stderr.trim().split('\n').pop()) || 0);
      });
    }
    const rows = cmds.map((c, i) => ({ name: c.name, ms: median(samples[i]) }));
    table(`History: ${commits} commits, ${(patchBytes / 1048576).toFixed(1)} MB of patch text, ${availableParallelism()} cores (median of ${runs})`, rows, 'git log -p --all --no-color');
    if (peakRss) {
      // GNU time reports the largest RSS in the process tree, which is git's here.
      const gitRss = Number(spawnSync('/usr/bin/time', ['-f', '%M', 'git', 'log', '-p', '-U0', '-M', '--all'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' }).stderr.trim().split('\n').pop());
      console.log(`\npeak RSS, leakguard and its git child: ${(peakRss / 1024).toFixed(0)} MB (git log -p --all alone: ${(gitRss / 1024).toFixed(0)} MB)`);
    }
    // The scanner's own peak (GNU time reports the largest process of the tree, often git).
    const timed = spawnSync(process.execPath, [CLI, 'scan', '--history', '--no-baseline'], { cwd: dir, env: { ...env, LEAKGUARD_TIMING: '1' }, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const own = /peakRSS=(\d+)MB/.exec(timed.stderr)?.[1];
    if (own) console.log(`peak RSS of the leakguard process itself: ${own} MB`);
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Purge against git-filter-repo doing the same job on fresh clones of the same
 * repository, and against the naive floor (`git fast-export --all | git
 * fast-import` of everything). Each run gets its own fresh clone; cloning is
 * not timed.
 */
function benchPurge() {
  const given = args.includes('--repo') ? resolve(args[args.indexOf('--repo') + 1]) : undefined;
  const base = mkdtempSync(join(tmpdir(), 'leakguard-bench-purge-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1' };
  try {
    const origin = given ?? join(base, 'origin');
    // Built at run time so this repository passes its own scan.
    const secret = `lgbench_${randomBytes(12).toString('hex')}`;
    if (!given) {
      mkdirSync(origin);
      const git = generateHistoryRepo(origin, Number(args[args.indexOf('--commits') + 1]) || 3000, env);
      // A leaked .env early in history, and the secret pasted into a few files.
      writeFileSync(join(origin, '.env'), `TOKEN=${secret}\n`);
      writeFileSync(join(origin, 'src/m1/leak.ts'), `export const token = '${secret}';\n`);
      git('add', '-f', '.env', 'src/m1/leak.ts');
      git('commit', '-q', '-m', 'leak');
      for (let i = 0; i < 50; i++) {
        writeFileSync(join(origin, 'src/m1/leak.ts'), `export const token = '${secret}';\n// ${i}\n`);
        git('commit', '-q', '-am', `touch ${i}`);
      }
    }
    writeFileSync(join(base, 'secrets.txt'), `${secret}\n`);
    writeFileSync(join(base, 'replace.txt'), `${secret}==>***REMOVED***\n`);
    const hasFilterRepo = spawnSync('git', ['filter-repo', '--version'], { stdio: 'ignore' }).status === 0;
    const jobs = [
      { name: 'naive floor: fast-export --all into fast-import', cmd: (d) => ['sh', '-c', `git fast-export --all --signed-tags=strip | (cd ${JSON.stringify(d + '-copy')} && git fast-import --quiet)`], prep: (d) => execFileSync('git', ['init', '-q', '--bare', d + '-copy'], { env }) },
      ...(hasFilterRepo ? [{ name: 'git filter-repo --path .env --invert-paths', cmd: () => ['git', 'filter-repo', '--quiet', '--force', '--path', '.env', '--invert-paths'] }] : []),
      { name: 'leakguard purge --path .env', cmd: () => [process.execPath, CLI, 'purge', '--path', '.env', '--force', '--no-color'] },
      ...(hasFilterRepo ? [{ name: 'git filter-repo --replace-text', cmd: () => ['git', 'filter-repo', '--quiet', '--force', '--replace-text', join(base, 'replace.txt')] }] : []),
      { name: 'leakguard purge --secrets-file', cmd: () => [process.execPath, CLI, 'purge', '--secrets-file', join(base, 'secrets.txt'), '--force', '--no-color'] },
      // --base <checkout>: the same purges by another build, interleaved with these (same clones, same moment).
      ...(BASE_CLI
        ? [
            { name: 'previous build: purge --path .env', cmd: () => [process.execPath, BASE_CLI, 'purge', '--path', '.env', '--force', '--no-color'] },
            { name: 'previous build: purge --secrets-file', cmd: () => [process.execPath, BASE_CLI, 'purge', '--secrets-file', join(base, 'secrets.txt'), '--force', '--no-color'] },
          ]
        : []),
    ];
    const runs = Math.max(3, Math.min(RUNS, 5));
    const samples = jobs.map(() => []);
    let n = 0;
    for (let i = 0; i < runs; i++) {
      jobs.forEach((job, j) => {
        const d = join(base, `clone-${n++}`);
        execFileSync('git', ['clone', '-q', '--no-local', origin, d], { env });
        job.prep?.(d);
        const cmd = job.cmd(d);
        const t = performance.now();
        const r = spawnSync(cmd[0], cmd.slice(1), { cwd: d, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
        samples[j].push(performance.now() - t);
        if (r.status !== 0) throw new Error(`${job.name} failed: ${r.stderr}`);
        rmSync(d, { recursive: true, force: true });
        rmSync(d + '-copy', { recursive: true, force: true });
      });
    }
    const commits = execFileSync('git', ['rev-list', '--count', '--all'], { cwd: origin, env }).toString().trim();
    const rows = jobs.map((j, i) => ({ name: j.name, ms: median(samples[i]) }));
    table(`Purge: ${commits} commits, fresh clone per run (median of ${runs}; leakguard includes backup bundle, gc and verification)`, rows, rows[0].name);
    if (hasFilterRepo) {
      console.log(`\nleakguard / filter-repo: path removal ${(rows[2].ms / rows[1].ms).toFixed(2)}x, text replacement ${(rows[4].ms / rows[3].ms).toFixed(2)}x`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

function gitRepo(dir, env) {
  const git = (...a) => execFileSync('git', a, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@example.org');
  return git;
}

function benchHook() {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-'));
  // The code cache in a directory of the bench's own (warmed by the warm-up rounds), as a developer's hooks
  // find it from their second commit on; the first run after an install or upgrade is timed apart.
  const codeCache = mkdtempSync(join(tmpdir(), 'leakguard-bench-cache-'));
  const policyCache = mkdtempSync(join(tmpdir(), 'leakguard-bench-cache-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', LEAKGUARD_CODE_CACHE: codeCache };
  try {
    const git = gitRepo(dir, env);
    const gen = makeGenerator(42);
    // History to diff against: 20 files of ~150 lines.
    for (let f = 0; f < 20; f++) {
      mkdirSync(join(dir, 'src', `mod${f % 4}`), { recursive: true });
      writeFileSync(join(dir, 'src', `mod${f % 4}`, `file${f}.ts`), generateSourceFile(gen, 150));
    }
    git('add', '.');
    git('commit', '-q', '-m', 'seed');
    // The staged commit: ~10 added lines in each of the 20 files (~200 lines).
    for (let f = 0; f < 20; f++) {
      const p = join(dir, 'src', `mod${f % 4}`, `file${f}.ts`);
      writeFileSync(p, generateSourceFile(gen, 150) .split('\n').slice(0, 10).join('\n') + '\n' + execFileSync('cat', [p]).toString());
    }
    git('add', '.');
    const numstat = execFileSync('git', ['diff', '--cached', '--numstat'], { cwd: dir, env }).toString().trim().split('\n');
    const added = numstat.reduce((n, l) => n + Number(l.split('\t')[0]), 0);

    const cmds = [
      { name: 'node -e 0', cmd: [process.execPath, '-e', '0'] },
      { name: 'git diff --cached', cmd: ['git', 'diff', '--cached'] },
      { name: 'leakguard scan --staged', cmd: [process.execPath, CLI, 'scan', '--staged'] },
      { name: 'leakguard scan --staged, no code cache (first run after an install)', cmd: ['env', 'LEAKGUARD_CODE_CACHE=off', process.execPath, CLI, 'scan', '--staged'] },
    ];
    // Node reads and parses NODE_EXTRA_CA_CERTS at every start, before any script runs: a whole CA
    // bundle (as some sandboxes and corporate machines set) cost every Node process ~43 ms on the
    // 2-core machine. Both rows pay it alike; the same two without it show what the variable costs.
    if (process.env.NODE_EXTRA_CA_CERTS) {
      cmds.push(
        { name: 'node -e 0, without NODE_EXTRA_CA_CERTS', cmd: ['env', '-u', 'NODE_EXTRA_CA_CERTS', process.execPath, '-e', '0'] },
        { name: 'leakguard scan --staged, without NODE_EXTRA_CA_CERTS', cmd: ['env', '-u', 'NODE_EXTRA_CA_CERTS', process.execPath, CLI, 'scan', '--staged'] },
      );
    }
    // An organisation's policy (#26): a shared package extending two files of its own (a three-level
    // chain under the project's config) and two monorepo overrides matching half the staged files. Kept in
    // .git/ so it is not part of the staged change; --config points at it, and extends resolve from there.
    const policy = join(dir, '.git', 'bench-policy');
    const shared = join(policy, 'node_modules', '@acme', 'leakguard-config');
    mkdirSync(shared, { recursive: true });
    writeFileSync(join(shared, 'package.json'), JSON.stringify({ name: '@acme/leakguard-config', version: '1.0.0', main: 'policy.json' }));
    writeFileSync(join(shared, 'policy.json'), JSON.stringify({ extends: './team.json', failOn: 'medium', rules: [{ id: 'acme-token', regex: '(acme_[a-z0-9]{24})', keywords: ['acme_'], secretGroup: 1 }] }));
    writeFileSync(join(shared, 'team.json'), JSON.stringify({ extends: './org.json', allow: { paths: ['fixtures/**'] } }));
    writeFileSync(join(shared, 'org.json'), JSON.stringify({ disabledRules: ['slack-webhook'], allow: { values: ['not-a-secret'] } }));
    writeFileSync(
      join(policy, 'leakguard.config.json'),
      JSON.stringify({ extends: '@acme/leakguard-config', overrides: [{ files: ['src/mod1/**'], failOn: 'high' }, { files: ['src/mod2/**', 'src/mod3/**'], disabledRules: ['acme-token'] }] }),
    );
    // Its own code cache, as the repository that has this config warms it on its first commit.
    cmds.push({ name: 'leakguard scan --staged, org policy (3-level extends, 2 overrides)', cmd: [process.execPath, CLI, 'scan', '--staged', '--config', join(policy, 'leakguard.config.json')], env: { LEAKGUARD_CODE_CACHE: policyCache } });
    const secretlint = findSecretlint();
    if (secretlint) {
      writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
      cmds.push({ name: 'secretlint, recommended preset (same 20 files)', cmd: [secretlint, 'src/**/*.ts'] });
    }
    // Registering succeeds only where git-secrets is installed (benchmark-only peer).
    if (spawnSync('git', ['secrets', '--register-aws'], { cwd: dir, env, stdio: 'ignore' }).status === 0) {
      cmds.push({ name: 'git secrets --pre_commit_hook (AWS patterns only)', cmd: ['git', 'secrets', '--pre_commit_hook'] });
    }
    const ms = timeCommands(cmds, dir, env);
    const rows = cmds.map((c, i) => ({ name: c.name, ms: ms[i] }));
    table(`Hook latency: staged commit of ${numstat.length} files, ${added} added lines (median of ${RUNS})`, rows, 'node -e 0');
    const lg = rows.find((r) => r.name === 'leakguard scan --staged').ms;
    const node = rows[0].ms;
    console.log(`\nleakguard adds ${(lg - node).toFixed(1)} ms over bare Node start-up (goal: ≤ 25 ms).`);
    const withPolicy = rows.find((r) => r.name.includes('org policy')).ms;
    console.log(`An org policy (3-level extends, 2 overrides) adds ${(withPolicy - lg).toFixed(1)} ms to scan --staged (goal: ≤ 2 ms).`);
    const bare = rows.find((r) => r.name === 'node -e 0, without NODE_EXTRA_CA_CERTS');
    if (bare) {
      const lgBare = rows.find((r) => r.name === 'leakguard scan --staged, without NODE_EXTRA_CA_CERTS').ms;
      console.log(`NODE_EXTRA_CA_CERTS is set: it costs every Node start ${(node - bare.ms).toFixed(1)} ms here; without it leakguard adds ${(lgBare - bare.ms).toFixed(1)} ms over node -e 0 (${bare.ms.toFixed(1)} ms).`);
    }
    hookBreakdown(dir, env, lg);

    // The other hooks on the same change: pre-push once it is committed, and commit-msg for a message the
    // hook's shell filter hands to leakguard (it names a token; most messages never start Node).
    writeFileSync(join(dir, '.git', 'BENCH_MSG'), 'Refresh the session token before it expires\n');
    git('commit', '-q', '--no-verify', '-m', 'bench');
    const sha = (rev) => execFileSync('git', ['rev-parse', rev], { cwd: dir, env }).toString().trim();
    const others = [
      { name: 'node -e 0', cmd: [process.execPath, '-e', '0'] },
      { name: 'leakguard pre-push (the change above, committed)', cmd: [process.execPath, CLI, 'pre-push', 'origin'], input: `refs/heads/main ${sha('HEAD')} refs/heads/main ${sha('HEAD~1')}\n` },
      { name: 'leakguard commit-msg (a message naming a token)', cmd: [process.execPath, CLI, 'commit-msg', '.git/BENCH_MSG'] },
    ];
    const otherMs = timeCommands(others, dir, env);
    table(`The other hooks (median of ${RUNS})`, others.map((c, i) => ({ name: c.name, ms: otherMs[i] })), 'node -e 0');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(codeCache, { recursive: true, force: true });
    rmSync(policyCache, { recursive: true, force: true });
  }
}

/**
 * Where the hook's time goes: LEAKGUARD_TIMING=1 makes the CLI mark the end of
 * each phase (ms since the process started); medians of each phase's length.
 * "exit" is what the caller waits for after the last mark (process teardown).
 */
function hookBreakdown(dir, env, total) {
  const phases = new Map();
  const cacheStates = new Set();
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [CLI, 'scan', '--staged'], { cwd: dir, env: { ...env, LEAKGUARD_TIMING: '1' }, encoding: 'utf8' });
    const line = r.stderr.split('\n').find((l) => l.startsWith('leakguard timing:'));
    if (!line) return;
    cacheStates.add(/codeCache=(\w+)/.exec(line)?.[1] ?? 'not used');
    let prev = 0;
    // Phases only (a number each), not the notes (codeCache=hit, peakRSS=…MB).
    for (const [name, at] of line.slice('leakguard timing: '.length).split(' ').map((p) => p.split('=')).filter(([, v]) => /^[\d.]+$/.test(v))) {
      const t = Number(at);
      const label = name === 'main' ? 'Node start-up and dispatcher (git diff started here)' : name;
      (phases.get(label) ?? phases.set(label, []).get(label)).push(t - prev);
      prev = t;
    }
  }
  const rows = [...phases].map(([name, ms]) => ({ name, ms: median(ms) }));
  const marked = rows.reduce((n, r) => n + r.ms, 0);
  const names = { load: 'load the scan bundle', config: 'find the repository, load config', rules: 'build the rule set and keyword automaton', diff: 'wait for git diff --cached', scan: 'scan the added lines', output: 'print the result' };
  console.log(`\nWhere scan --staged spends its time (median of ${RUNS}, LEAKGUARD_TIMING=1; code cache: ${[...cacheStates].join(', ')}):`);
  console.log('| phase | ms |\n|---|---:|');
  for (const r of rows) console.log(`| ${names[r.name] ?? r.name} | ${r.ms.toFixed(1)} |`);
  console.log(`| process exit and spawn, as seen by the caller | ${Math.max(0, total - marked).toFixed(1)} |`);
}

async function benchThroughput() {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-tree-'));
  try {
    const gen = makeGenerator(7);
    let bytes = 0;
    const texts = [];
    for (let f = 0; bytes < 32 * 1024 * 1024; f++) {
      const text = generateSourceFile(gen, 400);
      const d = join(dir, `pkg${f % 50}`);
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, `f${f}.ts`), text);
      texts.push({ path: `pkg${f % 50}/f${f}.ts`, text });
      bytes += text.length;
    }
    const mb = bytes / 1024 / 1024;
    // In-process: the engine alone, one core.
    const { Scanner, builtinRules } = await import(join(ROOT, 'dist/index.js'));
    const scanner = new Scanner(builtinRules);
    const engineTimes = [];
    for (let r = 0; r < 7; r++) {
      const t = performance.now();
      for (const c of texts) scanner.scan(c);
      engineTimes.push(performance.now() - t);
    }
    const engineMs = median(engineTimes.slice(1));
    // Whole CLI, reading the files from disk.
    const env = { ...process.env, NO_COLOR: '1' };
    const [cliMs] = timeCommands([{ name: 'cli', cmd: [process.execPath, CLI, 'scan', '--no-git', '.'] }], dir, env).map((x) => x);
    console.log(`\nThroughput on a generated source tree (${texts.length} files, ${mb.toFixed(1)} MB)`);
    console.log('| what | median | MB/s |');
    console.log('|---|---:|---:|');
    console.log(`| engine only (in process, 1 core) | ${engineMs.toFixed(0)} ms | ${(mb / (engineMs / 1000)).toFixed(0)} |`);
    console.log(`| leakguard scan --no-git . (CLI, with file I/O) | ${cliMs.toFixed(0)} ms | ${(mb / (cliMs / 1000)).toFixed(0)} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(CLI)) {
    console.error('dist/cli.cjs is missing: run `npm run build` first.');
    process.exit(2);
  }
  console.log(`leakguard benchmarks — node ${process.version}, ${RUNS} runs per command`);
  if (!ONLY || ONLY === 'hook') benchHook();
  if (!ONLY || ONLY === 'commit') benchCommit();
  if (!ONLY || ONLY === 'throughput') await benchThroughput();
  if (!ONLY || ONLY === 'history') benchHistory();
  if (!ONLY || ONLY === 'purge') benchPurge();
}

// Importable (generateHistoryRepo) without running the benchmarks.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
