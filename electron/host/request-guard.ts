import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Compares in constant time (both sides hashed first, so lengths never leak either). */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * DNS-rebinding and cross-site defence: the Host header must name this loopback server, and a request
 * that carries an Origin must come from one of this server's own origins.
 */
export function checkOrigin(req: IncomingMessage, port: number): 'ok' | 'bad-host' | 'bad-origin' {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host.toLowerCase())) return 'bad-host';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) return 'bad-origin';
  if (origin !== undefined && !origin.toLowerCase().startsWith('http://')) return 'bad-origin';
  return 'ok';
}

export function requestToken(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return url.searchParams.get('token');
}
