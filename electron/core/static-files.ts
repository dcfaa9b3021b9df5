import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Shared by the browser host (electron/host/server.ts) and the desktop shell's app:// protocol (electron/shell/main.ts).
 * Maps a request path to a file inside `root`, or null. Never lists a folder and never leaves `root`:
 * the decoded path is resolved and must stay under it (so `..`, `%2e%2e` and absolute paths all fail),
 * and symlinks are resolved before the check.
 */
export function resolveStaticFile(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, relative);
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return null;
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
  if (!fs.statSync(real).isFile()) return null;
  return { file: real, type: TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream' };
}
