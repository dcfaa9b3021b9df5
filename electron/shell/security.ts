import type { Session, WebContents, WebPreferences } from 'electron';
import { CSP } from '../../shared/csp';

export { CSP };

/**
 * The desktop shell's security rules in one place (after Actual Budget's security.ts). Only types come
 * from 'electron', so the rules are unit-tested in plain Node with stand-in objects.
 */

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://pursuit`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    // Middle-click would otherwise open links in new windows.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Only web pages may leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
}

/** The app never navigates away from its own pages. */
export function isAppUrl(raw: string): boolean {
  try {
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host.
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'pursuit';
  } catch {
    return false;
  }
}

export interface SecurityDeps {
  openExternal(url: string): void;
}

/** Denies navigation, new windows, webviews; hands safe links to the system browser. */
export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // electronegativity OPEN_EXTERNAL_JS_CHECK: only URLs that pass isSafeExternalUrl (parsed http/https, no credentials) reach openExternal.
    if (isSafeExternalUrl(url)) deps.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every permission (camera, notifications through the web API, geolocation, ...) is refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });
}
