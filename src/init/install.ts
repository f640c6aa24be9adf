import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { git } from '../git/run.js';
import { LeakguardError } from '../errors.js';
import { configPackageChanges } from './config-package.js';
import { effective, readText, type FileChange } from './changes.js';
import { envExampleChange } from './env-example.js';
import { gitignoreChange } from './gitignore.js';
import { HOOKS, installHookChanges, type HookName, type HookSetup } from './hooks.js';
import { detectPackageManager, type PackageManager } from './package-manager.js';
import { detectHookManager, lefthookChange, managerInstaller, preCommitConfigChange, simpleGitHooksConfig } from './hook-managers.js';
import {
  addLintStagedTask,
  findPackage,
  huskyPackageChanges,
  lintStagedConfig,
  relDisplay,
  serialize,
  type PackageEdits,
} from './package-json.js';

export type InstallMode = 'husky' | 'husky+lint-staged' | 'git-hooks' | 'lefthook' | 'simple-git-hooks' | 'pre-commit';

/** What init did, kept in the git directory so `uninstall` can undo exactly that. */
export interface Manifest {
  version: 1;
  mode: InstallMode;
  packageJson?: { path: string; edits: PackageEdits };
  hooksDir: string;
  createdHooks: HookName[];
  gitignoreAppended?: string;
  /** core.hooksPath before init ran husky (undefined: it was unset). */
  hooksPathBefore?: string;
  ranHusky: boolean;
  /** Config files of another hook manager, as they were and as init left them: uninstall restores `before` if still `after`. */
  configFiles?: { path: string; before: string | null; after: string }[];
  /** That manager's installer, re-run after its config changes (init and uninstall). */
  installer?: { cmd: string; args: string[] };
}

export interface InitPlan {
  mode: InstallMode;
  changes: FileChange[];
  /** Run husky to point core.hooksPath at .husky/_ (it writes only under .husky/_, gitignored). */
  runHusky: boolean;
  manifest: Manifest;
  /** How the hooks run, for the summary. */
  description: string;
  /** The project's package manager, when it has a package.json. */
  packageManager?: PackageManager;
  /** Another hook manager's installer to run once the config is written (or the command to tell the user). */
  installer?: { cmd: string; args: string[] } | string;
}

const HUSKY_HOOKS_PATH = /(^|\/)\.husky\/_\/?$/;

export async function gitDir(root: string): Promise<string> {
  const out = await git(['rev-parse', '--absolute-git-dir'], { cwd: root });
  return out.toString('utf8').trim();
}

async function hooksPathSetting(root: string): Promise<string | undefined> {
  const out = await git(['config', '--get', 'core.hooksPath'], { cwd: root, okCodes: [1] });
  return out.toString('utf8').trim() || undefined;
}

/**
 * Decides how to guard this repository and computes every file change, without
 * writing anything.
 *  - A package.json (here or in a parent folder up to the repository root) and no
 *    foreign hook manager: husky, with hooks in .husky/ at the repository root.
 *    If the project runs lint-staged from its pre-commit hook, leakguard becomes a
 *    lint-staged task instead of a second pre-commit step.
 *  - Otherwise: plain git hooks in the hooks directory git uses (core.hooksPath
 *    or .git/hooks), which need leakguard on PATH.
 */
/** How the hooks find leakguard and what they tell the user to run when they cannot. */
function hookSetup(candidates: string[], pm: PackageManager | undefined): HookSetup {
  if (!pm) return { binCandidates: candidates, install: 'npm install -g leakguard, or put it on PATH' };
  // Plug'n'Play has no node_modules/.bin: yarn itself runs the binary.
  if (pm.pnp) return { binCandidates: [], install: pm.install, defaultBin: 'yarn leakguard' };
  return { binCandidates: candidates, install: pm.install };
}

export async function planInit(root: string, cwd: string, version: string, opts: { configPackage?: string } = {}): Promise<InitPlan> {
  const pkg = findPackage(root, cwd);
  const pm = pkg ? detectPackageManager(pkg.path, root) : undefined;
  const hooksPath = await hooksPathSetting(root);
  const foreignHooksPath = hooksPath !== undefined && !HUSKY_HOOKS_PATH.test(hooksPath);
  const changes: FileChange[] = [];
  let mode: InstallMode;
  let hooksDir: string;
  let packageJson: Manifest['packageJson'];
  let runHusky = false;
  let candidates: string[] = [];

  const manager = detectHookManager(root, pkg);
  let configFiles: Manifest['configFiles'];
  let installer: InitPlan['installer'];
  if (manager) {
    // The project's hook manager runs leakguard; no second manager beside it.
    const bin = pm?.pnp ? 'yarn leakguard' : pkg ? `${pkg.relDir ? `${pkg.relDir}/` : ''}node_modules/.bin/leakguard` : 'leakguard';
    hooksDir = resolve(root, (await git(['rev-parse', '--git-path', 'hooks'], { cwd: root })).toString('utf8').trim());
    mode = manager.kind;
    let change: FileChange | undefined;
    if (manager.kind === 'lefthook') change = lefthookChange(root, manager.file, bin);
    else if (manager.kind === 'pre-commit') change = preCommitConfigChange(root, manager.file, bin);
    else if (manager.inPackageJson && pkg) {
      if (simpleGitHooksConfig(pkg.json['simple-git-hooks'] as Record<string, unknown>, bin)) change = { display: relDisplay(pkg), path: pkg.path, content: serialize(pkg), reason: 'run leakguard first in the simple-git-hooks pre-commit, commit-msg and pre-push commands' };
    } else {
      const text = readText(manager.file) ?? '{}';
      try {
        const cfg = JSON.parse(text) as Record<string, unknown>;
        if (simpleGitHooksConfig(cfg, bin)) change = { display: manager.file.slice(root.length + 1), path: manager.file, content: JSON.stringify(cfg, null, 2) + '\n', reason: 'run leakguard first in the simple-git-hooks commands' };
      } catch {
        change = undefined; // not JSON: left alone, and said below
      }
    }
    if (change) {
      changes.push(change);
      configFiles = [{ path: change.path, before: readText(change.path) ?? null, after: change.content! }];
    }
    const found = managerInstaller(root, pkg, manager);
    installer =
      found ??
      (manager.kind === 'pre-commit'
        ? 'pre-commit install --hook-type pre-commit --hook-type commit-msg'
        : `${pm?.name === 'npm' || !pm ? 'npx' : `${pm.name} exec`} ${manager.kind === 'lefthook' ? 'lefthook install' : 'simple-git-hooks'}`);
  } else if (pkg && !foreignHooksPath) {
    hooksDir = join(root, '.husky');
    candidates = [`${pkg.relDir ? `${pkg.relDir}/` : ''}node_modules/.bin/leakguard`];
    const preCommit = readText(join(hooksDir, 'pre-commit')) ?? '';
    // lint-staged configured in package.json, or in a JSON .lintstagedrc beside it.
    const pkgDir = join(pkg.path, '..');
    const rcPath = ['.lintstagedrc', '.lintstagedrc.json'].map((n) => join(pkgDir, n)).find((p) => readText(p) !== undefined);
    let rc: Record<string, unknown> | undefined;
    if (rcPath) {
      try {
        const parsed: unknown = JSON.parse(readText(rcPath)!);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) rc = parsed as Record<string, unknown>;
      } catch {
        rc = undefined; // YAML or JS config: leakguard stays a separate pre-commit step
      }
    }
    const lintStaged = lintStagedConfig(pkg) ?? rc;
    const usesLintStaged = lintStaged !== undefined && /lint-staged/.test(preCommit);
    const { edits } = huskyPackageChanges(pkg, version, pm?.berry ? 'postinstall' : 'prepare');
    let lintStagedKey: string | undefined;
    if (usesLintStaged && addLintStagedTask(lintStaged)) {
      lintStagedKey = '*';
      if (lintStaged === rc && rcPath) {
        changes.push({ display: rcPath.slice(root.length + 1), path: rcPath, content: JSON.stringify(rc, null, 2) + '\n', reason: 'add "leakguard scan --staged" as a lint-staged task (your tasks are kept)' });
      } else edits.lintStagedKey = lintStagedKey;
    }
    if (edits.devDependencies || edits.prepare || edits.lintStagedKey) {
      const what = [
        edits.devDependencies ? `add ${edits.devDependencies.join(' and ')} to devDependencies` : '',
        edits.prepare ? `"${edits.prepare.script ?? 'prepare'}": "${edits.prepare.after}" (re-installs hooks on ${pm?.install ?? 'npm install'})` : '',
        edits.lintStagedKey ? 'add "leakguard scan --staged" to lint-staged' : '',
      ].filter(Boolean);
      changes.push({ display: relDisplay(pkg), path: pkg.path, content: serialize(pkg), reason: what.join('; ') });
    }
    packageJson = { path: pkg.path, edits };
    mode = usesLintStaged ? 'husky+lint-staged' : 'husky';
    const hookChanges = installHookChanges(hooksDir, '.husky', hookSetup(candidates, pm), { shebang: false });
    changes.push(...hookChanges.filter((c) => !(usesLintStaged && c.display.endsWith('pre-commit'))));
    runHusky = !hooksPath;
  } else {
    const dir = resolve(root, (await git(['rev-parse', '--git-path', 'hooks'], { cwd: root })).toString('utf8').trim());
    hooksDir = dir;
    mode = 'git-hooks';
    // A Node project whose hooks live in its own core.hooksPath: the hooks find the project's
    // install first (node_modules/.bin), then PATH — never "not installed" when it is installed.
    if (pkg) candidates = [`${pkg.relDir ? `${pkg.relDir}/` : ''}node_modules/.bin/leakguard`];
    changes.push(...installHookChanges(dir, dir.startsWith(root + '/') ? dir.slice(root.length + 1) : dir, hookSetup(candidates, pm), { shebang: true }));
  }

  if (opts.configPackage !== undefined) {
    if (!pkg) throw new LeakguardError('init: --config-package needs a package.json: the shared config is an npm package, installed with the project (npm init -y makes one)');
    const shared = configPackageChanges(root, pkg, opts.configPackage);
    if (shared.addedDependency) {
      packageJson ??= { path: pkg.path, edits: {} };
      packageJson.edits.devDependencies = [...(packageJson.edits.devDependencies ?? []), shared.addedDependency];
    }
    // package.json may already be in the plan (husky, simple-git-hooks): one change, written once, with everything.
    const at = changes.findIndex((c) => c.path === pkg.path);
    const reason = [shared.addedDependency ? `add ${shared.addedDependency} to devDependencies` : '', shared.config ? '' : 'extend the shared config in "leakguard"'].filter(Boolean).join('; ');
    const content = serialize(pkg);
    if (at >= 0) changes[at] = { ...changes[at]!, content, reason: [changes[at]!.reason, reason].filter(Boolean).join('; ') };
    else if (content !== readText(pkg.path)) changes.push({ display: relDisplay(pkg), path: pkg.path, content, reason });
    if (shared.config) {
      changes.push(shared.config);
      configFiles = [...(configFiles ?? []), { path: shared.config.path, before: readText(shared.config.path) ?? null, after: shared.config.content! }];
    }
  }

  const ignore = await gitignoreChange(root, pkg !== undefined);
  if (ignore) changes.push(ignore);
  const example = envExampleChange(root);
  if (example) changes.push(example);

  const todo = effective(changes);
  const createdHooks = todo.filter((c) => /(?:pre-commit|pre-push|commit-msg)$/.test(c.display) && readText(c.path) === undefined).map((c) => HOOKS.find((h) => c.display.endsWith(h))!);
  const manifest: Manifest = { version: 1, mode, hooksDir, createdHooks, ranHusky: runHusky };
  if (packageJson) manifest.packageJson = packageJson;
  if (hooksPath !== undefined) manifest.hooksPathBefore = hooksPath;
  if (configFiles) manifest.configFiles = configFiles.filter((c) => todo.some((t) => t.path === c.path));
  if (installer && typeof installer !== 'string') manifest.installer = installer;
  if (ignore && todo.includes(ignore)) manifest.gitignoreAppended = ignore.content!.slice((readText(ignore.path) ?? '').length);
  // husky 4 kept hooks in package.json ("husky": { "hooks": … }); husky 9 ignores that key.
  const legacyHusky = pkg && typeof pkg.json.husky === 'object' && pkg.json.husky !== null && 'hooks' in (pkg.json.husky as object);
  const description0 =
    mode === 'pre-commit'
      ? "the project's pre-commit framework config (a local leakguard hook at the pre-commit and commit-msg stages; pushes: run leakguard scan --range in CI)"
      : mode === 'lefthook' || mode === 'simple-git-hooks'
      ? `the project's ${mode} (a leakguard command in its pre-commit, commit-msg and pre-push hooks; no second hook manager)`
      : mode === 'git-hooks'
      ? pkg
        ? `git hooks in ${hooksDir.startsWith(root + '/') ? hooksDir.slice(root.length + 1) : hooksDir}${foreignHooksPath ? ' (your core.hooksPath)' : ''}, running the project's node_modules/.bin/leakguard (else one on PATH)`
        : 'plain git hooks (no package.json: leakguard must be on PATH)'
      : mode === 'husky'
        ? 'husky hooks in .husky/'
        : 'husky, with leakguard as a lint-staged task';
  const description = legacyHusky
    ? `${description0}. Note: package.json still has a husky 4 "husky.hooks" config, which husky 9 ignores: move those commands into .husky/<hook> files (husky's migration guide: https://typicode.github.io/husky/migrate-from-v4.html) and delete the key`
    : description0;
  return { mode, changes: todo, runHusky, manifest, description, ...(pm ? { packageManager: pm } : {}), ...(installer ? { installer } : {}) };
}

/** Points core.hooksPath at .husky/_ using the husky that ships with leakguard (no npx, no network). */
export async function runHusky(root: string): Promise<string> {
  const { default: husky } = (await import('husky')) as { default: (dir?: string) => string };
  const before = process.cwd();
  process.chdir(root);
  try {
    return husky('.husky');
  } finally {
    process.chdir(before);
  }
}

const MANIFEST = 'leakguard-init.json';

export function writeManifest(dir: string, manifest: Manifest): void {
  const path = join(dir, MANIFEST);
  // A second init that changes nothing keeps the first run's record.
  if (existsSync(path) && manifest.createdHooks.length === 0 && !manifest.packageJson?.edits.devDependencies && !manifest.packageJson?.edits.prepare) return;
  writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
}

export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

export const MANIFEST_FILE = MANIFEST;
