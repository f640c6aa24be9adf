import { isBlocking } from '../../detect/types.js';
import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';

export const noLiveCredentials: Check = {
  id: 'no-live-credentials',
  title: 'No leaked credential still works (doctor --verify)',
  async run(ctx) {
    if (!ctx.verify) return { status: 'n/a', evidence: ['providers not asked; run leakguard doctor --verify'] };
    if (!ctx.history) return { status: 'n/a', evidence: ['skipped (--no-history)'] };
    if (!(await ctx.hasCommits())) return { status: 'n/a', evidence: ['no commits yet'] };
    const found = (await ctx.historyFindings()).findings.filter((f) => isBlocking(f, ctx.config.failOn));
    if (!found.length) return { status: 'pass', evidence: ['nothing in history to verify'] };
    const { verifyFindings } = await import('../../verify/index.js');
    const s = await verifyFindings(found);
    const live = found.filter((f) => f.verification?.status === 'live');
    if (!live.length) return { status: 'pass', evidence: [`${found.length} finding${found.length === 1 ? '' : 's'} in history: none live (${s.revoked} revoked, ${s.unknown} unknown, ${found.length - s.revoked - s.unknown} with no verifier)`] };
    return {
      status: 'fail',
      evidence: live.slice(0, 10).map((f) => `${quotePath(f.file)}:${f.line} ${f.title} (${f.preview}) in ${f.commit?.slice(0, 12)}: live, ${f.verification!.detail}`),
      fix: 'Rotate each live credential now (leakguard rotate <fingerprint>), then prove the old one is dead: leakguard rotate <fingerprint> --check.',
    };
  },
};
