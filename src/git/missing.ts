import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import { GitError, git } from './run.js';

/**
 * A clone can lack objects its history names: a partial clone (`git clone --filter=blob:none`) whose
 * promisor remote cannot be reached, or a copy made without its largest blobs. `git log -p` stops at the
 * first blob it cannot read, so a history scan either fails, saying what is missing and how to fetch it,
 * or (`--skip-missing`) reads the rest and lists each change it could not see as not scanned.
 */

/** git could not read an object a history scan needs. */
export class MissingObjectError extends LeakguardError {
  constructor(message: string, readonly oid: string) {
    super(message);
  }
}

/** The object id in git's messages for an object it cannot read, if that is why it stopped. */
export function missingObjectIn(stderr: string): string | undefined {
  return /(?:unable to read|missing (?:blob|tree|object)|could not fetch|bad object|did not receive expected object)\s+([0-9a-f]{40}(?:[0-9a-f]{24})?)\b/.exec(stderr)?.[1];
}

/**
 * The message for a history that names an object this clone lacks: where git first needed it (the
 * newest commit that adds it, when git can tell within a few seconds) and how to fetch it.
 */
export async function missingObjectMessage(root: string, revArgs: string[], oid: string, what: string): Promise<string> {
  const [where, remote, partial, shallow] = await Promise.all([
    introducedAt(root, revArgs, oid),
    firstRemote(root),
    gitOut(root, ['config', '--get-regexp', '^remote\\..*\\.promisor$']).then((o) => /\strue$/m.test(o ?? '')),
    gitOut(root, ['rev-parse', '--is-shallow-repository']).then((o) => o?.trim() === 'true'),
  ]);
  const kind = partial ? 'a partial clone' : 'an incomplete copy';
  const fetch = partial
    ? `git config --unset-all remote.${remote}.partialclonefilter; git fetch --refetch ${remote}`
    : `git fetch --refetch ${remote}`;
  return [
    `${what} stopped: this clone lacks object ${oid}${where ? ` (${where})` : ''}: it is ${kind}.`,
    `Fetch what is missing: ${fetch}${shallow ? ` (it is also shallow: git fetch --unshallow ${remote})` : ''}`,
  ].join('\n');
}

async function introducedAt(root: string, revArgs: string[], oid: string): Promise<string | undefined> {
  const out = await gitOut(root, ['log', '-1', '--format=%h', '--name-only', '--no-renames', `--find-object=${oid}`, ...revArgs, '--'], 10_000);
  const [commit, path] = (out ?? '').split('\n').filter(Boolean);
  return commit && path ? `${path} in commit ${commit}` : undefined;
}

async function firstRemote(root: string): Promise<string> {
  const names = (await gitOut(root, ['remote']))?.split('\n').filter(Boolean) ?? [];
  return names.includes('origin') ? 'origin' : (names[0] ?? 'origin');
}

async function gitOut(root: string, args: string[], timeoutMs?: number): Promise<string | undefined> {
  const run = git(args, { cwd: root }).then(
    (b) => b.toString('utf8'),
    () => undefined,
  );
  if (!timeoutMs) return run;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), timeoutMs)));
  try {
    return await Promise.race([run, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The objects a revision range names that this clone lacks (`git rev-list --objects --missing=print`:
 * a walk of every tree, about a tenth of `git log -p`'s time, run only when asked to skip them). git
 * neither fetches nor fails here. A missing commit cannot be stood in for: that is an error.
 */
export async function missingObjects(root: string, revArgs: string[]): Promise<Set<string>> {
  let out: Buffer;
  try {
    out = await git(['rev-list', '--objects', '--missing=print', ...revArgs, '--'], { cwd: root });
  } catch (e) {
    const oid = e instanceof GitError ? missingObjectIn(e.stderr) : undefined;
    if (oid) throw new MissingObjectError(`this clone lacks commit ${oid}, so the history behind it cannot be read. Fetch it: git fetch --refetch`, oid);
    throw e;
  }
  const missing = new Set<string>();
  for (const line of out.toString('latin1').split('\n')) if (line.charCodeAt(0) === 63 /* ? */) missing.add(line.slice(1));
  return missing;
}

/** A git directory that reads the repository's objects and stands a placeholder in for each missing one. */
export interface StandIn {
  gitDir: string;
  /** The revision arguments as object ids (the stand-in has no branches or tags of its own). */
  revArgs: string[];
  close(): void;
}

/**
 * The placeholder is binary (a NUL), so git shows any change to or from a missing blob as "Binary files
 * differ" and never invents lines from it. The stand-in borrows the repository's objects (alternates)
 * and holds only `refs/replace/<missing> → placeholder`: the repository itself is not written to.
 */
export async function standInRepository(root: string, revArgs: string[], missing: Set<string>): Promise<StandIn> {
  const commonDir = await gitPath(root, '--git-common-dir');
  const format = ((await gitOut(root, ['rev-parse', '--show-object-format'])) ?? 'sha1').trim();
  const resolved = await resolveRevisions(root, revArgs);
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-standin-'));
  try {
    mkdirSync(join(dir, 'objects', 'info'), { recursive: true });
    mkdirSync(join(dir, 'refs'), { recursive: true });
    writeFileSync(join(dir, 'objects', 'info', 'alternates'), `${join(commonDir, 'objects')}\n`);
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/leakguard-none\n');
    writeFileSync(join(dir, 'config'), format === 'sha256' ? '[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectformat = sha256\n' : '[core]\n\trepositoryformatversion = 0\n\tbare = true\n');
    // A shallow clone's boundary: without it git would look for the parents it never had.
    if (existsSync(join(commonDir, 'shallow'))) copyFileSync(join(commonDir, 'shallow'), join(dir, 'shallow'));
    const env = { ...process.env, GIT_DIR: dir };
    const placeholder = (await git(['hash-object', '-w', '--stdin'], { cwd: dir, env, input: Buffer.from('leakguard: this object is missing from the clone\0') })).toString('latin1').trim();
    writeFileSync(join(dir, 'packed-refs'), [...missing].map((oid) => `${placeholder} refs/replace/${oid}\n`).join(''));
    return { gitDir: dir, revArgs: resolved, close: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

async function gitPath(root: string, flag: string): Promise<string> {
  const out = (await git(['rev-parse', flag], { cwd: root })).toString('utf8').trim();
  return realpathSync(isAbsolute(out) ? out : resolve(root, out));
}

/** Names (HEAD, branches, `--all`, `a..b`) as ids; date limits are passed on as they are. */
async function resolveRevisions(root: string, revArgs: string[]): Promise<string[]> {
  const limits = revArgs.filter((a) => /^--(since|until|after|before|max-age|min-age)=/.test(a));
  const names = revArgs.filter((a) => !limits.includes(a));
  const out = (await git(['rev-parse', '--revs-only', ...names, '--'], { cwd: root })).toString('latin1');
  return [...out.split('\n').filter(Boolean), ...limits];
}
