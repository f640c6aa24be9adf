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
export declare function requireSecrets<const K extends string>(names: readonly K[], options?: RequireSecretsOptions): Record<K, string>;
