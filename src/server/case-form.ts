import { AppError } from '../errors.js';
import { validateCaseFile, type CaseFile } from '../cases/case-file.js';

/** Flat form fields as the browser posts them: `target.certifications.0.name` → value. */
export type FormValues = Record<string, string>;

const MAX_FIELDS = 600;

/** Keeps the string fields of a urlencoded body (a repeated name keeps its first value). */
export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string') out[k] = s;
  }
  return out;
}

const ROW_LISTS = ['certifications', 'benefits'];

/** The only field names the form has: anything else is dropped (and no name can reach a prototype). */
const FIELD = /^(language|reason|reasonEn|requester\.(name|company|nameEn|companyEn)|(target|source)\.(candidateId|loginEmail|trainingEmail|certificationEmail|skillBuilderEmail)|(target|source)\.certifications\.\d{1,3}\.(name|passedOn|expiresOn)|(target|source)\.benefits\.\d{1,3}\.(kind|expiresOn|code))$/;

/**
 * Builds the case-file object from dotted field names. Blank fields are left
 * out (optional fields are then absent; required ones reported missing) and
 * rows left entirely blank disappear, so the form can always offer an empty row.
 */
export function formToCaseData(v: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(v)) {
    const value = raw.trim();
    if (!value || !FIELD.test(name)) continue;
    const parts = name.split('.');
    let cur: Record<string, unknown> = data;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) cur[p] = value;
      else cur = (Object.hasOwn(cur, p) ? cur[p] : (cur[p] = {})) as Record<string, unknown>;
    });
  }
  for (const side of ['target', 'source']) {
    const acc = data[side] as Record<string, unknown> | undefined;
    if (!acc) continue;
    for (const list of ROW_LISTS) {
      const rows = acc[list] as Record<string, unknown> | undefined;
      acc[list] = rows
        ? Object.keys(rows)
            .map(Number)
            .sort((a, b) => a - b)
            .map((i) => rows[String(i)])
        : [];
    }
  }
  return data;
}

/** Flattens a case-file-shaped object back into form fields (to re-show a form). */
export function caseDataToForm(data: unknown, prefix = ''): FormValues {
  const out: FormValues = {};
  if (Array.isArray(data)) data.forEach((x, i) => Object.assign(out, caseDataToForm(x, `${prefix}${i}.`)));
  else if (data && typeof data === 'object') for (const [k, x] of Object.entries(data)) Object.assign(out, caseDataToForm(x, `${prefix}${k}.`));
  else if (data !== undefined && data !== null) out[prefix.slice(0, -1)] = String(data);
  return out;
}

/** Swaps the target and source accounts' fields. */
export function swapAccounts(v: FormValues): FormValues {
  const out: FormValues = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('target.')) out[`source.${k.slice(7)}`] = x;
    else if (k.startsWith('source.')) out[`target.${k.slice(7)}`] = x;
    else out[k] = x;
  }
  return out;
}

export type FormResult = { ok: true; caseFile: CaseFile } | { ok: false; values: FormValues; errors: { field: string; message: string }[] };

/** Validates the form exactly as a case file is validated; problems come back per field. */
export function validateForm(v: FormValues): FormResult {
  const data = formToCaseData(v);
  try {
    return { ok: true, caseFile: validateCaseFile(data, '') };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'BAD_INPUT') throw err;
    const errors = err.message.split('\n').map((line) => {
      const i = line.indexOf(': ');
      return i > 0 ? { field: line.slice(0, i), message: line.slice(i + 2) } : { field: '', message: line };
    });
    return { ok: false, values: { ...caseDataToForm(data), ...(v.language ? { language: v.language } : {}) }, errors };
  }
}
