import type { Scanner } from './detect/engine.js';
import type { Finding } from './detect/types.js';
import { asTestFixture, LocalStackCredentials } from './detect/local-stack-credentials.js';
import { distinctiveName, onlyTestsName } from './detect/named-only-by-tests.js';
import { isMessagePath } from './sources/types.js';
import { wholeFileKey, type RepositoryReader } from './sources/repository.js';

/** At most this many file names are looked up (one `git grep` each); past it, the rest keep their verdict. */
const MAX_NAMES = 16;

/** At most this many commits' trees are read for findings of commits whose file HEAD's tree does not have. */
const MAX_COMMITS = 8;

/** At most this many files are read whole again for their still-blocking findings. */
const MAX_WHOLE_FILES = 32;

/**
 * Evidence that one file cannot give, weighed after the per-file verdicts (detect/verdict-table.ts) and only for
 * blocking findings of shape rules: a value a local stack's compose file gives a container, and a file only
 * the test suite names. Costs nothing when no such finding blocks (every clean commit); otherwise, with a
 * repository to read, one `git ls-files` and one `git cat-file` for compose files and one `git grep` per file name, run side by side.
 * Findings of commits (a history, a push) are weighed against HEAD's tree, then those still blocking whose file HEAD
 * does not have against their own commit's: a fixture and the test that loads it, deleted since, or a file only on a
 * pushed branch other than HEAD.
 */
export async function weighAcrossFiles(findings: Finding[], stack: LocalStackCredentials, scanner: Scanner, repo?: RepositoryReader): Promise<void> {
  const candidates = LocalStackCredentials.candidates(findings, (id) => scanner.isShapeRule(id));
  if (!candidates.length) return;
  if (!repo) {
    if (stack.size) stack.apply(candidates);
    return;
  }
  // The whole files are read while the other evidence is (git processes on two cores); judged last, for what still blocks.
  const whole = readWholeFiles(candidates, repo);
  await weighWith(candidates, stack, scanner, repo);
  if (repo.atCommit) await weighAtTheirCommits(candidates, stack, scanner, repo, repo.atCommit);
  judgeInWholeFile(whole.groups, await whole.texts, scanner);
}

async function weighAtTheirCommits(candidates: Finding[], stack: LocalStackCredentials, scanner: Scanner, repo: RepositoryReader, atCommit: (commit: string) => RepositoryReader): Promise<void> {
  const blocking = candidates.filter((f) => f.warning === undefined && f.commit);
  if (!blocking.length) return;
  // A file HEAD still has is judged by HEAD's tree, as before: its commit's evidence changed no verdict of 87 holdout
  // histories and cost Statping-ng's history 10%. One HEAD has not (deleted since, or only on a pushed branch) is not.
  const atHead = await repo.trackedPaths?.();
  const gone = atHead ? blocking.filter((f) => !atHead.has(f.file)) : blocking;
  for (const [commit, group] of byCommit(gone)) await weighWith(group, stack, scanner, atCommit(commit));
}

/**
 * A staged change's or a commit's finding is judged on the lines its patch shows; the evidence may sit outside them
 * (the docstring or block comment an example response is inside, the environment section or encrypted block a value
 * is under, the comment above that says to replace it). So a still-blocking finding's file is read whole, as the
 * index or its commit has it, and scanned again; the verdict the same value gets there is taken when it is a warning.
 * One `git cat-file` (of `:<path>` for the index, `<commit>:<path>` for a commit) for at most MAX_WHOLE_FILES files, only when something would
 * block; a value the whole file does not show again keeps its verdict.
 */
function readWholeFiles(candidates: Finding[], repo: RepositoryReader): { groups: Map<string, Finding[]>; texts: Promise<Map<string, string>> } {
  if (!repo.wholeFiles) return { groups: new Map(), texts: Promise.resolve(new Map()) };
  const groups = groupUpTo(candidates, (f) => (isMessagePath(f.file) ? undefined : wholeFileKey(f)), MAX_WHOLE_FILES);
  return { groups, texts: groups.size ? repo.wholeFiles([...groups.values()].map((g) => g[0]!)) : Promise.resolve(new Map()) };
}

function judgeInWholeFile(groups: Map<string, Finding[]>, texts: Map<string, string>, scanner: Scanner): void {
  for (const [key, all] of groups) {
    const group = all.filter((f) => f.warning === undefined);
    const text = texts.get(key);
    if (!group.length || text === undefined) continue;
    const whole = scanner.scan({ path: group[0]!.file, text });
    for (const f of group) {
      const same = whole.find((w) => w.ruleId === f.ruleId && w.secret === f.secret && w.warning !== undefined);
      if (!same) continue;
      f.warning = same.warning;
      const where = f.commit ? `as commit ${f.commit.slice(0, 12)} has it` : 'as staged';
      f.why = [...(same.why ?? []), `(judged in the whole file ${where}: the change's own lines show too little around it)`];
    }
  }
}

/** Findings by the commit that adds them, for the first MAX_COMMITS commits. */
function byCommit(findings: Finding[]): Map<string, Finding[]> {
  return groupUpTo(findings, (f) => f.commit, MAX_COMMITS);
}

/** Items by a key, for the first `max` keys; an item with no key is left out. */
function groupUpTo<T>(items: readonly T[], keyOf: (item: T) => string | undefined, max: number): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else if (groups.size < max) groups.set(key, [item]);
  }
  return groups;
}

async function weighWith(candidates: Finding[], stack: LocalStackCredentials, scanner: Scanner, repo: RepositoryReader): Promise<void> {
  // Both reads at once (git processes on two cores): a blocked commit waits for the slower, not the sum.
  const byName = byFileName(candidates.filter((f) => !isMessagePath(f.file)));
  const [compose, naming] = await Promise.all([repo.composeFiles(), Promise.all([...byName.keys()].map((name) => repo.filesNaming(name)))]);
  for (const f of compose) stack.add(f.path, f.text, scanner.scan(f));
  if (stack.size) stack.apply(candidates);
  [...byName.values()].forEach((group, i) => namedOnlyByTests(group, naming[i]));
}

/** Candidates by the name a test would load their file by (distinctiveName), at most MAX_NAMES names. */
function byFileName(candidates: Finding[]): Map<string, Finding[]> {
  return groupUpTo(candidates, (f) => distinctiveName(f.file), MAX_NAMES);
}

function namedOnlyByTests(group: Finding[], naming: string[] | undefined): void {
  if (!naming) return;
  for (const f of group) {
    // The local stack's evidence came first.
    if (f.warning !== undefined) continue;
    const tests = onlyTestsName(f.file, naming);
    if (!tests) continue;
    const shown = tests.slice(0, 3).join(', ') + (tests.length > 3 ? ` and ${tests.length - 3} more` : '');
    asTestFixture(f, `only tests name this file (${shown}): a fixture the test suite loads (a file the program names would block)`);
  }
}
