// Tests for src/core/overview.ts: summaries built, trimmed and read back; whose items are "mine"; the overview's order.

import type { Occurrence } from '../../src/core/occurrences';
import {
  type DocSummary,
  otherPerson,
  overviewOf,
  ownedBy,
  pageWithOverview,
  readSummary,
  SUMMARY_BYTES,
  summaryOf,
  summaryRecord,
} from '../../src/core/overview';
import type { Commitment } from '../../src/shared/types';

const NOW = Date.parse('2026-11-20T15:00:00Z');
const TODAY = '2026-11-20';

const item = (id: string, owner: string | undefined, extra: Partial<Commitment> = {}): Commitment => ({
  id,
  text: `item ${id}`,
  ...(owner ? { owner } : {}),
  done: false,
  from: '2026-11-02',
  ...extra,
});

function summary(extra: Partial<DocSummary> = {}): DocSummary {
  return {
    v: 2,
    at: NOW,
    title: 'Ana / Dev',
    openMine: 0,
    openTheirs: 0,
    openOthers: 0,
    dues: [],
    mine: [],
    ...extra,
  };
}

describe('whose item it is', () => {
  it('is mine by the first word of my name or address, accents and case aside', () => {
    expect(ownedBy('Ana', 'ana@example.com')).toBe(true);
    expect(ownedBy('Ana Silva', 'ana.silva@example.com')).toBe(true);
    expect(ownedBy('Chloé', 'chloe@example.com')).toBe(true);
    expect(ownedBy('ana@example.com', 'ANA@example.com')).toBe(true);
    expect(ownedBy('Ben', 'ana@example.com')).toBe(false);
    expect(ownedBy('Anabel', 'ana@example.com')).toBe(false);
    expect(ownedBy(undefined, 'ana@example.com')).toBe(false);
  });

  it('names the other person by an owner who is them, else by the name their address reads as', () => {
    expect(otherPerson(['ana@example.com', 'dev@example.com'], 'ana@example.com', ['Ana', 'Dev Patel'])).toBe(
      'Dev Patel',
    );
    // No owner names them: the address reads as a name when it is made of words, else it is all there is.
    expect(otherPerson(['ana@example.com', 'dev.patel@example.com'], 'ana@example.com', ['Ana'])).toBe('Dev Patel');
    expect(otherPerson(['ana@example.com', 'dp4@example.com'], 'ana@example.com', ['Ana'])).toBe('dp4@example.com');
    expect(otherPerson(['ana@example.com'], 'ana@example.com', [])).toBeUndefined();
    // A name from a chip or the event wins over a typed owner and the address.
    const names = { 'dev@example.com': 'Devendra Patel' };
    expect(otherPerson(['ana@example.com', 'Dev@example.com'], 'ana@example.com', ['Dev'], names)).toBe(
      'Devendra Patel',
    );
  });
});

describe('a summary', () => {
  it('counts open items on each side (not done, not dropped, not unowned), keeps mine oldest first', () => {
    const made = summaryOf({
      title: 'Ana / Dev',
      me: 'ana@example.com',
      atMs: NOW,
      attendees: ['ana@example.com', 'dev@example.com'],
      commitments: [
        item('a', 'Ana', { from: '2026-11-09', due: 'Nov 18', dueDate: '2026-11-18' }),
        item('b', 'Ana', { from: '2026-10-26' }),
        item('c', 'Ana', { done: true }),
        item('d', 'Dev', { dueDate: '2026-11-10' }),
        item('e', 'Dev', { dropped: true }),
        item('f', undefined),
      ],
    });
    expect(made).toMatchObject({ openMine: 2, openTheirs: 1, other: 'Dev', dues: ['2026-11-18', '2026-11-10'] });
    expect(made.mine.map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('counts a third person’s items neither as mine nor as theirs, but apart', () => {
    const made = summaryOf({
      title: 'Ana / Dev',
      me: 'ana@example.com',
      atMs: NOW,
      attendees: ['ana@example.com', 'dev@example.com'],
      commitments: [item('a', 'Ana'), item('d', 'Dev'), item('s', 'Sam'), item('t', 'Tia', { done: true })],
    });
    expect([made.openMine, made.openTheirs, made.openOthers]).toEqual([1, 1, 1]);
    expect(made.mine.map((m) => m.id)).toEqual(['a']);
  });

  it('stays within its bytes: long texts cut, then the oldest of mine left out and counted', () => {
    const commitments = Array.from({ length: 40 }, (_, i) =>
      item(`i${i}`, 'Ana', {
        text: `${'x'.repeat(500)} ${i}`,
        from: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const made = summaryOf({ title: 'T', me: 'ana@example.com', atMs: NOW, commitments });
    const record = summaryRecord(made);
    expect(Buffer.byteLength(record, 'utf8')).toBeLessThanOrEqual(SUMMARY_BYTES);
    const back = readSummary(record)!;
    expect(back.openMine).toBe(40);
    expect(back.mine.length + back.mineLeftOut!).toBe(40);
    // The newest are kept: every kept item is at least as new as every one left out.
    const kept = new Set(back.mine.map((m) => m.id));
    const leftOut = made.mine.filter((m) => !kept.has(m.id));
    expect(Math.min(...back.mine.map((m) => Date.parse(m.from!)))).toBeGreaterThanOrEqual(
      Math.max(...leftOut.map((m) => Date.parse(m.from!))),
    );
    expect(back.mine.every((m) => m.text.length <= 140)).toBe(true);
  });

  it('is read back only when whole and of this version', () => {
    const good = summary({ mine: [{ id: 'abc', text: 'x' }] });
    expect(readSummary(JSON.stringify(good))).toEqual(good);
    for (const bad of [
      '{',
      'null',
      '[]',
      JSON.stringify({ ...good, v: 1 }),
      JSON.stringify({ ...good, openOthers: undefined }),
      JSON.stringify({ ...good, openMine: -1 }),
      JSON.stringify({ ...good, mine: [{ id: 'NOT OK', text: 'x' }] }),
      JSON.stringify({ ...good, title: 42 }),
    ])
      expect([bad, readSummary(bad)]).toEqual([bad, undefined]);
  });
});

/** A weekly meeting of half an hour at `start` (New York, UTC offset -05:00), as a Calendar read gives it. */
function meeting(start: string, extra: Partial<Occurrence> = {}): Occurrence {
  const startMs = Date.parse(start);
  return {
    key: `uid|${new Date(startMs).toISOString()}`,
    id: '',
    startMs,
    endMs: startMs + 30 * 60_000,
    start,
    end: new Date(startMs + 30 * 60_000).toISOString(),
    date: start.slice(0, 10),
    cancelled: false,
    moved: false,
    allDay: false,
    title: '1:1',
    ...extra,
  };
}

describe('the overview', () => {
  const entry = (documentId: string, extra: Partial<DocSummary> = {}, occurrences?: Occurrence[]) => ({
    documentId,
    fallbackTitle: documentId,
    summary: summary({ title: documentId, ...extra }),
    ...(occurrences ? { series: { occurrences, earlier: [] } } : {}),
  });

  it('puts a gap over 28 days first, then over 14, then overdue items, then the next meeting soonest', () => {
    const state = overviewOf(
      [
        entry('soon', {}, [meeting('2026-11-13T10:00:00-05:00'), meeting('2026-11-21T10:00:00-05:00')]),
        entry('later', {}, [meeting('2026-11-13T10:00:00-05:00'), meeting('2026-11-25T10:00:00-05:00')]),
        entry('overdue', { dues: ['2026-11-19'], lastHeld: '2026-11-13' }),
        entry('warning', { lastHeld: '2026-11-05' }),
        entry('strong', { lastHeld: '2026-10-20' }),
        { documentId: 'unread', fallbackTitle: 'Ana / Eli 1:1' },
      ],
      TODAY,
      NOW,
    );
    expect(state.docs.map((d) => [d.documentId, d.gap, d.daysSinceLast])).toEqual([
      ['strong', 'strong', 31],
      ['warning', 'warning', 15],
      ['overdue', undefined, 7],
      ['soon', undefined, 7],
      ['later', undefined, 7],
      ['unread', undefined, undefined],
    ]);
    expect(state.docs.at(-1)).toMatchObject({
      title: 'Ana / Eli 1:1',
      problem: { code: 'overview.notReadYet' },
    });
    // A 14-day gap is no warning yet; overdue counts only dates before today.
    const edge = overviewOf([entry('x', { lastHeld: '2026-11-06', dues: ['2026-11-20'] })], TODAY, NOW).docs[0]!;
    expect([edge.gap, edge.overdue]).toEqual([undefined, 0]);
  });

  it('lists what I owe overdue first, then oldest first, counting days at the time it opens', () => {
    const state = overviewOf(
      [
        entry('d1', {
          mine: [
            { id: 'new', text: 'new', from: '2026-11-16' },
            { id: 'old', text: 'old', from: '2026-10-01' },
          ],
          mineLeftOut: 2,
        }),
        entry('d2', { mine: [{ id: 'late', text: 'late', from: '2026-11-10', due: 'Nov 15', dueDate: '2026-11-15' }] }),
      ],
      TODAY,
      NOW,
    );
    expect(state.youOwe.map((i) => [i.id, i.overdueDays, i.ageDays, i.docTitle])).toEqual([
      ['late', 5, 10, 'd2'],
      ['old', undefined, 50, 'd1'],
      ['new', undefined, 4, 'd1'],
    ]);
    expect(state.youOweLeftOut).toBe(2);
  });

  it('takes the next meeting and the last one held from the series as last read, not from when the line was made', () => {
    // The line was made on Monday morning, before the 10:00 meeting; it is now 11:00 and the meeting took place.
    const series = [meeting('2026-11-16T10:00:00-05:00'), meeting('2026-11-23T10:00:00-05:00')];
    const monday = Date.parse('2026-11-23T16:00:00Z');
    const doc = overviewOf(
      [entry('x', { lastHeld: '2026-11-16' }, [...series, meeting('2026-11-30T10:00:00-05:00')])],
      '2026-11-23',
      monday,
    ).docs[0]!;
    expect(doc.daysSinceLast).toBe(0);
    expect(doc.nextMeeting).toEqual({ start: '2026-11-30T10:00:00-05:00', cancelled: false });
    // A cancelled next meeting is said as such; a meeting past and cancelled is no 1:1 held.
    const cancelled = overviewOf(
      [
        entry('y', {}, [
          meeting('2026-11-16T10:00:00-05:00'),
          meeting('2026-11-23T10:00:00-05:00', { cancelled: true }),
          meeting('2026-11-30T10:00:00-05:00', { cancelled: true }),
        ]),
      ],
      '2026-11-23',
      monday,
    ).docs[0]!;
    expect([cancelled.daysSinceLast, cancelled.nextMeeting?.cancelled]).toEqual([7, true]);
  });

  it('goes into the page escaped, before the last-known marker, which stays', () => {
    const html = '<body><!-- last-known --><script>app()</script></body>';
    const page = pageWithOverview(html, {
      docs: [],
      youOwe: [],
      conflict: { code: 'error.eventNotRecurring', values: { title: '</script><script>alert(1)</script>' } },
    });
    expect(page).not.toContain('</script><script>alert');
    expect(page.indexOf('id="overview-start"')).toBeLessThan(page.indexOf('<!-- last-known -->'));
    const json = /id="overview-start">([^<]*)</.exec(page)![1]!;
    expect(JSON.parse(json).conflict.values.title).toBe('</script><script>alert(1)</script>');
  });
});
