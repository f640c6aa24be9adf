import pc from 'picocolors';
import { CONFIDENCE_ORDER, type Finding } from '../detect/types.js';
import type { Formatter, ReportMeta } from './types.js';

/**
 * What a person reads when a commit is blocked: where, what, a redacted
 * preview, and exactly what to do next. Colour only on a TTY (the CLI decides,
 * honouring NO_COLOR and FORCE_COLOR).
 */
export const formatHuman: Formatter = (result, meta) => {
  const c = pc.createColors(meta.color);
  const out: string[] = [];
  const n = result.findings.length;
  if (n === 0) {
    out.push(c.green(`✔ leakguard: no secrets found in ${meta.target}`) + c.dim(` (${result.files} file${result.files === 1 ? '' : 's'})`));
  } else {
    out.push(c.red(c.bold(`✖ leakguard: ${n} secret${n === 1 ? '' : 's'} found in ${meta.target}`)), '');
    for (const f of result.findings) {
      const where = f.line > 0 ? `${f.file}:${f.line}:${f.column}` : f.file;
      const by = f.author ? ` by ${f.author}${f.date ? ` on ${f.date.slice(0, 10)}` : ''}` : '';
      const again = f.occurrences ? `; added again in ${f.occurrences - 1} later commit${f.occurrences > 2 ? 's' : ''}: ${(f.alsoIn ?? []).slice(0, 3).map((c) => c.slice(0, 8)).join(', ')}${(f.alsoIn?.length ?? 0) > 3 ? ', …' : ''}` : '';
      const commit = f.commit ? c.dim(` (commit ${f.commit.slice(0, 12)}${by}${again})`) : '';
      const warning = meta.failOn && CONFIDENCE_ORDER[f.confidence] < CONFIDENCE_ORDER[meta.failOn] ? c.dim(' (warning: below fail-on level)') : '';
      out.push(`  ${c.bold(where)}  ${c.yellow(f.title)}${commit}${warning}`);
      out.push(`    ${c.dim('│')} ${f.context}`);
      out.push(`    ${c.cyan('fix:')} ${fixHint(f, meta)}`);
      out.push(`    ${c.dim(`rule ${f.ruleId} · ${f.confidence} confidence · fingerprint ${f.fingerprint}`)}`);
      out.push('');
    }
    out.push(`False positive? Put ${c.bold('leakguard:allow')} in a comment on the line, or add the fingerprint to .leakguardignore.`);
    const blocking = result.findings.some((f) => !meta.failOn || CONFIDENCE_ORDER[f.confidence] >= CONFIDENCE_ORDER[meta.failOn]);
    if (!blocking) {
      out.push(c.yellow(`Only warnings (below the fail-on level "${meta.failOn}"): not blocked. Review them anyway.`));
    } else if (meta.mode === 'push') {
      out.push(c.red('Push blocked.') + ' These commits add secrets. Rewrite them before pushing (for the last commit: fix the file, `git commit --amend`; for older ones: `git rebase -i`), or purge with ' + c.bold('leakguard purge') + '.');
      out.push(`Treat each secret as exposed if it was shared anywhere else, and rotate it: ${c.bold('leakguard rotate <rule-id>')}.`);
    } else if (meta.mode === 'staged') {
      out.push(c.red('Commit blocked.') + ' Remove the secrets from the staged changes, then `git add` and commit again.');
      out.push(`If a secret was ever pushed or shared, rotate it first: ${c.bold('leakguard rotate <rule-id>')}; then ${c.bold('leakguard purge')} to remove it from history.`);
    } else {
      out.push(`Rotate any secret that was pushed or shared (${c.bold('leakguard rotate <rule-id>')}), then remove it from history with ${c.bold('leakguard purge')}.`);
    }
  }
  if (result.skipped.length) out.push(c.dim(skippedLine(result.skipped)));
  if (result.ignored) out.push(c.dim(`${result.ignored} known finding${result.ignored === 1 ? '' : 's'} ignored (.leakguardignore / baseline).`));
  return out.join('\n') + '\n';
};

function fixHint(f: Finding, meta: ReportMeta): string {
  if (f.provider === 'Sensitive file') {
    return meta.mode === 'staged'
      ? `unstage it (git rm --cached -- '${f.file}') and add it to .gitignore; commit a template such as .env.example instead`
      : `stop tracking it (git rm --cached -- '${f.file}'), add it to .gitignore, and rotate what it held`;
  }
  return `read it from an environment variable (keep the value in a gitignored .env); if it was ever pushed or shared, rotate it: leakguard rotate ${f.ruleId}`;
}

function skippedLine(skipped: { path: string; reason: string }[]): string {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) {
    const key = s.reason.replace(/ \(.*$/, '');
    byReason.set(key, [...(byReason.get(key) ?? []), s.path]);
  }
  const parts = [...byReason].map(([reason, paths]) => `${reason}: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`);
  return `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (${parts.join('; ')})`;
}
