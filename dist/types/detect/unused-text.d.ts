import { type Place } from './lines-back.js';
/** Inside a `/* … *\/` comment whose opener starts a line above the value (or on its line, before it). */
export declare function insideBlockComment(p: Place): boolean;
/**
 * Inside a Python docstring: the nearest triple quote above the value opens a string that starts a statement,
 * right under a `def`/`class` header or with text after the quotes (`"""Return the session.`); a string
 * assigned (`x = """`) or passed is the program's.
 */
export declare function insideDocstring(p: Place): boolean;
/**
 * Inside an XML or HTML comment (`<!-- … -->`) opened on a line above the value or before it on its line: a
 * configuration's commented-out example (ClickHouse's users.xml shows `<password_sha256_hex>` so), in a markup file
 * or in markup embedded in another (a compose file's inline config).
 */
export declare function insideMarkupComment(p: Place): boolean;
/** Text the program never runs, by the language's own syntax. */
export declare function unusedText(p: Place): 'documentation example' | undefined;
