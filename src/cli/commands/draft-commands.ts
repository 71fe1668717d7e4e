import pino from 'pino';
import { AppError, errorCodeForStatus } from '../../errors.js';
import type { AppContext } from '../../app/context.js';
import { buildApp } from '../../app/build-app.js';
import { lockDataDir, runningDaemon } from '../../app/data-dir-lock.js';
import { DraftStore } from '../../store/draft-store.js';
import type { DraftView } from '../../replies/draft-view.js';
import { printJson, type Output } from '../output.js';
import { requireMailLogin } from '../../config/load.js';

function render(d: Pick<DraftView, 'id' | 'caseId' | 'kind' | 'status' | 'subject' | 'to' | 'language' | 'error'>): string {
  return `${d.id}  ${d.caseId}  ${d.kind.padEnd(16)} ${d.status.padEnd(10)} ${d.language}  to ${d.to}  "${d.subject}"${d.error ? `  (last error: ${d.error})` : ''}`;
}

export function draftList(ctx: AppContext, o: Output, caseId: string | undefined, json: boolean): void {
  const store = new DraftStore(ctx.db);
  const ids = caseId ? [caseId] : ctx.cases.list().map((c) => c.id);
  const rows = ids.flatMap((id) => store.forCase(id)).map(({ raw: _raw, ...d }) => ({ ...d, status: d.status === 'pending' ? 'drafted' : d.status }));
  if (json) return printJson(o, rows);
  if (rows.length === 0) return o.out('No drafts.');
  for (const d of rows) o.out(render(d));
}

export function draftShow(ctx: AppContext, o: Output, id: string, json: boolean): void {
  const d = new DraftStore(ctx.db).get(id);
  if (!d) throw new AppError('NOT_FOUND', `no draft with id "${id}"`);
  const { raw, ...rest } = d;
  if (json) return printJson(o, { ...rest, raw: raw.toString('utf8') });
  o.out(render({ ...rest, status: d.status === 'pending' ? 'drafted' : d.status }));
  o.out('');
  o.out(d.text);
}

/**
 * Approve and send. The running daemon owns the mailbox connection, so the
 * request goes through its API; with no daemon, this process connects itself.
 */
export async function draftSend(ctx: AppContext, o: Output, id: string, json: boolean): Promise<void> {
  const { config } = ctx;
  let sent: DraftView;
  if (runningDaemon(config.dataDir)) {
    const host = config.dashboard.host.includes(':') ? `[${config.dashboard.host}]` : config.dashboard.host;
    const res = await fetch(`http://${host}:${config.dashboard.port}/api/drafts/${encodeURIComponent(id)}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.dashboard.token ? { authorization: `Bearer ${config.dashboard.token}` } : {}) },
      body: '{}',
    }).catch((err: Error) => {
      throw new AppError('INTERNAL', `the daemon is running but its dashboard did not answer: ${err.message}`);
    });
    const body = (await res.json().catch(() => ({}))) as { error?: string } & DraftView;
    if (!res.ok) throw new AppError(errorCodeForStatus(res.status), body.error ?? `send failed (HTTP ${res.status})`);
    sent = body;
  } else {
    requireMailLogin(config);
    const lock = lockDataDir(config.dataDir);
    const app = buildApp(config, { clock: ctx.clock, logger: pino({ level: 'silent' }) });
    try {
      await app.source.start();
      sent = await app.drafts.send(id);
    } finally {
      await app.source.stop().catch(() => undefined);
      await app.draftWriter.stop();
      app.ctx.close();
      lock.release();
    }
  }
  if (json) return printJson(o, sent);
  o.out(`Sent ${sent.id} (${sent.kind}) to ${sent.to}: "${sent.subject}"`);
}
