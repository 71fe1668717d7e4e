import { questionLines } from './correction-commands.js';
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors.js';
import { parseCaseFile, type Language } from '../../cases/case-file.js';
import { eligibility } from '../../cases/eligibility.js';
import { renderSupportFormText, supportFormText } from '../../cases/support-form-text.js';
import type { AppContext } from '../../app/context.js';
import type { CaseView } from '../../cases/case-service.js';
import { printJson, type Output } from '../output.js';

export function readCaseFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('BAD_INPUT', `${file}: cannot read case file (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
}

export function caseCreate(ctx: AppContext, o: Output, file: string, json: boolean): void {
  const caseFile = parseCaseFile(readCaseFile(file), file);
  const { id } = ctx.cases.create(caseFile);
  if (json) return printJson(o, { id });
  const e = eligibility(caseFile);
  o.out(`Created case ${id}.`);
  o.out(
    e.selfService
      ? 'Self-service: possible — only one account has certification history, so the portal\'s "Merge Accounts" tool should work.'
      : 'Self-service: not possible — both accounts have certification history; the merge needs a support case.',
  );
  o.out(`Next: check the details, then \`certmerge event ${id} prepared\`; \`certmerge case text ${id}\` prints the support form text.`);
}

export function caseList(ctx: AppContext, o: Output, json: boolean): void {
  const cases = ctx.cases.list();
  if (json) return printJson(o, cases);
  if (cases.length === 0) return o.out('No cases yet. Create one with `certmerge case create --file case.yaml`.');
  const rows = cases.map((c) => [c.id, c.state, c.supportCaseId ?? '-']);
  const widths = [0, 1, 2].map((i) => Math.max(...[['ID', 'STATE', 'SUPPORT CASE'], ...rows].map((r) => r[i]!.length)));
  for (const r of [['ID', 'STATE', 'SUPPORT CASE'], ...rows]) o.out(r.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd());
}

export function renderCase(v: CaseView): string {
  const lines = [
    `Case ${v.id}: ${v.state}${v.overdue ? ' (OVERDUE)' : ''}`,
    `  state path:      ${v.statePath}`,
    `  support case ID: ${v.supportCaseId ?? '-'}`,
    `  keep:            ${v.case.target.candidateId} (${v.case.target.loginEmail})`,
    `  merge in:        ${v.case.source.candidateId} (${v.case.source.loginEmail})`,
    `  self-service:    ${v.selfServiceEligible ? 'possible' : 'not possible (both accounts have certifications)'}`,
  ];
  if (v.dueAt) lines.push(`  due:             ${v.dueAt}`);
  if (v.attentionReason) lines.push(`  needs attention: ${v.attentionReason}`);
  if (v.tags.includes('merged')) {
    const c = v.checklist;
    lines.push(`  checklist:       certifications ${c.certifications ? '✓' : '·'}  benefits ${c.benefits ? '✓' : '·'}  badges ${c.badges ? '✓' : '·'}`);
  }
  lines.push('Timeline:');
  for (const t of v.timeline) {
    lines.push(`  ${t.at}  ${t.source.padEnd(5)}  ${t.outcome === 'ignored' ? '(ignored) ' : ''}${t.summary}${t.messageId ? `  ${t.messageId}` : ''}`);
  }
  return lines.join('\n');
}

export function caseShow(ctx: AppContext, o: Output, id: string, json: boolean): void {
  const view = ctx.cases.view(id);
  if (json) return printJson(o, view);
  o.out(renderCase(view));
  for (const l of questionLines(ctx, id)) o.out(l);
}

export function caseText(ctx: AppContext, o: Output, id: string, lang: string | undefined): void {
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') throw new AppError('BAD_INPUT', `--lang: expected "ja" or "en", got ${JSON.stringify(lang)}`);
  const view = ctx.cases.view(id);
  o.out(renderSupportFormText(supportFormText(view.case, (lang as Language | undefined) ?? view.case.language)));
}
