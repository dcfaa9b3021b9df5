import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CSP,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../../electron/shell/security';
import { loadWindowState, saveWindowState } from '../../../electron/shell/window-state';
import { tempDir } from '../helpers';

/** Stand-in for WebContents: records handlers so the test can fire them like Electron would. */
function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
  });
  const fire = (event: string, url?: string) => {
    let prevented = false;
    emitter.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('desktop security module', () => {
  it('turns on the sandbox and context isolation and turns off Node in the page', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/p.cjs',
    });
  });

  it('has a CSP without unsafe-inline or eval', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/unsafe-(inline|eval)/);
    expect(CSP).toContain("object-src 'none'");
  });

  it('only lets parsed http(s) URLs out to the system browser', () => {
    expect(isSafeExternalUrl('https://jobs.example.com/1')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'https://user:pw@evil.example',
      'not a url',
      'vbscript:x',
    ])
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    expect(isAppUrl('app://pursuit/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
  });

  it('denies navigation away from the app and every new window', () => {
    const opened: string[] = [];
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, { openExternal: (u) => opened.push(u) });
    expect(fire('will-navigate', 'https://evil.example')).toBe(true);
    expect(fire('will-navigate', 'app://pursuit/index.html')).toBe(false);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://jobs.example.com/apply')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://jobs.example.com/apply']);
  });

  it('refuses every permission request and check, and sets the CSP header', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let headers:
      | ((
          d: { responseHeaders?: Record<string, string[]> },
          cb: (r: { responseHeaders: Record<string, string[]> }) => void,
        ) => void)
      | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onHeadersReceived: (h: typeof headers) => (headers = h) },
    } as unknown as Session;
    hardenSession(session);
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
    let out: Record<string, string[]> = {};
    headers!({ responseHeaders: { 'x-a': ['1'] } }, (r) => (out = r.responseHeaders));
    expect(out['Content-Security-Policy']).toEqual([CSP]);
  });

  it('remembers the window size and survives a damaged state file', () => {
    const dir = tempDir();
    expect(loadWindowState(dir)).toEqual({ width: 1280, height: 820, maximized: false });
    saveWindowState(dir, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    fs.writeFileSync(`${dir}/window-state.json`, '{broken');
    expect(loadWindowState(dir).width).toBe(1280);
  });
});
