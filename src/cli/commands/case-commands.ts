import { questionLines } from './correction-commands.js';
import { readFileSync } from 'node:fs';
import { AppError } from '../../errors.js';
import { caseFileWarnings, decodeCaseFile, parseCaseFile, type CaseFile, type Language } from '../../cases/case-file.js';
import { eligibility } from '../../cases/eligibility.js';
import { renderSupportFormText, supportFormText } from '../../cases/support-form-text.js';
import type { AppContext } from '../../app/context.js';
import type { CaseView } from '../../cases/case-view.js';
import { printJson, type Output } from '../output.js';
import { nextStep } from '../../server/next-step.js';
import { en } from '../../server/i18n/en.js';
import type { DraftView } from '../../replies/draft-view.js';
import { DraftStore } from '../../store/draft-store.js';

export function readCaseFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('BAD_INPUT', `${file}: cannot read case file (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`);
  }
  return decodeCaseFile(bytes, file);
}

/** Warnings worth reading before the case goes to support, on stderr so `--json` output stays clean. */
function warnAbout(ctx: AppContext, o: Output, caseFile: CaseFile, exceptId?: string): void {
  for (const w of caseFileWarnings(caseFile, ctx.clock.now())) o.err(`certmerge: warning: ${w}`);
  const twins = ctx.cases.sameAccounts(caseFile, exceptId);
  if (twins.length) {
    o.err(`certmerge: warning: case ${twins.join(', ')} already holds ${caseFile.target.candidateId} and ${caseFile.source.candidateId}; support asks for one case per request (\`certmerge case delete ID\` removes a duplicate)`);
  }
}

export function caseCreate(ctx: AppContext, o: Output, file: string, json: boolean): void {
  const caseFile = parseCaseFile(readCaseFile(file), file, ctx.clock.now());
  warnAbout(ctx, o, caseFile);
  const same = ctx.cases.sameAccounts(caseFile);
  const { id } = ctx.cases.create(caseFile);
  if (json) return printJson(o, { id, ...(same.length ? { sameAccounts: same } : {}) });
  const e = eligibility(caseFile);
  o.out(`Created case ${id}.`);
  o.out(
    e.selfService
      ? 'Self-service: possible — only one account has certification history, so the portal\'s "Merge Accounts" tool should work.'
      : 'Self-service: not possible — both accounts have certification history; the merge needs a support case.',
  );
  o.out(`Next: check the details, then \`certmerge event ${id} prepared\`; \`certmerge case text ${id}\` prints the support form text.`);
}

export function caseEdit(ctx: AppContext, o: Output, id: string, file: string, json: boolean): void {
  const caseFile = parseCaseFile(readCaseFile(file), file, ctx.clock.now());
  warnAbout(ctx, o, caseFile, id);
  ctx.cases.edit(id, caseFile);
  if (json) return printJson(o, ctx.cases.view(id));
  o.out(`Updated the details of case ${id}; its state is unchanged.`);
}

/** Deletes after a yes on a terminal; without a terminal only `--yes` does, so a script never deletes by accident. */
export async function caseDelete(ctx: AppContext, o: Output, id: string, opts: { yes: boolean; ask?: (question: string) => Promise<string> }): Promise<void> {
  const view = ctx.cases.view(id);
  if (!opts.yes) {
    if (!opts.ask) throw new AppError('BAD_INPUT', `case delete ${id}: not on a terminal; add --yes to delete without asking`);
    const answer = await opts.ask(`Delete case ${id} (${view.case.target.candidateId} ← ${view.case.source.candidateId}, ${view.state})? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) {
      o.out('Nothing deleted.');
      return;
    }
  }
  ctx.cases.delete(id);
  o.out(`Deleted case ${id}.`);
}

export function caseList(ctx: AppContext, o: Output, json: boolean): void {
  const cases = ctx.cases.list();
  if (json) return printJson(o, cases);
  if (cases.length === 0) return o.out('No cases yet. Create one with `certmerge case create --file case.yaml`.');
  // The ID alone does not tell two cases apart for a person: the accounts and the day it was made do.
  const rows = cases.map((c) => {
    const v = ctx.cases.view(c.id);
    return [c.id, c.state, c.supportCaseId ?? '-', `${v.case.target.candidateId} ← ${v.case.source.candidateId}`, localTime(v.createdAt).slice(0, 10)];
  });
  const head = ['ID', 'STATE', 'SUPPORT CASE', 'KEEP ← MERGE IN', 'CREATED'];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) o.out(r.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd());
}

/** An ISO instant in the machine's local time zone, as a person reads it: `2026-12-02 18:05 JST`. */
export function localTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
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
  if (v.dueAt) lines.push(`  due:             ${localTime(v.dueAt)}`);
  if (v.attentionReason) lines.push(`  needs attention: ${v.attentionReason}`);
  if (v.tags.includes('merged')) {
    const c = v.checklist;
    lines.push(`  checklist:       certifications ${c.certifications ? '✓' : '·'}  benefits ${c.benefits ? '✓' : '·'}  badges ${c.badges ? '✓' : '·'}`);
  }
  lines.push('Timeline:');
  for (const t of v.timeline) {
    lines.push(`  ${localTime(t.at)}  ${t.source.padEnd(5)}  ${t.outcome === 'ignored' ? '(ignored) ' : ''}${t.summary}${t.messageId ? `  ${t.messageId}` : ''}`);
  }
  return lines.join('\n');
}

export function caseShow(ctx: AppContext, o: Output, id: string, json: boolean): void {
  const view = ctx.cases.view(id);
  if (json) return printJson(o, view);
  o.out(renderCase(view));
  for (const l of questionLines(ctx, id)) o.out(l);
  const drafts = new DraftStore(ctx.db).forCase(id).map(({ raw: _raw, ...d }) => ({ ...d, status: d.status === 'pending' ? 'drafted' : d.status }));
  o.out(`Next: ${nextStepLine(view, drafts as unknown as DraftView[])}`);
}

/** The dashboard's "what to do next", as one line with the command that does it. */
export function nextStepLine(view: CaseView, drafts: DraftView[]): string {
  const step = nextStep(en, view, drafts);
  const commands = step.actions.flatMap((a) =>
    a.kind === 'event' ? [`certmerge event ${view.id} ${a.type}`] : a.kind === 'send-draft' ? [`certmerge draft show ${a.draftId}`, `certmerge draft send ${a.draftId}`] : [],
  );
  return [step.text, ...commands.map((c) => `\`${c}\``)].join(' ');
}

export function caseText(ctx: AppContext, o: Output, id: string, lang: string | undefined): void {
  if (lang !== undefined && lang !== 'ja' && lang !== 'en') throw new AppError('BAD_INPUT', `--lang: expected "ja" or "en", got ${JSON.stringify(lang)}`);
  const view = ctx.cases.view(id);
  o.out(renderSupportFormText(supportFormText(view.case, (lang as Language | undefined) ?? view.case.language, watchedAddresses(ctx.config))));
}

/** The addresses certmerge reads mail for: the IMAP account and the From it writes as (a Maildir has none to check). */
export function watchedAddresses(config: AppContext['config']): string[] {
  if (config.mail.source !== 'imap' || !config.mail.imap) return [];
  const from = /<([^>]+)>/.exec(config.mail.from)?.[1] ?? config.mail.from;
  return [...new Set([config.mail.imap.user, from].filter((a) => a.includes('@')))];
}
