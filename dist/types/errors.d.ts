/**
 * The one error type users see. The CLI prints `message` (never a stack trace
 * unless --debug) and exits with `exitCode`: 2 for usage and runtime errors.
 */
export declare class LeakguardError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
/** A file system error as a reason a person can act on (the path is named by the caller). */
export declare function describeFsError(e: NodeJS.ErrnoException): string;
/**
 * A system error from a file or directory operation (it carries the path and the code): said as
 * "cannot <do> <path>: <reason>", a runtime error (exit 2), never "internal error, please report".
 */
export declare function asFsError(e: unknown): LeakguardError | undefined;
