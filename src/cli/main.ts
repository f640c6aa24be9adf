import { join } from 'node:path';
import { asFsError, LeakguardError } from '../errors.js';
import { VERSION } from '../version.js';
import { mark, note } from '../timing.js';
import { prefetchStagedDiff } from '../git/diff.js';
import { codeCacheState, requireWithCodeCache } from './code-cache.js';

/**
 * Entry point. Each command is a separate bundle (dist/commands/<name>.cjs, see
 * scripts/build.mjs) required only when run, so the pre-commit hook, which
 * runs `scan --staged`, loads only what scanning needs. Add a command: a file
 * in src/cli/commands/ exporting `run(argv)`, and a line here.
 */
const COMMANDS: Record<string, string> = {
  init: 'guard this repository: hooks, .gitignore, .env.example, first scan',
  uninstall: 'remove exactly what init added',
  scan: 'scan staged changes, files, directories, commit ranges or stdin for secrets',
  fix: 'move hard-coded secrets into .env and read them from the environment (staged changes or files)',
  baseline: 'record existing findings so only new leaks are reported',
  verify: 'scan, then ask each provider whether the credentials found still work',
  'pre-push': 'scan the commits being pushed (run by the pre-push hook)',
  'commit-msg': 'scan the commit message being written (run by the commit-msg hook)',
  'pre-receive': 'server-side hook: reject pushes whose new commits add secrets',
  purge: 'remove leaked files or secrets from all history, verify, and say what next',
  doctor: 'check how this repository handles secrets, with a fix for each failure',
  rotate: 'how to revoke, replace and deploy a leaked credential of a given kind',
  gen: 'generate a strong random secret (optionally straight into .env)',
  allow: 'record a reviewed exception: a fingerprint, why, who, until when (--list shows them)',
  config: 'print the configuration in force (for a path), each setting with the file that set it',
  explain: 'why a value blocks, warns or was dropped: the evidence, for a file:line or a fingerprint',
};

type Command = { run: (argv: string[]) => Promise<number> };

function loadCommand(name: string, args: string[]): Command {
  // A computed path, so the bundler leaves the require for run time.
  const file = join(__dirname, 'commands', `${name}.cjs`);
  if (!runByHook(name, args)) return require(file) as Command;
  const command = requireWithCodeCache(file) as Command;
  note('codeCache', codeCacheState);
  return command;
}

/**
 * The runs git hooks make on every commit and push, where start-up is most of the time: their bundles go through
 * the code cache (code-cache.ts). Other commands run long enough that compiling is noise, and would fill the
 * cache with code no hook needs.
 */
function runByHook(name: string, args: string[]): boolean {
  return name === 'commit-msg' || name === 'pre-push' || (name === 'scan' && args.includes('--staged'));
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return `leakguard ${VERSION} — keep secrets out of git

Usage: leakguard <command> [options]

Commands:
${lines.join('\n')}

Run \`leakguard <command> --help\` for a command's options.
Exit codes: 0 clean, 1 secrets found, 2 usage or runtime error.
`;
}

/** Node older than package.json's engines fails in obscure ways (a missing API, a syntax error): say so plainly. */
function nodeTooOld(): string | undefined {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major < 20 || (major === 20 && minor < 17) ? `leakguard needs Node.js 20.17 or newer; this is ${process.version}. Install a current Node.js (nvm install 22, or your package manager's node) and try again.` : undefined;
}

async function main(argv: string[]): Promise<number> {
  const old = nodeTooOld();
  if (old) {
    process.stderr.write(`leakguard: ${old}\n`);
    return 2;
  }
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(usage());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (!Object.hasOwn(COMMANDS, name)) throw new LeakguardError(`unknown command "${name}". Run \`leakguard --help\` for the list.`);
    if (name === 'scan' && plainStaged(rest)) prefetchStagedDiff(process.cwd());
    // Git reads what hooks print to the end; commands people pipe into `head` end quietly when it closes.
    if (!runByHook(name, rest)) endQuietlyOnClosedPipe();
    mark('main');
    const command = loadCommand(name, rest);
    mark('load');
    return await command.run(rest);
  } catch (e) {
    // Each command is its own bundle with its own copy of LeakguardError, so
    // recognise it by shape, not by instanceof.
    const fsError = asFsError(e);
    if (fsError) {
      process.stderr.write(`leakguard: ${fsError.message}\n`);
      if (debug && (e as Error).stack) process.stderr.write(`${(e as Error).stack}\n`);
      return 2;
    }
    if (isLeakguardError(e)) {
      process.stderr.write(`leakguard: ${e.message}\n`);
      if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    process.stderr.write(`leakguard: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (debug && (e as Error)?.stack) process.stderr.write(`${(e as Error).stack}\n`);
    else process.stderr.write('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}

/** Option values of `scan` that are not paths; anything else not starting with "-" is a path. */
const SCAN_VALUES = new Set(['--format', '--report', '--baseline', '--config', '--gitleaks-config', '--min-confidence', '--fail-on', '--max-file-size', '--stdin-name', '--range', '--since']);

/** `scan --staged` of the whole index (lint-staged passes paths: those diffs are not started early). */
function plainStaged(args: string[]): boolean {
  if (!args.includes('--staged') || args.includes('--full-files')) return false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (SCAN_VALUES.has(a)) i++;
    else if (!a.startsWith('-')) return false;
  }
  return true;
}

/**
 * `leakguard rotate aws | head -1`: the reader went away. Nothing more can be said on that stream,
 * so stop as a well-behaved Unix tool does, without a stack trace (Node would throw EPIPE).
 */
function endQuietlyOnClosedPipe(): void {
  // stdout only: every command writes there anyway; process.stderr is created only when needed.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

function isLeakguardError(e: unknown): e is LeakguardError {
  return e instanceof Error && e.name === 'LeakguardError' && typeof (e as LeakguardError).exitCode === 'number';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
