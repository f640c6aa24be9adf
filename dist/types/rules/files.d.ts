/**
 * Files that should never be committed, whatever they contain: the file is the
 * leak (a keystore is binary, a .env holds many secrets at once). Matched on the
 * file's name, so binary files are covered too.
 */
export interface FileRule {
    id: string;
    title: string;
    /** Tested against the file's base name (lower-cased). */
    name: RegExp;
    playbook: string;
    /** Paths that must match and paths that must not. */
    tps: string[];
    fps: string[];
}
export declare const fileRules: FileRule[];
export declare function matchFileRule(path: string): FileRule | undefined;
