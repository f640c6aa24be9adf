import { readFileSync } from 'node:fs';

/**
 * Line-based text files leakguard edits for the user (.gitignore, .gitattributes, .env, .env.example,
 * .leakguardignore): read them if they exist, and add lines the way the file already writes them.
 */

/** The file's text, or undefined when there is none; other errors (permissions) reach the CLI, which names the path. */
export function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** `text` with `lines` appended, in the file's own line endings (CRLF if it has any), on a line of their own. */
export function appendLines(text: string | undefined, lines: string[]): string {
  const base = text ?? '';
  const eol = base.includes('\r\n') ? '\r\n' : '\n';
  const sep = base === '' || base.endsWith('\n') ? '' : eol;
  return `${base}${sep}${lines.join(eol)}${eol}`;
}
