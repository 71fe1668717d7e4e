import { html, type SafeHtml } from '../html.js';
import type { Eligibility } from '../../cases/eligibility.js';
import type { FormValues } from '../case-form.js';
import { fieldError } from '../i18n/field-errors.js';
import { when, type PageContext } from './page.js';

export interface NewCaseModel {
  values: FormValues;
  errors: { field: string; message: string }[];
  verdict: Eligibility | null;
  /** Other cases that hold the same two accounts (create asks once more; edit only says so). */
  duplicates?: { id: string; createdAt: string }[];
  /** The edit form of an existing case: where it posts, its title and main button. Absent: the new-case form. */
  edit?: { caseId: string };
}

/** The warning about cases that already hold the same pair of accounts, with links to them. */
export function duplicateWarning(ctx: PageContext, dups: { id: string; createdAt: string }[]): SafeHtml {
  const g = ctx.t.manage;
  if (!dups.length) return html``;
  return html`<div class="attention card duplicate-warning" role="note" id="duplicates" data-duplicates="${dups.map((d) => d.id).join(' ')}"><strong>${g.duplicateTitle}</strong>
<ul>${dups.map((d) => html`<li><a href="/cases/${encodeURIComponent(d.id)}">${d.id}</a> <span class="muted">(${g.created(when(ctx.t, d.createdAt))})</span></li>`)}</ul>
<p>${g.duplicateText}</p></div>`;
}

const fid = (name: string) => `f-${name.replace(/\./g, '-')}`;

/** How many rows a list has in the form values (at least one blank row is always offered on top). */
function rowCount(v: FormValues, prefix: string): number {
  let max = -1;
  for (const k of Object.keys(v)) {
    const m = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.`).exec(k);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 2;
}

/** A readable name for an error path: "Account to keep (target) › Certifications 1 › Expires on". */
function fieldLabel(ctx: PageContext, path: string): string {
  const n = ctx.t.newCase;
  const words: Record<string, string> = {
    target: n.target,
    source: n.source,
    requester: n.requester,
    name: n.name,
    company: n.company,
    nameEn: n.nameEn,
    companyEn: n.companyEn,
    reason: n.reason,
    reasonEn: n.reasonEn,
    code: n.benefitCode,
    language: n.language,
    candidateId: n.candidateId,
    loginEmail: n.loginEmail,
    trainingEmail: n.trainingEmail,
    certificationEmail: n.certificationEmail,
    skillBuilderEmail: n.skillBuilderEmail,
    certifications: n.certifications,
    benefits: n.benefits,
    passedOn: n.passedOn,
    expiresOn: n.expiresOn,
    kind: n.benefitKind,
  };
  return path
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : (words[p] ?? p)))
    .join(' › ');
}

export function verdictBox(ctx: PageContext, verdict: Eligibility | null): SafeHtml {
  const n = ctx.t.newCase;
  // The texts ride along so the client script can show the verdict as the certifications are typed.
  const texts = Object.entries(n.verdict).map(([k, x]) => html` data-text-${k}="${x}"`);
  return html`<div id="verdict" class="verdict${verdict ? (verdict.selfService ? ' self' : ' support') : ''}" aria-live="polite" data-reason="${verdict?.reason ?? ''}"${texts}>
<strong>${n.verdictTitle}</strong> <span class="verdict-text">${verdict ? n.verdict[verdict.reason] : html`<span class="muted">${n.verdictHint}</span>`}</span></div>`;
}

/** The new-case form: both accounts, their certifications and benefits, the requester; errors beside each field. */
export function newCasePage(ctx: PageContext, m: NewCaseModel): SafeHtml {
  const n = ctx.t.newCase;
  const v = m.values;
  const errs = new Map<string, string[]>();
  for (const e of m.errors) errs.set(e.field, [...(errs.get(e.field) ?? []), fieldError(ctx.t, e.message)]);
  const errorOf = (name: string) => {
    const list = errs.get(name);
    return list ? html`<span class="field-error" id="${fid(name)}-error">${list.join('; ')}</span>` : '';
  };
  const input = (name: string, label: string, opts: { type?: string; required?: boolean; optional?: boolean; autocomplete?: string; cls?: string; placeholder?: string } = {}) =>
    html`<label class="field ${opts.cls ?? ''}${errs.has(name) ? ' invalid' : ''}" for="${fid(name)}"><span class="field-label">${label}${opts.optional ? html` <span class="muted">(${n.optional})</span>` : ''}</span>
<input id="${fid(name)}" name="${name}" type="${opts.type ?? 'text'}" value="${v[name] ?? ''}"${opts.required ? html` required` : ''}${errs.has(name) ? html` aria-invalid="true" aria-describedby="${fid(name)}-error"` : ''} autocomplete="${opts.autocomplete ?? 'off'}"${opts.placeholder ? html` placeholder="${opts.placeholder}"` : ''}>
${errorOf(name)}</label>`;

  const rows = (side: string, list: 'certifications' | 'benefits') => {
    const count = rowCount(v, `${side}.${list}`);
    return Array.from({ length: count }, (_, i) => {
      const p = `${side}.${list}.${i}`;
      return list === 'certifications'
        ? html`<div class="row-fields" data-row="${i}">${input(`${p}.name`, n.certName, { cls: 'grow', placeholder: 'AWS Certified …' })}${input(`${p}.passedOn`, n.passedOn, { type: 'date' })}${input(`${p}.expiresOn`, n.expiresOn, { type: 'date', optional: true })}</div>`
        : html`<div class="row-fields" data-row="${i}">${input(`${p}.kind`, n.benefitKind, { cls: 'grow', placeholder: '50% …' })}${input(`${p}.expiresOn`, n.expiresOn, { type: 'date', optional: true })}${input(`${p}.code`, n.benefitCode, { optional: true })}</div>`;
    });
  };

  const account = (side: 'target' | 'source') => html`<fieldset class="card account-fields" id="${side}" data-side="${side}">
<legend>${side === 'target' ? n.target : n.source}</legend>
<div class="grid">
${input(`${side}.candidateId`, n.candidateId, { required: true, placeholder: 'AWS01234567' })}
${input(`${side}.loginEmail`, n.loginEmail, { type: 'email', required: true })}
${input(`${side}.trainingEmail`, n.trainingEmail, { type: 'email', optional: true })}
${input(`${side}.certificationEmail`, n.certificationEmail, { type: 'email', optional: true })}
${input(`${side}.skillBuilderEmail`, n.skillBuilderEmail, { type: 'email', optional: true })}
</div>
<h3>${n.certifications}</h3>
<div class="rows" data-list="${side}.certifications">${rows(side, 'certifications')}</div>
<button type="button" class="small add-row" data-add-row="${side}.certifications" hidden>${n.addCert}</button>
${errorOf(`${side}.certifications`)}
<h3>${n.benefits}</h3>
<div class="rows" data-list="${side}.benefits">${rows(side, 'benefits')}</div>
<button type="button" class="small add-row" data-add-row="${side}.benefits" hidden>${n.addBenefit}</button>
</fieldset>`;

  const lang = v.language === 'en' ? 'en' : v.language === 'ja' ? 'ja' : ctx.t.lang;
  const g = ctx.t.manage;
  const editing = m.edit;
  const action = editing ? `/cases/${encodeURIComponent(editing.caseId)}/edit` : '/cases/new';
  const dups = m.duplicates ?? [];
  return html`<div class="page-head"><h1>${editing ? g.editTitle(editing.caseId) : n.title}</h1></div>
<p class="muted">${editing ? g.editIntro : n.intro}</p>
${duplicateWarning(ctx, dups)}
${m.errors.length ? html`<div class="errors card" role="alert" id="form-errors"><strong>${n.errorsTitle}</strong><ul>${m.errors.map((e) => html`<li><a href="#${fid(e.field)}">${fieldLabel(ctx, e.field)}</a> <code>${e.field}</code>: ${fieldError(ctx.t, e.message)}</li>`)}</ul></div>` : ''}
<form method="post" action="${action}" class="new-case" id="new-case" novalidate>
<fieldset class="card">
<legend>${n.requester}</legend>
<div class="grid">
${input('requester.name', n.name, { required: true, autocomplete: 'name' })}
${input('requester.company', n.company, { autocomplete: 'organization' })}
${input('requester.nameEn', n.nameEn, { optional: true, placeholder: 'Taro Yamada' })}
${input('requester.companyEn', n.companyEn, { optional: true })}
<label class="field" for="f-language"><span class="field-label">${n.language}</span>
<select id="f-language" name="language"><option value="ja"${lang === 'ja' ? html` selected` : ''}>日本語</option><option value="en"${lang === 'en' ? html` selected` : ''}>English</option></select></label>
</div>
<label class="field${errs.has('reason') ? ' invalid' : ''}" for="f-reason"><span class="field-label">${n.reason}</span>
<textarea id="f-reason" name="reason" rows="2">${v.reason ?? ''}</textarea>${errorOf('reason')}</label>
<label class="field${errs.has('reasonEn') ? ' invalid' : ''}" for="f-reasonEn"><span class="field-label">${n.reasonEn} <span class="muted">(${n.optional})</span></span>
<textarea id="f-reasonEn" name="reasonEn" rows="2">${v.reasonEn ?? ''}</textarea>${errorOf('reasonEn')}</label>
</fieldset>
${account('target')}
<div class="swap-row"><button type="button" class="small" id="swap" data-swap hidden>⇅ ${n.swap}</button></div>
${account('source')}
${verdictBox(ctx, m.verdict)}
<div class="row submit-row">
<button type="submit" name="action" value="check">${n.check}</button>
${
  editing
    ? html`<button type="submit" name="action" value="review" class="primary" id="review-edit">${g.review}</button><a class="button" href="/cases/${encodeURIComponent(editing.caseId)}">${g.backNoSave}</a>`
    : dups.length
      ? html`<input type="hidden" name="duplicateOk" value="${v.duplicateOk ?? dups.map((d) => d.id).join(' ')}"><button type="submit" name="action" value="create" class="primary" id="create">${g.createAnyway}</button>`
      : html`<button type="submit" name="action" value="create" class="primary" id="create">${n.create}</button>`
}
</div>
</form>`;
}
