import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LeakguardError } from '../errors.js';
import { git } from '../git/run.js';
import { findSecretBlobs } from './blobs.js';
import { transformStream, type TransformStats } from './fast-export.js';
import type { SecretReplacer } from './replace.js';

export interface RewriteOptions {
  root: string;
  gitDir: string;
  dropPath: (path: string) => boolean;
  /** Blob ids to remove wherever they are (`--strip-blobs-bigger-than`). */
  dropBlob?: (sha: string) => boolean;
  /** Keep commits the rewrite leaves empty (pruned by default). */
  keepEmpty?: boolean;
  replacer: SecretReplacer;
  dryRun: boolean;
  /** Called between phases, for progress messages. */
  onPhase?: (message: string) => void;
  /**
   * Awaited before any real ref moves, with what the rewrite did (the backup must be complete; a
   * purge that matched nothing stops here); a rejection aborts the purge with no ref moved.
   */
  beforeRefUpdate?: (stats: TransformStats) => Promise<void>;
}

export interface RewriteResult extends TransformStats {
  blobsWithSecrets: number;
  occurrences: number;
  /** old commit id → new commit id, for commits that exist in both. */
  commitMap?: Map<string, string>;
  commitMapFile?: string;
  refsUpdated: number;
}

/** Marks for cleaned blobs start far above the ones fast-export assigns to commits. */
const BLOB_MARK_BASE = 1_000_000_000;

/**
 * fast-export → transform → fast-import, then one atomic `git update-ref
 * --stdin` transaction moves the real refs.
 *
 * fast-import always writes the refs named in its stream, so it runs against a
 * scratch git directory (.git/leakguard/import-*) that shares this repository's
 * object store (GIT_OBJECT_DIRECTORY): objects land where they belong, refs
 * land in the scratch directory. Until the final transaction nothing the user
 * sees has changed, so killing the process at any point before it leaves the
 * repository as it was (objects written so far are unreferenced; gc drops them).
 */
export async function rewriteHistory(opts: RewriteOptions): Promise<RewriteResult> {
  const { root, gitDir, replacer, dryRun } = opts;
  const work = leakguardDir(gitDir);
  for (const stale of readdirSync(work).filter((n) => n.startsWith('import-'))) rmSync(join(work, stale), { recursive: true, force: true });
  const before = await listRefs(root);
  const scratch = join(work, `import-${process.pid}-${Date.now()}`);
  const objects = resolve(root, (await git(['rev-parse', '--git-path', 'objects'], { cwd: root })).toString('utf8').trim());
  const scratchEnv = { ...process.env, GIT_DIR: scratch, GIT_OBJECT_DIRECTORY: objects };

  let importer: ReturnType<typeof spawn> | undefined;
  let importDone: Promise<number> | undefined;
  const marksFile = join(scratch, 'marks');
  const importErr: Buffer[] = [];
  if (!dryRun) {
    await git(['init', '--bare', '--quiet', scratch], { cwd: root });
    // Always a pack, never loose objects: a purge stopped before its refs move (nothing matched,
    // interrupted) then leaves no loose objects behind to make the clone look used on the next try.
    importer = spawn('git', ['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--date-format=raw-permissive', `--export-marks=${marksFile}`], { cwd: root, env: scratchEnv, stdio: ['pipe', 'ignore', 'pipe'] });
    importer.stderr!.on('data', (b: Buffer) => importErr.push(b));
    importDone = new Promise((resolve) => importer!.on('close', (c) => resolve(c ?? -1)));
    importer.stdin!.on('error', () => {
      // fast-import died; its exit code and stderr explain why.
    });
    await write(importer.stdin!, 'feature done\n');
  }

  // Pass 1 (only when replacing text): clean the blobs that hold a secret and
  // import them first, under marks the rewritten commits will refer to.
  const blobMarks = new Map<string, number>();
  let occurrences = 0;
  if (!replacer.empty) {
    opts.onPhase?.('finding blobs that contain the secrets');
    await findSecretBlobs(root, replacer, async (hit) => {
      const mark = BLOB_MARK_BASE + blobMarks.size;
      blobMarks.set(hit.sha, mark);
      occurrences += hit.occurrences;
      if (importer) {
        await write(importer.stdin!, `blob\nmark :${mark}\ndata ${hit.cleaned.length}\n`);
        await write(importer.stdin!, hit.cleaned);
        await write(importer.stdin!, '\n');
      }
    });
  }

  // Pass 2: the commit graph, by reference.
  opts.onPhase?.(dryRun ? 'reading history' : 'rewriting history');
  const exporter = spawn(
    'git',
    [
      'fast-export', '--all', '--no-data', '--show-original-ids', '--signed-tags=strip', '--tag-of-filtered-object=rewrite',
      '--fake-missing-tagger', '--reference-excluded-parents', '--use-done-feature', '--mark-tags', '--reencode=no',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exportErr: Buffer[] = [];
  exporter.stderr.on('data', (b: Buffer) => exportErr.push(b));
  const exportDone = new Promise<number>((resolve) => exporter.on('close', (c) => resolve(c ?? -1)));
  const stats = await transformStream(exporter.stdout, importer?.stdin ?? undefined, {
    dropPath: opts.dropPath,
    blobMarks,
    replacer,
    ...(opts.dropBlob ? { dropBlob: opts.dropBlob } : {}),
    ...(opts.keepEmpty ? { keepEmpty: true } : {}),
  });
  const exportCode = await exportDone;
  if (exportCode !== 0) {
    importer?.kill();
    throw new LeakguardError(`git fast-export failed: ${Buffer.concat(exportErr).toString('utf8').trim()}`);
  }
  const result: RewriteResult = { ...stats, blobsWithSecrets: blobMarks.size, occurrences, refsUpdated: 0 };
  if (!importer) {
    await opts.beforeRefUpdate?.(stats);
    return result;
  }

  importer.stdin!.end();
  const importCode = await importDone!;
  if (importCode !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new LeakguardError(`git fast-import failed; your refs were not changed: ${Buffer.concat(importErr).toString('utf8').trim()}`);
  }

  if (process.env.LEAKGUARD_FAULT_PAUSE_BEFORE_REFS) {
    // Fault injection for the interruption test: a window in which the import is done but no ref has moved.
    opts.onPhase?.('paused before updating refs');
    await new Promise((r) => setTimeout(r, Number(process.env.LEAKGUARD_FAULT_PAUSE_BEFORE_REFS)));
  }

  try {
    await opts.beforeRefUpdate?.(stats);
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    throw e;
  }

  // Pass 3: move every real ref to its rewritten value in one transaction;
  // the old value is checked, so a ref moved by someone else meanwhile aborts it.
  opts.onPhase?.('updating refs');
  const rewritten = await listRefs(root, 'refs/', scratchEnv);
  const lines: string[] = ['start'];
  for (const [ref, sha] of rewritten) lines.push(`update ${ref} ${sha} ${before.get(ref) ?? ''}`.trimEnd());
  lines.push('prepare', 'commit');
  await git(['update-ref', '--stdin'], { cwd: root, input: lines.join('\n') + '\n' });
  result.refsUpdated = rewritten.size;

  // The commit map: original id (from the stream) → new id (from fast-import's marks).
  const newByMark = new Map<number, string>();
  for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
    const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
    if (m) newByMark.set(Number(m[1]), m[2]!);
  }
  const map = new Map<string, string>();
  for (const [mark, old] of stats.originalIds) {
    const now = newByMark.get(mark);
    if (now) map.set(old, now);
  }
  // Pruned commits map to the null id, as git-filter-repo's commit-map has them.
  for (const old of stats.prunedCommits) map.set(old, '0'.repeat(old.length));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const mapFile = join(work, `commit-map-${stamp}.txt`);
  // It names every rewritten commit, and lives beside the backup: private like it.
  writeFileSync(mapFile, ['old new', ...[...map].map(([o, n]) => `${o} ${n}`)].join('\n') + '\n', { mode: 0o600 });
  result.commitMap = map;
  result.commitMapFile = mapFile;
  rmSync(scratch, { recursive: true, force: true });
  return result;
}

/**
 * .git/leakguard, private to the user (0700): the backup bundle written there
 * holds every secret the purge removes, so no one else on the machine may read
 * it, not even while git is still writing it.
 */
export function leakguardDir(gitDir: string): string {
  const dir = join(gitDir, 'leakguard');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

async function write(stream: NodeJS.WritableStream, data: string | Buffer): Promise<void> {
  if (!stream.write(data)) await once(stream, 'drain');
}

async function listRefs(root: string, prefix = 'refs/', env?: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const out = (await git(['for-each-ref', '--format=%(objectname) %(refname)', prefix], { cwd: root, ...(env ? { env } : {}) })).toString('utf8');
  const map = new Map<string, string>();
  for (const line of out.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0) map.set(line.slice(sp + 1), line.slice(0, sp));
  }
  return map;
}

