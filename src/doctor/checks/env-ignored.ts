import { git } from '../../git/run.js';
import { SECRET_IGNORES, unignoredEnvFiles } from '../../init/gitignore.js';
import { trackedSensitiveFiles } from '../../init/tracked.js';
import { shellWord } from '../../report/quote-path.js';
import { quotePath } from '../../report/quote-path.js';
import type { Check } from '../types.js';

export const envIgnored: Check = {
  id: 'env-and-keys-ignored',
  title: '.env and key files are gitignored and not tracked',
  async run(ctx) {
    const samples = SECRET_IGNORES.map(([, s]) => s);
    const out = await git(['check-ignore', '--no-index', '--', ...samples], { cwd: ctx.root, okCodes: [1] });
    const covered = new Set(out.toString('utf8').split('\n').filter(Boolean));
    const missing = SECRET_IGNORES.filter(([, s]) => !covered.has(s)).map(([p]) => p);
    const [tracked, loose] = await Promise.all([trackedSensitiveFiles(ctx.root), unignoredEnvFiles(ctx.root)]);
    missing.push(...loose);
    const evidence = [
      ...(missing.length ? [`not ignored: ${missing.join(', ')}`] : []),
      ...tracked.map((p) => `tracked: ${quotePath(p)}`),
    ];
    if (!evidence.length) return { status: 'pass', evidence: ['all of .env, .env.local, .env.*.local, *.key, *.pem, secrets/ are ignored; none tracked'] };
    return {
      status: 'fail',
      evidence,
      fix: `${missing.length ? 'leakguard doctor --fix (or leakguard init) adds the ignore entries. ' : ''}${tracked.length ? `Stop tracking: ${tracked.map((p) => `git rm --cached -- ${shellWord(p)}`).join('; ')}; rotate what they held.` : ''}`.trim(),
    };
  },
};
