import { loadConfig } from '../../config/load.js';
import { effectiveConfig, type EffectiveConfig, type Setting } from '../../config/effective.js';
import { repoRoot, toRootRelative } from '../../git/repo.js';
import { parseCommandArgs } from '../args.js';

const HELP = `Usage: leakguard config [<path>] [--json] [--config <file>]

Prints the configuration in force, each setting with the file and key it came
from: leakguard.config.json (or package.json "leakguard"), what it extends,
and, for a path, the overrides that match it. Allowed values are shown
redacted. An invalid config exits 2 naming the file and the key.

  <path>           a file in the repository: its own settings (monorepo overrides)
  --json           machine-readable
  --config <file>  read this config instead
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'config');
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const cwd = process.cwd();
  const root = await repoRoot(cwd).catch(() => cwd);
  const config = await loadConfig(root, values.config);
  const path = positionals[0] !== undefined ? toRootRelative(root, cwd, positionals[0]) : undefined;
  const eff = effectiveConfig(config, path);
  process.stdout.write(values.json ? JSON.stringify(eff, null, 2) + '\n' : human(eff));
  return 0;
}

function human(e: EffectiveConfig): string {
  const s = <T>(name: string, x: Setting<T>) => `${name}: ${String(x.value)} — ${x.from}`;
  const list = (name: string, xs: Setting<string>[]) => (xs.length ? [`${name}:`, ...xs.map((x) => `  ${x.value} — ${x.from}`)] : [`${name}: (none)`]);
  const out = [
    e.path !== undefined ? `Configuration in force for ${e.path}` : 'Configuration in force',
    ...(e.chain.length ? ['read (nearest first):', ...e.chain.map((c) => `  ${c}`)] : ['read: no config file (defaults)']),
    '',
    s('failOn', e.failOn),
    s('minConfidence', e.minConfidence),
    s('maxFileSize', { ...e.maxFileSize, value: size(e.maxFileSize.value) }),
    s('verify.inHooks', e.verifyInHooks),
    ...list('disabledRules', e.disabledRules),
    ...list('rules', e.rules),
    ...list('allow.paths', e.allow.paths),
    ...list('allow.regexes', e.allow.regexes),
    ...list('allow.values', e.allow.values),
    e.overrides.length ? `${e.path !== undefined ? 'overrides that apply' : 'overrides'}:` : `overrides${e.path !== undefined ? ' that apply' : ''}: (none)`,
    ...e.overrides.map((o) => `  ${o.files.join(', ')} — ${o.source}`),
    ...e.notices.map((n) => `note: ${n}`),
  ];
  return out.join('\n') + '\n';
}

function size(bytes: number): string {
  for (const [unit, n] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) if (bytes >= n && bytes % n === 0) return `${bytes / n}${unit}`;
  return `${bytes} bytes`;
}
