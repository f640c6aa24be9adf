import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git, GitError } from '../git/run.js';
import { shellWord } from '../report/quote-path.js';

/**
 * What a purge must push, and to where, so that no remote branch or tag still
 * points at a pre-purge commit.
 *
 * The trap: in an ordinary clone only the default branch is a local branch;
 * every other branch of the remote is a remote-tracking ref
 * (refs/remotes/origin/dev). The rewrite moves those too, but
 * `git push --force --all` pushes local branches only, so `dev` on the remote
 * would keep the secret. A refspec push from refs/remotes/origin/* would also
 * push the symbolic refs/remotes/origin/HEAD as a branch named "HEAD" (a
 * negative refspec does not exclude a symbolic ref in git 2.39). So each
 * remote-tracking branch without a local branch of its name becomes one, at
 * its rewritten commit: then `--all` covers every branch the remote had.
 */
export interface Remote {
  name: string;
  /** `git clone --mirror`: every ref mirrors the remote's, and `git push --mirror` is the way back. */
  mirror: boolean;
  url: string;
}

export async function listRemotes(root: string): Promise<Remote[]> {
  const out = (await git(['config', '--get-regexp', '^remote\\..*\\.(url|mirror)$'], { cwd: root, okCodes: [1] })).toString('utf8');
  const byName = new Map<string, Remote>();
  for (const line of out.split('\n')) {
    // `remote.<name>.url <value>`: the key ends at the first space (a remote's name holds none).
    const space = line.indexOf(' ');
    const m = space < 0 ? null : /^remote\.(.+)\.(url|mirror)$/.exec(line.slice(0, space));
    if (!m) continue;
    const r = byName.get(m[1]!) ?? byName.set(m[1]!, { name: m[1]!, mirror: false, url: '' }).get(m[1]!)!;
    const value = line.slice(space + 1);
    if (m[2] === 'url') r.url = value;
    else r.mirror = value.toLowerCase() === 'true';
  }
  // origin first: it is the one a fresh clone has, and the one whose branches become local ones.
  return [...byName.values()].sort((a, b) => (a.name === 'origin' ? -1 : b.name === 'origin' ? 1 : a.name.localeCompare(b.name)));
}

/** True when a remote URL is a path on this machine (git clone /path shares objects by hard links). */
export function isLocalPath(url: string, cwd: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return false; // a URL, file:// included: git copies objects through the transport
  // scp-like user@host:path has a colon before any slash
  if (/^[^/]*:/.test(url) && !/^[a-zA-Z]:[\\/]/.test(url)) return false;
  return existsSync(isAbsolute(url) ? url : resolve(cwd, url));
}

export interface LocalBranches {
  /** Local branches made from remote-tracking ones (name → the remote-tracking ref). */
  created: Map<string, string>;
  /** Remote-tracking branches whose rewritten commit differs from the local branch of their name. */
  diverged: { branch: string; remoteRef: string }[];
}

/**
 * After the rewrite: a local branch for every remote-tracking branch that has
 * none (one atomic transaction; `create` fails if the name was taken meanwhile).
 * Touches no working tree, index or configuration.
 */
export async function localBranchesForRemotes(root: string, remotes: Remote[]): Promise<LocalBranches> {
  const out = (await git(['for-each-ref', '--format=%(objectname) %(refname) %(symref)', 'refs/heads', 'refs/remotes'], { cwd: root })).toString('utf8');
  const local = new Map<string, string>();
  const tracking: { remote: string; branch: string; ref: string; sha: string }[] = [];
  const names = new Set(remotes.map((r) => r.name));
  for (const line of out.split('\n')) {
    const [sha, ref, symref] = line.split(' ');
    if (!sha || !ref || symref) continue; // refs/remotes/origin/HEAD is a symbolic ref: not a branch
    if (ref.startsWith('refs/heads/')) local.set(ref.slice(11), sha);
    else {
      const rest = ref.slice('refs/remotes/'.length);
      const remote = [...names].filter((n) => rest.startsWith(`${n}/`)).sort((a, b) => b.length - a.length)[0];
      if (remote) tracking.push({ remote, branch: rest.slice(remote.length + 1), ref, sha });
    }
  }
  const created = new Map<string, string>();
  const diverged: LocalBranches['diverged'] = [];
  const lines = ['start'];
  for (const t of tracking) {
    const have = local.get(t.branch) ?? (created.has(t.branch) ? tracking.find((x) => x.ref === created.get(t.branch))!.sha : undefined);
    if (have === undefined) {
      created.set(t.branch, t.ref);
      lines.push(`create refs/heads/${t.branch} ${t.sha}`);
    } else if (have !== t.sha) diverged.push({ branch: t.branch, remoteRef: t.ref });
  }
  if (created.size) {
    lines.push('prepare', 'commit');
    await git(['update-ref', '--stdin'], { cwd: root, input: lines.join('\n') + '\n' });
  }
  return { created, diverged };
}

/** The commands that put the rewritten history on each remote, one line each, to print verbatim. */
export function pushCommands(remotes: Remote[], branches: LocalBranches): string[] {
  if (!remotes.length) return ['git push --force --all <remote> && git push --force --tags <remote>   (no remote is configured: name where this repository is shared)'];
  const lines: string[] = [];
  for (const r of remotes) {
    const name = shellWord(r.name);
    if (r.mirror) lines.push(`git push --mirror ${name}`);
    else lines.push(`git push --force --all ${name} && git push --force --tags ${name}`);
  }
  return lines;
}

export interface RemoteRefState {
  ref: string;
  /** The commit the ref (peeled) points at on the remote. */
  commit: string;
  state: 'rewritten' | 'unchanged' | 'stale' | 'unknown';
  /** For a stale ref: the commit that replaced it ('' when the purge pruned it). */
  now?: string;
}

/**
 * Which refs of a remote still point at commits a purge replaced. The commit
 * maps purge wrote (.git/leakguard/commit-map-*.txt, old → new) say which
 * commits are pre-purge; `git ls-remote` says where each remote ref points,
 * annotated tags peeled (`ref^{}`). Nothing is fetched: fetching the old
 * commits would bring the secret back into this repository.
 */
export async function checkRemote(root: string, gitDir: string, remote: string): Promise<RemoteRefState[]> {
  const maps = readdirSync(join(gitDir, 'leakguard'), { withFileTypes: true }).filter((e) => e.isFile() && /^commit-map-.*\.txt$/.test(e.name));
  if (!maps.length) throw new LeakguardError('purge --check-remote: no commit map in .git/leakguard: run it in the clone where leakguard purge rewrote the history.');
  const replaced = new Map<string, string>();
  const rewritten = new Set<string>();
  const current = new Set<string>();
  for (const m of maps) {
    for (const line of readFileSync(join(gitDir, 'leakguard', m.name), 'utf8').split('\n')) {
      const [old, now] = line.split(' ');
      if (!old || !now || old === 'old') continue;
      if (old === now) current.add(old);
      else {
        replaced.set(old, /^0+$/.test(now) ? '' : now);
        rewritten.add(now);
        current.add(now);
      }
    }
  }
  let out: string;
  try {
    out = (await git(['ls-remote', remote], { cwd: root })).toString('utf8');
  } catch (e) {
    const why = e instanceof GitError ? e.stderr.trim().split('\n').pop() : (e as Error).message;
    throw new LeakguardError(`purge --check-remote: cannot list the refs of ${remote}: ${why}`);
  }
  const refs = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (!sha || !ref) continue;
    // An annotated tag's commit is on the next line, as <ref>^{}.
    if (ref.endsWith('^{}')) refs.set(ref.slice(0, -3), sha);
    else if (!refs.has(ref)) refs.set(ref, sha);
  }
  const states: RemoteRefState[] = [];
  for (const [ref, commit] of refs) {
    if (ref === 'HEAD') continue; // the remote's HEAD names one of its branches, listed on its own
    const now = replaced.get(commit);
    if (now !== undefined) states.push({ ref, commit, state: 'stale', now });
    else if (current.has(commit)) states.push({ ref, commit, state: rewritten.has(commit) ? 'rewritten' : 'unchanged' });
    else states.push({ ref, commit, state: 'unknown' });
  }
  return states;
}

/** Refs a host keeps for itself (pull and merge requests): a push cannot move them; the host must drop them. */
export function isHostManaged(ref: string): boolean {
  return /^refs\/(pull|merge-requests|changes|pull-requests|keep-around)\//.test(ref);
}
