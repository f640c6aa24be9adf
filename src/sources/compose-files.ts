import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { git } from '../git/run.js';
import { readIndexMatching, readTreeMatching } from '../git/index-blobs.js';
import { looksBinary } from './binary.js';
import { LocalStackCredentials } from '../detect/local-stack-credentials.js';

/** Compose files are small; a larger one is not a hand-written local stack. */
const MAX_COMPOSE_BYTES = 1024 * 1024;

export interface TextFile {
  path: string;
  text: string;
}

/** Globs that narrow what git lists; the path test decides (git's globs cannot say `compose[._-]…`). */
const COMPOSE_GLOBS = [':(glob)**/*compose*.yml', ':(glob)**/*compose*.yaml'];

/** Tracked paths that could be compose files (`git ls-files`), for evidence across files. */
async function composePaths(root: string): Promise<string[]> {
  const out = await git(['ls-files', '-z', '--', ...COMPOSE_GLOBS], { cwd: root });
  return out.toString('utf8').split('\0').filter((p) => p && LocalStackCredentials.isComposePath(p));
}

/** A file's content as text, or undefined when it is binary or over 1 MiB (too big to weigh as evidence). */
export function asText(path: string, buf: Buffer): TextFile | undefined {
  if (buf.length > MAX_COMPOSE_BYTES || looksBinary(buf)) return undefined;
  return { path, text: buf.toString('utf8') };
}

/** The staged version of every compose file: what the commit's local stack gives its containers. */
export async function indexComposeFiles(root: string): Promise<TextFile[]> {
  try {
    const blobs = await readIndexMatching(root, COMPOSE_GLOBS, (p) => LocalStackCredentials.isComposePath(p));
    return [...blobs].flatMap(([path, buf]) => asText(path, buf) ?? []);
  } catch {
    // No index to read (a server's bare repository receiving a push): without the evidence, the finding blocks.
    return [];
  }
}

/** The working tree's version of every tracked compose file (explain reads the working tree). */
export async function treeComposeFiles(root: string): Promise<TextFile[]> {
  const out: TextFile[] = [];
  // Without a list (git failed), no evidence: the finding blocks.
  for (const path of await composePaths(root).catch(() => [])) {
    const buf = await fsp.readFile(join(root, path)).catch(() => undefined);
    const file = buf && asText(path, buf);
    if (file) out.push(file);
  }
  return out;
}

/** A commit's version of every compose file, from its tree's listing (a history's or a push's finding is judged by its own commit's local stack). */
export async function revisionComposeFiles(root: string, tree: ReadonlyMap<string, string> | undefined): Promise<TextFile[]> {
  // Without a listing (an unknown revision: a shallow clone's missing commit), no evidence: the finding keeps its verdict.
  if (!tree) return [];
  try {
    const blobs = await readTreeMatching(root, tree, (p) => LocalStackCredentials.isComposePath(p));
    return [...blobs].flatMap(([path, buf]) => asText(path, buf) ?? []);
  } catch {
    return [];
  }
}
