// Every regular-expression literal in src/ (read with TypeScript's parser, so a `/` in a string or a comment is
// not taken for one), for the ReDoS check of the code around the catalog: evidence checks, readers, config.
// The catalog's own patterns, many built with `new RegExp`, are test/rules/redos.test.ts's.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** { where: 'src/x.ts:12', source, flags } for each literal, flags without g, y and d (they do not change backtracking). */
export function sourceRegexes(root) {
  const out = [];
  for (const file of tsFiles(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        out.push({ where: `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1).replace(/[gyd]/g, '') });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** The key of a pattern in the verdict files: a hash of its flags and exact source. */
export function patternKey(source, flags) {
  return createHash('sha256').update(`${flags}/${source}`, 'utf8').digest('hex').slice(0, 20);
}
