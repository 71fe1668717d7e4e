import type { Response } from 'express';

export interface ChangeFeedOptions {
  /** How often the change mark is read (ms). */
  pollMs?: number;
  /** How often a comment line keeps idle connections open through proxies (ms). */
  heartbeatMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Server-sent events for every open page: one poller shared by all clients
 * reads the store's change mark (which also moves when the CLI commits) and
 * the mail status, and tells every client `change` or `mail`. It runs only
 * while someone listens.
 */
export class ChangeFeed {
  private readonly clients = new Set<Response>();
  private poller: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private lastMark: string | null = null;
  private lastStatus: string | null = null;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;

  constructor(
    private readonly changeMark: () => string,
    private readonly statusKey: () => string,
    private readonly opts: ChangeFeedOptions = {},
  ) {
    this.pollMs = opts.pollMs ?? 250;
    this.heartbeatMs = opts.heartbeatMs ?? 15_000;
  }

  get size(): number {
    return this.clients.size;
  }

  /**
   * Turns `res` into an event stream until the client goes away. `since`: the mark the client's page
   * was rendered at; when the data has moved on since, the stream starts with a `change`.
   */
  subscribe(res: Response, since?: string): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    if (this.clients.size === 0) this.start();
    this.clients.add(res);
    if (since !== undefined) {
      const now = this.read(this.changeMark);
      if (now !== null && now !== since) res.write(`event: change\ndata: ${JSON.stringify(now)}\n\n`);
    }
    res.on('close', () => {
      this.clients.delete(res);
      if (this.clients.size === 0) this.stop();
    });
  }

  private start(): void {
    this.lastMark = this.read(this.changeMark);
    this.lastStatus = this.read(this.statusKey);
    this.poller = setInterval(() => this.poll(), this.pollMs);
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), this.heartbeatMs);
  }

  private stop(): void {
    if (this.poller) clearInterval(this.poller);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.poller = this.heartbeat = null;
  }

  private read(f: () => string): string | null {
    try {
      return f();
    } catch (err) {
      // A busy database is retried on the next tick; nothing to tell clients.
      this.opts.onError?.(err);
      return null;
    }
  }

  private poll(): void {
    const mark = this.read(this.changeMark);
    if (mark !== null && mark !== this.lastMark) {
      this.lastMark = mark;
      this.broadcast(`event: change\ndata: ${JSON.stringify(mark)}\n\n`);
    }
    const status = this.read(this.statusKey);
    if (status !== null && status !== this.lastStatus) {
      this.lastStatus = status;
      this.broadcast('event: mail\ndata: {}\n\n');
    }
  }

  private broadcast(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }

  /** Ends every stream and stops the poller (server shutdown). */
  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
    this.stop();
  }
}
