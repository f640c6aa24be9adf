import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/** What a mock provider saw: one entry per request (the test decides what to assert). */
export interface Seen {
  family: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Answer = { status: number; body?: string; headers?: Record<string, string>; delayMs?: number; /** Answer only once this settles (the test decides when). */ hold?: Promise<unknown> };

/**
 * One HTTP server on 127.0.0.1 standing in for every provider: requests to
 * /<family>/… go to that family's handler, which checks the request the way
 * the provider would and answers. Verifiers are pointed at it with
 * LEAKGUARD_VERIFY_<FAMILY>_URL=http://127.0.0.1:<port>/<family>.
 */
export class MockProviders {
  readonly seen: Seen[] = [];
  private server!: Server;
  port = 0;
  private readonly handlers = new Map<string, (req: Seen) => Answer>();

  on(family: string, handler: (req: Seen) => Answer): this {
    this.handlers.set(family.toLowerCase(), handler);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(family: string): string {
    return `http://127.0.0.1:${this.port}/${family.toLowerCase()}`;
  }

  /** LEAKGUARD_VERIFY_<FAMILY>_URL for every family given. */
  env(families: string[]): Record<string, string> {
    return Object.fromEntries(families.map((f) => [`LEAKGUARD_VERIFY_${f}_URL`, this.url(f)]));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://mock');
      const [, family = '', ...rest] = url.pathname.split('/');
      const seen: Seen = { family, method: req.method ?? '', path: `/${rest.join('/')}${url.search}`, headers: req.headers, body: Buffer.concat(parts).toString('utf8') };
      this.seen.push(seen);
      const handler = this.handlers.get(family);
      const answer = handler ? handler(seen) : { status: 599, body: 'no such mock' };
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(answer.body ?? '');
      };
      if (answer.hold) void answer.hold.then(send);
      else if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  }
}

/** A forward proxy on 127.0.0.1 that records what it was asked: absolute-URI requests and CONNECT tunnels. */
export class RecordingProxy {
  readonly requests: string[] = [];
  readonly bodies: string[] = [];
  private server!: Server;
  /** Tunnels leave the HTTP server's books: closed by hand. */
  private readonly tunnels = new Set<import('node:net').Socket>();
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      const target = new URL(req.url ?? '');
      const up = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    this.server.on('connect', (req, socket, head) => {
      this.requests.push(`CONNECT ${req.url}`);
      this.tunnels.add(socket as import('node:net').Socket);
      const [host, port] = (req.url ?? '').split(':');
      const up = connect(Number(port), host === 'localhost' ? '127.0.0.1' : host!, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        // What crosses the tunnel is TLS: record it to show the proxy never sees the secret.
        socket.on('data', (b: Buffer) => this.bodies.push(b.toString('latin1')));
        up.pipe(socket);
        socket.pipe(up);
      });
      this.tunnels.add(up);
      up.on('error', () => socket.destroy());
      socket.on('error', () => up.destroy());
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  close(): Promise<void> {
    for (const s of this.tunnels) s.destroy();
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
