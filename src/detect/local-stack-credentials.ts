import { COMPOSE_FILE, localStack } from './demote.js';
import type { Finding } from './types.js';
import { mountHolding, seedMounts, type SeedMount } from './compose-mounts.js';

/**
 * Evidence across files: the values a local stack's compose file gives its containers. A sample app's
 * settings for its containerised run (`appsettings.Docker.json`, `application-docker.yml`, a `.env.docker`)
 * repeat the password its compose file gives the database container; that value is the local stack's,
 * wherever it is written again. A value of its own there still blocks; so does a provider format.
 *
 * And the files it mounts into the stack's data services: a database's init scripts and dumps, an identity
 * server's realm export (NPM's `docker/ci/postgres/` under `/docker-entrypoint-initdb.d`). What they hold is the
 * local stack's data, whatever folder they sit in.
 */
export class LocalStackCredentials {
  /** value → where the compose file gives it (`path:line`). */
  private readonly given = new Map<string, string>();
  /** mounted path → the mount (the first compose file to mount it: a history scan adds every version). */
  private readonly mounts = new Map<string, SeedMount>();

  /** Whether a path could be a compose file (the caller reads only those). */
  static isComposePath(path: string): boolean {
    return COMPOSE_FILE.test(path);
  }

  /** A scanned text and its findings: when it is a local stack's compose file, every value found in it is the stack's. */
  add(path: string, text: string, findings: readonly Finding[]): void {
    // localStack tests the path first: a file that is no compose file costs one regular expression.
    if (!localStack(path, text)) return;
    for (const m of seedMounts(path, text)) if (!this.mounts.has(m.path)) this.mounts.set(m.path, m);
    for (const f of findings) if (f.secret !== undefined && !this.given.has(f.secret)) this.given.set(f.secret, `${f.file}:${f.line}`);
  }

  get size(): number {
    return this.given.size + this.mounts.size;
  }

  /** Blocking findings of shape rules this evidence could demote (the caller reads more compose files only for them). */
  static candidates(findings: readonly Finding[], isShapeRule: (id: string) => boolean): Finding[] {
    return findings.filter((f) => f.warning === undefined && f.secret !== undefined && f.line > 0 && isShapeRule(f.ruleId) && !LocalStackCredentials.isComposePath(f.file));
  }

  /** Makes the candidates whose value a local stack gives a container warnings, saying which compose file. */
  apply(candidates: readonly Finding[]): void {
    for (const f of candidates) {
      const mount = mountHolding(this.mounts.values(), f.file);
      const where = mount ? undefined : this.given.get(f.secret!);
      if (mount) {
        asTestFixture(f, `a local stack's compose file mounts ${mount.path} into a data service's container (${mount.where}): the stack's seed data, an init script, dump or realm export (outside what it mounts, this would block)`);
      } else if (where) {
        asTestFixture(f, `the same value is what a local stack's compose file gives its containers (${where}): a local development credential, written again for the app's containerised run (a value of its own here would block)`);
      }
    }
  }
}

/** Evidence from other files turns a blocking finding into a test fixture: its rule's line, then why. */
export function asTestFixture(f: Finding, because: string): void {
  f.warning = 'test fixture';
  f.why = [...(f.why ?? []).slice(0, 1), `warning (test fixture): ${because}`];
}
