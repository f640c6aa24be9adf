import { runPipeline } from '../../pipeline.js';
import { filesSource } from '../../sources/files.js';
import { loadBaseline } from '../../config/baseline.js';
import { loadIgnoreFile } from '../../config/load.js';
import type { Check } from '../types.js';

export const noSecretsInTree: Check = {
  id: 'no-secrets-in-tree',
  title: 'No secrets in the working tree',
  async run(ctx) {
    const ignore = new Set([...(await loadIgnoreFile(ctx.root)), ...(await loadBaseline(ctx.root))]);
    const r = await runPipeline(filesSource(ctx.root, ['.'], { useGit: true, maxBytes: ctx.config.maxFileSize }), { config: ctx.config, ignore });
    if (!r.findings.length) return { status: 'pass', evidence: [`${r.files} files scanned${r.ignored ? `, ${r.ignored} baselined` : ''}`] };
    return {
      status: 'fail',
      evidence: r.findings.slice(0, 10).map((f) => `${f.file}${f.line ? `:${f.line}` : ''} ${f.title} (${f.preview})`),
      fix: 'Move each value to an environment variable or secret manager; rotate anything that was committed (leakguard rotate <rule-id>).',
    };
  },
};
