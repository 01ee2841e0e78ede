import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A tiny static server on 127.0.0.1 for the e2e tests and the demo. It serves `root` and records every
 * request it receives.
 *
 * It also works as the browsers' HTTP proxy (`--proxy-server` in Chromium, `network.proxy.*` in Firefox):
 * a request in absolute form (`GET http://host/path`) or a `CONNECT host:443` tunnel is recorded with its
 * target host and, unless the host is this server, refused. With the browser told to send *everything*
 * (loopback included) through it, the recorded list is every request any browser context made: page,
 * content script, extension service worker or event page, popup.
 */

export interface RecordedRequest {
  method: string;
  /** Absolute URL (for CONNECT: `https://host:port`). */
  url: string;
  /** Host name the request was for, without port. */
  host: string;
  /** `direct`: asked of this server; `proxy`: forwarded to us as a proxy; `connect`: a TLS tunnel request. */
  via: 'direct' | 'proxy' | 'connect';
}

export interface FixtureServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** `host:port`, for proxy settings. */
  readonly hostPort: string;
  /** Real sites' hosts this server answers for through the proxy (`ServerOptions.addresses`). */
  readonly addressedHosts: ReadonlySet<string>;
  readonly requests: RecordedRequest[];
  url(path: string): string;
  /**
   * Holds every request for `pathname` open until the returned release is called (then answers 204): a page
   * that makes a synchronous XHR to it stays busy, so a test can act while the page cannot run any script.
   */
  hold(pathname: string): () => void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Extra directories served under a path prefix (`/corpus/` -> a directory outside `root`). */
  mounts?: Record<string, string>;
  /** Extra response headers for files under a path prefix (for example a Content-Security-Policy). */
  headers?: Record<string, Record<string, string>>;
  /**
   * Pages served under a real site's address through the proxy (absolute http URL -> path under `root`), so
   * the extension sees the address a reader would: `url(path)` then answers that address. Other paths on those
   * hosts are served from `root` too; nothing is ever fetched from the real site.
   */
  addresses?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** True for names and addresses that never leave this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

export async function startFixtureServer(root: string, options: ServerOptions = {}): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const addresses = new Map(Object.entries(options.addresses ?? {}));
  const addressedHosts = new Set([...addresses.keys()].map((address) => new URL(address).hostname));
  const held = new Map<string, ServerResponse[]>();
  let port = 0;

  const serveFile = (requestPath: string, res: ServerResponse) => {
    const mount = Object.keys(options.mounts ?? {}).find((prefix) => requestPath.startsWith(prefix));
    const base = resolve(mount ? options.mounts![mount]! : root);
    const pathname = mount ? requestPath.slice(mount.length - 1) : requestPath;
    const extraHeaders = Object.entries(options.headers ?? {}).find(([prefix]) => requestPath.startsWith(prefix))?.[1] ?? {};
    let file: string;
    try {
      file = normalize(join(base, decodeURIComponent(pathname)));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extraHeaders });
    createReadStream(file).pipe(res);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
    let url: URL;
    try {
      url = new URL(raw, `http://127.0.0.1:${port}`);
    } catch {
      requests.push({ method: req.method ?? '?', url: raw, host: '', via: absolute ? 'proxy' : 'direct' });
      res.writeHead(400).end();
      return;
    }
    requests.push({ method: req.method ?? '?', url: url.href, host: url.hostname, via: absolute ? 'proxy' : 'direct' });
    const addressed = absolute && url.protocol === 'http:' && addressedHosts.has(url.hostname);
    const ours = addressed || (isLoopbackHost(url.hostname) && Number(url.port || 80) === port);
    if (!ours) {
      // Never forward anywhere: a proxied request for another host is recorded and refused.
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the Sourcelight test proxy');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const waiting = held.get(url.pathname);
    if (waiting) {
      waiting.push(res);
      return;
    }
    const addressedPath = addressed ? addresses.get(`${url.origin}${url.pathname}`) : undefined;
    if (addressedPath) serveFile(`/${addressedPath}`, res);
    else serveFile(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname, res);
  });

  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    requests.push({ method: 'CONNECT', url: `https://${target}`, host, via: 'connect' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    hostPort: `127.0.0.1:${port}`,
    addressedHosts,
    requests,
    url: (path: string) => [...addresses].find(([, served]) => served === path)?.[0] ?? new URL(path, `${origin}/`).href,
    hold: (pathname: string) => {
      held.set(pathname, []);
      return () => {
        for (const res of held.get(pathname) ?? []) res.writeHead(204, { 'cache-control': 'no-store' }).end();
        held.delete(pathname);
      };
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
