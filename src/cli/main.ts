import { LeakguardError } from '../errors.js';
import { VERSION } from '../version.js';

/**
 * Entry point. Commands are imported lazily so the pre-commit hook, which runs
 * `scan --staged`, loads only what scanning needs.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> }> = {
  scan: { summary: 'scan staged changes, files, directories or stdin for secrets', load: () => import('./scan.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `leakguard ${VERSION} — keep secrets out of git

Usage: leakguard <command> [options]

Commands:
${lines.join('\n')}

Run \`leakguard <command> --help\` for a command's options.
Exit codes: 0 clean, 1 secrets found, 2 usage or runtime error.
`;
}

async function main(argv: string[]): Promise<number> {
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
    const cmd = COMMANDS[name];
    if (!cmd) throw new LeakguardError(`unknown command "${name}". Run \`leakguard --help\` for the list.`);
    return await (await cmd.load()).run(rest);
  } catch (e) {
    if (e instanceof LeakguardError) {
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
