// Tests for src/core/runReport.ts: the status line a run leaves, and how long the day's write stays in it.
import {
  describeSeriesRun,
  describeTodayRun,
  runWrite,
  sectionWritten,
  type Written,
  withDaysWrite,
} from '../../src/core/runReport';
import { day, said } from '../../src/shared/messages';
import type { RunStatus } from '../../src/shared/types';

/** A run's writes: nothing unless given. */
const wrote = (writes: Partial<Written> = {}): Written => ({
  redated: 0,
  cancelled: 0,
  movedLeftAsWritten: [],
  ...writes,
});

const inserted = (headingText: string) => ({ inserted: { headingText, agenda: [] } });

const NEXT = { start: '2026-03-09T09:00:00Z' };

describe('sectionWritten', () => {
  it('is false for a run that wrote nothing, or only re-dated, marked or left headings', () => {
    expect(sectionWritten(undefined)).toBe(false);
    expect(sectionWritten(wrote())).toBe(false);
    expect(sectionWritten(wrote({ redated: 2, cancelled: 1, movedLeftAsWritten: ['2026-03-10'] }))).toBe(false);
  });

  it('is true for a section inserted, or one already in the Doc adopted, even under an empty heading', () => {
    expect(sectionWritten(wrote(inserted('Mon 9 Mar')))).toBe(true);
    expect(sectionWritten(wrote({ adopted: 'Our notes' }))).toBe(true);
    expect(sectionWritten(wrote({ adopted: '' }))).toBe(true);
  });
});

describe('describeSeriesRun', () => {
  it('says which section it added', () => {
    expect(describeSeriesRun(wrote(inserted('Mon 9 Mar')), NEXT, false)).toEqual([
      said('run.added', { heading: 'Mon 9 Mar' }),
    ]);
  });

  it('says a section already in the Doc became the meeting’s own', () => {
    expect(describeSeriesRun(wrote({ adopted: 'Notes for Monday' }), NEXT, false)).toEqual([
      said('run.adopted', { heading: 'Notes for Monday' }),
    ]);
  });

  it('says an adopted section dated another day was re-dated, with its new heading', () => {
    const adoptedFor = { date: '2026-03-09', heading: 'Mon 9 Mar' };
    expect(describeSeriesRun(wrote({ adopted: 'Tue 10 Mar', adoptedFor }), NEXT, false)).toEqual([
      said('run.adoptedRedated', { heading: 'Tue 10 Mar', redated: 'Mon 9 Mar' }),
    ]);
  });

  it('says an adopted section in a person’s own words was left as written, with the meeting’s day', () => {
    const adoptedFor = { date: '2026-03-09' };
    expect(describeSeriesRun(wrote({ adopted: 'Catch-up', adoptedFor }), NEXT, false)).toEqual([
      said('run.adoptedLeft', { heading: 'Catch-up', day: day('2026-03-09') }),
    ]);
  });

  it('counts the meetings re-dated and marked cancelled', () => {
    expect(describeSeriesRun(wrote({ redated: 2 }), NEXT, false)).toEqual([said('run.redated', { count: 2 })]);
    expect(describeSeriesRun(wrote({ cancelled: 3 }), NEXT, false)).toEqual([said('run.cancelled', { count: 3 })]);
  });

  it('names the day of each moved meeting whose heading was left as written', () => {
    expect(describeSeriesRun(wrote({ movedLeftAsWritten: ['2026-03-10', '2026-03-17'] }), NEXT, false)).toEqual([
      said('run.movedLeft', { day: day('2026-03-10') }),
      said('run.movedLeft', { day: day('2026-03-17') }),
    ]);
  });

  it('tells everything one run wrote, the section first', () => {
    const all = wrote({ ...inserted('Mon 9 Mar'), redated: 1, cancelled: 1, movedLeftAsWritten: ['2026-03-17'] });
    expect(describeSeriesRun(all, NEXT, true)).toEqual([
      said('run.added', { heading: 'Mon 9 Mar' }),
      said('run.redated', { count: 1 }),
      said('run.cancelled', { count: 1 }),
      said('run.movedLeft', { day: day('2026-03-17') }),
    ]);
  });

  it('says it is up to date when it wrote nothing and a 1:1 is coming', () => {
    expect(describeSeriesRun(undefined, NEXT, false)).toEqual([said('run.upToDate')]);
    expect(describeSeriesRun(wrote(), NEXT, false)).toEqual([said('run.upToDate')]);
  });

  it('tells Prepare now that the next 1:1’s section is already in the Doc', () => {
    expect(describeSeriesRun(wrote(), NEXT, true)).toEqual([said('run.alreadyIn')]);
  });

  it('says no 1:1 is coming when it wrote nothing and there is no next meeting', () => {
    expect(describeSeriesRun(undefined, undefined, true)).toEqual([said('run.noUpcoming')]);
    expect(describeSeriesRun(wrote(), undefined, false)).toEqual([said('run.noUpcoming')]);
  });

  it('tells what it wrote even with no next meeting', () => {
    expect(describeSeriesRun(wrote({ cancelled: 1 }), undefined, false)).toEqual([said('run.cancelled', { count: 1 })]);
  });
});

describe('describeTodayRun', () => {
  it('says which section it added today', () => {
    expect(describeTodayRun(wrote(inserted('Thu 5 Mar')))).toEqual([said('run.added', { heading: 'Thu 5 Mar' })]);
  });

  it('says a section already in the Doc became today’s', () => {
    expect(describeTodayRun(wrote({ adopted: 'Thursday' }))).toEqual([
      said('run.adoptedToday', { heading: 'Thursday' }),
    ]);
  });

  it('says today’s section is already in the Doc when it wrote nothing', () => {
    expect(describeTodayRun(undefined)).toEqual([said('run.todayAlreadyIn')]);
    expect(describeTodayRun(wrote())).toEqual([said('run.todayAlreadyIn')]);
  });
});

describe('runWrite', () => {
  it('is nothing for a run that wrote nothing', () => {
    expect(runWrite(undefined, '2026-03-09')).toBeUndefined();
    expect(runWrite(wrote(), '2026-03-09')).toBeUndefined();
  });

  it('carries the date of the section it inserted or adopted', () => {
    expect(runWrite(wrote(inserted('Mon 9 Mar')), '2026-03-09')).toEqual({ section: '2026-03-09' });
    expect(runWrite(wrote({ adopted: 'Catch-up' }), '2026-03-09')).toEqual({ section: '2026-03-09' });
  });

  it('is a write with no section for one that only re-dated, marked or left headings', () => {
    expect(runWrite(wrote({ redated: 1 }), '2026-03-09')).toEqual({});
    expect(runWrite(wrote({ cancelled: 1 }), '2026-03-09')).toEqual({});
    expect(runWrite(wrote({ movedLeftAsWritten: ['2026-03-10'] }), '2026-03-09')).toEqual({});
  });

  it('is a write with no section when the section has no date to give', () => {
    expect(runWrite(wrote(inserted('Mon 9 Mar')), undefined)).toEqual({});
  });
});

describe('withDaysWrite', () => {
  const status = (at: string, message = [said('run.upToDate')]): RunStatus => ({
    at,
    trigger: 'Hourly check',
    outcome: 'nothing to do',
    message,
  });
  const ADDED = [said('run.added', { heading: 'Mon 9 Mar' })];
  const earlier: RunStatus = {
    ...status('2026-03-08T09:00:00.000Z', ADDED),
    outcome: 'inserted',
    wrote: { at: '2026-03-08T09:00:00.000Z', message: ADDED, section: '2026-03-09' },
  };

  it('makes a run that wrote the day’s write, with its own time, words and section', () => {
    const now = status('2026-03-08T10:00:00.000Z', [said('run.redated', { count: 1 })]);
    expect(withDaysWrite(now, earlier, { section: '2026-03-16' })).toEqual({
      ...now,
      wrote: { at: '2026-03-08T10:00:00.000Z', message: [said('run.redated', { count: 1 })], section: '2026-03-16' },
    });
    expect(withDaysWrite(now, undefined, {})).toEqual({
      ...now,
      wrote: { at: '2026-03-08T10:00:00.000Z', message: [said('run.redated', { count: 1 })] },
    });
  });

  it('keeps the earlier write in a run that wrote nothing, up to a day later', () => {
    const hourLater = status('2026-03-08T10:00:00.000Z');
    expect(withDaysWrite(hourLater, earlier, undefined)).toEqual({ ...hourLater, wrote: earlier.wrote });
    const justUnderADay = status('2026-03-09T08:59:59.999Z');
    expect(withDaysWrite(justUnderADay, earlier, undefined)).toEqual({ ...justUnderADay, wrote: earlier.wrote });
  });

  it('drops the earlier write once it is a day old', () => {
    const aDayLater = status('2026-03-09T09:00:00.000Z');
    expect(withDaysWrite(aDayLater, earlier, undefined)).toStrictEqual(aDayLater);
  });

  it('has no write to keep when no earlier run wrote', () => {
    const now = status('2026-03-08T10:00:00.000Z');
    expect(withDaysWrite(now, undefined, undefined)).toStrictEqual(now);
    expect(withDaysWrite(now, status('2026-03-08T09:00:00.000Z'), undefined)).toStrictEqual(now);
  });
});
