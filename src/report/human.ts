import pc from 'picocolors';
import { CONFIDENCE_ORDER, isBlocking, type Finding } from '../detect/types.js';
import { quotePath, shellWord } from './quote-path.js';
import type { Formatter, ReportMeta } from './types.js';
import type { Verification } from '../verify/types.js';
import { COMMIT_MESSAGE, TAG_MESSAGE, isMessagePath } from '../sources/types.js';
import { targetFor } from '../fix/languages.js';

/** What `leakguard fix` can move to the environment: a literal in a language it rewrites, or a staged secret file. */
function fixable(f: Finding): boolean {
  if (isMessagePath(f.file)) return false;
  return f.line === 0 ? f.secret?.startsWith('file:') === true : f.secret !== undefined && targetFor(f.file) !== undefined;
}

/**
 * What a person reads when a commit is blocked: where, what, a redacted
 * preview, and exactly what to do next. Colour only on a TTY (the CLI decides,
 * honouring NO_COLOR and FORCE_COLOR).
 */
function verified(v: Verification, c: ReturnType<typeof pc.createColors>): string {
  if (v.status === 'live') return c.red(c.bold('LIVE')) + c.red(` the provider accepts it: ${v.detail}. Rotate it now.`);
  if (v.status === 'revoked') return c.green('revoked') + c.dim(` the provider rejects it: ${v.detail}`);
  return c.dim(`unverified: ${v.detail}`);
}

export const formatHuman: Formatter = (result, meta) => {
  const c = pc.createColors(meta.color);
  const out: string[] = [];
  const n = result.findings.length;
  const blockers = result.findings.filter((f) => isBlocking(f, meta.failOn));
  const warnings = result.findings.filter((f) => !isBlocking(f, meta.failOn));
  if (n === 0) {
    out.push(c.green(`✔ leakguard: no secrets found in ${meta.target}`) + c.dim(` (${result.files} file${result.files === 1 ? '' : 's'})`));
  } else {
    const head = blockers.length
      ? c.red(c.bold(`✖ leakguard: ${blockers.length} secret${blockers.length === 1 ? '' : 's'} found in ${meta.target}`)) + (warnings.length ? c.yellow(` and ${plural(warnings.length, 'warning')}`) : '')
      : c.yellow(c.bold(`⚠ leakguard: ${plural(warnings.length, 'warning')} in ${meta.target}`)) + c.dim(' (nothing blocking)');
    out.push(head, '');
    // Blocking findings first: they are what the user must act on now.
    for (const f of [...blockers, ...warnings]) {
      const where = isMessagePath(f.file)
        ? `${f.file === COMMIT_MESSAGE ? 'commit' : 'tag'} message of ${f.commit?.slice(0, 12) ?? '(being written)'}, line ${f.line}`
        : f.line > 0
          ? `${quotePath(f.file)}:${f.line}:${f.column}`
          : quotePath(f.file);
      const by = f.author ? ` by ${f.author}${f.date ? ` on ${f.date.slice(0, 10)}` : ''}` : '';
      const again = f.occurrences ? `; added again in ${f.occurrences - 1} later commit${f.occurrences > 2 ? 's' : ''}: ${(f.alsoIn ?? []).slice(0, 3).map((c) => c.slice(0, 8)).join(', ')}${(f.alsoIn?.length ?? 0) > 3 ? ', …' : ''}` : '';
      const commit = f.commit ? c.dim(` (commit ${f.commit.slice(0, 12)}${by}${again})`) : '';
      const elsewhere = f.locations?.length ? c.dim(` (same value in ${plural(f.locations.length, 'more place')}: ${f.locations.slice(0, 3).map((l) => `${quotePath(l.file)}:${l.line}`).join(', ')}${f.locations.length > 3 ? ', …' : ''})`) : '';
      const warning = f.warning
        ? c.yellow(` (warning: ${f.warning})`)
        : (f.failOn ?? meta.failOn) && CONFIDENCE_ORDER[f.confidence] < CONFIDENCE_ORDER[(f.failOn ?? meta.failOn)!]
          ? c.dim(' (warning: below fail-on level)')
          : '';
      out.push(`  ${c.bold(where)}  ${c.yellow(f.title)}${commit}${elsewhere}${warning}`);
      out.push(`    ${c.dim('│')} ${f.context}`);
      if (f.verification) out.push(`    ${verified(f.verification, c)}`);
      if (f.allowExpired) out.push(`    ${c.red('exception expired:')} .leakguardignore line ${f.allowExpired.line} allowed it until ${f.allowExpired.until}${f.allowExpired.by ? ` (added by ${f.allowExpired.by}${f.allowExpired.reason ? `: "${f.allowExpired.reason}"` : ''})` : f.allowExpired.reason ? ` ("${f.allowExpired.reason}")` : ''}; it blocks again`);
      out.push(`    ${c.cyan('fix:')} ${fixHint(f, meta)}`);
      out.push(`    ${c.dim(`rule ${f.ruleId} · ${f.confidence} confidence · fingerprint ${f.fingerprint}`)}`);
      out.push('');
    }
    const example = blockers[0] ?? result.findings[0]!;
    out.push(`False positive? Put ${c.bold('leakguard:allow')} in a comment on the line, or record a reviewed exception: ${c.bold(`leakguard allow ${example.fingerprint} --reason "…"`)} (or --false-positive, --used-in-tests, --fix-later --until <date>).`);
    if (blockers.length === 0) {
      out.push(c.yellow('Only warnings (weak or demo values, test fixtures, documentation, third-party code, public keys, or below the fail-on level): not blocked. Review them anyway.'));
    } else if (meta.mode === 'push') {
      out.push(c.red('Push blocked.') + ' These commits add secrets. Rewrite them before pushing (for the last commit: fix the file, `git commit --amend`; for older ones: `git rebase -i`), or purge with ' + c.bold('leakguard purge') + '.');
      out.push(`Treat each secret as exposed if it was shared anywhere else, and rotate it: ${c.bold('leakguard rotate <rule-id>')}.`);
    } else if (meta.mode === 'staged' && meta.messageFile && blockers.every((f) => f.file === COMMIT_MESSAGE)) {
      const file = shellWord(meta.messageFile);
      out.push(c.red('Commit blocked: the message holds a secret.') + ` git kept the message in ${quotePath(meta.messageFile)}, and that file still holds the secret; your staged changes are still staged.`);
      out.push(`Reword it and commit again: ${c.bold(`git commit -e -F ${file}`)} (opens it in your editor; take the value out).`);
      out.push(`If it was ever pushed or shared, rotate it first: ${c.bold('leakguard rotate <rule-id>')}.`);
    } else if (meta.mode === 'staged') {
      out.push(c.red('Commit blocked.') + ' Remove the secrets from the staged changes, then `git add` and commit again.');
      out.push(`If a secret was ever pushed or shared, rotate it first: ${c.bold('leakguard rotate <rule-id>')}; then ${c.bold('leakguard purge')} to remove it from history.`);
      if (meta.fixCommand && blockers.every(fixable)) out.push(`Fix it in one step (each value moves to a gitignored .env and is read from the environment; --dry-run shows the change): ${c.bold(meta.fixCommand)}`);
    } else {
      out.push(`Rotate any secret that was pushed or shared (${c.bold('leakguard rotate <rule-id>')}), then remove it from history with ${c.bold('leakguard purge')}.`);
    }
  }
  const unscanned = result.skipped.filter((s) => s.unscanned);
  const other = result.skipped.filter((s) => !s.unscanned);
  if (unscanned.length) out.push(c.yellow(`Not scanned (${unscanned.length}): ${unscanned.slice(0, 5).map((s) => `${quotePath(s.path)} — ${s.reason}`).join('; ')}${unscanned.length > 5 ? `; and ${unscanned.length - 5} more` : ''}`));
  if (other.length) out.push(c.dim(skippedLine(other)));
  if (result.ignored) out.push(c.dim(`${result.ignored} known finding${result.ignored === 1 ? '' : 's'} ignored (.leakguardignore / baseline).`));
  return out.join('\n') + '\n';
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fixHint(f: Finding, meta: ReportMeta): string {
  if (f.file === TAG_MESSAGE) return `recreate the tag without it (git tag -f -a <name>, then git push --force origin <name>), or purge it: leakguard purge --finding ${f.fingerprint}; rotate it: leakguard rotate ${f.ruleId}`;
  if (f.file === COMMIT_MESSAGE) {
    return meta.mode === 'staged'
      ? `take it out of the message${meta.messageFile ? ` (git kept it in ${quotePath(meta.messageFile)}: git commit -e -F ${shellWord(meta.messageFile)} reopens it)` : ''}; put the value in an environment variable, never in prose`
      : `reword the commit (last one: git commit --amend; older: git rebase -i, "reword"), or purge it from history: leakguard purge --finding ${f.fingerprint}; rotate it: leakguard rotate ${f.ruleId}`;
  }
  if (f.warning === 'weak password') return 'a guessable password: fine for a local demo, never for a deployed service; generate a strong one with leakguard gen';
  if (f.warning === 'named only "key"') return `a random value under a bare "key": if it is a credential, read it from the environment and rotate it (leakguard rotate ${f.ruleId}); if it is an id or a lookup key, record that: leakguard allow ${f.fingerprint} --reason "…"`;
  if (f.warning === "only a provider's name beside it") return `a value of ${f.provider}'s key shape next to its name: if it is a key, read it from the environment and rotate it (leakguard rotate ${f.ruleId}); if not, record that: leakguard allow ${f.fingerprint} --reason "…"`;
  if (f.warning === 'public by design') return 'meant to be shipped to clients; make sure the matching secret key is not committed, and restrict this key (domains, scopes) at the provider';
  if (f.provider === 'Sensitive file') {
    return meta.mode === 'staged'
      ? `unstage it (git rm --cached -- ${shellWord(f.file)}) and add it to .gitignore; commit a template such as .env.example instead`
      : `stop tracking it (git rm --cached -- ${shellWord(f.file)}), add it to .gitignore, and rotate what it held`;
  }
  return `read it from an environment variable (keep the value in a gitignored .env); if it was ever pushed or shared, rotate it: leakguard rotate ${f.ruleId}`;
}

function skippedLine(skipped: { path: string; reason: string }[]): string {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) {
    const paren = s.reason.indexOf(' (');
    const key = paren < 0 ? s.reason : s.reason.slice(0, paren);
    byReason.set(key, [...(byReason.get(key) ?? []), quotePath(s.path)]);
  }
  const parts = [...byReason].map(([reason, paths]) => `${reason}: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`);
  return `skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (${parts.join('; ')})`;
}
