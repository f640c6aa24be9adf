/**
 * Where a finding in a commit or tag message is reported. It stands in the
 * path's place (always with a commit or tag id beside it), so fingerprints,
 * deduplication, baselines and reports treat a message like one more file of
 * the commit; formats that need a real location say "commit message of <sha>".
 */
export const COMMIT_MESSAGE = '(commit message)';
export const TAG_MESSAGE = '(tag message)';

export function isMessagePath(path: string): boolean {
  return path === COMMIT_MESSAGE || path === TAG_MESSAGE;
}
