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
}
