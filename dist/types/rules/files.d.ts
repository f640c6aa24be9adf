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
    /**
     * Report the file whatever it contains. Otherwise a readable text file is
     * judged by its content (a .pem holding only a certificate is not a leak, one
     * holding a private key is one finding, not two) and the name alone decides
     * only for binary or unreadable files (keystores, .p12).
     */
    byName?: boolean;
    /** A text file of this kind with nothing secret in it is still worth a warning (it belongs in .gitignore). */
    warnWhenClean?: boolean;
    /** The warning's reason then (default "holds no secret yet"). */
    cleanWarning?: 'holds no secret yet' | 'weak password';
    /** Also tested against the whole path (`config/credentials/production.key`), where the name alone says too little. */
    path?: RegExp;
    /** Paths that must match and paths that must not. */
    tps: string[];
    fps: string[];
}
export declare const fileRules: FileRule[];
export declare function matchFileRule(path: string): FileRule | undefined;
