import { isBlocking } from '../../detect/types.js';
import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';

export const noSecretsInTree: Check = {
  id: 'no-secrets-in-tree',
  title: 'No secrets in the working tree',
  async run(ctx) {
    const r = await ctx.treeFindings();
    // Warnings (weak demo values, fixtures, public keys) are what `scan` shows without failing: so does doctor.
    const blocking = r.findings.filter((f) => isBlocking(f, ctx.config.failOn));
    const warnings = r.findings.length - blocking.length;
    const unread = r.skipped.filter((s) => s.unscanned);
    if (!blocking.length && unread.length) {
      // What could not be read may hold the secret: not a pass.
      return {
        status: 'fail',
        evidence: unread.slice(0, 10).map((s) => `not scanned: ${quotePath(s.path)} (${s.reason})`),
        fix: 'Make the files readable (or raise "maxFileSize" in leakguard.config.json if they are only large), then run leakguard doctor again.',
      };
    }
    if (!blocking.length) return { status: 'pass', evidence: [`${r.files} files scanned${r.ignored ? `, ${r.ignored} baselined` : ''}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'} (leakguard scan shows them)` : ''}`] };
    return {
      status: 'fail',
      evidence: [...blocking.slice(0, 10).map((f) => `${quotePath(f.file)}${f.line ? `:${f.line}` : ''} ${f.title} (${f.preview})`), ...unread.slice(0, 5).map((s) => `not scanned: ${quotePath(s.path)} (${s.reason})`)],
      fix: 'Move each value to an environment variable or secret manager; rotate anything that was committed (leakguard rotate <rule-id>).',
    };
  },
};
