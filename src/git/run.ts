import { spawn } from 'node:child_process';
import { LeakguardError } from '../errors.js';
import { withoutAttributes, type AttributeFreeGit } from './attributes.js';

/**
 * The only place that spawns git. We call the git binary directly rather than
 * through simple-git or isomorphic-git on the hook's path: simple-git adds
 * ~15 ms of module loading and buffers output as strings (we need raw bytes for
 * file names and non-UTF-8 content), and isomorphic-git reimplements diffing in
 * JavaScript, which is slower than git's own and lacks rename detection with
 * `-M -C` parity. See README "Why not simple-git/isomorphic-git".
 *
 * Environment: user configuration that would change the output format is
 * neutralised per call with `-c` flags by the callers, not here.
 */
export interface GitOptions {
  cwd: string;
  input?: string | Buffer;
  /** Exit codes that are not errors (e.g. `git diff --exit-code` uses 1). */
  okCodes?: number[];
  /** Replaces the environment (for a scratch GIT_DIR); git's own variables are added to it. */
  env?: NodeJS.ProcessEnv;
  /** Stop git and reject with OutputTooLarge past this many bytes of output (the caller has a streaming path). */
  maxOutput?: number;
  /** Run git without attributes, so what it calls binary is binary by content (see attributeFreeGit). */
  attributes?: AttributeFreeGit;
}

/** git's output passed `maxOutput`: the caller should take its streaming path. */
export class OutputTooLarge extends LeakguardError {}

/**
 * Output of git calls started early (see prefetchStagedDiff), shared through
 * globalThis because the dispatcher and each command are separate bundles.
 * Only a successful run is handed over; a failed one is simply run again, so
 * errors keep their usual types and messages.
 */
const early = ((globalThis as { __leakguardEarlyGit?: Map<string, Promise<Buffer | undefined>> }).__leakguardEarlyGit ??= new Map());
const earlyKey = (args: string[], opts: GitOptions) => `${opts.maxOutput ?? ''}\0${JSON.stringify(opts.attributes ?? '')}\0${args.join('\0')}`;

/** Starts a git call whose output a later `git()` with the same arguments takes. */
export function prefetch(args: string[], opts: GitOptions): void {
  early.set(earlyKey(args, opts), run(args, opts).catch(() => undefined));
}

export async function git(args: string[], opts: GitOptions): Promise<Buffer> {
  if (early.size && opts.input === undefined && opts.env === undefined) {
    const key = earlyKey(args, opts);
    const started = early.get(key);
    if (started) {
      early.delete(key);
      const out = await started;
      if (out) return out;
    }
  }
  return run(args, opts);
}

function run(args: string[], opts: GitOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const free = opts.attributes;
    const child = spawn('git', free ? [...free.args, ...args] : args, {
      cwd: opts.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: free ? withoutAttributes(gitEnv(opts.env), free) : gitEnv(opts.env),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let over = false;
    child.stdout.on('data', (b: Buffer) => {
      if (over) return;
      size += b.length;
      if (opts.maxOutput !== undefined && size > opts.maxOutput) {
        over = true;
        out.length = 0;
        child.kill();
        return;
      }
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(new LeakguardError(e.code === 'ENOENT' ? 'git is not installed or not on PATH.' : `could not run git: ${e.message}`)),
    );
    child.on('close', (code) => {
      if (over) reject(new OutputTooLarge(`git ${args[0]}: output over ${opts.maxOutput} bytes`));
      else if (code === 0 || opts.okCodes?.includes(code ?? -1)) resolve(Buffer.concat(out));
      else reject(new GitError(args, code ?? -1, Buffer.concat(err).toString('utf8').trim()));
    });
    child.stdin.on('error', () => {
      // git may exit before reading all input (e.g. on a bad revision); the close handler reports it.
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export class GitError extends LeakguardError {
  readonly stderr: string;
  readonly code: number;
  constructor(args: string[], code: number, stderr: string) {
    super(`git ${args.filter((a) => !a.startsWith('-c')).slice(0, 3).join(' ')} failed (exit ${code}): ${stderr || 'no message'}`);
    this.stderr = stderr;
    this.code = code;
  }
}

/** Keep git from paging, prompting or localising the messages we parse. */
export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
}
