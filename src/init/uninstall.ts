import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../git/run.js';
import { readText, type FileChange } from './changes.js';
import { uninstallHookChanges } from './hooks.js';
import { gitDir, readManifest, MANIFEST_FILE, type Manifest } from './install.js';
import { findPackage, LINT_STAGED_TASK, relDisplay, serialize } from './package-json.js';

export interface UninstallPlan {
  changes: FileChange[];
  manifest?: Manifest;
  notes: string[];
}

/**
 * The exact reverse of init: leakguard's hook blocks (hook files init created
 * are deleted, others keep the user's lines), the package.json entries init
 * added (only if still as init left them), the .gitignore lines it appended.
 * Without init's record (another clone), it removes the hook blocks and says
 * what else to check by hand.
 */
export async function planUninstall(root: string, cwd: string): Promise<UninstallPlan> {
  const dir = await gitDir(root);
  const manifest = readManifest(dir);
  const notes: string[] = [];
  const hookDirs = new Set([join(root, '.husky'), (await git(['rev-parse', '--path-format=absolute', '--git-path', 'hooks'], { cwd: root })).toString('utf8').trim()]);
  if (manifest) hookDirs.add(manifest.hooksDir);
  const changes: FileChange[] = [];
  for (const d of hookDirs) changes.push(...uninstallHookChanges(d, d.startsWith(root + '/') ? d.slice(root.length + 1) : d));

  const pkg = manifest?.packageJson ? findPackage(root, join(manifest.packageJson.path, '..')) : findPackage(root, cwd);
  if (pkg) {
    const edits = manifest?.packageJson?.edits;
    let changed = false;
    const dev = pkg.json.devDependencies as Record<string, string> | undefined;
    for (const name of edits?.devDependencies ?? []) {
      if (dev && name in dev) {
        delete dev[name];
        changed = true;
      }
    }
    if (dev && Object.keys(dev).length === 0 && edits?.devDependencies?.length) delete pkg.json.devDependencies;
    const scripts = pkg.json.scripts as Record<string, string> | undefined;
    const lifecycle = edits?.prepare?.script ?? 'prepare';
    if (edits?.prepare && scripts?.[lifecycle] === edits.prepare.after) {
      if (edits.prepare.before === undefined) delete scripts[lifecycle];
      else scripts[lifecycle] = edits.prepare.before;
      if (Object.keys(scripts).length === 0) delete pkg.json.scripts;
      changed = true;
    }
    const ls = pkg.json['lint-staged'] as Record<string, unknown> | undefined;
    if (ls && removeLintStagedTask(ls)) changed = true;
    for (const name of ['.lintstagedrc', '.lintstagedrc.json']) {
      const rcPath = join(pkg.path, '..', name);
      const text = readText(rcPath);
      if (text === undefined) continue;
      try {
        const rc = JSON.parse(text) as Record<string, unknown>;
        if (removeLintStagedTask(rc)) changes.push({ display: rcPath.slice(root.length + 1), path: rcPath, content: JSON.stringify(rc, null, 2) + '\n', reason: 'remove the lint-staged task init added' });
      } catch {
        // not JSON: init never edited it
      }
    }
    if (changed) changes.push({ display: relDisplay(pkg), path: pkg.path, content: serialize(pkg), reason: 'remove what init added (dev dependencies, prepare script, lint-staged task)' });
    else if (!manifest) notes.push(`${relDisplay(pkg)}: no record of what init added here; remove husky/leakguard from devDependencies and "prepare" by hand if you no longer want them.`);
  }

  // Another hook manager's config: its original bytes, if it is still as init left it.
  for (const f of manifest?.configFiles ?? []) {
    const current = readText(f.path);
    const display = f.path.startsWith(root + '/') ? f.path.slice(root.length + 1) : f.path;
    if (current === f.after) {
      // (package.json edited here is restored whole, which also covers the entries above.)
      const i = changes.findIndex((c) => c.path === f.path);
      if (i >= 0) changes.splice(i, 1);
      changes.push({ display, path: f.path, content: f.before, reason: 'restore it exactly as it was before init' });
    } else notes.push(`${display} changed since init: remove leakguard's commands from it by hand.`);
  }

  if (manifest?.gitignoreAppended) {
    const path = join(root, '.gitignore');
    const current = readText(path);
    if (current !== undefined) {
      const rest = withoutAddedLines(current, manifest.gitignoreAppended);
      if (rest !== current) {
        // A .gitignore init created and the user has since committed stays, even if nothing is left in it.
        const tracked = (await git(['ls-files', '-z', '--', '.gitignore'], { cwd: root })).length > 0;
        const empty = rest.trim() === '';
        changes.push({ display: '.gitignore', path, content: empty && !tracked ? null : rest, reason: empty && !tracked ? 'delete it: init created it and nothing else is in it' : 'remove the ignore lines init added' });
      }
    }
  }
  const kept = ['.env.example', '.leakguard-baseline.json'].filter((f) => existsSync(join(root, f)));
  if (kept.length) notes.push(`${kept.join(' and ')} ${kept.length === 1 ? 'is' : 'are'} yours now and ${kept.length === 1 ? 'is' : 'are'} left in place.`);
  return { changes, notes, ...(manifest ? { manifest } : {}) };
}

/**
 * The file without the lines init added to it. The block comes out whole where it still stands
 * as init wrote it; where the user edited around or inside it, each line init added is taken
 * out once (the last occurrence: init appended at the end), and every other line stays.
 */
export function withoutAddedLines(current: string, appended: string): string {
  const at = current.lastIndexOf(appended);
  if (at >= 0) {
    let before = current.slice(0, at);
    const after = current.slice(at + appended.length);
    if (after === '' && before.endsWith('\n\n')) before = before.slice(0, -1);
    return before + after;
  }
  const lines = current.split('\n');
  for (const added of appended.split('\n').filter((l) => l.trim() !== '')) {
    const i = lines.lastIndexOf(added);
    if (i >= 0) lines.splice(i, 1);
  }
  let out = lines.join('\n');
  while (out.endsWith('\n\n')) out = out.slice(0, -1);
  return out;
}

/** Takes leakguard's task out of a lint-staged config; true when it was there. */
function removeLintStagedTask(config: Record<string, unknown>): boolean {
  const v = config['*'];
  if (v === LINT_STAGED_TASK) delete config['*'];
  else if (Array.isArray(v) && v.includes(LINT_STAGED_TASK)) config['*'] = v.length === 2 ? v.find((t) => t !== LINT_STAGED_TASK) : v.filter((t) => t !== LINT_STAGED_TASK);
  return config['*'] !== v;
}

/** After the files are restored: undo husky's core.hooksPath if init set it and no hooks are left. */
export async function finishUninstall(root: string, manifest: Manifest | undefined): Promise<string | undefined> {
  const dir = await gitDir(root);
  rmSync(join(dir, MANIFEST_FILE), { force: true });
  if (!manifest?.ranHusky) return undefined;
  const husky = join(root, '.husky');
  const left = existsSync(husky) ? readdirSync(husky).filter((f) => f !== '_') : [];
  if (left.length) return undefined;
  await git(['config', '--unset', 'core.hooksPath'], { cwd: root, okCodes: [5] });
  rmSync(husky, { recursive: true, force: true });
  return 'core.hooksPath unset and .husky/ removed (init had set them up)';
}
