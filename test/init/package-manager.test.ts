import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPackageManager } from '../../src/init/package-manager.js';
import { tempDir } from '../helpers/repo.js';

function project(files: Record<string, string>, pkg: object = { name: 'app' }): { root: string; pkgPath: string } {
  const root = tempDir('leakguard-pm-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  writeFileSync(join(root, 'package.json'), JSON.stringify(pkg));
  return { root, pkgPath: join(root, 'package.json') };
}

describe('package manager detection', () => {
  it.each([
    ['npm lockfile', { 'package-lock.json': '{}' }, {}, { name: 'npm', install: 'npm install' }],
    ['pnpm lockfile', { 'pnpm-lock.yaml': '' }, {}, { name: 'pnpm', install: 'pnpm install' }],
    ['yarn classic', { 'yarn.lock': '' }, {}, { name: 'yarn', install: 'yarn install', berry: undefined }],
    ['yarn berry, node_modules linker', { 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n' }, {}, { name: 'yarn', berry: true, pnp: undefined }],
    ['yarn berry, Plug\'n\'Play', { 'yarn.lock': '', '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn.cjs\n', '.pnp.cjs': '' }, {}, { name: 'yarn', berry: true, pnp: true }],
    ['bun text lockfile', { 'bun.lock': '' }, {}, { name: 'bun', install: 'bun install' }],
    ['bun binary lockfile', { 'bun.lockb': '' }, {}, { name: 'bun' }],
    ['packageManager field wins over a lockfile', { 'package-lock.json': '{}' }, { packageManager: 'pnpm@9.12.0' }, { name: 'pnpm', evidence: '"packageManager": "pnpm@9.12.0"' }],
    ['packageManager yarn@4 is berry', {}, { packageManager: 'yarn@4.5.0' }, { name: 'yarn', berry: true }],
    ['no lockfile yet', {}, {}, { name: 'npm', evidence: 'no lockfile yet' }],
  ])('%s', (_name, files, pkg, expected) => {
    const { root, pkgPath } = project(files as Record<string, string>, { name: 'app', ...pkg });
    const got = detectPackageManager(pkgPath, root) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) expect(got[key], key).toBe(value);
  });

  it('a workspace member uses the lockfile at the workspace root', () => {
    const { root } = project({ 'pnpm-lock.yaml': '', 'packages/web/package.json': '{"name":"web"}' });
    expect(detectPackageManager(join(root, 'packages/web/package.json'), root).name).toBe('pnpm');
  });
});
