import { request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = unknown>(): T;
}

/** One HTTP request with exactly the headers given (fetch would add or forbid some, e.g. Host). */
export function call(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: unknown; form?: Record<string, string> } = {}): Promise<Reply> {
  const url = new URL(path, base);
  let payload: string | undefined;
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.form) {
    payload = new URLSearchParams(opts.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  } else if (opts.body !== undefined) {
    payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Opens an event stream and resolves with the first event named `name` (or rejects after `ms`). */
export function waitForEvent(base: string, name: string, opts: { headers?: Record<string, string>; ms?: number; onOpen?: () => void } = {}): Promise<{ data: string; raw: string }> {
  return new Promise((resolve, reject) => {
    let raw = '';
    const req = request(new URL('/api/events', base), { headers: { accept: 'text/event-stream', ...opts.headers } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`event stream answered ${res.statusCode}`));
      opts.onOpen?.();
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
        const m = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(raw);
        if (m) {
          clearTimeout(timer);
          req.destroy();
          resolve({ data: m[1]!, raw });
        }
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no "${name}" event within ${opts.ms ?? 3000} ms; got ${JSON.stringify(raw)}`));
    }, opts.ms ?? 3000);
    req.on('error', (err) => {
      if (!req.destroyed) reject(err);
    });
    req.end();
  });
}
