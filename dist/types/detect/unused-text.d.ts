import { type Place } from './lines-back.js';
/** Inside a `/* … *\/` comment whose opener starts a line above the value (or on its line, before it). */
export declare function insideBlockComment(p: Place): boolean;
/**
 * Inside a Python docstring: the nearest triple quote above the value opens a string that starts a statement,
 * right under a `def`/`class` header or with text after the quotes (`"""Return the session.`); a string
 * assigned (`x = """`) or passed is the program's.
 */
export declare function insideDocstring(p: Place): boolean;
/** Text the program never runs, by the language's own syntax. */
export declare function unusedText(p: Place): 'documentation example' | undefined;
