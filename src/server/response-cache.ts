import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'express';
import type { DashboardDeps } from './deps.js';

/** A rendered response, as sent. */
export interface CachedResponse {
  body: Buffer;
  /** A strong validator: a hash of the body. */
  etag: string;
  contentType: string;
  /** Until when (clock ms) the body is what a fresh render would give; after it a relative time on it would read differently. */
  expiresAt: number;
}

export interface ResponseCacheOptions {
  /** At most this many responses (least recently used ones go first). */
  maxEntries?: number;
  /** At most this many bytes of bodies in all. */
  maxBytes?: number;
  /** No response is kept longer than this, whatever it shows (ms). */
  maxAgeMs?: number;
}

/**
 * Rendered pages and API responses, reused while nothing they show has
 * changed. Every entry belongs to one data mark (the store's change and page
 * marks, which move when any process commits): the first lookup with a new
 * mark empties the cache, so a change made by the CLI or the daemon is on the
 * very next response. Entries also expire when a relative time they show
 * ("3 minutes ago") would read differently. Keys carry everything else a
 * response depends on (path, language, mail status, login state); responses
 * that show something once (a flash message) are never stored.
 * Bounded: least recently used entries are dropped past `maxEntries` or
 * `maxBytes`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private mark: string | null = null;
  private totalBytes = 0;
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly maxAgeMs: number;
  /** Counters for tests and diagnostics. */
  readonly stats = { hits: 0, misses: 0, evictions: 0 };

  constructor(opts: ResponseCacheOptions = {}) {
    // A case page is some 30–150 kB: a few hundred pages, and at most 8 MB of memory.
    this.maxEntries = opts.maxEntries ?? 300;
    this.maxBytes = opts.maxBytes ?? 8 * 1024 * 1024;
    this.maxAgeMs = opts.maxAgeMs ?? 60_000;
  }

  private generation = 0;

  /**
   * The mark to look up and store with: the data mark, plus how many times the
   * cache was cleared, so a render that began before a `clear()` is not kept after it.
   */
  stamp(dataMark: string): string {
    return `${dataMark}#${this.generation}`;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  /** The response stored under `key` for this mark, still fresh at `nowMs`; null otherwise. */
  get(key: string, mark: string, nowMs: number): CachedResponse | null {
    if (mark !== this.mark) {
      this.drop();
      this.mark = mark;
    }
    const e = this.entries.get(key);
    if (!e || e.expiresAt <= nowMs) {
      if (e) this.remove(key, e);
      this.stats.misses++;
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    this.stats.hits++;
    return e;
  }

  /**
   * Makes the response for `body` and keeps it, unless the data changed while it
   * was being rendered (`mark` must be the one read before reading any data)
   * or it is too big to be worth keeping.
   */
  set(key: string, mark: string, body: string, contentType: string, expiresAt: number): CachedResponse {
    const entry = this.make(body, contentType, expiresAt);
    const buf = entry.body;
    if (this.mark === null) this.mark = mark;
    if (mark !== this.mark || buf.length > this.maxBytes / 4) return entry;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, entry);
    this.totalBytes += buf.length;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalBytes <= this.maxBytes) break;
      this.remove(k, e);
      this.stats.evictions++;
    }
    return entry;
  }

  /** The response for `body`, not kept. */
  make(body: string, contentType: string, expiresAt = 0): CachedResponse {
    const buf = Buffer.from(body, 'utf8');
    return { body: buf, etag: `"${createHash('sha1').update(buf).digest('base64url')}"`, contentType, expiresAt };
  }

  /** Forgets every response, and any render under way is not kept either. */
  clear(): void {
    this.generation++;
    this.drop();
  }

  private drop(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }

  private remove(key: string, e: CachedResponse): void {
    this.entries.delete(key);
    this.totalBytes -= e.body.length;
  }
}

/** Whether the request's If-None-Match names this ETag (so a 304 will do). */
export function notModified(req: IncomingMessage, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) return false;
  if (inm.trim() === '*') return true;
  return inm.split(',').some((v) => v.trim().replace(/^W\//, '') === etag);
}

/** Sends a cached (or just rendered) response, or 304 when the client already has it. */
export function sendCached(req: IncomingMessage, res: ServerResponse, e: CachedResponse, cacheControl: string | null): void {
  res.setHeader('ETag', e.etag);
  if (cacheControl) res.setHeader('Cache-Control', cacheControl);
  if (notModified(req, e.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', e.contentType);
  res.setHeader('Content-Length', e.body.length);
  res.end(req.method === 'HEAD' ? undefined : e.body);
}

/**
 * What every cached response is checked against: the change mark the live
 * updates use and the store's page mark (which also moves with drafts and
 * deadlines). Read before any data the response shows.
 */
export function dataMark(deps: Pick<DashboardDeps, 'changeMark' | 'cases'>): string {
  return `${deps.changeMark()}/${deps.cases.pageMark()}`;
}

/** Serves a JSON response from the cache, or computes, caches and serves it; `key` names everything it depends on besides the data. */
export function cachedJson(deps: Pick<DashboardDeps, 'changeMark' | 'cases' | 'clock'>, cache: ResponseCache, req: Request, res: Response, key: string, compute: () => unknown): void {
  const mark = cache.stamp(dataMark(deps));
  const now = deps.clock.now().getTime();
  const hit = cache.get(key, mark, now);
  if (hit) return sendCached(req, res, hit, null);
  const entry = cache.set(key, mark, JSON.stringify(compute()), 'application/json; charset=utf-8', now + cache.maxAgeMs);
  sendCached(req, res, entry, null);
}

/** The cache key of GET /api/cases (all = null) or GET /api/cases/:id. */
export const apiCasesKey = (id: string | null) => (id === null ? 'api\n/api/cases' : `api\n/api/cases/${id}`);

/** The cache key of the API response at `path`, for the cacheable ones (GET /api/cases, GET /api/cases/:id); null otherwise. */
export function apiKeyOfPath(path: string): string | null {
  if (path === '/api/cases') return apiCasesKey(null);
  const m = /^\/api\/cases\/([^/]+)$/.exec(path);
  if (!m) return null;
  try {
    return apiCasesKey(decodeURIComponent(m[1]!));
  } catch {
    return null; // a malformed escape: the router answers it
  }
}
