// Tests for src/core/overview.ts: summaries built, trimmed and read back; whose items are "mine"; the overview's order.

import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import type { Book, Link } from '../../src/core/link';
import type { Occurrence } from '../../src/core/occurrences';
import {
  chipNames,
  type DocSummary,
  keptOnly,
  MAX_FAILURES,
  NOT_READ_YET,
  nameFromAddress,
  type OverviewRecords,
  otherPerson,
  overviewOf,
  overviewOfRecords,
  ownedBy,
  pageWithOverview,
  readRefreshProgress,
  readRefreshResult,
  readSummary,
  SUMMARY_BYTES,
  summaryFromState,
  summaryOf,
  summaryRecord,
} from '../../src/core/overview';
import { parseDoc } from '../../src/core/parse';
import { OPEN_UNCOUNTED } from '../../src/core/seen';
import type { SeriesSnapshot } from '../../src/core/snapshot';
import { said } from '../../src/shared/messages';
import type { Commitment } from '../../src/shared/types';

/** A sidebar state as the core makes it: it always names its user, '' when the user is unknown. */
type StateWithUser = Parameters<typeof summaryFromState>[0];

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

  it('folds case letter by letter: ß stays apart from the ss its upper case spells', () => {
    expect(ownedBy('Straße', 'strasse@example.com')).toBe(false);
    expect(ownedBy('STRASSE', 'strasse@example.com')).toBe(true);
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

describe('names and owners', () => {
  it('gives a name only for an address of one to three words of two letters or more', () => {
    expect(nameFromAddress('ben.okafor@example.com')).toBe('Ben Okafor');
    expect(nameFromAddress('BEN_OKAFOR-LEE@example.com')).toBe('Ben Okafor Lee');
    expect(nameFromAddress('zoë@example.com')).toBe('Zoë');
    for (const address of ['a.b.c.d@example.com', 'ben.o@example.com', 'ben4@example.com', 'x@example.com', '@x'])
      expect([address, nameFromAddress(address)]).toEqual([address, undefined]);
  });

  it('never takes an empty name for me, nor an owner only in the other case', () => {
    expect(ownedBy('Ana', '')).toBe(false);
    expect(ownedBy('', '')).toBe(false);
    expect(ownedBy('ÇAĞLA', 'çağla@example.com')).toBe(true);
  });

  it('names a person by their chip, the first chip for an address, never a chip that shows an address', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-16'),
        h3('Action items'),
        bullet([{ text: '☐ ' }, { person: { name: 'Dev Patel', email: 'Dev@Example.com' } }, { text: ': plan' }]),
        bullet([{ text: '☐ ' }, { person: { name: 'Devendra', email: 'dev@example.com' } }, { text: ': more' }]),
        bullet([{ text: '☐ ' }, { person: { name: 'eli@example.com', email: 'eli@example.com' } }, { text: ': x' }]),
        bullet('☐ Ana: typed'),
      ],
    });
    expect(chipNames(parseDoc(doc))).toEqual({ 'dev@example.com': 'Dev Patel' });
  });

  it('names the other person first by the name given for their address, whatever its case', () => {
    expect(otherPerson(['ana@example.com', 'DEV@example.com'], 'ANA@example.com', [], { 'dev@example.com': 'D' })).toBe(
      'D',
    );
    expect(otherPerson(['ana@example.com', 'dev@example.com'], 'ana@example.com', [undefined, 'Dev'])).toBe('Dev');
  });
});

describe('a summary, in detail', () => {
  const base = { title: 'Ana / Dev', me: 'ana@example.com', atMs: NOW };

  it('counts as mine an item owned by the name a chip gives me, and as theirs one by the name it gives them', () => {
    const made = summaryOf({
      ...base,
      attendees: ['ana@example.com', 'dev.p@example.com'],
      names: { 'ANA@example.com': 'x', 'ana@example.com': 'Silva', 'dev.p@example.com': 'Patel' },
      commitments: [item('a', 'Silva'), item('d', 'Patel'), item('e', 'Eve')],
    });
    expect([made.openMine, made.openTheirs, made.openOthers, made.other]).toEqual([1, 1, 1, 'Patel']);
  });

  it('with no other person known, every other owner is theirs; an unowned item is nobody’s', () => {
    const made = summaryOf({ ...base, commitments: [item('d', 'Dev'), item('s', 'Sam'), item('u', undefined)] });
    expect([made.openMine, made.openTheirs, made.openOthers]).toEqual([0, 2, 0]);
    expect(made).not.toHaveProperty('other');
  });

  it('keeps each of my items’ due, due date, first date and copies only when it has them, and at most 40 due dates', () => {
    const made = summaryOf({
      ...base,
      lastHeld: '2026-11-16',
      commitments: [
        item('a', 'Ana', { due: 'Fri', dueDate: '2026-11-20', from: '2026-11-09', seen: '1.0.0' }),
        item('b', 'Ana', { from: undefined }),
        ...Array.from({ length: 45 }, (_, i) => item(`d${i}`, 'Dev', { dueDate: '2026-12-01' })),
      ],
    });
    expect(made.lastHeld).toBe('2026-11-16');
    expect(made.mine).toEqual([
      { id: 'b', text: 'item b' },
      { id: 'a', text: 'item a', due: 'Fri', dueDate: '2026-11-20', from: '2026-11-09', seen: '1.0.0' },
    ]);
    expect(made.dues).toHaveLength(40);
    expect(made.dues[0]).toBe('2026-11-20');
  });

  it('from a sidebar state: the last meeting held counted back from today, else the state’s own date', () => {
    const state = {
      me: 'ana@example.com',
      commitments: [item('a', 'Ana')],
      cadence: { daysSinceLast: 4 },
    } as unknown as StateWithUser;
    const context = { title: 'T', atMs: NOW, today: TODAY, attendees: ['ana@example.com', 'dev@example.com'] };
    expect(summaryFromState(state, context)).toMatchObject({ lastHeld: '2026-11-16', openMine: 1, other: 'Dev' });
    expect(summaryFromState(state, { ...context, names: { 'dev@example.com': 'Devendra' } }).other).toBe('Devendra');
    const noCadence = { ...state, cadence: undefined, lastMeetingDate: '2026-11-02' } as unknown as StateWithUser;
    expect(summaryFromState(noCadence, { title: 'T', atMs: NOW, today: TODAY }).lastHeld).toBe('2026-11-02');
    const none = { me: '', commitments: [item('a', 'Ana')] } as unknown as StateWithUser;
    const bare = summaryFromState(none, { title: 'T', atMs: NOW, today: TODAY });
    expect(bare).not.toHaveProperty('lastHeld');
    expect(bare.openMine).toBe(0);
  });
});

describe('summaryRecord and readSummary, at their edges', () => {
  const long = (n: number, ch = 'x') => ch.repeat(n);

  it('keeps a summary that fits exactly as it is, and cuts texts at 140 only when it must', () => {
    const s = summary({ title: long(200), mine: [{ id: 'a', text: long(150) }] });
    const whole = JSON.stringify(s);
    expect(summaryRecord(s, Buffer.byteLength(whole))).toBe(whole);
    const cut = JSON.parse(summaryRecord(s, Buffer.byteLength(whole) - 1)) as DocSummary;
    expect(cut.title).toBe(`${long(139)}…`);
    expect(cut.mine[0]!.text).toBe(`${long(139)}…`);
    const exact = summary({ title: long(140), other: long(200), mine: [{ id: 'a', text: 'x', due: long(200) }] });
    const exactCut = JSON.parse(summaryRecord(exact, Buffer.byteLength(JSON.stringify(exact)) - 1)) as DocSummary;
    expect(exactCut.title).toBe(long(140));
    expect(exactCut.other).toBe(`${long(139)}…`);
    expect(exactCut.mine[0]!.due).toBe(`${long(139)}…`);
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    const cutTitle = (title: string) => {
      const s = summary({ title });
      return (JSON.parse(summaryRecord(s, Buffer.byteLength(JSON.stringify(s)) - 1)) as DocSummary).title;
    };
    expect(cutTitle(`${long(138)}😀${long(10)}`)).toBe(`${long(138)}…`);
    expect(cutTitle(`${long(137)}😀${long(10)}`)).toBe(`${long(137)}😀…`);
  });

  it('leaves out my oldest items one by one until it fits, counting them with any left out before', () => {
    const mine = Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, text: long(100) }));
    const s = summary({ mine, mineLeftOut: 3 });
    const size = (keep: number) =>
      Buffer.byteLength(JSON.stringify({ ...s, mine: mine.slice(6 - keep), mineLeftOut: 3 + 6 - keep }));
    const four = JSON.parse(summaryRecord(s, size(4))) as DocSummary;
    expect(four.mine.map((m) => m.id)).toEqual(['m2', 'm3', 'm4', 'm5']);
    expect(four.mineLeftOut).toBe(5);
    const none = JSON.parse(summaryRecord(s, 10)) as DocSummary;
    expect([none.mine, none.mineLeftOut]).toEqual([[], 9]);
    const fresh = summary({ mine });
    const allOut = JSON.parse(summaryRecord(fresh, 10)) as DocSummary;
    expect(allOut.mineLeftOut).toBe(6);
  });

  it('reads back each field it keeps, and leaves out or refuses what is not sound', () => {
    const good = summary({
      other: 'Dev',
      lastHeld: '2026-11-13',
      dues: ['2026-11-30'],
      mine: [{ id: 'a1', text: 't', due: 'Fri', dueDate: '2026-11-20', from: '2026-11-02', seen: '1.0.0' }],
      mineLeftOut: 2,
      problem: said('error.docForbidden'),
    });
    expect(readSummary(JSON.stringify(good))).toStrictEqual(good);
    const loose = {
      ...good,
      other: 42,
      lastHeld: '13 Nov',
      dues: ['2026-11-30', 'soon', '2026-11-301', 'x2026-11-30', 5],
      mine: [{ id: 'a1', text: 't', due: 4, dueDate: 'Fri', from: '2026-11-2', seen: 'x' }],
      mineLeftOut: 0,
      problem: 7,
    };
    expect(readSummary(JSON.stringify(loose))).toStrictEqual(
      summary({ dues: ['2026-11-30'], mine: [{ id: 'a1', text: 't' }] }),
    );
    expect(readSummary(JSON.stringify({ ...good, dues: 'x' }))?.dues).toEqual([]);
    const many = Array.from({ length: 45 }, () => '2026-11-30');
    expect(readSummary(JSON.stringify({ ...good, dues: many }))?.dues).toHaveLength(40);
    expect(readSummary(JSON.stringify({ ...good, mineLeftOut: 1.5 }))).not.toHaveProperty('mineLeftOut');
    for (const bad of [
      { ...good, at: 'now' },
      { ...good, mine: 'a1' },
      { ...good, mine: [{ id: 'a1', text: 't' }, 'b'] },
      { ...good, mine: [{ id: 'a1' }] },
      { ...good, mine: [{ id: '', text: 't' }] },
      { ...good, mine: [{ id: 'x'.repeat(65), text: 't' }] },
      { ...good, mine: [{ id: ' a1', text: 't' }] },
      { ...good, mine: [{ id: 'a1 ', text: 't' }] },
      { ...good, title: long(2049) },
      { ...good, openTheirs: 100_000 },
      { ...good, openMine: 1.5 },
    ])
      expect(readSummary(JSON.stringify(bad))).toBeUndefined();
    expect(readSummary(JSON.stringify({ ...good, title: long(2048), openTheirs: 99_999 }))?.openTheirs).toBe(99_999);
    expect(
      readSummary('{"v":2,"at":1e999,"title":"t","openMine":0,"openTheirs":0,"openOthers":0,"mine":[]}'),
    ).toBeUndefined();
  });
});

describe('a refresh’s progress and result', () => {
  it('reads progress while it is under six minutes old and counts no further than its total', () => {
    const progress = (v: object) => readRefreshProgress(JSON.stringify(v), NOW);
    expect(progress({ at: NOW - 6 * 60_000, done: 2, total: 5 })).toEqual({ done: 2, total: 5 });
    expect(progress({ at: NOW - 6 * 60_000 - 1, done: 2, total: 5 })).toBeUndefined();
    expect(progress({ at: NOW, done: 5, total: 5 })).toEqual({ done: 5, total: 5 });
    expect(progress({ at: NOW, done: 6, total: 5 })).toBeUndefined();
    expect(progress({ at: String(NOW), done: 2, total: 5 })).toBeUndefined();
    expect(progress({ at: NOW, done: -1, total: 5 })).toBeUndefined();
    expect(readRefreshProgress('{', NOW)).toBeUndefined();
  });

  it('reads the result with at most twenty failures, each named in full', () => {
    const failure = { documentId: 'd', title: 'T', message: said('error.docGone') };
    const result = (v: object) => readRefreshResult(JSON.stringify(v));
    const many = Array.from({ length: 25 }, (_, i) => ({ ...failure, documentId: `d${i}` }));
    expect(result({ at: 'a', read: 3, failures: many })?.failures).toHaveLength(MAX_FAILURES);
    expect(
      result({
        at: 'a',
        read: 3,
        failures: [
          failure,
          'x',
          { ...failure, documentId: 1 },
          { ...failure, title: 1 },
          { ...failure, message: 1 },
          { ...failure, message: 'Deleted.' },
        ],
      }),
    ).toEqual({ at: 'a', read: 3, failures: [failure] });
    expect(result({ at: 1, read: 3, failures: [] })).toBeUndefined();
    expect(result({ at: 'a', read: 'three', failures: [] })).toBeUndefined();
    expect(result({ at: 'a', read: 3, failures: 'none' })).toBeUndefined();
  });
});

describe('All my 1:1s from this user’s records', () => {
  const link = (documentId: string, iCalUID = `${documentId}@google.com`): Link => ({
    calendarId: 'primary',
    eventId: documentId,
    iCalUID,
    timeZone: 'America/New_York',
    title: `${documentId} 1:1`,
    attendees: ['ana@example.com', 'dev@example.com'],
    documentId,
    linkedBy: 'ana@example.com',
    linkedAt: '2026-11-01T00:00:00.000Z',
  });
  const snapshotOf = (uid: string): SeriesSnapshot => ({
    at: NOW - 3_600_000,
    uid,
    occ: ['2026-11-16T10:00:00-05:00~30~~', '2026-11-23T10:00:00-05:00~30~~'],
  });
  const records = (extra: Partial<OverviewRecords> = {}): OverviewRecords => ({
    account: { hourly: [{ uid: 'u', documentId: 'd1' }], ranAt: NOW - 60_000 },
    books: [],
    unreadable: [],
    summaries: {},
    ...extra,
  });
  const stored = (extra: Partial<DocSummary> = {}) => JSON.stringify(summary(extra));

  it('lists only linked Docs, with their links, the series as last read and each summary', () => {
    const books: Book[] = [
      { documentId: 'd1', link: link('d1'), snapshot: snapshotOf('d1@google.com') },
      { documentId: 'd2' },
    ];
    const state = overviewOfRecords(
      records({ books, summaries: { d1: stored({ title: 'Ana / Dev', openOthers: 2, dues: ['2026-11-19'] }) } }),
      TODAY,
      NOW,
    );
    expect(state.docs).toEqual([
      {
        documentId: 'd1',
        title: 'Ana / Dev',
        url: 'https://docs.google.com/document/d/d1/edit',
        nextMeeting: { start: '2026-11-23T10:00:00-05:00', cancelled: false },
        daysSinceLast: 4,
        openMine: 0,
        openTheirs: 0,
        openOthers: 2,
        overdue: 1,
        asOf: new Date(NOW).toISOString(),
      },
    ]);
    expect(state).not.toHaveProperty('automation');
    expect(state).not.toHaveProperty('refreshing');
    expect(state).not.toHaveProperty('refreshed');
  });

  it('ignores a series read of another series than the link’s, and falls back on the title the link gives', () => {
    const books: Book[] = [{ documentId: 'd1', link: link('d1'), snapshot: snapshotOf('other@google.com') }];
    const [doc] = overviewOfRecords(records({ books }), TODAY, NOW).docs;
    expect(doc).toMatchObject({ title: 'd1 1:1', problem: NOT_READ_YET, openMine: 0, overdue: 0 });
    expect(doc).not.toHaveProperty('nextMeeting');
    expect(doc).not.toHaveProperty('asOf');
    expect(keptOnly({ documentId: 'd1', snapshot: snapshotOf('d1@google.com') }, NOW)).toBeUndefined();
  });

  it('says a Doc closed to this user, or one the last Refresh all could not read and nothing read since', () => {
    const books: Book[] = [
      { documentId: 'closed', link: link('closed'), noAccess: true },
      { documentId: 'failed', link: link('failed') },
      { documentId: 'since', link: link('since') },
    ];
    const at = new Date(NOW - 60_000).toISOString();
    const result = JSON.stringify({
      at,
      read: 3,
      failures: ['closed', 'failed', 'since'].map((documentId) => ({
        documentId,
        title: 't',
        message: said('error.unknown', { detail: `${documentId}!` }),
      })),
    });
    const state = overviewOfRecords(
      records({
        books,
        result,
        summaries: { failed: stored({ at: NOW - 120_000 }), since: stored({ at: NOW - 30_000 }) },
      }),
      TODAY,
      NOW,
    );
    const problems = Object.fromEntries(state.docs.map((d) => [d.documentId, d.problem]));
    expect(problems).toEqual({
      closed: said('error.docForbidden'),
      failed: said('error.unknown', { detail: 'failed!' }),
      since: undefined,
    });
    expect(state.refreshed).toEqual(JSON.parse(result));
  });

  it('keeps the failure of a Refresh all when the Doc was last read in that very millisecond, not after it', () => {
    const at = NOW - 60_000;
    const message = said('error.unknown', { detail: 'same!' });
    const result = JSON.stringify({
      at: new Date(at).toISOString(),
      read: 1,
      failures: [{ documentId: 'same', title: 't', message }],
    });
    const books: Book[] = [{ documentId: 'same', link: link('same') }];
    const state = overviewOfRecords(records({ books, result, summaries: { same: stored({ at }) } }), TODAY, NOW);
    expect(state.docs[0]?.problem).toEqual(message);
  });

  it('lists a Doc whose record cannot be read, says a refresh under way, and that automation stopped', () => {
    const state = overviewOfRecords(
      records({
        account: {},
        unreadable: ['broken'],
        progress: JSON.stringify({ at: NOW, done: 1, total: 3 }),
      }),
      TODAY,
      NOW,
    );
    expect(state.docs).toEqual([
      expect.objectContaining({
        documentId: 'broken',
        title: '',
        problem: said('overview.unreadable'),
      }),
    ]);
    expect(state.refreshing).toEqual({ done: 1, total: 3 });
    expect(state.automation).toEqual({ state: 'off' });
    const fine = overviewOfRecords(records({ books: [{ documentId: 'd1', link: link('d1') }] }), TODAY, NOW);
    expect(fine).not.toHaveProperty('automation');
    expect(fine.docs[0]!.title).toBe('d1 1:1');
  });

  it('with no Calendar read, counts the days from the last meeting the summary saw, never below zero', () => {
    const entries = [
      { documentId: 'a', fallbackTitle: 'a', summary: summary({ lastHeld: '2026-11-13' }) },
      { documentId: 'b', fallbackTitle: 'b', summary: summary({ lastHeld: '2026-11-25' }) },
    ];
    expect(overviewOf(entries, TODAY, NOW).docs.map((d) => [d.documentId, d.daysSinceLast])).toEqual([
      ['a', 7],
      ['b', 0],
    ]);
  });

  it('with a Calendar read that saw no meeting held, falls back on the summary’s last meeting', () => {
    const series = { occurrences: [meeting('2026-11-23T10:00:00-05:00')], earlier: [] };
    const entries = [{ documentId: 'a', fallbackTitle: 'a', summary: summary({ lastHeld: '2026-11-06' }), series }];
    expect(overviewOf(entries, TODAY, NOW).docs[0]).toMatchObject({ daysSinceLast: 14 });
    const moved = { occurrences: [meeting('2026-11-23T10:00:00-05:00', { moved: true })], earlier: [] };
    expect(overviewOf([{ ...entries[0]!, series: moved }], TODAY, NOW).docs[0]!.nextMeeting).toEqual({
      start: '2026-11-23T10:00:00-05:00',
      cancelled: false,
      moved: true,
    });
  });

  it('counts the meetings held in the series it continued too, in order', () => {
    const series = {
      occurrences: [meeting('2026-11-23T10:00:00-05:00')],
      earlier: [meeting('2026-11-16T10:00:00-05:00'), meeting('2026-11-09T10:00:00-05:00')],
    };
    const entries = [{ documentId: 'a', fallbackTitle: 'a', summary: summary(), series }];
    expect(overviewOf(entries, TODAY, NOW).docs[0]!.daysSinceLast).toBe(4);
  });

  it('puts a Doc with overdue items before one without, then the next meeting, then the title', () => {
    const next = (start: string) => ({ occurrences: [meeting(start)], earlier: [] });
    const entries = [
      { documentId: 'z', fallbackTitle: 'z', summary: summary({ title: 'Zed' }) },
      { documentId: 'b', fallbackTitle: 'b', summary: summary({ title: 'Bee' }) },
      {
        documentId: 'late',
        fallbackTitle: 'l',
        summary: summary({ title: 'L' }),
        series: next('2026-11-30T10:00:00-05:00'),
      },
      {
        documentId: 'soon',
        fallbackTitle: 's',
        summary: summary({ title: 'S' }),
        series: next('2026-11-24T10:00:00-05:00'),
      },
      { documentId: 'due', fallbackTitle: 'd', summary: summary({ title: 'D', dues: ['2026-11-01'] }) },
    ];
    expect(overviewOf(entries, TODAY, NOW).docs.map((d) => d.documentId)).toEqual(['due', 'soon', 'late', 'b', 'z']);
  });

  it('what I owe: an item for a meeting to come has no age; one from a meeting held counts its days', () => {
    const series = {
      occurrences: [meeting('2026-11-16T10:00:00-05:00'), meeting('2026-11-23T10:00:00-05:00')],
      earlier: [],
    };
    const mine = [
      { id: 'held', text: 'held', from: '2026-11-16' },
      { id: 'next', text: 'next', from: '2026-11-23' },
      { id: 'today', text: 'today', from: TODAY },
      { id: 'between', text: 'between', from: '2026-11-18' },
      { id: 'none', text: 'none' },
    ];
    const state = overviewOf(
      [{ documentId: 'd', fallbackTitle: 'fallback', summary: summary({ mine }), series }],
      TODAY,
      NOW,
    );
    expect(state.youOwe.map((i) => [i.id, i.ageDays, i.upcoming, i.from])).toEqual([
      ['held', 4, undefined, '2026-11-16'],
      ['between', 2, undefined, '2026-11-18'],
      ['next', undefined, true, '2026-11-23'],
      ['today', undefined, true, TODAY],
      ['none', undefined, undefined, undefined],
    ]);
    expect(state.youOwe.every((i) => i.docTitle === 'Ana / Dev' && i.seen === OPEN_UNCOUNTED)).toBe(true);
    const noHeld = overviewOf(
      [{ documentId: 'd', fallbackTitle: 'f', summary: summary({ mine: [mine[0]!] }) }],
      TODAY,
      NOW,
    );
    expect(noHeld.youOwe[0]).toMatchObject({ ageDays: 4 });
    expect(noHeld.youOwe[0]).not.toHaveProperty('upcoming');
  });

  it('what I owe keeps its due words and copies, and sorts by days overdue, then age', () => {
    const mine = [
      { id: 'a', text: 'a', from: '2026-11-01', due: 'Nov 10', dueDate: '2026-11-10', seen: '1.0.0' },
      { id: 'b', text: 'b', from: '2026-11-18', due: 'Nov 5', dueDate: '2026-11-05' },
      { id: 'c', text: 'c', from: '2026-10-01', due: 'Dec 1', dueDate: '2026-12-01' },
    ];
    const [first, second, third] = overviewOf(
      [{ documentId: 'd', fallbackTitle: 'f', summary: summary({ mine, lastHeld: '2026-11-18' }) }],
      TODAY,
      NOW,
    ).youOwe;
    expect([first!.id, first!.overdueDays, first!.due]).toEqual(['b', 15, 'Nov 5']);
    expect([second!.id, second!.overdueDays, second!.seen]).toEqual(['a', 10, '1.0.0']);
    expect([third!.id, third!.overdueDays, third!.ageDays]).toEqual(['c', undefined, 50]);
    const untitled = overviewOf(
      [{ documentId: 'd', fallbackTitle: 'f', summary: summary({ title: '', mine }) }],
      TODAY,
      NOW,
    );
    expect(untitled.youOwe[0]!.docTitle).toBe('f');
  });
});

describe('All my 1:1s, at its edges', () => {
  const entryWith = (extra: Partial<DocSummary>, series?: { occurrences: Occurrence[]; earlier: Occurrence[] }) => ({
    documentId: 'd',
    fallbackTitle: 'f',
    summary: summary(extra),
    ...(series ? { series } : {}),
  });

  it('a gap of exactly 28 days is a warning, of 29 a strong one; the other person and their count are said', () => {
    const doc = (lastHeld: string) => overviewOf([entryWith({ lastHeld })], TODAY, NOW).docs[0]!;
    expect(doc('2026-10-23').gap).toBe('warning');
    expect(doc('2026-10-22').gap).toBe('strong');
    const counted = overviewOf([entryWith({ other: 'Dev', openMine: 1, openTheirs: 2 })], TODAY, NOW).docs[0]!;
    expect(counted).toMatchObject({ other: 'Dev', openMine: 1, openTheirs: 2 });
  });

  it('a Doc never summarised has nothing but its title, its problem and zero counts', () => {
    const series = { occurrences: [meeting('2026-11-23T10:00:00-05:00')], earlier: [] };
    const state = overviewOf([{ documentId: 'd', fallbackTitle: 'f', series }], TODAY, NOW);
    expect(state.docs[0]).toStrictEqual({
      documentId: 'd',
      title: 'f',
      url: 'https://docs.google.com/document/d/d/edit',
      nextMeeting: { start: '2026-11-23T10:00:00-05:00', cancelled: false },
      openMine: 0,
      openTheirs: 0,
      overdue: 0,
      problem: NOT_READ_YET,
    });
    expect(state.youOwe).toEqual([]);
    expect(state).not.toHaveProperty('youOweLeftOut');
  });

  it('an item from a meeting held today is owed since today, not for a meeting to come', () => {
    const series = {
      occurrences: [meeting('2026-11-20T08:00:00-05:00'), meeting('2026-11-27T08:00:00-05:00')],
      earlier: [],
    };
    const mine = [{ id: 'a', text: 'a', from: TODAY }];
    const [owed] = overviewOf([entryWith({ mine }, series)], TODAY, NOW).youOwe;
    expect(owed).toStrictEqual({
      documentId: 'd',
      id: 'a',
      text: 'a',
      from: TODAY,
      ageDays: 0,
      docTitle: 'Ana / Dev',
      seen: OPEN_UNCOUNTED,
    });
  });

  it('with no meeting known to be held, an item for a day to come is owed for it', () => {
    const [owed] = overviewOf([entryWith({ mine: [{ id: 'a', text: 'a', from: '2026-11-23' }] })], TODAY, NOW).youOwe;
    expect(owed).toMatchObject({ upcoming: true });
    expect(owed).not.toHaveProperty('ageDays');
  });

  it('an item with no first date has no age', () => {
    const [owed] = overviewOf(
      [entryWith({ mine: [{ id: 'a', text: 'a' }], lastHeld: '2026-11-16' })],
      TODAY,
      NOW,
    ).youOwe;
    expect(owed).toStrictEqual({ documentId: 'd', id: 'a', text: 'a', docTitle: 'Ana / Dev', seen: OPEN_UNCOUNTED });
  });

  it('says automation stopped when the only Docs are one linked and one whose record cannot be read', () => {
    const link = { title: 'T' } as Link;
    const state = overviewOfRecords(
      { account: {}, books: [{ documentId: 'a', link }], unreadable: ['b'], summaries: {} },
      TODAY,
      NOW,
    );
    expect(state.automation).toEqual({ state: 'off' });
    expect(
      overviewOfRecords({ account: {}, books: [], unreadable: ['b'], summaries: {} }, TODAY, NOW).automation,
    ).toEqual({ state: 'off' });
  });
});

describe('names and summaries, at their edges', () => {
  it('an address of four words, or a word that does not start with a letter, gives no name', () => {
    expect(nameFromAddress('ab.cd.ef.gh@example.com')).toBeUndefined();
    expect(nameFromAddress('ab.cd.ef@example.com')).toBe('Ab Cd Ef');
    expect(nameFromAddress('x4ben@example.com')).toBeUndefined();
    expect(nameFromAddress('ben.4ben@example.com')).toBeUndefined();
  });

  it('reads the names of person chips past items with no owner or a typed one', () => {
    const doc = buildDocument({
      blocks: [
        h2('2026-11-16'),
        h3('Action items'),
        bullet('☐ nobody owns this'),
        bullet('☐ Ana: typed'),
        bullet([{ text: '☐ ' }, { person: { name: 'Dev Patel', email: 'dev@example.com' } }, { text: ': plan' }]),
      ],
    });
    expect(chipNames(parseDoc(doc))).toEqual({ 'dev@example.com': 'Dev Patel' });
  });

  it('names the other person by an owner who is them before the name their address reads as', () => {
    const made = summaryOf({
      title: 'T',
      me: 'ana@example.com',
      atMs: NOW,
      attendees: ['ana@example.com', 'dev@example.com'],
      commitments: [item('a', 'Dev Patel')],
    });
    expect(made.other).toBe('Dev Patel');
  });

  it('keeps my items without a first date before those with one, whatever order they come in', () => {
    const a = item('a', 'Ana', { from: '2026-11-09' });
    const b = item('b', 'Ana', { from: undefined });
    const c = item('c', 'Ana', { from: undefined });
    for (const commitments of [
      [a, b, c],
      [b, a, c],
      [c, b, a],
    ]) {
      const ids = summaryOf({ title: 'T', me: 'ana@example.com', atMs: NOW, commitments }).mine.map((m) => m.id);
      expect(ids.at(-1)).toBe('a');
    }
  });

  it('refuses an item whose id is not text, and a due date that is not text', () => {
    const good = summary({ mine: [{ id: 'a1', text: 't' }] });
    expect(readSummary(JSON.stringify({ ...good, mine: [{ id: 12, text: 't' }] }))).toBeUndefined();
    expect(readSummary(JSON.stringify({ ...good, dues: [['2026-11-30'], '2026-11-30'] }))?.dues).toEqual([
      '2026-11-30',
    ]);
  });
});
