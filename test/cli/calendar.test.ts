import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

async function certmerge(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => void out.push(s), err: (s) => void err.push(s) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('certmerge calendar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certmerge-calendar-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const config = join(dir, 'certmerge.yaml');
  writeFileSync(config, 'dataDir: ./data\ndashboard: { url: https://certmerge.example.org }\n');
  copyFileSync(new URL('../../examples/case.yaml', import.meta.url), join(dir, 'case.yaml'));

  it('should print an iCalendar with an event per open deadline and per certification or voucher expiry, linking to the case', async () => {
    const created = await certmerge(['case', 'create', '--file', join(dir, 'case.yaml'), '--config', config, '--json']);
    assert.equal(created.code, 0, created.err);
    const { id } = JSON.parse(created.out) as { id: string };
    for (const type of ['prepared', 'case-submitted']) assert.equal((await certmerge(['event', id, type, '--config', config])).code, 0);

    const r = await certmerge(['calendar', '--config', config]);
    assert.equal(r.code, 0, r.err);
    const ics = r.out.replace(/\r?\n[ \t]/g, '');
    assert.match(ics, /^BEGIN:VCALENDAR\r?\nVERSION:2\.0\r?\nPRODID:/);
    assert.match(ics, /END:VCALENDAR\s*$/);
    const events = ics.split(/BEGIN:VEVENT/).slice(1);
    // The wait for support's receipt, and the three expiry dates of the example case (2026-04-01 twice, 2027-06-15).
    assert.ok(events.length >= 4, ics);
    assert.ok(events.some((e) => /DTSTART;VALUE=DATE:20270615/.test(e)), 'the source account\'s certification expiry');
    assert.ok(events.filter((e) => /DTSTART;VALUE=DATE:20260401/.test(e)).length >= 2, 'the kept certification and the voucher');
    assert.ok(events.some((e) => /DTSTART:\d{8}T\d{6}Z/.test(e)), 'the open deadline at its time');
    assert.ok(events.every((e) => e.includes(`https://certmerge.example.org/cases/${id}`)), 'each links to the case page');
  });
});
