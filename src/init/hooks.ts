import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError } from '../errors.js';
import { readText, removeBlock, upsertBlock, type FileChange } from './changes.js';

/** The hooks `init` installs: one template each in hooks/, one line here. */
export const HOOKS = ['pre-commit', 'commit-msg', 'pre-push'] as const;
export type HookName = (typeof HOOKS)[number];

export const beginMarker = (hook: HookName) => `# >>> leakguard ${hook} >>>`;
export const endMarker = (hook: HookName) => `# <<< leakguard ${hook} <<<`;

/** hooks/ ships beside dist/ in the package (see package.json "files"). */
function templatesDir(): string {
  const candidates = [join(__dirname, '..', '..', 'hooks'), join(__dirname, '..', 'hooks'), join(process.cwd(), 'hooks')];
  const found = candidates.find((d) => existsSync(join(d, 'pre-commit')));
  if (!found) throw new LeakguardError('cannot find leakguard\'s hook templates (hooks/); is the package installed completely?');
  return found;
}

/**
 * The hook's managed block, with the places to look for the leakguard binary
 * filled in (repository-relative: git runs hooks from the top level).
 */
export interface HookSetup {
  /** Where to look for the leakguard binary (repository-relative). */
  binCandidates: string[];
  /** The command that installs it in this project (`pnpm install`), named in every "cannot run" message. */
  install: string;
  /** The command to run when no candidate exists (`yarn leakguard` under Plug'n'Play); empty for none. */
  defaultBin?: string;
}

export function hookBlock(hook: HookName, setup: HookSetup): string {
  const template = readFileSync(join(templatesDir(), hook), 'utf8');
  const list = setup.binCandidates.length ? setup.binCandidates.map(shellQuote).join(' ') : "''";
  return template
    .replace('__LEAKGUARD_CANDIDATES__', list)
    .replace('__LEAKGUARD_DEFAULT_BIN__', setup.defaultBin ?? '')
    .replaceAll('__LEAKGUARD_INSTALL__', setup.install);
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Changes that put (or update) the managed block in each hook file of `dir`. */
export function installHookChanges(dir: string, displayDir: string, setup: HookSetup, opts: { shebang: boolean }): FileChange[] {
  return HOOKS.map((hook) => {
    const path = join(dir, hook);
    const current = readText(path);
    const block = hookBlock(hook, setup);
    const base = current === undefined && opts.shebang ? '#!/bin/sh\n' : current;
    const content = upsertBlock(base, block, beginMarker(hook), endMarker(hook));
    const reason = current === undefined ? `new ${hook} hook running leakguard` : current.includes(beginMarker(hook)) ? `update leakguard's block in the ${hook} hook` : `add leakguard to the existing ${hook} hook (your lines are kept)`;
    return { display: `${displayDir}/${hook}`, path, content, reason, executable: opts.shebang || undefined };
  });
}

/** Changes that remove leakguard's blocks; a file left with nothing of the user's is deleted. */
export function uninstallHookChanges(dir: string, displayDir: string): FileChange[] {
  const out: FileChange[] = [];
  for (const hook of HOOKS) {
    const path = join(dir, hook);
    const current = readText(path);
    if (current === undefined || !current.includes(beginMarker(hook))) continue;
    const rest = removeBlock(current, beginMarker(hook), endMarker(hook));
    const empty = rest.replace(/^#!.*\n?/, '').trim() === '';
    out.push({ display: `${displayDir}/${hook}`, path, content: empty ? null : rest, reason: empty ? 'remove the hook leakguard created' : `remove leakguard's block (your lines are kept)` });
  }
  return out;
}
