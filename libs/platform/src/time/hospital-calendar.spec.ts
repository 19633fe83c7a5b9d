import { hospitalDate, hospitalDay, startOfHospitalDay } from './hospital-calendar';

describe('hospitalDay', () => {
  it('uses the hospital time zone, not UTC: 17:00 UTC on the 23rd is already the 24th in Shanghai', () => {
    const at = new Date('2026-11-23T17:00:00Z');
    expect(hospitalDay(at, 'Asia/Shanghai')).toBe('20261124');
    expect(hospitalDay(at, 'UTC')).toBe('20261123');
  });

  it('turns over at local midnight in the hospital zone', () => {
    // Shanghai is UTC+8 all year: its midnight is 16:00 UTC the day before.
    expect(hospitalDay(new Date('2026-11-23T15:59:59.999Z'), 'Asia/Shanghai')).toBe('20261123');
    expect(hospitalDay(new Date('2026-11-23T16:00:00.000Z'), 'Asia/Shanghai')).toBe('20261124');
  });

  it('does not depend on the time zone of the server process', () => {
    // 03:00 UTC on 1 January is still New Year's Eve in New York.
    expect(hospitalDay(new Date('2027-01-01T03:00:00Z'), 'America/New_York')).toBe('20261231');
    expect(hospitalDay(new Date('2027-01-01T03:00:00Z'), 'Asia/Shanghai')).toBe('20270101');
  });

  it('pads month and day to two digits', () => {
    expect(hospitalDay(new Date('2026-03-04T04:00:00Z'), 'Asia/Shanghai')).toBe('20260304');
  });

  it('is always eight digits, ready for the day-counter key', () => {
    for (const iso of ['2026-01-01T00:00:00Z', '2026-06-15T12:00:00Z', '2026-12-31T23:59:59Z']) {
      expect(hospitalDay(new Date(iso), 'Asia/Shanghai')).toMatch(/^\d{8}$/);
    }
  });
});

describe('hospitalDate', () => {
  it('is the same day as YYYY-MM-DD, for date-only fields', () => {
    expect(hospitalDate(new Date('2026-11-23T17:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(hospitalDate(new Date('2026-11-23T17:00:00Z'), 'UTC')).toBe('2026-11-23');
  });
});

describe('startOfHospitalDay', () => {
  it('is the hospital zone’s midnight, not UTC’s', () => {
    expect(startOfHospitalDay('2026-12-07', 'Asia/Shanghai').toISOString()).toBe('2026-12-06T16:00:00.000Z');
    expect(startOfHospitalDay('2026-12-07', 'UTC').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('follows a zone with daylight saving on both sides of the change', () => {
    // Berlin: +01:00 in winter, +02:00 from 28 March 2027.
    expect(startOfHospitalDay('2027-03-27', 'Europe/Berlin').toISOString()).toBe('2027-03-26T23:00:00.000Z');
    expect(startOfHospitalDay('2027-03-29', 'Europe/Berlin').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(hospitalDate(startOfHospitalDay('2027-10-31', 'Europe/Berlin'), 'Europe/Berlin')).toBe('2027-10-31');
  });
});
