import { randomBytes } from 'node:crypto';

export type SecretFormat = 'base64' | 'base64url' | 'hex';

/** A cryptographically random secret; 32 bytes (256 bits) unless told otherwise. */
export function generateSecret(bytes = 32, format: SecretFormat = 'base64url'): string {
  return randomBytes(bytes).toString(format);
}

/**
 * Sets KEY=value in dotenv text: replaces an existing assignment of KEY (first
 * one; `export KEY=` too), else appends. Other lines are kept byte for byte.
 */
export function upsertEnv(text: string, key: string, value: string): string {
  const lines = text.split('\n');
  const re = new RegExp(`^(\\s*(?:export\\s+)?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`);
  const i = lines.findIndex((l) => re.test(l));
  if (i >= 0) {
    const prefix = re.exec(lines[i]!)![1];
    lines[i] = `${prefix}${key}=${value}`;
    return lines.join('\n');
  }
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${key}=${value}\n`;
}
