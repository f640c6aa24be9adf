import { C_STYLE_COMMENTS, extensionOf } from './file-kind.js';

/**
 * A value in the comment after a line's code (`signatureStrLen = 64 // e.g. "f2ca…"`): the code before the
 * marker does not use it, so it documents a shape, like a comment line does. The line is read left to right
 * with its strings skipped, so a `//` or `#` inside a string (a URL, a colour) is no marker.
 */

/** Languages whose line comments start with `#`. */
const HASH = new Set(['py', 'pyw', 'rb', 'php', 'pl', 'pm', 'r', 'jl', 'ex', 'exs', 'tf', 'hcl', 'nim', 'sh', 'bash', 'zsh', 'ps1']);

/** The comment marker the value follows, when code comes before it on the line; `before` is the line up to the value. */
export function trailingComment(path: string, before: string): '//' | '#' | undefined {
  const ext = extensionOf(path);
  // F# comments a line with `//` too (its blocks are `(* … *)`).
  const slash = C_STYLE_COMMENTS.has(ext) || ext === 'fs';
  const hash = HASH.has(ext);
  if (!slash && !hash) return undefined;
  let quote = '';
  let code = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      code = true;
    } else if (slash && c === '/' && before[i + 1] === '/') {
      return code ? '//' : undefined;
    } else if (hash && c === '#' && (i === 0 || before[i - 1] === ' ' || before[i - 1] === '\t')) {
      return code ? '#' : undefined;
    } else if (c !== ' ' && c !== '\t') {
      code = true;
    }
  }
  return undefined;
}
