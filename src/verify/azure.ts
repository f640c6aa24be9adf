import { createHmac } from 'node:crypto';

/**
 * Azure Storage Shared Key authorization for a GET with no body, per
 * "Authorize with Shared Key" (Blob service, version 2015-02-21 and later):
 * the string to sign is the verb, eleven standard headers (empty here), the
 * canonicalized x-ms- headers and the canonicalized resource.
 */
export function sharedKey(account: string, key: string, path: string, query: URLSearchParams, msHeaders: Record<string, string>): string {
  const headers = Object.keys(msHeaders)
    .map((h) => h.toLowerCase())
    .sort()
    .map((h) => `${h}:${msHeaders[h]}\n`)
    .join('');
  const params = [...query.keys()]
    .map((k) => k.toLowerCase())
    .sort()
    .map((k) => `\n${k}:${query.getAll(k).sort().join(',')}`)
    .join('');
  const toSign = `GET\n\n\n\n\n\n\n\n\n\n\n\n${headers}/${account}${path}${params}`;
  const signature = createHmac('sha256', Buffer.from(key, 'base64')).update(toSign, 'utf8').digest('base64');
  return `SharedKey ${account}:${signature}`;
}
