import type { Check } from '../types.js';
import { handlesSecrets } from './env-example.js';

/** The owner column of the first Markdown table whose header names an owner, or undefined when there is none. */
export function ownerCells(text: string): string[] | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = cells(lines[i]!);
    const col = header.findIndex((h) => /owner/i.test(h));
    if (col < 0 || !/^\s*(?:\|\s*)?:?-{3,}/.test(lines[i + 1]!)) continue;
    const out: string[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.includes('|'); j++) out.push(cells(lines[j]!)[col] ?? '');
    return out;
  }
  return undefined;
}

const cells = (line: string) => line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());

/** Not a placeholder: _who rotates it_, <owner>, TODO, TBD, ?, empty. */
export function isFilledIn(cell: string): boolean {
  return !/^(?:_[^_]*_|\*[^*]*\*|<[^>]*>|todo|tbd|\?+|-+|…|\.\.\.|)$/i.test(cell.trim());
}

export const rotationDocumented: Check = {
  id: 'rotation-documented',
  title: 'Secret owners and rotation schedule are documented',
  async run(ctx) {
    for (const f of ['SECRETS.md', 'docs/SECRETS.md', 'SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md']) {
      const text = ctx.read(f);
      if (!text || !/rotat/i.test(text) || !/owner/i.test(text)) continue;
      const owners = ownerCells(text);
      // The template doctor --fix writes has a table of placeholders: a starting point, not documentation.
      if (owners && !owners.some(isFilledIn)) {
        return { status: 'fail', evidence: [`${f} lists secrets, but no owner is filled in yet (only placeholders such as "${owners[0] ?? ''}")`], fix: `Fill in ${f}: who owns each secret, how often it is rotated, where it is stored.` };
      }
      return { status: 'pass', evidence: [`${f} documents owners and rotation`] };
    }
    if (!(await handlesSecrets(ctx))) return { status: 'n/a', evidence: ['the project uses no secrets of its own'] };
    return { status: 'fail', evidence: ['no SECRETS.md (or SECURITY.md section) naming owners and rotation cadence'], fix: 'leakguard doctor --fix writes a starting SECRETS.md from .env.example for you to fill in.' };
  },
};
