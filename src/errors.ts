/**
 * The one error type users see. The CLI prints `message` (never a stack trace
 * unless --debug) and exits with `exitCode`: 2 for usage and runtime errors.
 */
export class LeakguardError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'LeakguardError';
    this.exitCode = exitCode;
  }
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder (does the folder exist?)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EEXIST: 'it already exists',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
};

/** A file system error as a reason a person can act on (the path is named by the caller). */
export function describeFsError(e: NodeJS.ErrnoException): string {
  return e.code && FS_REASONS[e.code] ? `${FS_REASONS[e.code]} (${e.code})` : e.message;
}

/**
 * A system error from a file or directory operation (it carries the path and the code): said as
 * "cannot <do> <path>: <reason>", a runtime error (exit 2), never "internal error, please report".
 */
export function asFsError(e: unknown): LeakguardError | undefined {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error) || typeof err.code !== 'string' || typeof err.path !== 'string') return undefined;
  const verb = ({ open: 'open', read: 'read', write: 'write', mkdir: 'create', rename: 'rename', unlink: 'remove', rmdir: 'remove', scandir: 'list', stat: 'read', lstat: 'read', copyfile: 'copy', chmod: 'change the mode of' } as Record<string, string>)[err.syscall ?? ''] ?? 'use';
  return new LeakguardError(`cannot ${verb} ${err.path}: ${describeFsError(err)}`);
}
