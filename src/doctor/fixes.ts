import { join } from 'node:path';
import { readText, type FileChange } from '../init/changes.js';
import { envExampleChange } from '../init/env-example.js';
import { gitignoreChange } from '../init/gitignore.js';
import { usedEnvKeys } from './checks/env-example.js';
import type { DoctorContext } from './context.js';

/**
 * The safe fixes `doctor --fix` applies: ignore entries, .env.example in step
 * with the keys in use (placeholders only), and a starting SECRETS.md. None of
 * them touches a secret value or untracks a file.
 */
export async function safeFixes(ctx: DoctorContext): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  const ignore = await gitignoreChange(ctx.root);
  if (ignore) changes.push(ignore);
  const example = envExampleChange(ctx.root);
  let exampleText = example?.content ?? readText(join(ctx.root, '.env.example')) ?? '';
  const listed = new Set(exampleText.split(/\r?\n/).map((l) => /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(l)?.[1]).filter(Boolean));
  const missing = [...(await usedEnvKeys(ctx)).keys()].filter((k) => !listed.has(k));
  if (missing.length) {
    exampleText = (exampleText && !exampleText.endsWith('\n') ? exampleText + '\n' : exampleText) + missing.map((k) => `${k}=<${k.toLowerCase().replace(/_/g, ' ')}>`).join('\n') + '\n';
  }
  if (example || missing.length) {
    changes.push({ display: '.env.example', path: join(ctx.root, '.env.example'), content: exampleText, reason: `keys in use, placeholders only${missing.length ? ` (added ${missing.join(', ')})` : ''}` });
  }
  const secretsMd = join(ctx.root, 'SECRETS.md');
  if (readText(secretsMd) === undefined) {
    const keys = exampleText.split(/\r?\n/).map((l) => /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=/.exec(l)?.[1]).filter((k): k is string => !!k);
    const rows = (keys.length ? keys : ['EXAMPLE_API_KEY']).map((k) => `| ${k} | _who rotates it_ | _e.g. 90 days_ | _where it is stored_ |`);
    const content = `# Secrets\n\nEvery secret this project uses, who owns it and how often it is rotated.\nValues never go in this file or in git: they live in the secret manager and in\nuntracked .env files. To rotate one: \`leakguard rotate <kind>\`; to make a new\nvalue: \`leakguard gen\`.\n\n| secret | owner | rotation | stored in |\n|---|---|---|---|\n${rows.join('\n')}\n\n## When a secret leaks\n\n1. Rotate it first (\`leakguard rotate <rule-id>\`).\n2. Remove it from history (\`leakguard purge\`), force-push, tell collaborators.\n3. Check the provider's audit logs for use during the exposure window.\n`;
    changes.push({ display: 'SECRETS.md', path: secretsMd, content, reason: 'owners and rotation cadence to fill in, one row per key in .env.example' });
  }
  return changes;
}
