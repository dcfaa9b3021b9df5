import type { ApiInput, ApiMethod, ApiResult, PursuitBridge } from '../../shared/api';
import type { ProgressEvent } from '../../shared/api-system';
import { createClient, httpTransport, type Transport } from '../../shared/client';
import type { ChangeEvent } from '../../shared/domain';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    pursuit?: PursuitBridge;
  }
}

const TOKEN_KEY = 'pursuit.token';

/** The browser host hands the page a token in its address; keep it for this tab and take it out of the URL. */
function hostToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    // Kept for a reload of this tab, once the page has started (and at the latest when it goes): the first use of
    // sessionStorage loads it from the browser process, a synchronous wait (20 ms on a busy machine) that held
    // back the first requests.
    const keep = () => sessionStorage.setItem(TOKEN_KEY, fromUrl);
    setTimeout(keep, 1000);
    window.addEventListener('pagehide', keep);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): PursuitBridge {
  const token = hostToken();
  const transport = httpTransport({ token: () => token });
  // The host's own words for a wrong token speak of the address; a page that had one lost it.
  const call: Transport = async (method, input) => {
    const envelope = await transport(method, input);
    if (envelope.ok || envelope.error.code !== 'UNAUTHORIZED') return envelope;
    const message = 'This page lost its access token: open the address Pursuit printed when it started.';
    return { ok: false, error: { code: 'UNAUTHORIZED', message } };
  };
  const listeners = new Set<(e: ChangeEvent) => void>();
  const progressListeners = new Set<(e: ProgressEvent) => void>();
  const connectedListeners = new Set<() => void>();
  let source: EventSource | null = null;
  // One event stream for both kinds, opened by the first listener of either.
  const connect = () => {
    if (source) return;
    // `since`: the host sends again what changed after this page started, so a change made between the page's
    // first answers and this stream opening is still heard.
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}&since=${Math.floor(performance.timeOrigin)}`);
    // Opened again after the browser lost it (sleep, a restarted host): what changed meanwhile may be older
    // than the host keeps, so the listeners refresh everything.
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) for (const l of connectedListeners) l();
      opened = true;
    });
    source.addEventListener('change', (msg) => {
      const event = JSON.parse((msg as MessageEvent<string>).data) as ChangeEvent;
      for (const l of listeners) l(event);
    });
    source.addEventListener('progress', (msg) => {
      const event = JSON.parse((msg as MessageEvent<string>).data) as ProgressEvent;
      for (const l of progressListeners) l(event);
    });
  };
  return {
    call,
    onChange(listener) {
      listeners.add(listener);
      connect();
      return () => listeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      connect();
      return () => progressListeners.delete(listener);
    },
    onConnected(listener) {
      connectedListeners.add(listener);
      connect();
      return () => connectedListeners.delete(listener);
    },
  };
}

export const bridge: PursuitBridge = window.pursuit ?? httpBridge();

/** The API over the preload's IPC bridge (desktop) or HTTP (browser host): the shared typed client. */
export const client = createClient(bridge.call);

/** Calls the API; resolves with the value or rejects with an `ApiError` whose message is fit to show. */
export const call = <K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>> => client.call(method, input);

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
