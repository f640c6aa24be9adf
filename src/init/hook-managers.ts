import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazyRequire } from '../lazy-require.js';
import { readText, type FileChange } from './changes.js';
import type { PackageInfo } from './package-json.js';

/**
 * Hook managers a project may already use. `init` adds leakguard to the one
 * it finds instead of installing a second one beside it: two managers fight
 * over .git/hooks, and the loser's hooks silently stop running.
 */
export type HookManager =
  | { kind: 'lefthook'; file: string }
  | { kind: 'simple-git-hooks'; file: string; inPackageJson: boolean }
  | { kind: 'pre-commit'; file: string };

const LEFTHOOK_FILES = ['lefthook.yml', '.lefthook.yml', 'lefthook.yaml', '.lefthook.yaml'];
const SGH_FILES = ['.simple-git-hooks.json', 'simple-git-hooks.json'];

export function detectHookManager(root: string, pkg: PackageInfo | undefined): HookManager | undefined {
  for (const f of LEFTHOOK_FILES) if (existsSync(join(root, f))) return { kind: 'lefthook', file: join(root, f) };
  if (pkg && typeof pkg.json['simple-git-hooks'] === 'object' && pkg.json['simple-git-hooks'] !== null) return { kind: 'simple-git-hooks', file: pkg.path, inPackageJson: true };
  for (const f of SGH_FILES) if (existsSync(join(root, f))) return { kind: 'simple-git-hooks', file: join(root, f), inPackageJson: false };
  if (existsSync(join(root, '.pre-commit-config.yaml'))) return { kind: 'pre-commit', file: join(root, '.pre-commit-config.yaml') };
  return undefined;
}

/** The three commands, for a manager that runs shell lines (`"$1"` is the message file git passes commit-msg). */
export function leakguardCommands(bin: string): Record<'pre-commit' | 'commit-msg' | 'pre-push', string> {
  return { 'pre-commit': `${bin} scan --staged`, 'commit-msg': `${bin} commit-msg "$1"`, 'pre-push': `${bin} pre-push "$@"` };
}

/**
 * lefthook.yml: a `leakguard` command under pre-commit, commit-msg (lefthook's
 * `{1}` is the message file) and pre-push (stdin, where git writes the pushed
 * refs, passed through). The file is edited as a YAML document, so the user's
 * comments and order stay; `uninstall` restores the original bytes.
 */
export function lefthookChange(root: string, file: string, bin: string): FileChange | undefined {
  const before = readText(file) ?? '';
  const YAML = lazyRequire<typeof import('yaml')>('yaml');
  const doc = YAML.parseDocument(before);
  if (doc.errors.length) return undefined;
  const set = (hook: string, command: Record<string, unknown>) => {
    if (!doc.has(hook)) doc.set(hook, doc.createNode({ commands: {} }));
    if (!doc.hasIn([hook, 'commands'])) doc.setIn([hook, 'commands'], doc.createNode({}));
    doc.setIn([hook, 'commands', 'leakguard'], doc.createNode(command));
  };
  set('pre-commit', { run: `${bin} scan --staged` });
  set('commit-msg', { run: `${bin} commit-msg {1}` });
  set('pre-push', { run: `${bin} pre-push {1} {2}`, use_stdin: true });
  const after = doc.toString();
  return after === before ? undefined : { display: file.slice(root.length + 1), path: file, content: after, reason: 'add a leakguard command to pre-commit, commit-msg and pre-push (lefthook)' };
}

/**
 * .pre-commit-config.yaml (the pre-commit framework): a `repo: local` entry
 * running the project's own leakguard (language `system`: no second install
 * of it in pre-commit's cache) at the pre-commit and commit-msg stages. The
 * framework's pre-push stage does not pass git's ref lines, so pushes are not
 * guarded through it: `leakguard scan --range` in CI covers them.
 */
export function preCommitConfigChange(root: string, file: string, bin: string): FileChange | undefined {
  const before = readText(file) ?? '';
  const YAML = lazyRequire<typeof import('yaml')>('yaml');
  const doc = YAML.parseDocument(before);
  if (doc.errors.length) return undefined;
  const repos = doc.get('repos');
  const hasOurs = YAML.isSeq(repos) && repos.items.some((r) => YAML.isMap(r) && r.get('repo') === 'local' && YAML.isSeq(r.get('hooks')) && (r.get('hooks') as { items: unknown[] }).items.some((h) => YAML.isMap(h) && h.get('id') === 'leakguard'));
  if (hasOurs) return undefined;
  const entry = doc.createNode({
    repo: 'local',
    hooks: [
      { id: 'leakguard', name: 'leakguard (secrets in staged changes)', entry: `${bin} scan --staged`, language: 'system', pass_filenames: false, always_run: true },
      { id: 'leakguard-commit-msg', name: 'leakguard (secrets in the commit message)', entry: `${bin} commit-msg`, language: 'system', stages: ['commit-msg'], always_run: true },
    ],
  });
  if (YAML.isSeq(repos)) repos.items.push(entry);
  else doc.set('repos', doc.createNode([entry]));
  const after = doc.toString();
  return { display: file.slice(root.length + 1), path: file, content: after, reason: 'add a local leakguard hook for the pre-commit and commit-msg stages (pre-commit framework)' };
}

/**
 * simple-git-hooks (its package.json key or its own JSON file): leakguard runs
 * first in each hook, then whatever the project already runs there.
 */
export function simpleGitHooksConfig(config: Record<string, unknown>, bin: string): boolean {
  let changed = false;
  for (const [hook, command] of Object.entries(leakguardCommands(bin))) {
    const current = config[hook];
    if (typeof current === 'string' && current.includes(`${bin} `)) continue;
    config[hook] = typeof current === 'string' && current.trim() ? `${command} && ${current}` : command;
    changed = true;
  }
  return changed;
}

/** The manager's own installer in this project, to write .git/hooks from the new config. */
export function managerInstaller(root: string, pkg: PackageInfo | undefined, m: HookManager): { cmd: string; args: string[] } | undefined {
  if (m.kind === 'pre-commit') {
    const found = (process.env.PATH ?? '').split(':').map((d) => join(d, 'pre-commit')).find((p) => existsSync(p));
    return found ? { cmd: found, args: ['install', '--hook-type', 'pre-commit', '--hook-type', 'commit-msg'] } : undefined;
  }
  const bin = join(root, pkg?.relDir ?? '', 'node_modules/.bin', m.kind === 'lefthook' ? 'lefthook' : 'simple-git-hooks');
  if (!existsSync(bin)) return undefined;
  return { cmd: bin, args: m.kind === 'lefthook' ? ['install'] : [] };
}
