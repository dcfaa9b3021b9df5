import type { ApiInput, ApiMethod, ApiResult, Transport } from './api';
import { ApiError, type Envelope } from './envelope';

export type { Transport };

/**
 * The one typed client of the API contract. Every caller (the renderer, the CLI, unit and e2e test helpers)
 * builds it from a transport: the preload's IPC bridge, HTTP to the browser host, or a core in the same
 * process (`core.call`). The contract types `call` once here; no caller casts an envelope itself.
 */

export interface Client {
  /** The method's value; an error envelope is thrown as an `ApiError` with its code and message. */
  call: <K extends ApiMethod>(method: K, input: ApiInput<K>) => Promise<ApiResult<K>>;
  /** The envelope itself, typed, for a caller that looks at an error's code. */
  send<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<Envelope<ApiResult<K>>>;
}

export function createClient(transport: Transport): Client {
  // The one place an envelope is typed from the contract: the core answered this method.
  const send = <K extends ApiMethod>(method: K, input: ApiInput<K>) =>
    transport(method, input) as Promise<Envelope<ApiResult<K>>>;
  return {
    send,
    async call(method, input) {
      const envelope = await send(method, input);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value;
    },
  };
}

export interface HttpTransportOptions {
  /** The host's origin, e.g. `http://127.0.0.1:4321` (read at each call); none for the page the host served. */
  origin?: () => string;
  /** This start's access token (read at each call: a restarted host has a new one). */
  token: () => string;
}

/**
 * POST /api/<method> with the token, as the browser host expects (electron/host/server.ts). It takes any
 * method name (a test may call one the contract lacks), so it is also a `Transport`.
 */
export function httpTransport({
  origin = () => '',
  token,
}: HttpTransportOptions): (method: string, input: unknown) => Promise<Envelope<unknown>> {
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`${origin()}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Pursuit is not running: start it again and reload this page.' },
      };
    }
    return (await res.json()) as Envelope<unknown>;
  };
}
