import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { secretWeakness } from '../detect/strength.js';
import { withoutComment } from '../dotenv-file.js';

export interface RequireSecretsOptions {
  /** Where to load variables from; false to skip. Default: `.env` in the current directory, if present. */
  envFile?: string | false;
  /** The environment to read and fill (default process.env). Values already set win over the file. */
  env?: NodeJS.ProcessEnv;
  /** Check strength (length, defaults, entropy, 256 bits for keys and tokens). Default true. */
  strength?: boolean;
}

/**
 * Fails fast at start-up when required secrets are missing or weak, with one
 * message that names every problem by variable name and never shows a value:
 *
 *   import { requireSecrets } from 'leakguard';
 *   const { DB_PASSWORD, JWT_SECRET } = requireSecrets(['DB_PASSWORD', 'JWT_SECRET']);
 */
export function requireSecrets<const K extends string>(names: readonly K[], options: RequireSecretsOptions = {}): Record<K, string> {
  const env = options.env ?? process.env;
  const file = options.envFile === undefined ? '.env' : options.envFile;
  if (file !== false) loadEnvFile(resolve(file), env);
  const missing: string[] = [];
  const weak: string[] = [];
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = env[name];
    if (value === undefined || value.trim() === '') {
      missing.push(name);
      continue;
    }
    const why = options.strength === false ? undefined : secretWeakness(name, value);
    if (why) weak.push(`${name} (${why})`);
    out[name] = value;
  }
  if (missing.length || weak.length) {
    const parts = [missing.length ? `missing: ${missing.join(', ')}` : '', weak.length ? `too weak: ${weak.join(', ')}` : ''].filter(Boolean);
    throw new Error(`Required secrets are not usable — ${parts.join('; ')}. Set them in the environment or .env (make strong ones with: npx leakguard gen --env NAME).`);
  }
  return out;
}

/** Minimal dotenv loading: KEY=value, optional export, quotes, # comments; existing variables are not overwritten. */
function loadEnvFile(path: string, env: NodeJS.ProcessEnv): void {
  if (!existsSync(path)) return;
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw);
    if (!m) continue;
    let value = m[2]!.trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) {
      value = value.slice(1, value.lastIndexOf(q));
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = withoutComment(value);
    }
    if (env[m[1]!] === undefined) env[m[1]!] = value;
  }
}
