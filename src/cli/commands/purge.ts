import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import { loadConfig } from '../../config/load.js';
import { parseSize, pathMatcher } from '../../config/schema.js';
import { fingerprintsOf } from '../../detect/fingerprint.js';
import { redact } from '../../detect/redact.js';
import { LeakguardError } from '../../errors.js';
import { repoRoot } from '../../git/repo.js';
import { git } from '../../git/run.js';
import { gitDir as findGitDir } from '../../init/install.js';
import { runPipeline } from '../../pipeline.js';
import { SecretReplacer } from '../../purge/replace.js';
import { leakguardDir, rewriteHistory } from '../../purge/rewrite.js';
import { checkRemote, isHostManaged, listRemotes, localBranchesForRemotes, pushCommands, type RemoteRefState } from '../../purge/remotes.js';
import { quotePath, shellWord } from '../../report/quote-path.js';
import { checkSafeToRewrite } from '../../purge/safety.js';
import { verifyPurged } from '../../purge/verify.js';
import { commitsSource } from '../../sources/commits.js';
import { filesSource } from '../../sources/files.js';
import { parseCommandArgs, useColor } from '../args.js';

const HELP = `Usage: leakguard purge (--path <glob>… | --secret <text>… | --secrets-file <file> | --finding <fingerprint>… | --strip-blobs-bigger-than <size>) [options]
       leakguard purge --check-remote <remote>
       leakguard purge --forget-backup

Removes a leak from every commit of every branch and tag, then proves it is gone.
ROTATE THE CREDENTIAL FIRST: rewriting history does not un-leak what was already
cloned, forked, cached or logged (leakguard rotate <rule-id> says how).

What to remove:
  --path <glob>          files to remove from every commit (a name without "/" matches anywhere: .env, *.pem)
  --secret <text>        a literal to replace everywhere: file contents and commit/tag messages
  --secrets-file <file>  literals to replace, one per line (keeps them out of your shell history)
  --finding <fp>         the secret of a finding, by its fingerprint (from leakguard scan)
  --strip-blobs-bigger-than <size>   every file version larger than this (e.g. 10MB), wherever it is
 In a fresh clone (git clone <url>), a mirror clone (git clone --mirror <url>) or a bare one.
 Every remote branch the clone tracks becomes a local branch at its rewritten commit, so the
 printed push covers every branch and tag of the remote.
Options:
  --check-remote <remote>  after the force-push: which refs of the remote still point at commits
                         the purge replaced (from the commit maps; nothing is fetched); exit 1 if any
  --keep-empty           keep commits the rewrite leaves empty (by default they are pruned, as
                         git-filter-repo and BFG do; merges left with one parent and no change too)
  --forget-backup        delete the backup bundles of earlier purges (do it once the force-push is done)
  --replace-with <text>  replacement for secrets (default ***REMOVED***)
  --dry-run              list the commits, files and occurrences that would change; change nothing
  --force                purge even though this is not a fresh clone
  --no-color             plain output

Before rewriting it refuses a dirty tree or an operation in progress, writes a
backup bundle of all refs (readable by you only: it holds every purged secret),
and moves refs only after the rewrite succeeded. After it: reflogs expired,
unreachable objects pruned, every object re-read to verify, and an old→new
commit map written (pruned commits map to 0000…). Signed commits and tags lose
their signatures.
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      path: { type: 'string', multiple: true },
      secret: { type: 'string', multiple: true },
      'secrets-file': { type: 'string' },
      finding: { type: 'string', multiple: true },
      'replace-with': { type: 'string' },
      'strip-blobs-bigger-than': { type: 'string' },
      'keep-empty': { type: 'boolean' },
      'forget-backup': { type: 'boolean' },
      'check-remote': { type: 'string' },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'purge',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const c = pc.createColors(useColor(process.stdout, values['no-color'] ? false : undefined));
  const say = (s = '') => process.stdout.write(s + '\n');
  const dry = values['dry-run'] === true;
  const paths = values.path ?? [];
  if (values['forget-backup']) return forgetBackups(await findGitDir(await repoRoot(process.cwd(), { bare: true })), say);
  if (values['check-remote'] !== undefined) return checkRemoteCommand(values['check-remote'], c, say);
  const stripOver = values['strip-blobs-bigger-than'] === undefined ? undefined : parseSize(values['strip-blobs-bigger-than'], () => {
    throw new LeakguardError('purge: --strip-blobs-bigger-than needs a size such as 10MB or 500KB');
  });
  if (!paths.length && !values.secret?.length && !values['secrets-file'] && !values.finding?.length && stripOver === undefined) {
    throw new LeakguardError('purge: say what to remove: --path, --secret, --secrets-file, --finding or --strip-blobs-bigger-than. See leakguard purge --help.');
  }
  const root = await repoRoot(process.cwd(), { bare: true });
  const [gitDir, anyCommit, bareOut] = await Promise.all([findGitDir(root), git(['rev-list', '-n1', '--all'], { cwd: root }), git(['rev-parse', '--is-bare-repository'], { cwd: root })]);
  const bare = bareOut.toString('utf8').trim() === 'true';
  if (anyCommit.toString('utf8').trim() === '') throw new LeakguardError('purge: this repository has no commits, so there is no history to purge.');
  // Asked once, beside the other questions: the safety check and the push step both need them.
  const remoteList = listRemotes(root);
  remoteList.catch(() => undefined); // a dry run never asks for them
  if (!dry) await checkSafeToRewrite(root, gitDir, values.force === true, bare, remoteList);

  const secrets = [...(values.secret ?? [])];
  if (values['secrets-file']) {
    let text: string;
    try {
      text = readFileSync(values['secrets-file'], 'utf8');
    } catch (e) {
      throw new LeakguardError(`purge: cannot read --secrets-file ${values['secrets-file']}: ${(e as Error).message}`);
    }
    secrets.push(...text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.replace(/\r$/, '')));
  }
  const ruleIds = new Set<string>();
  if (values.finding?.length) {
    const found = await secretsForFindings(root, values.finding, bare);
    for (const f of found) {
      secrets.push(f.secret);
      ruleIds.add(f.ruleId);
    }
  }
  for (const s of secrets) if (s.length < 4) throw new LeakguardError(`purge: "${redact(s)}" is too short to replace safely (it would match unrelated text)`);
  const replacer = new SecretReplacer(secrets, values['replace-with'] ?? '***REMOVED***');
  const globs = paths.flatMap((p) => [p.replace(/\/$/, ''), `${p.replace(/\/$/, '')}/**`]);
  // The same paths recur in thousands of commits: match each one once.
  const matcher = globs.length ? pathMatcher(globs) : undefined;
  const memo = new Map<string, boolean>();
  const dropPath = (p: string) => {
    if (!matcher) return false;
    let hit = memo.get(p);
    if (hit === undefined) memo.set(p, (hit = matcher(p)));
    return hit;
  };

  // BFG's most used option: every blob over a size, found in one pass over the object store.
  const bigBlobs = stripOver === undefined ? undefined : await blobsBiggerThan(root, stripOver);
  const dropBlob = bigBlobs?.size ? (sha: string) => bigBlobs.has(sha) : undefined;

  say(`${c.bold('leakguard purge')}${dry ? c.yellow(' (dry run: nothing is changed)') : ''} — ${root}`);
  if (paths.length) say(`  remove files: ${paths.join(', ')}`);
  if (bigBlobs) say(`  remove every file version over ${values['strip-blobs-bigger-than']}: ${bigBlobs.size} found`);
  if (secrets.length) say(`  replace ${secrets.length} secret${secrets.length === 1 ? '' : 's'}: ${secrets.map(redact).join(', ')}`);
  say(c.yellow('  Rotate the credential first if you have not: history rewriting does not un-leak existing copies.'));

  // The backup is written while the rewrite runs (both only read the old
  // objects: two cores, half the wait); refs move only once it is complete.
  let backup: Promise<unknown> | undefined;
  let bundle = '';
  if (!dry) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    // In a 0700 directory from the first byte, then 0600 itself: it holds every secret being purged.
    bundle = join(leakguardDir(gitDir), `backup-${stamp}.bundle`);
    const file = bundle;
    backup = git(['bundle', 'create', '--quiet', file, '--all'], { cwd: root }).then(() => chmodSync(file, 0o600));
  }

  const started = Date.now();
  let result: Awaited<ReturnType<typeof rewriteHistory>>;
  try {
    result = await rewriteHistory({
      root, gitDir, dropPath, replacer, dryRun: dry,
      ...(dropBlob ? { dropBlob } : {}),
      ...(values['keep-empty'] ? { keepEmpty: true } : {}),
      onPhase: (m) => process.stderr.write(c.dim(`  … ${m}\n`)),
      beforeRefUpdate: async (stats) => {
        await backup;
        // A typo (.evn) or a value that was never committed must not read as a successful purge.
        const nothing = unmatched(paths, stats.droppedPaths, replacer, bigBlobs, values['strip-blobs-bigger-than']);
        if (nothing.length) throw new NothingMatched(nothing, secrets.length > 0);
      },
    });
  } catch (e) {
    if (e instanceof NothingMatched && bundle) {
      await backup?.catch(() => undefined);
      rmSync(bundle, { force: true });
    }
    throw e;
  }
  say('');
  if (bundle) say(`Backup of all refs, taken before the rewrite: ${bundle}\n  (readable by you only: it holds every secret being purged)`);
  say(
    `${dry ? 'Would change' : 'Changed'} ${result.changedCommits.size} of ${result.commits} commits: ` +
      `${result.pathsDropped} file entr${result.pathsDropped === 1 ? 'y' : 'ies'} removed${result.droppedPaths.size ? ` (${[...result.droppedPaths].slice(0, 8).map(quotePath).join(', ')}${result.droppedPaths.size > 8 ? ', …' : ''})` : ''}, ` +
      `${result.blobsWithSecrets} file version${result.blobsWithSecrets === 1 ? '' : 's'} with ${result.occurrences} occurrence${result.occurrences === 1 ? '' : 's'} cleaned, ` +
      `${result.messagesChanged} message${result.messagesChanged === 1 ? '' : 's'} cleaned` +
      (dry ? '.' : `, ${result.prunedCommits.size} commit${result.prunedCommits.size === 1 ? '' : 's'} left empty ${values['keep-empty'] ? 'kept (--keep-empty)' : 'pruned'}.`),
  );
  if (dry) {
    say(`Commits that would change: ${[...result.changedCommits].slice(0, 20).map((s) => s.slice(0, 12)).join(' ') || 'none'}${result.changedCommits.size > 20 ? ' …' : ''}`);
    say(`Commits that would be left empty and ${values['keep-empty'] ? 'kept (--keep-empty)' : 'pruned'}: ${result.prunedCommits.size}${result.prunedCommits.size ? ` (${[...result.prunedCommits].slice(0, 20).map((s) => s.slice(0, 12)).join(' ')}${result.prunedCommits.size > 20 ? ' …' : ''})` : ''}`);
    return 0;
  }

  if (!bare) {
    // Bring the index (and, for replaced text, the files) in line with the new HEAD.
    // Purged files stay on disk, now untracked: deleting them could lose someone's only copy.
    await git(['reset', '-q'], { cwd: root, okCodes: [128] });
    const stale = (await git(['diff', '--name-only', '-z'], { cwd: root })).toString('utf8').split('\0').filter(Boolean);
    if (stale.length) await git(['checkout', '--', ...stale], { cwd: root });
  }
  // Every branch the remote had becomes a local branch here, so the push below reaches it. (Before
  // the reflog expiry and gc, not beside them: they lock refs too.)
  const remotes = await remoteList;
  const branches = await localBranchesForRemotes(root, remotes.filter((r) => !r.mirror));
  process.stderr.write(c.dim('  … expiring reflogs, pruning the old objects and verifying\n'));
  // What is reachable from the refs no longer depends on the old objects, so
  // the path check runs beside gc (two cores); the content check must read the
  // object store after the prune, so it waits for it.
  const pathCheck = verifyPurged(root, (p) => dropPath(p), new SecretReplacer([], ''), paths.length > 0);
  await git(['reflog', 'expire', '--expire=now', '--expire-unreachable=now', '--all'], { cwd: root });
  await git(['gc', '--prune=now', '--quiet'], { cwd: root });
  const contentCheck = await verifyPurged(root, () => false, replacer, false);
  const leftBig = bigBlobs ? await stillPresent(root, bigBlobs) : [];
  const check = { paths: (await pathCheck).paths, objects: [...contentCheck.objects, ...leftBig.map((sha) => ({ type: 'blob', sha }))] };
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (check.paths.length || check.objects.length) {
    say(c.red(`Verification FAILED: ${check.paths.length} purged path(s) and ${check.objects.length} object(s) with a secret remain (${[...check.paths, ...check.objects.map((o) => `${o.type} ${o.sha.slice(0, 12)}`)].slice(0, 5).join(', ')}).`));
    say('The backup bundle above holds the original history. Please report this.');
    return 2;
  }
  say(c.green(`Verified: no purged file or secret remains in any object of this repository (${seconds} s).`));
  if (branches.created.size) say(`Made ${branches.created.size} local branch${branches.created.size === 1 ? '' : 'es'} from the remote's (${[...branches.created.keys()].slice(0, 8).join(', ')}${branches.created.size > 8 ? ', …' : ''}), so the push below covers every branch.`);
  for (const d of branches.diverged) say(c.yellow(`  Local branch ${d.branch} differs from ${d.remoteRef.replace(/^refs\/remotes\//, '')}: the push sends the local one (git push --force <remote> ${d.remoteRef}:refs/heads/${d.branch} sends the remote's rewritten one).`));
  say(`Commit map (old → new): ${result.commitMapFile}`);
  if (paths.length) say(`The purged files are still on disk, untracked: make sure .gitignore covers them (leakguard init adds the usual entries).`);
  say('');
  say(c.bold('Next steps, in this order:'));
  const rotate = ruleIds.size ? [...ruleIds].map((r) => `leakguard rotate ${r}`).join(', ') : 'leakguard rotate <rule-id or provider>';
  say(`  1. Rotate the credential now (${rotate}): anyone who cloned, forked or cached the repository still has it.`);
  say('  2. Force-push every branch and tag:');
  for (const line of pushCommands(remotes, branches)) say(`       ${line}`);
  say('     (protected branches may need protection lifted for the push; then restore it)');
  if (remotes.length) say(`     Then check that no ref of the remote still points at an old commit: leakguard purge --check-remote ${shellWord(remotes[0]!.name)}`);
  say('  3. Tell every collaborator: re-clone, or run `git fetch && git reset --hard origin/<branch>` on each branch.');
  say('     Never merge or push an old branch back: it would bring the secret back with it.');
  say('  4. Ask the host to clear what it keeps outside your refs: pull-request refs (refs/pull/*), forks,');
  say('     cached views and CI logs (GitHub: contact support with the commit map; GitLab: "Remove blobs" in repository settings).');
  say(`  5. Once the force-push is done, delete the backup: it still holds every purged secret.`);
  say(`       leakguard purge --forget-backup     (or: rm '${bundle}')`);
  say(`     Until then it is your way back, every branch, tag and remote-tracking ref: git clone --mirror '${bundle}' restored-repo.git`);
  return 0;
}

/** Paths, secrets or a size that matched nothing in any commit: purging would rewrite nothing and prove nothing. */
class NothingMatched extends LeakguardError {
  constructor(what: string[], hasSecrets: boolean) {
    super(
      `purge: nothing in the history matched ${what.join('; ')}. Nothing was changed and no backup was kept. ` +
        `Check the spelling (paths are matched in every commit of every branch and tag${hasSecrets ? '; secrets byte for byte, in file contents and commit and tag messages' : ''}), or leave out what is not there: leakguard scan --history lists what is.`,
    );
  }
}

function unmatched(paths: string[], dropped: Set<string>, replacer: SecretReplacer, bigBlobs: Set<string> | undefined, size: string | undefined): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const base = p.replace(/\/$/, '');
    const m = pathMatcher([base, `${base}/**`]);
    if (![...dropped].some((d) => m(d))) out.push(`--path ${p}`);
  }
  for (const s of replacer.unmatched()) out.push(`the secret ${redact(s)}`);
  if (bigBlobs && !bigBlobs.size) out.push(`--strip-blobs-bigger-than ${size} (no file version is that large)`);
  return out;
}

/** `purge --check-remote <remote>`: which refs there still point at commits a purge replaced. */
async function checkRemoteCommand(remote: string, c: ReturnType<typeof pc.createColors>, say: (s?: string) => void): Promise<number> {
  if (!remote) throw new LeakguardError('purge --check-remote: name the remote (origin) or its URL');
  const root = await repoRoot(process.cwd(), { bare: true });
  const states = await checkRemote(root, await findGitDir(root), remote);
  const bad = states.filter((s) => s.state === 'stale' || s.state === 'unknown');
  for (const s of states) {
    const ref = quotePath(s.ref);
    if (s.state === 'rewritten' || s.state === 'unchanged') say(`  ${c.green('✔')} ${ref} ${s.state === 'rewritten' ? 'is at a rewritten commit' : 'is at a commit the purge did not change'}`);
    else if (s.state === 'stale' && isHostManaged(s.ref)) say(`  ${c.red('✖')} ${ref} is still at ${s.commit.slice(0, 12)}, a commit the purge replaced; the host keeps this ref itself: ask it to remove it (step 4 of purge's next steps)`);
    else if (s.state === 'stale') say(`  ${c.red('✖')} ${ref} is still at ${s.commit.slice(0, 12)}, a commit the purge ${s.now ? `replaced with ${s.now.slice(0, 12)}` : 'pruned'}: ${pushFor(remote, s)}`);
    else say(`  ${c.yellow('?')} ${ref} is at ${s.commit.slice(0, 12)}, a commit no purge here knows (pushed since, or never fetched): scan it in a fresh clone (leakguard scan --history) before trusting it`);
  }
  if (!bad.length) {
    say(c.green(`✔ ${remote}: all ${states.length} refs point at rewritten or unchanged commits.`));
    return 0;
  }
  say(c.red(`✖ ${remote}: ${bad.length} of ${states.length} refs may still hold the purged secrets.`));
  return 1;
}

/** The push that moves a stale ref: this clone's ref of the same name is its rewritten version. */
function pushFor(remote: string, s: RemoteRefState): string {
  if (!s.now) return `git push --force ${shellWord(remote)} :${shellWord(s.ref)}   (every commit of it was pruned: delete it, or push a branch over it)`;
  return `git push --force ${shellWord(remote)} ${shellWord(`${s.ref}:${s.ref}`)}`;
}

/** Deletes the backup bundles earlier purges left in .git/leakguard. */
function forgetBackups(gitDir: string, say: (s?: string) => void): number {
  const dir = join(gitDir, 'leakguard');
  const bundles = existsSync(dir) ? readdirSync(dir).filter((n) => /^backup-.*\.bundle$/.test(n)) : [];
  if (!bundles.length) {
    say('leakguard purge: no backup bundle to delete.');
    return 0;
  }
  for (const b of bundles) rmSync(join(dir, b), { force: true });
  say(`leakguard purge: deleted ${bundles.length} backup bundle${bundles.length === 1 ? '' : 's'}: ${bundles.join(', ')}`);
  return 0;
}

async function blobsBiggerThan(root: string, size: number): Promise<Set<string>> {
  const out = await git(['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectname) %(objectsize)', '--unordered'], { cwd: root });
  const big = new Set<string>();
  for (const line of out.toString('latin1').split('\n')) {
    const [type, sha, n] = line.split(' ');
    if (type === 'blob' && Number(n) > size) big.add(sha!);
  }
  return big;
}

/** Which of these objects the repository still holds (after gc, none should be). */
async function stillPresent(root: string, shas: Set<string>): Promise<string[]> {
  if (!shas.size) return [];
  const out = (await git(['cat-file', '--batch-check'], { cwd: root, input: [...shas].join('\n') + '\n' })).toString('latin1');
  return out.split('\n').filter((l) => l && !l.endsWith(' missing')).map((l) => l.split(' ')[0]!);
}

/** Resolves fingerprints to their secrets by scanning the working tree and all history. */
async function secretsForFindings(root: string, fingerprints: string[], bare: boolean): Promise<{ secret: string; ruleId: string }[]> {
  const wanted = new Set(fingerprints);
  const config = await loadConfig(root);
  const tree = bare ? { findings: [] } : await runPipeline(filesSource(root, ['.'], { useGit: true, maxBytes: config.maxFileSize }), { config });
  const hist = await runPipeline(commitsSource(root, ['--all'], config.maxFileSize), { config });
  const out = new Map<string, { secret: string; ruleId: string }>();
  for (const f of [...tree.findings, ...hist.findings]) {
    if (!f.secret || f.secret.startsWith('file:')) continue;
    // A secret found in several places is one finding; any of its places' fingerprints names it.
    for (const fp of fingerprintsOf(f)) if (wanted.has(fp)) out.set(fp, { secret: f.secret, ruleId: f.ruleId });
  }
  const missing = fingerprints.filter((fp) => !out.has(fp));
  if (missing.length) throw new LeakguardError(`purge: no finding with fingerprint ${missing.join(', ')} in the working tree or history (run leakguard scan --history to list them)`);
  return [...out.values()];
}
