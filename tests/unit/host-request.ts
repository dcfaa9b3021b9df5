import http from 'node:http';

export interface RawResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A raw request to a host on 127.0.0.1, so a test controls every header (fetch would not let it set
 * Host). A header given as undefined is left out altogether.
 */
export function request(
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string | undefined>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    const given: Record<string, string | undefined> = { host: `127.0.0.1:${port}`, ...opts.headers };
    for (const [k, v] of Object.entries(given)) if (v !== undefined) headers[k] = v;
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers, setHost: false },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
