import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import type { CaseView } from '../../src/cases/case-view.js';
import { sampleCase } from '../support/case-files.js';
import { mailDetail, serve, servedPerTest, T0, type Harness, type Served } from './support/harness.js';
import { call, waitForEvent } from './support/http.js';

const ev = (type: string, extra: object = {}) => ({ type, at: T0, source: 'user', ...extra }) as LifecycleEvent;

describe('the JSON API', () => {
  let h: Harness;
  let server: Served;
  servedPerTest((harnessed, served) => {
    h = harnessed;
    server = served;
  });

  it('should answer /healthz with ok and the mail status', async () => {
    const r = await call(server.url, '/healthz');
    assert.equal(r.status, 200);
    const body = r.json<{ ok: boolean; mail: { connected: boolean; lastSyncAt: string } }>();
    assert.equal(body.ok, true);
    assert.equal(body.mail.connected, true);
    assert.equal(body.mail.lastSyncAt, T0);
  });

  it('should report 503 on /healthz only once the mail source has been down for more than a minute', async () => {
    h.status.connected = false;
    h.status.downSince = T0;
    h.time.advance(59_000);
    assert.equal((await call(server.url, '/healthz')).status, 200);
    h.time.advance(2_000);
    const r = await call(server.url, '/healthz');
    assert.equal(r.status, 503);
    assert.equal(r.json<{ ok: boolean }>().ok, false);
  });

  it('should create a case from case-file JSON and list it as {id,state,supportCaseId}', async () => {
    const created = await call(server.url, '/api/cases', { method: 'POST', body: sampleCase() });
    assert.equal(created.status, 201);
    const { id } = created.json<{ id: string }>();
    assert.match(id, /^[a-z0-9]{8}$/);
    const list = await call(server.url, '/api/cases');
    assert.deepEqual(list.json(), [{ id, state: 'preparing', supportCaseId: null }]);
  });

  it('should refuse an invalid case file with 400 and one line per problem', async () => {
    const bad = { ...sampleCase(), target: { ...sampleCase().target, candidateId: 'AWZ1' }, reason: '' };
    const r = await call(server.url, '/api/cases', { method: 'POST', body: bad });
    assert.equal(r.status, 400);
    const lines = r.json<{ error: string }>().error.split('\n');
    assert.ok(lines.some((l) => /target\.candidateId: expected "AWS" followed by digits, got "AWZ1"/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /reason: must not be empty/.test(l)), lines.join('\n'));
    assert.deepEqual((await call(server.url, '/api/cases')).json(), []);
  });

  it('should return the contract case object with drafts from DraftActions', async () => {
    const { id } = h.cases.create(sampleCase());
    const d = h.drafts.add(id, 'confirmation');
    const r = await call(server.url, `/api/cases/${id}`);
    assert.equal(r.status, 200);
    const v = r.json<CaseView & { drafts: Record<string, unknown>[] }>();
    for (const k of ['id', 'state', 'supportCaseId', 'overdue', 'case', 'timeline', 'drafts', 'checklist']) assert.ok(k in v, `has ${k}`);
    assert.equal(v.state, 'preparing');
    assert.equal(v.overdue, false);
    assert.deepEqual(v.checklist, { certifications: false, benefits: false, badges: false });
    assert.deepEqual(Object.keys(v.timeline[0]!).slice(0, 4), ['at', 'type', 'source', 'summary']);
    assert.deepEqual(
      { id: v.drafts[0]!.id, kind: v.drafts[0]!.kind, status: v.drafts[0]!.status, messageId: v.drafts[0]!.messageId, inReplyTo: v.drafts[0]!.inReplyTo, subject: v.drafts[0]!.subject },
      { id: d.id, kind: 'confirmation', status: 'drafted', messageId: d.messageId, inReplyTo: d.inReplyTo, subject: d.subject },
    );
    assert.equal((await call(server.url, '/api/cases/nope')).status, 404);
    assert.deepEqual((await call(server.url, '/api/cases/nope')).json(), { error: 'no case with id "nope"' });
  });

  it('should apply user events and mail kinds by hand, recorded as the user', async () => {
    const { id } = h.cases.create(sampleCase());
    for (const type of ['prepared', 'case-submitted']) {
      const r = await call(server.url, `/api/cases/${id}/events`, { method: 'POST', body: { type } });
      assert.equal(r.status, 200, r.text);
    }
    const ack = await call(server.url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'acknowledgement', supportCaseId: '171234567890' } });
    assert.equal(ack.status, 200, ack.text);
    const v = ack.json<CaseView>();
    assert.equal(v.state, 'awaitingSupport');
    assert.equal(v.supportCaseId, '171234567890');
    assert.equal(v.timeline.at(-1)!.source, 'user');
    const missing = await call(server.url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'acknowledgement' } });
    assert.equal(missing.status, 400);
    const unknown = await call(server.url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'teleport' } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.json<{ error: string }>().error, /unknown event "teleport"/);
  });

  it('should refuse an event the state does not allow with 409 and change nothing', async () => {
    const { id } = h.cases.create(sampleCase());
    const before = h.cases.view(id);
    const r = await call(server.url, `/api/cases/${id}/events`, { method: 'POST', body: { type: 'confirmation-sent' } });
    assert.equal(r.status, 409);
    assert.match(r.json<{ error: string }>().error, /event "confirmation-sent" is not allowed in state preparing/);
    assert.deepEqual(h.cases.view(id), before);
  });

  it('should list, send and discard drafts, and report a failed send without changing anything', async () => {
    const { id } = h.cases.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.apply(id, ev('confirmation_request', { source: 'mail', messageId: '<c@amazon.com>' }));
    const d = h.drafts.add(id, 'confirmation');
    const other = h.drafts.add(id, 'info');
    assert.deepEqual((await call(server.url, `/api/cases/${id}/drafts`)).json<{ id: string }[]>().map((x) => x.id), [d.id, other.id]);

    h.drafts.failNextSend = 'SMTP server refused the login (535)';
    const failed = await call(server.url, `/api/drafts/${d.id}/send`, { method: 'POST' });
    assert.equal(failed.status, 502);
    assert.deepEqual(failed.json(), { error: 'SMTP server refused the login (535)' });
    assert.equal(h.drafts.get(d.id)!.status, 'drafted');
    assert.equal(h.cases.view(id).state, 'confirmationRequested');

    const sent = await call(server.url, `/api/drafts/${d.id}/send`, { method: 'POST' });
    assert.equal(sent.status, 200);
    assert.equal(sent.json<{ status: string }>().status, 'sent');
    assert.equal(h.cases.view(id).state, 'awaitingCompletion');
    const discarded = await call(server.url, `/api/drafts/${other.id}/discard`, { method: 'POST' });
    assert.equal(discarded.json<{ status: string }>().status, 'discarded');
    assert.equal((await call(server.url, '/api/drafts/nope/send', { method: 'POST' })).status, 404);
  });

  it('should re-classify a message of the case and refuse an unknown kind or message', async () => {
    const { id } = h.cases.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.record(id, { at: T0, type: 'unrelated', source: 'mail', messageId: '<m1@amazon.com>', summary: 'Not about the case', detail: mailDetail({ kind: 'unrelated' }) });
    const path = `/api/cases/${id}/messages/${encodeURIComponent('<m1@amazon.com>')}/reclassify`;
    assert.equal((await call(server.url, path, { method: 'POST', body: { kind: 'nonsense' } })).status, 400);
    const r = await call(server.url, path, { method: 'POST', body: { kind: 'info_request' } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json<CaseView>().state, 'infoRequested');
    assert.deepEqual(h.messages.reclassified, [{ caseId: id, messageId: '<m1@amazon.com>', kind: 'info_request' }]);
    const other = await call(server.url, `/api/cases/${id}/messages/${encodeURIComponent('<elsewhere@x>')}/reclassify`, { method: 'POST', body: { kind: 'info_request' } });
    assert.equal(other.status, 404);
  });

  it('should give the self-service verdict for half-filled account data', async () => {
    const r = await call(server.url, '/api/eligibility', { method: 'POST', body: { target: { certifications: [{ name: 'SAA' }] }, source: {} } });
    assert.deepEqual(r.json(), { selfService: true, reason: 'only-target-has-history' });
    const both = await call(server.url, '/api/eligibility', { method: 'POST', body: { target: { certifications: [{ name: 'SAA' }] }, source: { certifications: [{ name: 'DVA' }] } } });
    assert.deepEqual(both.json(), { selfService: false, reason: 'both-have-history' });
  });

  it('should bound the JSON body and refuse malformed JSON', async () => {
    const big = await call(server.url, '/api/cases', { method: 'POST', body: { reason: 'x'.repeat(200_000) } });
    assert.equal(big.status, 413);
    assert.match(big.json<{ error: string }>().error, /too large/);
    const broken = await call(server.url, '/api/cases', { method: 'POST', body: '{"reason":' });
    assert.equal(broken.status, 400);
  });

  it('should emit a server-sent "change" when another connection to the same database commits (as the CLI does)', async () => {
    const { id } = h.cases.create(sampleCase());
    const cli = h.otherProcess();
    // The feed reads its starting mark before the response headers leave, so committing on open is safe.
    const got = waitForEvent(server.url, 'change', { onOpen: () => void cli.apply(id, ev('prepared')) });
    const { data } = await got;
    // The store's mark, then what it does not follow (drafts, inbox mail).
    assert.ok(String(JSON.parse(data)).startsWith(`${h.deps.changeMark()}~`), data);
  });

  it('should send a heartbeat comment on an idle event stream', async () => {
    const s2 = await serve(h, { heartbeatMs: 100 });
    try {
      const r = await waitForEvent(s2.url, 'never', { ms: 400 }).catch((err: Error) => err.message);
      assert.match(String(r), /: heartbeat/);
    } finally {
      await s2.close();
    }
  });
});
