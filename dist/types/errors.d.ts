/**
 * The one error type users see. The CLI prints `message` (never a stack trace
 * unless --debug) and exits with `exitCode`: 2 for usage and runtime errors.
 */
export declare class LeakguardError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
