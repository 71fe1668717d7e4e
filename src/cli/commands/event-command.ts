import { AppError } from '../../errors.js';
import type { AppContext } from '../../app/context.js';
import { MAIL_EVENT_TYPES, USER_EVENT_TYPES, type LifecycleEvent } from '../../machines/events.js';
import { printJson, type Output } from '../output.js';
import { renderCase } from './case-commands.js';

const ACCEPTED: readonly string[] = [...USER_EVENT_TYPES, ...MAIL_EVENT_TYPES];

/** Builds a user event from the command line: a user event, or a mail kind applied by hand. */
export function userEvent(type: string, at: string, opts: { supportCaseId?: string; reason?: string }): LifecycleEvent {
  if (!ACCEPTED.includes(type)) {
    throw new AppError('BAD_INPUT', `unknown event "${type}": expected one of ${ACCEPTED.join(', ')}`);
  }
  if (type === 'acknowledgement') {
    const id = opts.supportCaseId?.trim();
    if (!id || !/^\d{1,30}$/.test(id)) throw new AppError('BAD_INPUT', `--support-case-id: expected the support case number (digits), got ${JSON.stringify(opts.supportCaseId ?? '')}`);
    return { type, at, source: 'user', supportCaseId: id };
  }
  if ((type === 'cancel' || type === 'case_closed') && opts.reason) {
    return { type, at, source: 'user', reason: opts.reason.slice(0, 500) };
  }
  return { type, at, source: 'user' } as LifecycleEvent;
}

export function eventCommand(ctx: AppContext, o: Output, id: string, type: string, opts: { json: boolean; supportCaseId?: string; reason?: string }): void {
  const event = userEvent(type, ctx.clock.now().toISOString(), opts);
  const r = ctx.cases.apply(id, event);
  const view = ctx.cases.view(id);
  if (opts.json) return printJson(o, view);
  o.out(`${type}: ${r.before} → ${r.after}`);
  o.out(renderCase(view));
}
