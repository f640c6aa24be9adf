import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { git } from '../../git/run.js';
import { beginMarker } from '../../init/hooks.js';
import type { Check } from '../types.js';

export const hooksInstalled: Check = {
  id: 'hooks-installed',
  title: 'leakguard hooks are installed and runnable',
  async run(ctx) {
    const hooksPath = (await git(['rev-parse', '--git-path', 'hooks'], { cwd: ctx.root })).toString('utf8').trim();
    const active = resolve(ctx.root, hooksPath);
    const husky = /\.husky\/_\/?$/.test(active);
    const dir = husky ? join(ctx.root, '.husky') : active;
    const evidence: string[] = [];
    const problems: string[] = [];
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const text = existsSync(join(dir, hook)) ? readFileSync(join(dir, hook), 'utf8') : undefined;
      const pkg = ctx.read('package.json') ?? '';
      const viaLintStaged = hook === 'pre-commit' && /leakguard scan --staged/.test(pkg) && /lint-staged/.test(text ?? '');
      // leakguard's managed block, or a hand-written hook that runs leakguard.
      if (text?.includes(beginMarker(hook)) || /leakguard/i.test(text ?? '') || viaLintStaged) evidence.push(`${hook}: installed${viaLintStaged ? ' (lint-staged task)' : ''}`);
      else problems.push(`${hook}: leakguard is not in ${husky ? '.husky' : hooksPath}/${hook}`);
      if (!husky && text) {
        try {
          accessSync(join(dir, hook), constants.X_OK);
        } catch {
          problems.push(`${hook}: not executable, git will skip it`);
        }
      }
    }
    if (husky && !existsSync(join(active, 'h'))) problems.push('core.hooksPath points at .husky/_ but husky is not set up there (run npm install)');
    const hookText = ['pre-commit', 'pre-push'].map((h) => (existsSync(join(dir, h)) ? readFileSync(join(dir, h), 'utf8') : '')).join('\n');
    const bin = existsSync(join(ctx.root, 'node_modules/.bin/leakguard')) || /LEAKGUARD_BIN=/.test(hookText);
    const onPath = !!process.env.PATH?.split(':').some((d) => d && existsSync(join(d, 'leakguard')));
    if (!bin && !onPath) problems.push('leakguard is neither in node_modules/.bin nor on PATH: the hooks would refuse every commit');
    if (!problems.length) return { status: 'pass', evidence };
    return { status: 'fail', evidence: [...evidence, ...problems], fix: 'npx leakguard init (and npm install) sets the hooks up; leakguard doctor runs again to confirm.' };
  },
};
