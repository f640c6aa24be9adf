import { createHash } from 'node:crypto';
import { secretNameKind } from '../../detect/secret-name.js';
import { looksRandom } from '../../detect/randomness.js';
import { isPlaceholder } from '../../detect/placeholders.js';
import { isExampleEnv } from '../context.js';
import type { Check } from '../types.js';

export const sharedAcrossEnvs: Check = {
  id: 'secrets-not-shared-across-environments',
  title: 'Each environment has its own secrets',
  async run(ctx) {
    const files = (await ctx.envFiles()).filter((f) => !isExampleEnv(f));
    if (files.length < 2) return { status: 'n/a', evidence: [files.length ? 'only one env file' : 'no .env files'] };
    // Compared by hash: the values themselves never leave this function.
    const byValue = new Map<string, { file: string; key: string }[]>();
    for (const f of files) {
      for (const e of ctx.readEnv(f)) {
        if (!e.value || isPlaceholder(e.value)) continue;
        if (!secretNameKind(e.key) && !looksRandom(e.value)) continue;
        const h = createHash('sha256').update(e.value).digest('hex');
        byValue.set(h, [...(byValue.get(h) ?? []), { file: f, key: e.key }]);
      }
    }
    const shared = [...byValue.values()].filter((uses) => new Set(uses.map((u) => u.file)).size > 1);
    if (!shared.length) return { status: 'pass', evidence: [`${files.length} env files compared`] };
    return {
      status: 'fail',
      evidence: shared.map((uses) => `same value: ${uses.map((u) => `${u.key} in ${u.file}`).join(', ')}`),
      fix: 'Give each environment its own credential (leakguard gen --env KEY in each), so a leak of one does not open the others.',
    };
  },
};
