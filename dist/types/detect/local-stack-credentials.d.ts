import type { Finding } from './types.js';
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
export declare class LocalStackCredentials {
    /** value → where the compose file gives it (`path:line`). */
    private readonly given;
    /** mounted path → the mount (the first compose file to mount it: a history scan adds every version). */
    private readonly mounts;
    /** Whether a path could be a compose file (the caller reads only those). */
    static isComposePath(path: string): boolean;
    /** A scanned text and its findings: when it is a local stack's compose file, every value found in it is the stack's. */
    add(path: string, text: string, findings: readonly Finding[]): void;
    get size(): number;
    /** Blocking findings of shape rules this evidence could demote (the caller reads more compose files only for them). */
    static candidates(findings: readonly Finding[], isShapeRule: (id: string) => boolean): Finding[];
    /** Makes the candidates whose value a local stack gives a container warnings, saying which compose file. */
    apply(candidates: readonly Finding[]): void;
}
/** Evidence from other files turns a blocking finding into a test fixture: its rule's line, then why. */
export declare function asTestFixture(f: Finding, because: string): void;
