import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError } from '../../errors.js';
import { repoRoot } from '../../git/repo.js';
import { apply } from '../../init/changes.js';
import { gitignoreChange } from '../../init/gitignore.js';
import { generateSecret, upsertEnv, type SecretFormat } from '../../rotate/generate.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: leakguard gen [--bytes 32] [--format base64url|base64|hex] [--env KEY]

Prints a cryptographically random secret (default 256 bits, base64url).
  --env KEY   write KEY=<secret> to .env instead (creating it, replacing an
              existing KEY), make sure .env is gitignored, and print nothing secret
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, { bytes: { type: 'string' }, format: { type: 'string' }, env: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'gen');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const bytes = values.bytes === undefined ? 32 : Number(values.bytes);
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > 1024) throw new LeakguardError('gen: --bytes must be a whole number from 16 (128 bits) to 1024');
  const format = (values.format ?? 'base64url') as SecretFormat;
  if (!['base64', 'base64url', 'hex'].includes(format)) throw new LeakguardError('gen: --format must be base64url, base64 or hex');
  const secret = generateSecret(bytes, format);
  if (!values.env) {
    process.stdout.write(`${secret}\n`);
    return 0;
  }
  const key = values.env;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new LeakguardError(`gen: --env "${key}" is not a valid variable name`);
  const root = await repoRoot(process.cwd()).catch(() => process.cwd());
  const envPath = join(root, '.env');
  let current = '';
  try {
    current = readFileSync(envPath, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new LeakguardError(`gen: cannot read ${envPath}: ${(e as Error).message}`);
  }
  writeFileSync(envPath, upsertEnv(current, key, secret), { mode: 0o600 });
  const ignore = await gitignoreChange(root).catch(() => undefined);
  if (ignore) apply([ignore]);
  process.stdout.write(`leakguard: wrote ${key} (${bytes * 8}-bit random) to .env${ignore ? '; added .env and friends to .gitignore' : ' (gitignored)'}.\n`);
  return 0;
}
