import type { Check } from '../types.js';
import { handlesSecrets } from './env-example.js';

export const rotationDocumented: Check = {
  id: 'rotation-documented',
  title: 'Secret owners and rotation schedule are documented',
  async run(ctx) {
    for (const f of ['SECRETS.md', 'docs/SECRETS.md', 'SECURITY.md', '.github/SECURITY.md', 'docs/SECURITY.md']) {
      const text = ctx.read(f);
      if (text && /rotat/i.test(text) && /owner/i.test(text)) return { status: 'pass', evidence: [`${f} documents owners and rotation`] };
    }
    if (!(await handlesSecrets(ctx))) return { status: 'n/a', evidence: ['the project uses no secrets of its own'] };
    return { status: 'fail', evidence: ['no SECRETS.md (or SECURITY.md section) naming owners and rotation cadence'], fix: 'leakguard doctor --fix writes a starting SECRETS.md from .env.example for you to fill in.' };
  },
};
