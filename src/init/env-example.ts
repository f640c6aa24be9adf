import { join } from 'node:path';
import { readText, type FileChange } from './changes.js';
import { trimEndOf } from '../trim.js';

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=/;

/**
 * `.env.example` from `.env`: the same keys, comments and order, every value
 * replaced by a descriptive placeholder (`DB_PASSWORD=<db password>`). Never
 * copies a value, not even ones that look harmless: "harmless" is a judgement
 * the example file should not need. When the example exists, only keys it
 * lacks are appended; nothing of the user's is changed or removed.
 */
export function envExampleChange(root: string): FileChange | undefined {
  const source = ['.env', '.env.local'].map((n) => ({ n, text: readText(join(root, n)) })).find((x) => x.text !== undefined);
  if (!source) return undefined;
  const path = join(root, '.env.example');
  const current = readText(path);
  if (current === undefined) {
    const lines = source.text!.split(/\r?\n/).map((line) => {
      const m = ASSIGNMENT.exec(line);
      return m ? `${line.slice(0, line.indexOf('=') + 1)}${placeholder(m[1]!)}` : /^\s*#/.test(line) || line.trim() === '' ? line : null;
    });
    const content = `${trimEndOf(lines.filter((l): l is string => l !== null).join('\n'), '\n')}\n`;
    return { display: '.env.example', path, content, reason: `template of ${source.n}: its keys, no values` };
  }
  const have = new Set(current.split(/\r?\n/).map((l) => ASSIGNMENT.exec(l)?.[1]).filter(Boolean));
  const missing = source.text!.split(/\r?\n/).map((l) => ASSIGNMENT.exec(l)?.[1]).filter((k): k is string => !!k && !have.has(k));
  if (missing.length === 0) return undefined;
  const unique = [...new Set(missing)];
  const content = current + (current.endsWith('\n') || current === '' ? '' : '\n') + unique.map((k) => `${k}=${placeholder(k)}`).join('\n') + '\n';
  return { display: '.env.example', path, content, reason: `add keys missing from the template: ${unique.join(', ')}` };
}

/** `DB_PASSWORD` → `<db password>`: what goes in the example instead of a value. */
export function placeholder(key: string): string {
  return `<${key.toLowerCase().replace(/[_.-]+/g, ' ').trim()}>`;
}
