import type { AppContext } from '../../app/context.js';
import { bindReceiptByHand } from '../../ingest/bind-by-hand.js';
import { MessageStore } from '../../store/message-store.js';
import { printJson, type Output } from '../output.js';
import { renderCase } from './case-commands.js';

/** `certmerge case bind ID --message-id MID`: the CLI way to answer a pending receipt. */
export function caseBind(ctx: AppContext, o: Output, id: string, messageId: string, json: boolean): void {
  const r = bindReceiptByHand({ cases: ctx.cases, store: ctx.store, messages: new MessageStore(ctx.db), now: () => ctx.clock.now().toISOString() }, id, messageId.trim());
  const view = ctx.cases.view(id);
  if (json) return printJson(o, view);
  o.out(`receipt bound: ${r.before} → ${r.after}`);
  o.out(renderCase(view));
}
