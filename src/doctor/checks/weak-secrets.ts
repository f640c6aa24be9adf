import { secretNameKind } from '../../detect/secret-name.js';
import { isPlaceholder } from '../../detect/placeholders.js';
import { secretWeakness } from '../../detect/strength.js';
import { isExampleEnv } from '../context.js';
import type { Check } from '../types.js';

export const weakSecrets: Check = {
  id: 'weak-secrets',
  title: 'No weak secrets in .env files',
  async run(ctx) {
    const files = (await ctx.envFiles()).filter((f) => !isExampleEnv(f));
    if (!files.length) return { status: 'n/a', evidence: ['no .env files'] };
    const weak: string[] = [];
    for (const f of files) {
      for (const e of ctx.readEnv(f)) {
        if (!secretNameKind(e.key) || !e.value || isPlaceholder(e.value)) continue;
        const why = secretWeakness(e.key, e.value);
        if (why) weak.push(`${f}:${e.line} ${e.key}: ${why}`);
      }
    }
    if (!weak.length) return { status: 'pass', evidence: [`${files.length} env file${files.length === 1 ? '' : 's'} checked`] };
    const keys = [...new Set(weak.map((w) => w.split(' ')[1]!.replace(/:$/, '')))];
    return { status: 'fail', evidence: weak, fix: `Generate strong values: ${keys.slice(0, 3).map((k) => `leakguard gen --env ${k}`).join('; ')}${keys.length > 3 ? '; …' : ''}` };
  },
};
