import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4, as specified in AWS's "Signature Version 4 signing
 * process" and checked against its published test vectors (test/verify).
 * Written out (≈40 lines of node:crypto) rather than pulled from the AWS SDK:
 * the SDK's signer brings dozens of packages onto a path that handles secrets.
 */
export interface SigV4Request {
  method: string;
  host: string;
  /** Already URI-encoded path, e.g. "/" or "/test.txt". */
  path: string;
  /** Query string without "?", or "". */
  query: string;
  /** Lower-case header names, values as sent (host included). */
  headers: Record<string, string>;
  body: string;
}

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export function canonicalRequest(req: SigV4Request): { text: string; signedHeaders: string } {
  const names = Object.keys(req.headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const headers = names.map((n) => `${n}:${String(lower[n]).trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const query = req.query
    .split('&')
    .filter(Boolean)
    .map((p) => (p.includes('=') ? p : `${p}=`))
    .sort()
    .join('&');
  const payload = lower['x-amz-content-sha256'] ?? sha256(req.body);
  return { text: [req.method, req.path, query, headers, signedHeaders, payload].join('\n'), signedHeaders };
}

/** The Authorization header for a request at `amzDate` (YYYYMMDDTHHMMSSZ). */
export function authorization(req: SigV4Request, creds: SigV4Credentials, region: string, service: string, amzDate: string): string {
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${region}/${service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(req);
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(text)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), region), service), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

export function amzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
