import { join } from 'node:path';
import { git } from '../git/run.js';
import { matchFileRule } from '../rules/index.js';
import { readText, type FileChange } from './changes.js';
import { trimEndOf } from '../trim.js';

/** What every repository should ignore, each with a path that proves it is covered. */
export const SECRET_IGNORES: [pattern: string, sample: string][] = [
  ['.env', '.env'],
  ['.env.local', '.env.local'],
  ['.env.*.local', '.env.production.local'],
  ['*.key', 'leakguard-probe.key'],
  ['*.pem', 'leakguard-probe.pem'],
  ['secrets/', 'secrets/leakguard-probe'],
];

/**
 * Adds the missing secret ignores to .gitignore without duplicating, reordering
 * or dropping the user's lines. "Missing" is decided by git itself
 * (`check-ignore --no-index`), so a broader rule the user already has (`.env*`,
 * `*.pem` in a parent .gitignore) counts as covered.
 */
export async function gitignoreChange(root: string, nodeProject = false): Promise<FileChange | undefined> {
  const path = join(root, '.gitignore');
  const current = readText(path);
  // A Node project without a .gitignore yet would otherwise commit (and scan) node_modules.
  // (git refuses to look "beyond a symbolic link": a symlinked node_modules is someone's setup, left alone.)
  const nodeModulesCovered =
    !nodeProject || (await git(['check-ignore', '--no-index', '--', 'node_modules/leakguard-probe'], { cwd: root, okCodes: [1] }).then((b) => b.length > 0, () => true));
  const wanted: [string, string][] = nodeModulesCovered ? SECRET_IGNORES : [['node_modules/', 'node_modules/leakguard-probe'], ...SECRET_IGNORES];
  const samples = wanted.map(([, s]) => s);
  const out = await git(['check-ignore', '--no-index', '--', ...samples], { cwd: root, okCodes: [1] });
  const covered = new Set(out.toString('utf8').split('\n').filter(Boolean));
  // Environment files beyond the usual names (.env.production, .env.staging): each one present
  // and neither tracked nor ignored is one `git add .` away from a commit.
  const missing = [...wanted.filter(([, s]) => !covered.has(s)).map(([p]) => p), ...(await unignoredEnvFiles(root)).map((p) => `/${gitignoreLiteral(p)}`)];
  if (missing.length === 0) return undefined;
  const base = current ?? '';
  const sep = base === '' ? '' : base.endsWith('\n') ? '\n' : '\n\n';
  const content = `${base}${sep}# Secrets and local environment (added by leakguard init)\n${missing.join('\n')}\n`;
  return { display: '.gitignore', path, content, reason: `ignore ${missing.join(', ')}` };
}

/**
 * Untracked, not ignored environment files in the working tree (.env.production; not .env.example,
 * .env.sample, .env.template…: the file-name rule decides which names hold values).
 */
export async function unignoredEnvFiles(root: string): Promise<string[]> {
  const out = await git(['-c', 'core.quotePath=false', 'ls-files', '-z', '--others', '--exclude-standard', '--', ':(glob)**/.env*'], { cwd: root });
  return out.toString('utf8').split('\0').filter((p) => p && matchFileRule(p)?.id === 'dotenv-file').sort();
}

/** A path as a .gitignore line that matches exactly it: wildcards, a leading # or !, and trailing spaces escaped. */
export function gitignoreLiteral(path: string): string {
  const escaped = path.replace(/[*?[\]\\]/g, (c) => `\\${c}`).replace(/^([#!])/, '\\$1');
  const kept = trimEndOf(escaped, ' ');
  return kept + '\\ '.repeat(escaped.length - kept.length);
}

/** .env.example must stay committable: warn when an ignore rule swallows it. */
export async function exampleIsIgnored(root: string): Promise<boolean> {
  const out = await git(['check-ignore', '--no-index', '--', '.env.example'], { cwd: root, okCodes: [1] });
  return out.toString('utf8').trim() !== '';
}
