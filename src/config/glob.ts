import { lazyRequire } from '../lazy-require.js';

/**
 * Globs of config paths (`allow.paths`, a rule's `paths`, `overrides[].files`), with minimatch's meaning
 * ({ dot: true }, and a glob without "/" matching the name at any depth). The globs configs use are
 * almost always literal text, `*`, `?` and whole-segment `**` (`packages/legacy/**`, `*.fixture.json`):
 * those become one RegExp here. Anything else (classes, braces, extglobs, negation, escapes) goes to
 * minimatch, whose loading costs a commit hook ~15 ms on the 2-core machine (it is several modules):
 * measured with `npm run bench -- --only hook`, the org-policy row. test/config/glob.test.ts holds the
 * RegExp to minimatch's answers.
 */
export function compileGlob(glob: string, matchBase: boolean): (path: string) => boolean {
  const re = simpleGlob(matchBase && !glob.includes('/') ? `**/${glob}` : glob);
  if (re) return (p) => re.test(p);
  const { Minimatch } = lazyRequire<typeof import('minimatch')>('minimatch');
  const m = new Minimatch(glob, { dot: true, matchBase });
  return (p) => m.match(p);
}

/** The RegExp for a glob of literal text, `*`, `?` and whole-segment `**`; undefined for anything else. */
export function simpleGlob(glob: string): RegExp | undefined {
  if (!glob || /[[\]{}()!+@\\]/.test(glob) || glob.startsWith('/') || glob.endsWith('/') || glob.includes('//')) return undefined;
  const segments = glob.split('/');
  if (segments.some((s) => s === '.' || s === '..' || (s.includes('**') && s !== '**'))) return undefined;
  let out = '';
  segments.forEach((s, i) => {
    const last = i === segments.length - 1;
    if (s === '**') {
      // Leading and middle `**/` match zero or more whole directories; a trailing `/**` needs at least the slash.
      out += last ? '.*' : '(?:.*/)?';
      return;
    }
    out += s.replace(/[.*?^$|]/g, (c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : `\\${c}`));
    if (!last) out += '/';
  });
  return new RegExp(`^${out}$`);
}
