import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import type { Socket } from 'node:net';
import { VERSION } from '../version.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** At most MAX_BODY bytes of the answer, as text. */
  body: string;
}

/** Verification answers are small identity documents; anything longer is cut (and never echoed whole). */
const MAX_BODY = 64 * 1024;
export const USER_AGENT = `leakguard/${VERSION} (secret verification; +https://github.com/leakguard/leakguard)`;

/**
 * One HTTP(S) request with a hard deadline, through HTTPS_PROXY / HTTP_PROXY
 * unless NO_PROXY names the host. node:https directly: one request per
 * credential needs no client library, and a dependency on this path would be
 * one more thing that sees secrets.
 */
export async function send(req: HttpRequest, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<HttpResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await once(req, controller.signal, env);
  } catch (e) {
    if (controller.signal.aborted) throw new VerifyNetworkError(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    throw e instanceof VerifyNetworkError ? e : new VerifyNetworkError(describe(e));
  } finally {
    clearTimeout(timer);
  }
}

/** A failure to get any answer; its message names the cause, never the request's secret parts. */
export class VerifyNetworkError extends Error {}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `network error (${err.code})` : 'network error';
}

async function once(req: HttpRequest, signal: AbortSignal, env: NodeJS.ProcessEnv): Promise<HttpResponse> {
  const secure = req.url.protocol === 'https:';
  const port = Number(req.url.port) || (secure ? 443 : 80);
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/json', ...req.headers, host: req.url.host };
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  const proxy = proxyFor(req.url, env);
  const path = `${req.url.pathname}${req.url.search}`;
  let res: IncomingMessage;
  if (proxy && !secure) {
    // Plain HTTP through a proxy: the absolute URL as the request target.
    res = await exchange(httpRequest({ ...toProxy(proxy), method: req.method, path: req.url.href, headers: { ...headers, ...proxyAuth(proxy) }, signal }), req.body);
  } else if (proxy) {
    const socket = await tunnel(proxy, req.url.hostname, port, signal);
    try {
      res = await exchange(httpsRequest({ host: req.url.hostname, port, method: req.method, path, headers, signal, createConnection: () => tlsConnect({ socket, servername: req.url.hostname }) }), req.body);
      return await read(res);
    } finally {
      socket.destroy();
    }
  } else {
    const make = secure ? httpsRequest : httpRequest;
    res = await exchange(make({ host: req.url.hostname, port, method: req.method, path, headers, signal }), req.body);
  }
  return read(res);
}

function exchange(r: ReturnType<typeof httpRequest>, body: string | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    r.on('response', resolve);
    r.on('error', reject);
    r.end(body);
  });
}

function read(res: IncomingMessage): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    res.on('data', (b: Buffer) => {
      if (size < MAX_BODY) parts.push(b.subarray(0, MAX_BODY - size));
      size += b.length;
    });
    res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
    res.on('error', reject);
  });
}

/** An HTTPS request through a proxy: CONNECT host:port, then TLS end to end (the proxy never sees the secret). */
function tunnel(proxy: URL, host: string, port: number, signal: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const r = httpRequest({ ...toProxy(proxy), method: 'CONNECT', path: `${host}:${port}`, headers: { host: `${host}:${port}`, ...proxyAuth(proxy) }, signal });
    r.on('connect', (res, socket) => {
      if (res.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new VerifyNetworkError(`proxy refused the tunnel (HTTP ${res.statusCode})`));
      }
    });
    r.on('error', reject);
    r.end();
  });
}

/**
 * How to reach the proxy itself: an https:// proxy is spoken to over TLS (port 443 unless the URL
 * gives one), so its Basic credentials and, for plain-http targets, the whole request never cross
 * the network in clear; an http:// proxy in plain text (port 80 unless given).
 */
function toProxy(proxy: URL): { host: string; port: number; createConnection?: () => Socket } {
  const host = proxy.hostname.replace(/^\[|\]$/g, '');
  if (proxy.protocol === 'https:') {
    const port = Number(proxy.port) || 443;
    return { host, port, createConnection: () => tlsConnect({ host, port, servername: isIp(host) ? undefined : host, ALPNProtocols: ['http/1.1'] }) };
  }
  return { host, port: Number(proxy.port) || 80 };
}

const isIp = (h: string) => /^[\d.]+$/.test(h) || h.includes(':');

function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  return { 'proxy-authorization': `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` };
}

/** The proxy for a URL per the usual variables (lower case first, as curl does), or none. */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): URL | undefined {
  const raw = url.protocol === 'https:' ? (env.https_proxy ?? env.HTTPS_PROXY) : (env.http_proxy ?? env.HTTP_PROXY);
  if (!raw) return undefined;
  if (bypass(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  let proxy: URL;
  try {
    proxy = new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    throw new VerifyNetworkError('the proxy variable is not a URL');
  }
  // A proxy we cannot speak to is an error, never a silent direct connection.
  if (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') throw new VerifyNetworkError(`proxy ${proxy.protocol}// is not supported (http:// or https:// proxies only)`);
  return proxy;
}

function bypass(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const [name = '', p] = entry.split(/:(?=\d+$)/);
    if (p && p !== port) continue;
    const bare = name.replace(/^\*?\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}
