import type { Scanner } from './detect/engine.js';
import type { Finding } from './detect/types.js';
import { LocalStackCredentials } from './detect/local-stack-credentials.js';
import { distinctiveName, onlyTestsName } from './detect/named-only-by-tests.js';
import { isMessagePath } from './sources/types.js';
import type { RepositoryReader } from './sources/repository.js';

/** At most this many file names are looked up (one `git grep` each); past it, the rest keep their verdict. */
const MAX_NAMES = 16;

/**
 * Evidence that one file cannot give, weighed after the per-file verdicts (detect/verdict-table.ts) and only for
 * blocking findings of shape rules: a value a local stack's compose file gives a container, and a file only
 * the test suite names. Costs nothing when no such finding blocks (every clean commit); otherwise, with a
 * repository to read, one `git ls-files` and one `git cat-file` for compose files and one `git grep` per file name.
 */
export async function weighAcrossFiles(findings: Finding[], stack: LocalStackCredentials, scanner: Scanner, repo?: RepositoryReader): Promise<void> {
  const candidates = LocalStackCredentials.candidates(findings, (id) => scanner.isShapeRule(id));
  if (!candidates.length) return;
  if (repo) for (const f of await repo.composeFiles()) stack.add(f.path, f.text, scanner.scan(f));
  if (stack.size) stack.apply(candidates);
  if (repo) await namedOnlyByTests(candidates.filter((f) => f.warning === undefined && !isMessagePath(f.file)), repo);
}

async function namedOnlyByTests(candidates: Finding[], repo: RepositoryReader): Promise<void> {
  const byName = new Map<string, Finding[]>();
  for (const f of candidates) {
    const name = distinctiveName(f.file);
    if (!name) continue;
    const group = byName.get(name);
    if (group) group.push(f);
    else if (byName.size < MAX_NAMES) byName.set(name, [f]);
  }
  for (const [name, group] of byName) {
    const naming = await repo.filesNaming(name);
    if (!naming) continue;
    for (const f of group) {
      const tests = onlyTestsName(f.file, naming);
      if (!tests) continue;
      f.warning = 'test fixture';
      const shown = tests.slice(0, 3).join(', ') + (tests.length > 3 ? ` and ${tests.length - 3} more` : '');
      f.why = [...(f.why ?? []).slice(0, 1), `warning (test fixture): only tests name this file (${shown}): a fixture the test suite loads (a file the program names would block)`];
    }
  }
}
