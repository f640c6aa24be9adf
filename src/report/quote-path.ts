/**
 * A file name as a terminal may show it. Names can hold any byte but NUL and
 * "/": a newline would forge a line of the report, an escape sequence
 * (ESC [ …) could rewrite the terminal. As git does (core.quotePath), a name
 * with a control character, a double quote or a backslash is shown in double
 * quotes with C escapes (\n, \t, \033…); other names, non-ASCII ones included,
 * are shown as they are.
 */
export function quotePath(path: string): string {
  if (!NEEDS_QUOTING.test(path)) return path;
  return `"${path.replace(QUOTED_CHAR, escapeChar)}"`;
}

// C0 and C1 control characters, DEL, the quote and the backslash.
const NEEDS_QUOTING = /[\u0000-\u001f\u007f-\u009f"\\]/;
const QUOTED_CHAR = /[\u0000-\u001f\u007f-\u009f"\\]/g;
const NAMED: Record<string, string> = { '\u0007': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\u000b': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  // Octal of the UTF-8 bytes, as git writes them.
  return [...Buffer.from(ch, 'utf8')].map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
}

/**
 * A word for a command the user is told to run: as is when the shell reads it
 * so, else in single quotes; a control character (a newline in a file name)
 * is written $'\n' so the command stays one line and means that name.
 */
export function shellWord(s: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  if (/[\u0000-\u001f\u007f]/.test(s)) return `$'${s.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}'`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
