/**
 * The one Content-Security-Policy of the app: the desktop shell sends it as a header (electron/shell/security.ts),
 * the browser host on every response (electron/host/server.ts), and the build writes it into index.html's
 * meta tag (vite.config.ts), so the three never drift apart. No inline scripts or styles, no eval.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
];

export const CSP = DIRECTIVES.join('; ');

/** A meta tag cannot carry frame-ancestors (browsers ignore it there, with a warning); the headers do. */
export const CSP_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Where index.html wants the policy; the build replaces it with `CSP_META`. */
export const CSP_PLACEHOLDER = '%PURSUIT_CSP%';

/** index.html with the policy written into its meta tag; throws if the page has no place for it. */
export function withCspMeta(html: string): string {
  if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} for the Content-Security-Policy.`);
  return html.replaceAll(CSP_PLACEHOLDER, CSP_META);
}
