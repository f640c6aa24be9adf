import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { LeakguardError } from '../errors.js';
import { isBlocking, type Finding } from '../detect/types.js';
import { redactLine } from '../detect/redact.js';
import { historyContains } from '../git/contains.js';
import { indexEntries, stageContent } from '../git/index-write.js';
import { readIndexBlobs } from '../git/index-blobs.js';
import { git } from '../git/run.js';
import { gitignoreLiteral } from '../init/gitignore.js';
import { runPipeline } from '../pipeline.js';
import { matchFileRule } from '../rules/index.js';
import { filesSource } from '../sources/files.js';
import { stagedSource } from '../sources/staged.js';
import { isMessagePath } from '../sources/types.js';
import { appendLines, readText } from '../text-file.js';
import { backupPath, snapshotFile, writeBackup, type FixBackup } from './backup.js';
import { DotEnv, withExampleKeys } from './dotenv.js';
import type { Target } from './languages.js';
import { loadingHints } from './loading.js';
import { rewriteFile, type FixCandidate, type Manual, type Rewrite } from './rewrite.js';

export interface FixOptions {
  root: string;
  config: Config;
  /** Fingerprints and baseline entries not to act on. */
  known?: Set<string>;
  /** Working-tree files (repository-relative); none: the staged changes, as the hook sees them. */
  files?: string[];
  dryRun: boolean;
}

export interface FixReport {
  mode: 'staged' | 'files';
  findings: number;
  rewrites: (Rewrite & { file: string; target: string })[];
  manual: (Manual & { file: string; title: string })[];
  /** Secret files taken out of the index (kept on disk) and ignored. */
  untracked: string[];
  envAdded: string[];
  /** Names that had to differ from the one wanted, because .env has it for another value. */
  renamed: { wanted: string; name: string }[];
  exampleAdded: boolean;
  gitignoreAdded: string[];
  /** Values some commit already holds: rotate first. */
  inHistory: { fingerprint: string; file: string; line: number; name: string }[];
  /** The changes, values masked, for --dry-run. */
  preview: string[];
  hints: string[];
}

const ENV = '.env';
const EXAMPLE = '.env.example';

/**
 * `leakguard fix`: each blocking finding's literal becomes the language's environment read and its value
 * moves to the gitignored .env (a staged secret file is unstaged and ignored instead). In staged mode the
 * same edit goes to the index and the working tree, or the file is left alone with the reason. Everything
 * changed is backed up first (fix/backup.ts) for --undo. No value is ever printed.
 */
export async function fix(opts: FixOptions): Promise<FixReport> {
  const { root, config } = opts;
  const staged = !opts.files;
  const source = staged ? stagedSource(root, config.maxFileSize) : filesSource(root, opts.files!, { useGit: true, maxBytes: config.maxFileSize });
  const result = await runPipeline(source, { config, ...(opts.known ? { ignore: opts.known } : {}) });
  const blocking = result.findings.filter((f) => isBlocking(f, config.failOn) && !isMessagePath(f.file));
  const report: FixReport = { mode: staged ? 'staged' : 'files', findings: blocking.length, rewrites: [], manual: [], untracked: [], envAdded: [], renamed: [], exampleAdded: false, gitignoreAdded: [], inHistory: [], preview: [], hints: [] };
  if (!blocking.length) return report;

  const manual = (f: Finding, reason: string) => report.manual.push({ file: f.file, line: f.line, fingerprint: f.fingerprint, title: f.title, reason });
  // A staged secret file leaves the index; its lines need no rewrite.
  // (.env.production is read for its values, so its findings are lines; its name still says it is a secret file.)
  const secretFiles = new Set(blocking.filter((f) => (f.line === 0 && f.secret?.startsWith('file:')) || matchFileRule(f.file) !== undefined).map((f) => f.file));
  const byFile = new Map<string, FixCandidate[]>();
  const findingOf = new Map<string, Finding>();
  for (const f of blocking) {
    findingOf.set(f.fingerprint, f);
    if (secretFiles.has(f.file)) {
      if (!staged) manual(f, 'a file that should not be in the repository: git rm --cached it and add it to .gitignore');
      continue;
    }
    if (f.line === 0) {
      manual(f, 'not a value on a line');
      continue;
    }
    if (f.secret === undefined) {
      manual(f, 'no single value to move');
      continue;
    }
    const list = byFile.get(f.file) ?? [];
    list.push({ line: f.line, column: f.column, ruleId: f.ruleId, provider: f.provider, title: f.title, fingerprint: f.fingerprint, secret: f.secret });
    byFile.set(f.file, list);
  }
  if (staged) for (const p of secretFiles) report.untracked.push(p);

  if (byFile.size && (await git(['ls-files', '-z', '--', `:(literal)${ENV}`], { cwd: root })).length) {
    throw new LeakguardError(`fix: ${ENV} is tracked by git, so moving secrets into it would commit them. Untrack it first (it stays on disk): git rm --cached ${ENV} && echo ${ENV} >> .gitignore, then run leakguard fix again`);
  }

  const envText = readText(join(root, ENV));
  let dotenv = new DotEnv(envText);
  const index = staged ? await readIndexBlobs(root, [...byFile.keys()]) : new Map<string, Buffer>();
  const writes = new Map<string, string>();
  const staging = new Map<string, string>();
  const kinds = new Map<Target['kind'], string[]>();
  for (const [file, cands] of byFile) {
    const buf = staged ? index.get(file) : readBuffer(join(root, file));
    const text = buf && decodeUtf8(buf);
    if (text === undefined) {
      for (const c of cands) manual(findingOf.get(c.fingerprint)!, 'not valid UTF-8 text: fix edits only text it can write back byte for byte');
      continue;
    }
    const before = dotenv.clone();
    const r = rewriteFile(file, text, cands, (wanted, value) => {
      const name = dotenv.nameFor(wanted, value);
      if (name !== wanted && name.startsWith(`${wanted}_`) && !report.renamed.some((x) => x.name === name)) report.renamed.push({ wanted, name });
      return name;
    });
    for (const m of r.manual) manual(findingOf.get(m.fingerprint)!, m.reason);
    if (!r.rewrites.length) continue;
    let worktree = r.text;
    if (staged) {
      const current = readText(join(root, file));
      if (current !== undefined && current !== text) {
        const mapped = sameEdits(current, r.edits, r.target!, r.rewrites.map((x) => x.name));
        if (mapped === undefined) {
          dotenv = before;
          report.renamed = report.renamed.filter((x) => r.rewrites.every((w) => w.name !== x.name));
          for (const w of r.rewrites) manual(findingOf.get(w.fingerprint)!, `${file} has unstaged changes on the same lines: stage them (git add) or stash them (git stash --keep-index), then run leakguard fix again`);
          continue;
        }
        worktree = mapped;
      }
      staging.set(file, r.text);
    }
    writes.set(file, worktree);
    for (const w of r.rewrites) {
      report.rewrites.push({ ...w, file, target: r.target!.label });
      kinds.set(r.target!.kind, [...(kinds.get(r.target!.kind) ?? []), w.name]);
    }
    for (const e of r.edits) {
      const masked = r.rewrites.reduce((line, w) => (line.includes(w.value) ? redactLine(line, w.value, line.indexOf(w.value) + 1) : line), e.before.replace(/\r$/, ''));
      report.preview.push(`${file}:\n  - ${masked.trim()}\n  + ${e.after.replace(/\r$/, '').trim()}`);
    }
  }

  const names = [...new Set(report.rewrites.map((w) => w.name))];
  const envNext = dotenv.render();
  report.envAdded = dotenv.additions.map(([k]) => k);
  if (report.envAdded.length) report.preview.push(`${ENV}:\n${report.envAdded.map((k) => `  + ${k}=****`).join('\n')}`);
  const exampleNext = names.length ? withExampleKeys(readText(join(root, EXAMPLE)), names) : undefined;
  report.exampleAdded = exampleNext !== undefined;
  const ignoreWanted = [...(names.length ? [ENV] : []), ...report.untracked];
  const ignored = ignoreWanted.length ? new Set((await git(['check-ignore', '--no-index', '--', ...ignoreWanted], { cwd: root, okCodes: [1] })).toString('utf8').split('\n').filter(Boolean)) : new Set<string>();
  report.gitignoreAdded = ignoreWanted.filter((p) => !ignored.has(p)).map((p) => (p === ENV ? ENV : `/${gitignoreLiteral(p)}`));
  report.hints = loadingHints(root, kinds);
  if (report.rewrites.length) {
    const found = await historyContains(root, report.rewrites.map((w) => w.value));
    report.rewrites.forEach((w, i) => found[i] && report.inHistory.push({ fingerprint: w.fingerprint, file: w.file, line: w.line, name: w.name }));
  }
  if (opts.dryRun) return report;

  // Back up everything about to change, then change it.
  const touched = [...writes.keys(), ...(envNext !== undefined ? [ENV] : []), ...(exampleNext !== undefined ? [EXAMPLE] : []), ...(report.gitignoreAdded.length ? ['.gitignore'] : [])];
  const entries = await indexEntries(root, [...staging.keys(), ...report.untracked]);
  const backup: FixBackup = {
    version: 1,
    files: touched.map((p) => snapshotFile(root, p)),
    index: [...staging.keys(), ...report.untracked].map((p) => ({ path: p, entry: entries.get(p) ?? null })),
  };
  writeBackup(await backupPath(root), backup);
  for (const [file, text] of writes) writeFileSync(join(root, file), text);
  if (envNext !== undefined) writeFileSync(join(root, ENV), envNext, { mode: 0o600 });
  if (exampleNext !== undefined) writeFileSync(join(root, EXAMPLE), exampleNext);
  if (report.gitignoreAdded.length) writeFileSync(join(root, '.gitignore'), appendLines(readText(join(root, '.gitignore')), report.gitignoreAdded));
  for (const [file, text] of staging) await stageContent(root, file, Buffer.from(text, 'utf8'), entries.get(file)?.mode ?? '100644');
  if (report.untracked.length) await git(['rm', '--cached', '-q', '--', ...report.untracked.map((p) => `:(literal)${p}`)], { cwd: root });
  return report;
}

/** The working tree with the index's edits applied: each edited line must be there exactly once, unchanged. */
function sameEdits(text: string, edits: { before: string; after: string }[], target: Target, names: string[]): string | undefined {
  const lines = text.split('\n');
  for (const e of edits) {
    const at = lines.indexOf(e.before);
    if (at < 0 || lines.indexOf(e.before, at + 1) >= 0) return undefined;
    lines[at] = e.after;
  }
  let out = lines.join('\n');
  if (target.prepare) for (const n of new Set(names)) out = target.prepare(out, n);
  return out;
}

function readBuffer(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

function decodeUtf8(buf: Buffer): string | undefined {
  const text = buf.toString('utf8');
  return Buffer.from(text, 'utf8').equals(buf) ? text : undefined;
}
