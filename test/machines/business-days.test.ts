import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addBusinessDaysIn, WEEKENDS_ONLY } from '../../src/machines/business-days.js';
import { calendarsFor, countryCalendar } from '../../src/scheduler/holidays.js';

describe('business days with public holidays', () => {
  const jp = countryCalendar('JP');

  it('should count Japan in Tokyo time and skip Golden Week 2026 (a wait from Thursday 04-30 is due 05-07)', () => {
    // 09:00 in Tokyo on Thursday 2026-04-30; Fri 05-01 counts, 05-02..05-06 are the weekend and holidays (05-06 substitutes for 05-03).
    const due = addBusinessDaysIn(new Date('2026-04-30T00:00:00Z'), 2, jp);
    assert.equal(due.toISOString(), '2026-05-07T00:00:00.000Z');
    assert.equal(jp.timeZone, 'Asia/Tokyo');
    // Weekends only would have said Monday 05-04.
    assert.equal(addBusinessDaysIn(new Date('2026-04-30T00:00:00Z'), 2, WEEKENDS_ONLY).toISOString(), '2026-05-04T00:00:00.000Z');
  });

  it('should decide the day in the calendar\'s zone, not in UTC', () => {
    // 23:00 UTC on Friday 05-01 is already Saturday 05-02 08:00 in Tokyo: one business day later is Thursday 05-07 in Tokyo.
    assert.equal(addBusinessDaysIn(new Date('2026-05-01T23:00:00Z'), 1, jp).toISOString(), '2026-05-06T23:00:00.000Z');
  });

  it('should skip the 2026/27 New Year: public 01-01 from date-holidays, 12-29 and 12-30 from holidays.extra', () => {
    const cal = calendarsFor({ extra: ['2026-12-29', '2026-12-30'] })('ja');
    // Monday 12-28 10:00 JST: 12-29, 12-30 off, 12-31 counts (not a public holiday), 01-01 public, then the weekend, Monday 01-04.
    assert.equal(addBusinessDaysIn(new Date('2026-12-28T01:00:00Z'), 2, cal).toISOString(), '2027-01-04T01:00:00.000Z');
    // Without the user's own days off, 12-29 and 12-30 are business days.
    assert.equal(addBusinessDaysIn(new Date('2026-12-28T01:00:00Z'), 2, jp).toISOString(), '2026-12-30T01:00:00.000Z');
  });

  it('should give Japanese cases Japan by default, English cases weekends only, and a configured country to every case', () => {
    const byDefault = calendarsFor({ extra: [] });
    assert.equal(byDefault('ja').isDayOff('2026-05-04'), true);
    assert.equal(byDefault('en').isDayOff('2026-05-04'), false);
    const us = calendarsFor({ country: 'US', extra: [] });
    assert.equal(us('ja').isDayOff('2026-07-03'), true, 'Independence Day observed on Friday 2026-07-03');
    assert.equal(us('ja').isDayOff('2026-05-04'), false);
    assert.equal(us('en'), us('en'), 'one calendar per country');
  });

  it('should count public holidays only, not bank holidays', () => {
    // date-holidays lists 2027-01-02/03 as Japanese bank holidays; 2026-12-31 too. They fall on a weekend, except 12-31.
    assert.equal(jp.isDayOff('2026-12-31'), false);
  });
});
