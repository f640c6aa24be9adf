import { isBlocking } from '../../detect/types.js';
import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';

export const noSecretsInHistory: Check = {
  id: 'no-secrets-in-history',
  title: 'No secrets in the history of any branch or tag',
  async run(ctx) {
    if (!ctx.history) return { status: 'n/a', evidence: ['skipped (--no-history); run leakguard scan --history'] };
    if (!(await ctx.hasCommits())) return { status: 'n/a', evidence: ['no commits yet'] };
    const r = await ctx.historyFindings();
    const blocking = r.findings.filter((f) => isBlocking(f, ctx.config.failOn));
    const warnings = r.findings.length - blocking.length;
    if (!blocking.length) return { status: 'pass', evidence: [`every commit of every branch and tag scanned, messages included${warnings ? `; ${warnings} warning${warnings === 1 ? '' : 's'} (leakguard scan --history shows them)` : ''}`] };
    return {
      status: 'fail',
      evidence: blocking.slice(0, 10).map((f) => `${quotePath(f.file)}:${f.line} ${f.title} (${f.preview}) in ${f.commit?.slice(0, 12)}`),
      fix: 'Rotate each credential first (leakguard rotate <rule-id>), then remove it from history (leakguard purge --finding <fingerprint>).',
    };
  },
};
