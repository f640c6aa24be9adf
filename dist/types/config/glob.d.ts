/**
 * Globs of config paths (`allow.paths`, a rule's `paths`, `overrides[].files`), with minimatch's meaning
 * ({ dot: true }, and a glob without "/" matching the name at any depth). The globs configs use are
 * almost always literal text, `*`, `?` and whole-segment `**` (`packages/legacy/**`, `*.fixture.json`):
 * those become one RegExp here. Anything else (classes, braces, extglobs, negation, escapes) goes to
 * minimatch, whose loading costs a commit hook ~15 ms on the 2-core machine (it is several modules):
 * measured with `npm run bench -- --only hook`, the org-policy row. test/config/glob.test.ts holds the
 * RegExp to minimatch's answers.
 */
export declare function compileGlob(glob: string, matchBase: boolean): (path: string) => boolean;
/** The RegExp for a glob of literal text, `*`, `?` and whole-segment `**`; undefined for anything else. */
export declare function simpleGlob(glob: string): RegExp | undefined;
