import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIcs, escapeText, foldLine } from '../../src/calendar/ics.js';
import type { LifecycleEvent } from '../../src/machines/events.js';
import { dashboardDeps } from '../../src/app/dashboard-deps.js';
import { startDashboard } from '../../src/server/dashboard.js';
import pino from 'pino';
import { sampleCase } from '../support/case-files.js';
import { testApp } from '../support/app.js';

describe('iCalendar (RFC 5545)', () => {
  it('should fold at 75 octets without splitting a UTF-8 character, and escape TEXT', () => {
    const line = `SUMMARY:${'期限'.repeat(40)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) assert.ok(Buffer.byteLength(l, 'utf8') <= 75, `${Buffer.byteLength(l)} octets`);
    assert.equal(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join(''), line, 'unfolding gives the line back');
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  });

  it('should write CRLF lines, DTSTAMP and all-day dates', () => {
    const ics = buildIcs([{ uid: 'u1@certmerge', summary: 'x', start: { date: '2026-12-31' } }], { now: new Date('2026-01-05T09:00:00Z'), name: 'certmerge' });
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.match(ics, /\r\nDTSTAMP:20260105T090000Z\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n/);
  });

  it('should list open deadlines and expiry dates, follow the case, and serve them behind the token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certmerge-ics-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const { app, config, clock } = testApp({ dir, start: '2026-04-30T01:00:00Z', config: { dashboard: { host: '127.0.0.1', port: 4780, token: 'tok-123456789' } } });
    after(() => app.ctx.close());
    const cfg = { ...config, dashboard: { ...config.dashboard, port: 0 } };
    const server = await startDashboard(dashboardDeps(app, cfg, pino({ level: 'silent' })));
    after(() => server.close());
    const get = async (auth = true) => {
      const res = await fetch(`${server.url}/calendar.ics`, { headers: auth ? { Authorization: 'Bearer tok-123456789' } : {} });
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
    };
    assert.equal((await get(false)).status, 401);

    const { id } = app.ctx.cases.create(sampleCase());
    const at = clock.now().toISOString();
    for (const e of [{ type: 'prepared', at, source: 'user' }, { type: 'case-submitted', at, source: 'user' }, { type: 'acknowledgement', at, source: 'mail', supportCaseId: '171234567890', messageId: '<a@amazon.com>' }]) {
      app.ctx.cases.apply(id, e as LifecycleEvent);
    }
    const one = await get();
    assert.equal(one.status, 200);
    assert.match(one.type ?? '', /^text\/calendar/);
    const events = one.text.split('BEGIN:VEVENT').length - 1;
    assert.equal(events, 1 + 3, 'the support deadline and the three expiry dates of the sample case');
    // Golden Week: due Thursday 05-07 in Tokyo.
    assert.match(one.text, new RegExp(`UID:deadline-${id}-supportReply@certmerge\\r\\nDTSTAMP:\\d{8}T\\d{6}Z\\r\\nDTSTART:20260507T010000Z`));
    assert.match(one.text, /DTSTART;VALUE=DATE:20270615/);
    const uids = [...one.text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    assert.equal(new Set(uids).size, uids.length, 'one UID per item');

    // The case moves: the user's turn replaces support's deadline, expiry UIDs stay the same.
    app.ctx.cases.apply(id, { type: 'confirmation_request', at, source: 'mail', messageId: '<c@amazon.com>' } as LifecycleEvent);
    const two = await get();
    assert.match(two.text, new RegExp(`UID:deadline-${id}-userReply@certmerge`));
    assert.doesNotMatch(two.text, /supportReply/);
    assert.deepEqual([...two.text.matchAll(/^UID:(expiry-.+)$/gm)].map((m) => m[1]), uids.filter((u) => u!.startsWith('expiry-')));
    app.ctx.cases.apply(id, { type: 'cancel', at, source: 'user' } as LifecycleEvent);
    assert.equal((await get()).text.includes('BEGIN:VEVENT'), false, 'a cancelled case leaves the calendar');
  });
});
