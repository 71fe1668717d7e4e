import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LifecycleEvent } from '../../src/machines/events.js';
import type { CaseView } from '../../src/cases/case-view.js';
import { sampleCase } from '../support/case-files.js';
import { servedPerTest, T0, type Harness, type Served } from './support/harness.js';
import { call } from './support/http.js';

const ev = (type: string) => ({ type, at: T0, source: 'user' }) as LifecycleEvent;

describe('binding a pending receipt by hand', () => {
  let h: Harness;
  let server: Served;
  servedPerTest((harnessed, served) => {
    h = harnessed;
    server = served;
  });

  it('should bind with POST /api/cases/:id/bind {"messageId"} and refuse a body without one', async () => {
    const { id } = h.cases.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    const bad = await call(server.url, `/api/cases/${id}/bind`, { method: 'POST', body: {} });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /messageId/);
    assert.equal(h.cases.view(id).supportCaseId, null);
    const r = await call(server.url, `/api/cases/${id}/bind`, { method: 'POST', body: { messageId: '<ack@amazon.com>' } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json<CaseView>().supportCaseId, '171234567890');
    assert.deepEqual(h.messages.bound, [{ caseId: id, messageId: '<ack@amazon.com>' }]);
  });

  it('should show a pending receipt on the case page with its one-click bind button', async () => {
    const { id } = h.cases.create(sampleCase());
    for (const t of ['prepared', 'case-submitted']) h.cases.apply(id, ev(t));
    h.cases.record(id, { at: T0, type: 'receipt-pending', source: 'mail', messageId: '<ack@amazon.com>', summary: 'Which case is this receipt for?', detail: { kind: 'acknowledgement', trusted: true } });
    const page = await call(server.url, `/cases/${id}`);
    assert.equal(page.status, 200);
    assert.match(page.text, new RegExp(`action="/cases/${id}/bind"`));
    assert.match(page.text, /name="messageId" value="&lt;ack@amazon.com&gt;"/);
  });
});
