import { Router, type Request } from 'express';
import { AppError } from '../errors.js';
import { validateCaseFile, type CaseFile } from '../cases/case-file.js';
import { eligibility } from '../cases/eligibility.js';
import { userEvent } from '../cases/user-event.js';
import { isMailKind, MAIL_KINDS } from '../mail/kinds.js';
import type { CaseView } from '../cases/case-view.js';
import type { DashboardDeps } from './deps.js';
import type { DraftView } from '../replies/draft-view.js';
import type { ChangeFeed } from './change-feed.js';

/** How long the mail source may be down before /healthz reports 503. */
export const MAIL_DOWN_GRACE_MS = 60_000;

/** A draft as the case object lists it (the contract's fields, then a few more). */
export function draftSummary(d: DraftView) {
  return { id: d.id, kind: d.kind, status: d.status, messageId: d.messageId, inReplyTo: d.inReplyTo, subject: d.subject, to: d.to, language: d.language, createdAt: d.createdAt, sentAt: d.sentAt, error: d.error };
}

/** The contract's case object: the stored view with its drafts filled in. */
export function caseJson(deps: DashboardDeps, id: string): CaseView {
  const view = deps.cases.view(id);
  return { ...view, drafts: deps.drafts.list(id).map(draftSummary) };
}

/** Whether the mail source has been down for longer than the grace period. */
export function mailDown(deps: DashboardDeps): boolean {
  const { downSince } = deps.mailStatus();
  return downSince !== null && deps.clock.now().getTime() - new Date(downSince).getTime() > MAIL_DOWN_GRACE_MS;
}

function bodyOf(req: Request): Record<string, unknown> {
  const b: unknown = req.body;
  if (!b || typeof b !== 'object' || Array.isArray(b)) throw new AppError('BAD_INPUT', 'expected a JSON object body (Content-Type: application/json)');
  return b as Record<string, unknown>;
}

function optionalString(b: Record<string, unknown>, key: string): string | undefined {
  const v = b[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new AppError('BAD_INPUT', `${key}: expected a string`);
  return v;
}

/** Applies a hand-applied event (user event or mail kind) as the user; shared by the API and the forms. */
export function applyHandEvent(deps: DashboardDeps, caseId: string, fields: { type: unknown; supportCaseId?: string; reason?: string }): void {
  if (typeof fields.type !== 'string') throw new AppError('BAD_INPUT', 'type: expected an event type');
  deps.cases.view(caseId); // NOT_FOUND before anything else
  deps.applyUserEvent(caseId, userEvent(fields.type, deps.clock.now().toISOString(), { supportCaseId: fields.supportCaseId, reason: fields.reason }));
}

/** Checks the message belongs to the case, then re-classifies it as the user's correction. */
export function reclassify(deps: DashboardDeps, caseId: string, messageId: string, kind: unknown): void {
  if (typeof kind !== 'string' || !isMailKind(kind)) throw new AppError('BAD_INPUT', `kind: expected one of ${MAIL_KINDS.join(', ')}`);
  const view = deps.cases.view(caseId);
  if (!view.timeline.some((e) => e.messageId === messageId)) throw new AppError('NOT_FOUND', `no message ${messageId} in case ${caseId}`);
  deps.messages.reclassify(caseId, messageId, kind);
}

export function requireDraft(deps: DashboardDeps, id: string): DraftView {
  const d = deps.drafts.get(id);
  if (!d) throw new AppError('NOT_FOUND', `no draft with id "${id}"`);
  return d;
}

/** The JSON API of the contract, plus /api/eligibility for the new-case form. */
export function apiRouter(deps: DashboardDeps, feed: ChangeFeed): Router {
  const r = Router();

  r.get('/healthz', (_req, res) => {
    const mail = deps.mailStatus();
    const down = mailDown(deps);
    // A refused sign-in is said at the top level too: a monitor need not know where the mail status keeps it.
    res.status(down ? 503 : 200).json({ ok: !down, mail, ...(mail.signInRefused ? { signInRefused: mail.signInRefused } : {}) });
  });

  r.get('/api/cases', (_req, res) => {
    res.json(deps.cases.list());
  });

  // A pair of accounts another case already holds is accepted (a second request is the user's call) and said
  // so: `sameAccounts` lists those cases' IDs, present only when there are some.
  r.post('/api/cases', (req, res) => {
    const caseFile = validateCaseFile(bodyOf(req), 'case file');
    const same = deps.cases.sameAccounts(caseFile);
    res.status(201).json({ ...deps.cases.create(caseFile), ...(same.length ? { sameAccounts: same } : {}) });
  });

  // Replaces the case file (validated as on create); the state and timeline stay. Returns the case object.
  r.put('/api/cases/:id', (req, res) => {
    deps.cases.view(req.params.id);
    const caseFile = validateCaseFile(bodyOf(req), 'case file');
    deps.cases.edit(req.params.id, caseFile);
    const same = deps.cases.sameAccounts(caseFile, req.params.id);
    res.json({ ...caseJson(deps, req.params.id), ...(same.length ? { sameAccounts: same } : {}) });
  });

  // Hides the case from every list (soft delete, as `certmerge case delete`); a second DELETE is a 404.
  r.delete('/api/cases/:id', (req, res) => {
    deps.cases.delete(req.params.id);
    res.json({ id: req.params.id, deleted: true });
  });

  r.get('/api/cases/:id', (req, res) => {
    res.json(caseJson(deps, req.params.id));
  });

  r.post('/api/cases/:id/events', (req, res) => {
    const b = bodyOf(req);
    applyHandEvent(deps, req.params.id, { type: b.type, supportCaseId: optionalString(b, 'supportCaseId'), reason: optionalString(b, 'reason') });
    res.json(caseJson(deps, req.params.id));
  });

  r.get('/api/cases/:id/drafts', (req, res) => {
    deps.cases.view(req.params.id);
    res.json(deps.drafts.list(req.params.id));
  });

  r.post('/api/drafts/:id/send', async (req, res) => {
    requireDraft(deps, req.params.id);
    res.json(await deps.drafts.send(req.params.id));
  });

  r.post('/api/drafts/:id/discard', async (req, res) => {
    requireDraft(deps, req.params.id);
    res.json(await deps.drafts.discard(req.params.id));
  });

  // Mail that moved no case, with the reason: nothing reaches (or misses) the timeline silently.
  r.get('/api/mail/unmatched', (_req, res) => {
    res.json(deps.messages.notApplied?.() ?? { unmatched: [], pending: [], skipped: [] });
  });

  // A receipt certmerge could not tie to one case: the user says which (recorded as the user's).
  r.post('/api/cases/:id/bind', (req, res) => {
    const messageId = optionalString(bodyOf(req), 'messageId');
    if (!messageId) throw new AppError('BAD_INPUT', 'body field "messageId" is required');
    deps.messages.bindReceipt(req.params.id, messageId);
    res.json(caseJson(deps, req.params.id));
  });

  r.post('/api/cases/:id/messages/:messageId/reclassify', (req, res) => {
    reclassify(deps, req.params.id, req.params.messageId, bodyOf(req).kind);
    res.json(caseJson(deps, req.params.id));
  });

  // The new-case form's verdict: only the certification lists matter, so a half-filled form is fine.
  r.post('/api/eligibility', (req, res) => {
    const b = bodyOf(req);
    const certs = (side: string) => {
      const acc = b[side] as { certifications?: unknown } | undefined;
      return Array.isArray(acc?.certifications) ? acc.certifications : [];
    };
    // eligibility() reads only the certification lists.
    const accounts = { target: { certifications: certs('target') }, source: { certifications: certs('source') } } as unknown as Pick<CaseFile, 'target' | 'source'>;
    res.json(eligibility(accounts));
  });

  // Behind the same token rules as the rest (requireAuth runs before this router); read fresh on every request.
  r.get('/calendar.ics', (_req, res) => {
    if (!deps.calendar) throw new AppError('NOT_FOUND', 'no calendar');
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="certmerge.ics"');
    res.setHeader('Cache-Control', 'no-store');
    res.send(deps.calendar());
  });

  r.get('/api/unsorted', (_req, res) => {
    res.json(deps.messages.unsorted());
  });

  r.get('/api/events', (req, res) => {
    feed.subscribe(res, typeof req.query.since === 'string' ? req.query.since : undefined);
  });

  return r;
}
