/**
 * What every source yields: a file's text (whole, or just the lines a change
 * adds, with their line numbers), or a note that a file was skipped and why.
 * Skips are reported, never silent.
 */
export interface SourceItem {
  path: string;
  text?: string;
  lineNumbers?: number[];
  commit?: string;
  /** History scans: who made the commit and when (author date, ISO 8601). */
  author?: string;
  date?: string;
  /** Why the text was not read: 'binary', 'too large (12 MB)', 'unreadable: EACCES'. */
  skipped?: string;
  /**
   * With `skipped`: text that could hold a secret went unread (over the size
   * cap, unreadable, a broken archive), as opposed to a binary file. Hook modes
   * fail closed on these.
   */
  unscanned?: boolean;
  /** Line number of the first line of `text` when it is a later piece of a large file (1 otherwise). */
  firstLine?: number;
  /** A later piece of a file already counted (large files arrive in pieces). */
  continuation?: boolean;
  /**
   * A symbolic link: git stores the path it points to, and that is the text. No file-name rule applies
   * (a monorepo's `apps/web/.env -> ../../.env` commits no secret; the file it points to is its own item).
   */
  symlink?: boolean;
}

// Detection reads these too (a message is prose), and detect/ does not import sources/.
export { COMMIT_MESSAGE, TAG_MESSAGE, isMessagePath } from '../detect/message-path.js';
