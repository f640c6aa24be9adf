import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PackageManager {
  name: 'npm' | 'pnpm' | 'yarn' | 'bun';
  /** Yarn 2+ ("berry"), which `yarn install` also serves; with Plug'n'Play there is no node_modules/.bin. */
  berry?: boolean;
  pnp?: boolean;
  /** What told us: `packageManager` in package.json, or a lockfile. */
  evidence: string;
  /** The one command that installs the project's dependencies (and with them leakguard). */
  install: string;
}

/**
 * Which package manager a project uses, so every message names the command
 * that works there: the `packageManager` field (Corepack's) wins, then the
 * lockfile beside package.json or in a parent folder up to the repository
 * root (a workspace member's lockfile lives at the workspace root).
 */
export function detectPackageManager(packageJsonPath: string, root: string): PackageManager {
  let declared: string | undefined;
  try {
    const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { packageManager?: unknown };
    if (typeof pkg.packageManager === 'string') declared = pkg.packageManager;
  } catch {
    // an unreadable package.json is reported elsewhere
  }
  const dirs: string[] = [];
  for (let d = dirname(packageJsonPath); ; d = dirname(d)) {
    dirs.push(d);
    if (d === root || dirname(d) === d) break;
  }
  const has = (name: string) => dirs.find((d) => existsSync(join(d, name)));
  const yarnDetails = (dir: string | undefined): Pick<PackageManager, 'berry' | 'pnp'> => {
    const at = dir ?? dirname(packageJsonPath);
    const berry = existsSync(join(at, '.yarnrc.yml')) || (declared !== undefined && /^yarn@(?:[2-9]|\d{2,})/.test(declared));
    const pnp = berry && (existsSync(join(at, '.pnp.cjs')) || /nodeLinker:\s*["']?pnp/.test(readOr(join(at, '.yarnrc.yml'))));
    return { ...(berry ? { berry } : {}), ...(pnp ? { pnp } : {}) };
  };
  const make = (name: PackageManager['name'], evidence: string, dir?: string): PackageManager => ({
    name,
    evidence,
    install: `${name} install`,
    ...(name === 'yarn' ? yarnDetails(dir) : {}),
  });
  if (declared) {
    const name = declared.split('@')[0];
    if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') return make(name, `"packageManager": "${declared}"`, has('yarn.lock'));
  }
  for (const [file, name] of [['pnpm-lock.yaml', 'pnpm'], ['yarn.lock', 'yarn'], ['bun.lock', 'bun'], ['bun.lockb', 'bun'], ['package-lock.json', 'npm'], ['npm-shrinkwrap.json', 'npm']] as const) {
    const dir = has(file);
    if (dir) return make(name, file, dir);
  }
  return make('npm', 'no lockfile yet');
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
