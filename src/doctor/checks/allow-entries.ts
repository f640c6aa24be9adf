import { listExceptions } from '../../config/allow.js';
import { IGNORE_FILE } from '../../config/ignore-file.js';
import { fingerprintsOf } from '../../detect/fingerprint.js';
import type { Check } from '../types.js';

/**
 * Exceptions are an audit trail only while they are true: an expired one already blocks again (said
 * here before a commit finds out), and one whose fingerprint matches nothing any more (the value was
 * removed, the file moved) allows nothing and only hides that the list is stale.
 */
export const allowEntries: Check = {
  id: 'allow-entries',
  title: `Exceptions in ${IGNORE_FILE} are current`,
  async run(ctx) {
    const entries = listExceptions(ctx.root);
    if (!entries.length) return { status: 'n/a', evidence: [`no ${IGNORE_FILE} entries`] };
    const seen = new Set((await ctx.treeScanAll()).findings.flatMap((f) => fingerprintsOf(f)));
    const hasCommits = ctx.history && (await ctx.hasCommits());
    if (hasCommits) for (const f of (await ctx.historyScanAll()).findings) for (const fp of fingerprintsOf(f)) seen.add(fp);
    const expired = entries.filter((e) => e.expired);
    const unknown = entries.filter((e) => !e.expired && !seen.has(e.fingerprint));
    const missingReason = entries.filter((e) => e.reason === undefined);
    const where = hasCommits ? 'in the working tree or history' : 'in the working tree';
    if (!expired.length && !unknown.length) {
      return { status: 'pass', evidence: [`${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}, none expired, each matching a finding ${where}${missingReason.length ? `; ${missingReason.length} without a reason (leakguard allow <fingerprint> --reason "…" adds one)` : ''}`] };
    }
    return {
      status: 'fail',
      evidence: [
        ...expired.map((e) => `line ${e.line}: ${e.fingerprint} expired on ${e.until}${e.by ? ` (added by ${e.by})` : ''}: it blocks again`),
        ...unknown.map((e) => `line ${e.line}: ${e.fingerprint} matches no finding ${where}: a stale entry`),
      ].slice(0, 20),
      fix: `Fix what expired entries allowed, or renew them (leakguard allow <fingerprint> --reason "…" --until <YYYY-MM-DD>); delete stale lines from ${IGNORE_FILE}. leakguard allow --list shows every entry.`,
    };
  },
};
