import type { ResolvedConfig } from '../../config/load.js';
import type { AppContext } from '../../app/context.js';
import { caseCalendar } from '../../calendar/case-calendar.js';
import { AppError } from '../../errors.js';
import { mailSignIns } from '../../auth/sign-ins.js';
import { channelsFrom } from '../../notify/channels/channels.js';
import { testNotification } from '../../notify/decide.js';
import { notifyKey } from '../../notify/marker.js';
import { linksFor } from '../../notify/notifier.js';
import type { Output } from '../output.js';

/**
 * `certmerge notify test`: one test notification on every configured channel,
 * one line per channel; fails (exit 1) naming every channel that failed.
 */
export async function notifyTest(config: ResolvedConfig, o: Output, opts: { lang?: string } = {}): Promise<void> {
  if (config.notify.length === 0) throw new AppError('BAD_CONFIG', `${config.origin}: notify: no channels configured (a list of { type: webhook | ntfy | email, ... })`);
  const now = () => new Date();
  const channels = channelsFrom(config, { key: () => notifyKey(config.dataDir), now, signIns: mailSignIns(config) });
  const n = testNotification(now(), opts.lang === 'en' ? 'en' : 'ja', linksFor(config));
  const failed: string[] = [];
  // One after the other: the lines come out in config order, and a slow endpoint is seen as such.
  for (const c of channels) {
    const r = await c.deliver(n);
    o.out(`${r.ok ? 'ok  ' : 'FAIL'} ${c.label}: ${r.detail}`);
    if (!r.ok) failed.push(`${c.label} (${r.detail})`);
  }
  if (failed.length) throw new AppError('SEND_FAILED', `test notification not delivered on ${failed.join(', ')}`);
}

/** `certmerge calendar`: the iCalendar of open deadlines and expiry dates. */
export function calendarCommand(ctx: AppContext, o: Output): void {
  o.out(caseCalendar(ctx.db, linksFor(ctx.config), ctx.clock.now()));
}
