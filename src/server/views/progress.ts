import { html, type SafeHtml } from '../html.js';
import type { PageContext } from './page.js';
import { progressStepOf } from '../../machines/lifecycle.js';

/** The step a case is on: its state's (the machine's `meta.step`), or for a stopped case the furthest step it reached. */
export function progressStep(current: string, visited: readonly string[]): { step: number; stopped: boolean } {
  const step = progressStepOf(current);
  if (step !== null) return { step, stopped: false };
  return { step: Math.max(0, ...visited.map((s) => progressStepOf(s) ?? 0)), stopped: true };
}

/**
 * The lifecycle as the eight main steps, readable on a phone; the full diagram is folded below it
 * (the diagram itself is drawn by ../diagram, unchanged).
 */
export function progressView(ctx: PageContext, current: string, visited: readonly string[], diagram: SafeHtml): SafeHtml {
  const r = ctx.t.review;
  const { step, stopped } = progressStep(current, visited);
  // On the last step (Done) every step is ticked.
  const done = !stopped && step === r.steps.length - 1;
  return html`<section class="card progress-card" id="progress"><h2>${ctx.t.casePage.diagram}</h2>
<ol class="progress-steps" aria-label="${ctx.t.casePage.diagram}">${r.steps.map((label, i) => {
    const cls = i < step || done ? 'done' : i === step ? (stopped ? 'current stopped' : 'current') : '';
    return html`<li class="${cls}" data-step="${i}"${i === step && !done ? html` aria-current="step"` : ''}>${i < step || done ? html`<span aria-hidden="true">✓ </span>` : ''}${label}${i === step && stopped ? html` <span class="muted">(${ctx.t.states[current as keyof typeof ctx.t.states] ?? current})</span>` : ''}</li>`;
  })}</ol>
<details class="folded" id="diagram-details"><summary>${r.fullDiagram}</summary>
${diagram}
</details>
</section>`;
}
