import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LeakguardError } from '../errors.js';

/** node:util's parseArgs, with its errors turned into usage errors (exit 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new LeakguardError(`${command}: ${(e as Error).message.replace(/^TypeError \[\w+\]: /, '')}. Run \`leakguard ${command} --help\`.`);
  }
}

/** Colour on a TTY unless NO_COLOR is set; FORCE_COLOR forces it (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream, flag?: boolean): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
