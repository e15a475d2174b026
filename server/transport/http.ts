// Routes plain HTTP requests: the membership API, health and metrics for operators, and the web build.
// Every response carries the security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { serveWebBuild } from './static-files';

export interface Health {
  rooms: number;
  connections: number;
}

export interface HttpRoutes {
  api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
  health(): Health;
  metrics: Registry;
  /** Whether this request may read /metrics (by default only from this computer). */
  mayReadMetrics(req: IncomingMessage): boolean;
  webRoot: string;
  serveSourceMaps: boolean;
  logger: Logger;
}

// The renderer talks to relays over ws/wss and styles editor content inline, hence those two allowances.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
}

export function createRequestHandler(routes: HttpRoutes) {
  const started = Date.now();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return routes.api(req, res, path);
    const readOnly = req.method === 'GET' || req.method === 'HEAD';
    if (!readOnly) {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('method not allowed');
      return;
    }
    if (path === '/healthz') {
      const body = { status: 'ok', ...routes.health(), uptime: (Date.now() - started) / 1000 };
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
      return;
    }
    if (path === '/metrics') {
      if (!routes.mayReadMetrics(req)) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('metrics are served to this computer only (see --metrics-from)');
        return;
      }
      const text = await routes.metrics.metrics();
      res.writeHead(200, { 'Content-Type': routes.metrics.contentType, 'Cache-Control': 'no-store' });
      res.end(text);
      return;
    }
    return serveWebBuild(req, res, routes.webRoot, { serveSourceMaps: routes.serveSourceMaps });
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res);
    route(req, res).catch((error: unknown) => {
      routes.logger.error({ err: error, path: req.url?.split('?')[0] }, 'request failed');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    });
  };
}
