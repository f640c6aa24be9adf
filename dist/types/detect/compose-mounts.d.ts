/** A folder or file of the repository a compose file mounts into a local data service, and where it says so. */
export interface SeedMount {
    /** Repository-relative path (no trailing slash). */
    path: string;
    /** `compose-file:line`. */
    where: string;
}
/**
 * The repository paths a compose file bind-mounts into the services that hold a local stack's data (databases,
 * directories, identity servers, mail catchers, emulators): their init scripts, dumps and realm exports. Read line
 * by line, as compose files are written (a `services:` map of services with `image:` and `volumes:`), rather than
 * with a YAML parser on the path of a blocked commit; anchors and merges are not followed, so a mount they hide
 * gives no evidence and its finding blocks.
 */
export declare function seedMounts(composePath: string, text: string): SeedMount[];
/** The mount a repository path lies in (the path itself or below it), if any. */
export declare function mountHolding(mounts: Iterable<SeedMount>, file: string): SeedMount | undefined;
