import type { AppContext } from '../../app/context.js';
import { userEvent } from '../../cases/user-event.js';
import { printJson, type Output } from '../output.js';
import { renderCase } from './case-commands.js';

export function eventCommand(ctx: AppContext, o: Output, id: string, type: string, opts: { json: boolean; supportCaseId?: string; reason?: string }): void {
  const event = userEvent(type, ctx.clock.now().toISOString(), opts);
  const r = ctx.cases.apply(id, event);
  const view = ctx.cases.view(id);
  if (opts.json) return printJson(o, view);
  o.out(`${type}: ${r.before} → ${r.after}`);
  o.out(renderCase(view));
}
