import type { ApiInput, ApiMethod, ApiResult, PursuitBridge } from '../../shared/api';
import type { ProgressEvent } from '../../shared/api-system';
import type { ChangeEvent } from '../../shared/domain';
import { ApiError, type Envelope } from '../../shared/envelope';

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
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpBridge(): PursuitBridge {
  const token = hostToken();
  const listeners = new Set<(e: ChangeEvent) => void>();
  const progressListeners = new Set<(e: ProgressEvent) => void>();
  let source: EventSource | null = null;
  // One event stream for both kinds, opened by the first listener of either.
  const connect = () => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
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
    async call(method, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'Pursuit is not running: start it again and reload this page.' },
        };
      }
      if (res.status === 401)
        return {
          ok: false,
          error: {
            code: 'UNAUTHORIZED',
            message: 'This page lost its access token: open the address Pursuit printed when it started.',
          },
        };
      return (await res.json()) as Envelope<never>;
    },
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
  };
}

export const bridge: PursuitBridge = window.pursuit ?? httpBridge();

/** Calls the API; resolves with the value or rejects with an `ApiError` whose message is fit to show. */
export async function call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>> {
  const envelope = (await bridge.call(method, input)) as Envelope<ApiResult<K>>;
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
