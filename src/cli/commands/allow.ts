import { ALLOW_KINDS, listExceptions, recordExceptions, type AllowKind } from '../../config/allow.js';
import { IGNORE_FILE } from '../../config/ignore-file.js';
import { LeakguardError } from '../../errors.js';
import { repoRoot } from '../../git/repo.js';
import { markUnionMerge } from '../../config/merge-attributes.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: leakguard allow <fingerprint>… (--reason "…" | --false-positive | --used-in-tests | --fix-later --until <date>) [--until <date>]
       leakguard allow --list [--expired] [--json]

Records a reviewed exception in ${IGNORE_FILE}: the fingerprint (the blocked
commit prints it), why, who (git config user.email), today's date and, with
--until, the last day it holds. After that day the finding blocks again, and
the message names the entry and who added it. Commit ${IGNORE_FILE}: it is the
audit trail. Entries are one per line and the file is marked merge=union in
.gitattributes, so two branches' exceptions merge without a conflict.

  --reason <text>      why this finding may stay (required unless a shorthand says it)
  --false-positive     it is not a secret
  --used-in-tests      a credential that exists only for tests
  --fix-later          a real secret you will remove by --until
  --until <YYYY-MM-DD> the exception ends after this day
  --list               print the entries (--expired: only those past their date; --json)

A finding that is not a secret is often better said on its line: a
leakguard:allow comment travels with the code.
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      reason: { type: 'string' },
      until: { type: 'string' },
      'false-positive': { type: 'boolean' },
      'used-in-tests': { type: 'boolean' },
      'fix-later': { type: 'boolean' },
      list: { type: 'boolean' },
      expired: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'allow',
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = await repoRoot(process.cwd());
  if (values.list || values.expired || values.json) {
    if (positionals.length || values.reason !== undefined || values.until !== undefined) throw new LeakguardError('allow: --list prints the entries; it takes no fingerprint, --reason or --until');
    return list(root, values.expired === true, values.json === true);
  }
  const kinds = (Object.keys(ALLOW_KINDS) as AllowKind[]).filter((k) => values[k] === true);
  if (kinds.length > 1) throw new LeakguardError(`allow: choose one of --${kinds.join(', --')}`);
  const { entries, replaced } = await recordExceptions(root, {
    fingerprints: positionals,
    ...(values.reason !== undefined ? { reason: values.reason } : {}),
    ...(kinds[0] ? { kind: kinds[0] } : {}),
    ...(values.until !== undefined ? { until: values.until } : {}),
  });
  const attributes = await markUnionMerge(root, [IGNORE_FILE]);
  const e = entries[0]!;
  const what = `${e.reason ? `"${e.reason}"` : ''}${e.by ? `, by ${e.by}` : ''}${e.until ? `, until ${e.until}` : ', with no end date'}`;
  process.stdout.write(`leakguard: ${replaced ? 'renewed' : 'recorded'} ${entries.length === 1 ? e.fingerprint : `${entries.length} exceptions`} in ${IGNORE_FILE} (${what}).\n`);
  if (attributes) process.stdout.write(`leakguard: ${attributes}.\n`);
  process.stdout.write(`Commit it with your change: git add ${IGNORE_FILE}${attributes ? ' .gitattributes' : ''}\n`);
  return 0;
}

function list(root: string, expiredOnly: boolean, json: boolean): number {
  const all = listExceptions(root).filter((e) => !expiredOnly || e.expired);
  if (json) {
    process.stdout.write(JSON.stringify({ schema: 'leakguard/allow-list@1', entries: all }, null, 2) + '\n');
    return 0;
  }
  if (!all.length) {
    process.stdout.write(expiredOnly ? `leakguard: no expired entries in ${IGNORE_FILE}.\n` : `leakguard: ${IGNORE_FILE} has no entries.\n`);
    return 0;
  }
  for (const e of all) {
    const parts = [e.kind, e.reason !== undefined ? `"${e.reason}"` : 'no reason given', e.by ? `by ${e.by}` : '', e.added ? `added ${e.added}` : '', e.until ? `until ${e.until}` : 'no end date'].filter(Boolean);
    process.stdout.write(`${e.expired ? 'EXPIRED ' : ''}${e.fingerprint}  ${parts.join(' · ')}  (line ${e.line})\n`);
  }
  const expired = all.filter((e) => e.expired).length;
  if (expired) process.stdout.write(`\n${expired} expired: those findings block again. Fix them, or renew with a new date: leakguard allow <fingerprint> --reason "…" --until <YYYY-MM-DD>\n`);
  return 0;
}
