import { spawn } from 'node:child_process';
import { catFileBatch } from '../git/cat-file.js';
import { git } from '../git/run.js';
import { TAG_MESSAGE, type SourceItem } from './types.js';
import { trimEndOf } from '../trim.js';

/**
 * Annotated tags' messages (release notes get pasted tokens too): each tag
 * object is read once through `git cat-file --batch` and its message (what
 * follows the header's blank line, signature included) is scanned as the
 * tag's text, reported at "tag message of <tag id>".
 */
export async function* tagMessagesSource(root: string, tagIds: string[]): AsyncGenerator<SourceItem> {
  if (tagIds.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.end(tagIds.join('\n') + '\n');
  for await (const obj of catFileBatch(child.stdout as AsyncIterable<Buffer>)) {
    if (obj.type !== 'tag') continue;
    const text = obj.content.toString('utf8');
    const blank = text.indexOf('\n\n');
    const header = blank < 0 ? text : text.slice(0, blank);
    const message = blank < 0 ? '' : trimEndOf(text.slice(blank + 2), '\n');
    const tagger = /^tagger ([^<]*) <([^>]*)> (\d+) ([+-]\d{4})$/.exec(header.split('\n').find((l) => l.startsWith('tagger ')) ?? '');
    if (!message) continue;
    yield {
      path: TAG_MESSAGE,
      commit: obj.sha,
      ...(tagger ? { author: `${tagger[1]} <${tagger[2]}>`, date: new Date(Number(tagger[3]) * 1000).toISOString() } : {}),
      text: message,
    };
  }
}

/** Every annotated tag in the repository (the objects, not the commits they point at). */
export async function allTagObjects(root: string): Promise<string[]> {
  const out = await git(['for-each-ref', '--format=%(objecttype) %(objectname)', 'refs/tags'], { cwd: root });
  return out.toString('utf8').split('\n').filter((l) => l.startsWith('tag ')).map((l) => l.slice(4));
}
