import { posix } from 'node:path';
import { seedsLocalService } from './demote.js';

/** A folder or file of the repository a compose file mounts into a local data service, and where it says so. */
export interface SeedMount {
  /** Repository-relative path (no trailing slash). */
  path: string;
  /** `compose-file:line`. */
  where: string;
}

const SERVICES = /^services:\s*(?:#.*)?$/;
const KEY_LINE = /^\s*[\w.-]+:\s*(?:#.*)?$/;
/** A bind mount's host side, short syntax (`- ./ci/postgres:/docker-entrypoint-initdb.d:ro`) or long (`source: ./realm.json`). */
const SHORT_MOUNT = /^\s*-\s*["']?(\.{1,2}\/[^:"'\s]*|\.):/;
const LONG_SOURCE = /^\s*(?:-\s*)?source:\s*["']?(\.{1,2}\/[^"'\s#]*|\.)(?:["'\s#]|$)/;

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The repository paths a compose file bind-mounts into the services that hold a local stack's data (databases,
 * directories, identity servers, mail catchers, emulators): their init scripts, dumps and realm exports. Read line
 * by line, as compose files are written (a `services:` map of services with `image:` and `volumes:`), rather than
 * with a YAML parser on the path of a blocked commit; anchors and merges are not followed, so a mount they hide
 * gives no evidence and its finding blocks.
 */
export function seedMounts(composePath: string, text: string): SeedMount[] {
  const lines = text.split(/\r?\n/);
  const dir = posix.dirname(composePath);
  const out: SeedMount[] = [];
  let inServices = false;
  let serviceIndent = -1;
  let seeds = false;
  let pending: { path: string; line: number }[] = [];
  const close = () => {
    if (seeds) for (const m of pending) out.push({ path: m.path, where: `${composePath}:${m.line}` });
    seeds = false;
    pending = [];
  };
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent === 0) {
      close();
      inServices = SERVICES.test(line);
      serviceIndent = -1;
      continue;
    }
    if (!inServices) continue;
    if (serviceIndent < 0 || indent <= serviceIndent) {
      // A new service's name.
      close();
      if (KEY_LINE.test(line)) serviceIndent = indent;
      continue;
    }
    if (/^\s*image:/.test(line)) seeds = seedsLocalService(line);
    const host = SHORT_MOUNT.exec(line)?.[1] ?? LONG_SOURCE.exec(line)?.[1];
    if (!host) continue;
    let path = posix.normalize(posix.join(dir, host));
    while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    // Outside the repository, or the whole of it: no evidence about any one file.
    if (path === '.' || path.startsWith('..')) continue;
    pending.push({ path, line: i + 1 });
  }
  close();
  return out;
}

/** The mount a repository path lies in (the path itself or below it), if any. */
export function mountHolding(mounts: Iterable<SeedMount>, file: string): SeedMount | undefined {
  for (const m of mounts) if (file === m.path || file.startsWith(`${m.path}/`)) return m;
  return undefined;
}
