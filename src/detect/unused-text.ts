import { C_STYLE_COMMENTS, extensionOf } from './file-kind.js';
import { linesBack, type Place } from './lines-back.js';

/**
 * Text in a source file that the program never runs: a block comment, or a string that is a statement of
 * its own (a Python docstring), or an XML or HTML comment. Authors paste a provider's sample response there (`/* {"access_token":
 * "u-6U1S…"} *\/` above the struct that decodes it) or an example session in an API view's docstring.
 * A line-start comment marker (`//`, ` * `) is `exampleKindOfLine`'s; this finds the lines in between,
 * which start with nothing that says comment.
 *
 * The walk back to the opener crosses only lines consecutive in the file (lines-back.ts): when the opener is
 * not among a change's added lines, nothing is claimed and the finding blocks as before.
 */

const PYTHON = new Set(['py', 'pyw']);

/** An opener at the start of a line, not closed on it: `/*`, `/**` (a closed one is a one-line comment). */
const SLASH_STAR_OPENER = /^[ \t]*\/\*(?!.*\*\/)/;
/** A triple-quoted string that starts a statement (`"""Return the key.`, `r'''`), not one assigned or passed. */
const STATEMENT_STRING = /^[ \t]*[rRuUbB]{0,2}("""|''')/;
/** The line before a docstring: a `def`/`class` header ending its line with `:` (an annotation or comment may follow). */
const HEADER = /^[ \t]*(?:async[ \t]+)?(?:def|class)[ \t][^#]*:[ \t]*(?:#.*)?$/;

/** Inside a `/* … *\/` comment whose opener starts a line above the value (or on its line, before it). */
export function insideBlockComment(p: Place): boolean {
  if (!C_STYLE_COMMENTS.has(extensionOf(p.path))) return false;
  for (const line of linesBack(p)) {
    if (line.includes('*/')) return false;
    if (SLASH_STAR_OPENER.test(line)) return true;
  }
  return false;
}

/**
 * Inside a Python docstring: the nearest triple quote above the value opens a string that starts a statement,
 * right under a `def`/`class` header or with text after the quotes (`"""Return the session.`); a string
 * assigned (`x = """`) or passed is the program's.
 */
export function insideDocstring(p: Place): boolean {
  if (!PYTHON.has(extensionOf(p.path))) return false;
  const lines = linesBack(p);
  for (let line = lines.next(); !line.done; line = lines.next()) {
    const text = line.value;
    const opener = STATEMENT_STRING.exec(text);
    if (!opener) {
      // A triple quote that does not start a statement: a string assigned, passed or closed, the program's.
      if (/"""|'''/.test(text)) return false;
      continue;
    }
    const quotes = text.indexOf(opener[1]!);
    // Two quotes on the line: a one-line string, closed before the value.
    if (text.indexOf(opener[1]!, quotes + 3) >= 0) return false;
    if (text.slice(quotes + 3).trim().length > 0) return true;
    const above = lines.next();
    return !above.done && HEADER.test(above.value);
  }
  return false;
}

/**
 * Inside an XML or HTML comment (`<!-- … -->`) opened on a line above the value or before it on its line: a
 * configuration's commented-out example (ClickHouse's users.xml shows `<password_sha256_hex>` so), in a markup file
 * or in markup embedded in another (a compose file's inline config).
 */
export function insideMarkupComment(p: Place): boolean {
  // In a program's source `<!--` is a string's text (`html.replace('<!--', …)`), not a comment (PHP pages excepted).
  const ext = extensionOf(p.path);
  if (PYTHON.has(ext) || (C_STYLE_COMMENTS.has(ext) && ext !== 'php')) return false;
  for (const line of linesBack(p)) {
    const opener = line.lastIndexOf('<!--');
    const closer = line.lastIndexOf('-->');
    if (opener >= 0 && opener > closer) return true;
    if (closer >= 0) return false;
  }
  return false;
}

/** Text the program never runs, by the language's own syntax. */
export function unusedText(p: Place): 'documentation example' | undefined {
  return insideBlockComment(p) || insideDocstring(p) || insideMarkupComment(p) ? 'documentation example' : undefined;
}
