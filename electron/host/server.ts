import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CSP } from '../../shared/csp';
import type { ChangeEvent } from '../../shared/domain';
import type { Envelope, ErrorCode } from '../../shared/envelope';
import type { Core } from '../core/core';
import { checkOrigin, requestToken, tokenMatches } from './request-guard';
import { resolveStaticFile } from '../core/static-files';
import { withFirstViewPreloads } from './first-view-preload';

/** How many recent change events the host keeps for a stream that opens late, and for how long. */
const RECENT_CHANGES = 500;
const RECENT_CHANGES_MS = 5 * 60_000;

export interface HostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  /** Largest API request body; bigger ones are refused with a clear message. */
  maxBodyBytes?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The chosen port is taken: the CLI prints the message as is (no stack), like a locked data folder. */
export class PortInUseError extends Error {
  constructor(port: number) {
    super(`Port ${port} is already in use; pick another with --port.`);
  }
}

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const errorBody = (code: ErrorCode, message: string): Envelope<never> => ({ ok: false, error: { code, message } });

/** Fatal: a body that is not UTF-8 is refused rather than read as text with replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body's text (boxed, so no body text can pass for the 'not-utf8' mark); null when over `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<{ text: string } | null | 'not-utf8'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooBig) {
        resolve(null);
        return;
      }
      try {
        resolve({ text: utf8.decode(Buffer.concat(chunks)) });
      } catch {
        resolve('not-utf8');
      }
    });
    req.on('error', reject);
  });
}

/**
 * The loopback browser host: the built renderer and the same API as the desktop shell, on 127.0.0.1 only.
 * Every API request needs this start's random token; Host and Origin are checked on every request.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('hex');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const streams = new Set<ServerResponse>();
  let port = options.port;

  // The last changes, kept a while for a page whose event stream opens after its first answers (or reopens):
  // it asks with `since` (its own start) and hears again what changed since then.
  const recent: { at: number; frame: string }[] = [];
  const unsubscribeChanges = core.onChange((event: ChangeEvent) => {
    const frame = `event: change\ndata: ${JSON.stringify(event)}\n\n`;
    const at = Date.now();
    recent.push({ at, frame });
    while (recent.length > RECENT_CHANGES || (recent.length > 0 && recent[0]!.at < at - RECENT_CHANGES_MS)) recent.shift();
    for (const s of streams) s.write(frame);
  });
  const unsubscribeProgress = core.onProgress((event) => {
    const frame = `event: progress\ndata: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });
  const unsubscribe = () => {
    unsubscribeChanges();
    unsubscribeProgress();
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkOrigin(req, port);
    if (verdict !== 'ok') {
      const message =
        verdict === 'bad-host'
          ? 'Pursuit answers only at 127.0.0.1: open the address Pursuit printed when it started.'
          : 'Pursuit answers only its own page: another site or page cannot use it.';
      sendJson(res, 403, errorBody('FORBIDDEN', message));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(requestToken(req, url), token)) {
        sendJson(
          res,
          401,
          errorBody('UNAUTHORIZED', 'Missing or wrong access token: open the address Pursuit printed when it started.'),
        );
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        // Milliseconds since 1970 on this machine's clock (the page's and the host's are the same clock).
        const since = Number(url.searchParams.get('since') ?? NaN);
        if (Number.isFinite(since)) for (const c of recent) if (c.at >= since) res.write(c.frame);
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, errorBody('BAD_INPUT', 'API methods are called with POST.'));
        return;
      }
      const body = await readBody(req, maxBody);
      if (body === null) {
        sendJson(
          res,
          413,
          errorBody('TOO_LARGE', `That is more than ${Math.round(maxBody / 1024 / 1024)} MB; split it into smaller parts.`),
        );
        return;
      }
      if (body === 'not-utf8') {
        sendJson(
          res,
          400,
          errorBody('BAD_INPUT', 'The request is not UTF-8 text; send text files as text and other files as base64.'),
        );
        return;
      }
      let input: unknown;
      try {
        input = body.text.trim() === '' ? {} : JSON.parse(body.text);
      } catch {
        sendJson(res, 400, errorBody('BAD_INPUT', 'The request body is not valid JSON.'));
        return;
      }
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length));
      } catch {
        method = url.pathname.slice('/api/'.length); // malformed %-escape: no such method, said as such below
      }
      sendJson(res, 200, await core.call(method, input));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, errorBody('BAD_INPUT', 'Only GET is served here.'));
      return;
    }
    const found = resolveStaticFile(rendererDir, url.pathname);
    if (!found) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    if (found.file === indexFile) {
      // The page names the first view's chunks, so they load beside the entry script (first-view-preload.ts).
      const page = indexPage();
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': found.type, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    // Built chunks carry their content's hash in their name: a reload takes them from the browser's cache.
    const hashed = /^\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/.test(url.pathname);
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': found.type,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (hashed) {
      // Never changes under its name: kept in memory and sent in one write. Streamed from the disk in 64 KB
      // reads, a chunk took a turn of the event loop per read, each waiting behind the start-up work (the
      // reminder planner's slices): the first view's five files took 180-250 ms at 100,000 applications.
      let body = assets.get(found.file);
      if (!body) assets.set(found.file, (body = fs.readFileSync(found.file)));
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(found.file).pipe(res);
  }

  /** The built chunks sent so far, by file: their names carry their content's hash. */
  const assets = new Map<string, Buffer>();

  const indexFile = resolveStaticFile(rendererDir, '/')?.file ?? null;
  let index: { mtimeMs: number; page: string } | null = null;
  /** index.html with the first view's preloads, read again when a new build replaces it. */
  const indexPage = (): string => {
    const mtimeMs = fs.statSync(indexFile!).mtimeMs;
    if (index?.mtimeMs !== mtimeMs)
      index = { mtimeMs, page: withFirstViewPreloads(rendererDir, fs.readFileSync(indexFile!, 'utf8')) };
    return index.page;
  };

  const server = http.createServer((req, res) => {
    // Background passes (the reminder planner's first) step aside while a page is asking (scheduler.ts).
    core.noteActivity();
    handle(req, res).catch((err: unknown) => {
      console.error('[pursuit] host error:', err);
      if (!res.headersSent)
        sendJson(res, 500, errorBody('INTERNAL', 'Something went wrong inside Pursuit; nothing was changed.'));
      else res.end();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      unsubscribe();
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(options.port) : err);
    });
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      // Every page load starts with system.status, whose date check reads every stored date once per
      // process (0.7 s at 100,000 applications; later answers are kept until a write): read it now, before
      // the first page asks, instead of while that page waits.
      setImmediate(() => {
        if (core.db.open) void core.call('system.status', {});
      });
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const s of streams) s.end();
            streams.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
