import { filesHolding } from '../git/grep.js';
import { readRevisionFiles, treeBlobs } from '../git/index-blobs.js';
import { asText, indexComposeFiles, revisionComposeFiles, treeComposeFiles, type TextFile } from './compose-files.js';

/**
 * What evidence across files reads from the repository beyond the scanned texts, asked only when a finding
 * blocks that such evidence could demote (cross-file-evidence.ts).
 */
export interface RepositoryReader {
  /** Every tracked compose file's text. */
  composeFiles(): Promise<TextFile[]>;
  /** The tracked files holding a name, or undefined when git cannot tell. */
  filesNaming(name: string): Promise<string[] | undefined>;
  /** For findings of commits (a history, a push): the repository as one commit has it. */
  atCommit?(commit: string): RepositoryReader;
  /** The paths this tree tracks, or undefined when git cannot tell (a revision's reader only). */
  trackedPaths?(): Promise<{ has(path: string): boolean } | undefined>;
  /**
   * Whole text files as the scan's source has them (the index, or each finding's commit), under `wholeFileKey`; what
   * cannot be read is left out. Not for the working tree, whose files are scanned whole already.
   */
  wholeFiles?(wanted: readonly { commit?: string; file: string }[]): Promise<Map<string, string>>;
}

/** The key `wholeFiles` answers under: git's name for the file in the index (`:<path>`) or in a commit (`<commit>:<path>`). */
export const wholeFileKey = (f: { commit?: string; file: string }): string => `${f.commit ?? ''}:${f.file}`;

/** Files by git's names for them (wholeFileKey), as text; binary and oversized ones, or all when git fails, left out. */
async function wholeFiles(root: string, wanted: readonly { commit?: string; file: string }[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  try {
    for (const [name, buf] of await readRevisionFiles(root, wanted.map(wholeFileKey))) {
      const text = asText(name, buf)?.text;
      if (text !== undefined) texts.set(name, text);
    }
  } catch {
    // Without the files, no evidence: the findings keep their verdicts.
  }
  return texts;
}

/**
 * The repository as the scan sees it: the index for a commit being made, the working tree, or, for findings
 * of commits (a history scan, a push), HEAD's tree and each finding's own commit's.
 */
export function repositoryReader(root: string, target: 'index' | 'tree' | 'commits'): RepositoryReader {
  if (target === 'commits') return { ...revisionReader(root, 'HEAD'), atCommit: (commit) => revisionReader(root, commit), wholeFiles: (wanted) => wholeFiles(root, wanted) };
  return {
    composeFiles: () => (target === 'tree' ? treeComposeFiles(root) : indexComposeFiles(root)),
    filesNaming: (name) => filesHolding(root, name, target),
    ...(target === 'index' ? { wholeFiles: (wanted: readonly { file: string }[]) => wholeFiles(root, wanted) } : {}),
  };
}

function revisionReader(root: string, revision: string): RepositoryReader {
  // One listing of the tree serves both the compose files and the tracked paths.
  let tree: Promise<Map<string, string> | undefined> | undefined;
  const listing = () => (tree ??= treeBlobs(root, revision));
  return {
    composeFiles: async () => revisionComposeFiles(root, await listing()),
    filesNaming: (name) => filesHolding(root, name, { revision }),
    trackedPaths: listing,
  };
}
