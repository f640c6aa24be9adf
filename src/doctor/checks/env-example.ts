import { judgeLiteral } from '../../detect/literal-value.js';
import { secretNameKind } from '../../detect/secret-name.js';
import { isExampleEnv } from '../context.js';
import type { DoctorContext } from '../context.js';
import type { Check } from '../types.js';

/**
 * Environment variable names the code reads, in the idioms of JS/TS, Python,
 * Ruby, Java and Deno. Each pattern captures the name.
 */
const ENV_USES: RegExp[] = [
  /process\.env\.([A-Z_][A-Z0-9_]*)/g,
  /process\.env\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g,
  /import\.meta\.env\.([A-Z_][A-Z0-9_]*)/g,
  /os\.environ\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g,
  /os\.environ\.get\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /os\.getenv\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /\bENV(?:\.fetch\(\s*|\[\s*)['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
  /System\.getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)"/g,
  /Deno\.env\.get\(\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]/g,
];

/** True when offset sits inside a quoted string on its line (an example in a string is not a use). */
function insideString(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const before = text.slice(lineStart, offset).replace(/\\./g, '');
  return ['"', "'", '`'].some((q) => before.split(q).length % 2 === 0);
}

export const isTestFile = (f: string) => /(^|\/)(test|tests|__tests__|spec|fixtures?)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(f);

/** Whether the project deals in secrets at all: env files, or secret-named variables read by its code. */
export async function handlesSecrets(ctx: DoctorContext, used?: Map<string, string>): Promise<boolean> {
  if ((await ctx.envFiles()).length || ctx.read('.env.example') !== undefined) return true;
  return [...(used ?? (await usedEnvKeys(ctx))).keys()].some((k) => secretNameKind(k) !== undefined);
}

/** Names of variables the project's code and dotenv files use; runtime names every process has are left out. */
export async function usedEnvKeys(ctx: DoctorContext): Promise<Map<string, string>> {
  const used = new Map<string, string>(); // key → where
  for (const f of await ctx.envFiles()) {
    if (isExampleEnv(f)) continue;
    for (const e of ctx.readEnv(f)) if (!used.has(e.key)) used.set(e.key, f);
  }
  for (const f of await ctx.codeFiles()) {
    if (isTestFile(f)) continue;
    const text = ctx.read(f);
    if (!text || !/env|getenv/i.test(text)) continue;
    for (const re of ENV_USES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) if (!used.has(m[1]!) && !insideString(text, m.index)) used.set(m[1]!, f);
    }
  }
  for (const k of ['NODE_ENV', 'HOME', 'PATH', 'PWD', 'USER', 'CI', 'TZ', 'LANG', 'DEBUG', 'PORT', 'HOSTNAME', 'SHELL', 'TERM', 'NO_COLOR', 'FORCE_COLOR']) used.delete(k);
  return used;
}

export const envExampleComplete: Check = {
  id: 'env-example-complete',
  title: '.env.example lists every key the project uses, with no real values',
  async run(ctx) {
    const used = await usedEnvKeys(ctx);
    const example = ctx.read('.env.example');
    if (example === undefined) {
      if (!(await handlesSecrets(ctx, used))) return { status: 'n/a', evidence: ['no .env files and no secret-named environment variables in the code'] };
      return { status: 'fail', evidence: [`no .env.example; the project uses ${[...used.keys()].slice(0, 12).join(', ')}${used.size > 12 ? ', …' : ''}`], fix: 'leakguard doctor --fix writes .env.example (keys, placeholders, no values).' };
    }
    const entries = ctx.readEnv('.env.example');
    const listed = new Set(entries.map((e) => e.key));
    const missing = [...used].filter(([k]) => !listed.has(k));
    const real = entries.filter((e) => {
      const kind = secretNameKind(e.key);
      return kind !== undefined && judgeLiteral(e.value, kind) !== undefined;
    });
    const evidence = [
      ...missing.slice(0, 15).map(([k, where]) => `missing: ${k} (used in ${where})`),
      ...real.map((e) => `.env.example:${e.line} ${e.key} has a value that looks real`),
    ];
    if (!evidence.length) return { status: 'pass', evidence: [`${listed.size} keys listed`] };
    return { status: 'fail', evidence, fix: `${missing.length ? 'leakguard doctor --fix appends the missing keys with placeholders. ' : ''}${real.length ? 'Replace real-looking values with placeholders such as <db password>, and rotate them if they were real.' : ''}`.trim() };
  },
};
