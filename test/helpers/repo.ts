import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A git environment that ignores the developer's global and system config. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'), NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.GIT_DIR;
  delete env.GIT_INDEX_FILE;
  delete env.GIT_WORK_TREE;
  return env;
}

export function tempDir(prefix = 'leakguard-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export interface TestRepo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => void;
  commit: (message?: string) => void;
  /** Runs the real CLI in the repository. */
  cli: (args: string[], input?: string) => CliResult;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, input: input ?? '', encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI without blocking this process, for tests whose stand-in servers answer from its event loop. */
export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export function makeRepo(opts: { bare?: boolean } = {}): TestRepo {
  const home = tempDir('leakguard-home-');
  writeFileSync(join(home, '.gitconfig'), '');
  const dir = tempDir();
  const env = gitEnv(home);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main', ...(opts.bare ? ['--bare'] : []));
  if (!opts.bare) {
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.org');
    git('config', 'commit.gpgsign', 'false');
  }
  return {
    dir,
    env,
    git,
    write(path, content) {
      const abs = join(dir, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    },
    commit(message = 'commit') {
      git('commit', '-q', '--no-verify', '-m', message);
    },
    cli: (args, input) => runCli(args, dir, env, input),
  };
}

/**
 * The CLI as an unprivileged user (nobody, through setpriv), so a file without read permission is
 * unreadable even when the tests run as root, as CI does (root reads everything). Not root: as the
 * current user. The repository and its home are opened to others for it; a locked file stays locked.
 */
export function cliUnprivileged(repo: TestRepo, args: string[]): CliResult {
  if (process.getuid?.() !== 0) return repo.cli(args);
  for (const d of [repo.dir, repo.env.HOME!]) chmodSync(d, 0o755);
  chmodSync(join(repo.env.HOME!, '.gitconfig'), 0o644);
  // git refuses a repository another user owns unless told it is safe.
  const env = { ...repo.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' };
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], { cwd: repo.dir, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
