import { filesHolding, type GrepTarget } from '../git/grep.js';
import { indexComposeFiles, treeComposeFiles, type TextFile } from './compose-files.js';

/**
 * What evidence across files reads from the repository beyond the scanned texts, asked only when a finding
 * blocks that such evidence could demote (cross-file-evidence.ts).
 */
export interface RepositoryReader {
  /** Every tracked compose file's text. */
  composeFiles(): Promise<TextFile[]>;
  /** The tracked files holding a name, or undefined when git cannot tell. */
  filesNaming(name: string): Promise<string[] | undefined>;
}

/** The repository as the scan sees it: the index for a commit being made, the working tree, or HEAD for a history scan. */
export function repositoryReader(root: string, target: GrepTarget): RepositoryReader {
  return {
    composeFiles: () => (target === 'tree' ? treeComposeFiles(root) : indexComposeFiles(root)),
    filesNaming: (name) => filesHolding(root, name, target),
  };
}
