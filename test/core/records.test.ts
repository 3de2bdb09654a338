// Every kind of stored record through its codec: read back as written, what a corrupt value reads as, within its bound.
import type { Book, Link } from '../../src/core/link';
import type { DocSummary } from '../../src/core/overview';
import { type Codec, FOLDED_PREFIXES, type Kind, RECORDS } from '../../src/core/records';
import { RECORD_BYTES, utf8Bytes } from '../../src/core/text';
import { said } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { SidebarState } from '../../src/shared/types';

const NOW = Date.parse('2026-11-20T15:00:00Z');
const BROKEN = '{"cut off';

const link: Link = {
  calendarId: 'primary',
  eventId: 'ev1',
  iCalUID: 'ev1@google.com',
  timeZone: 'Europe/Paris',
  title: 'Ana / Ben 1:1',
  attendees: ['ana@example.com', 'ben@example.com'],
  organizer: 'ana@example.com',
  documentId: 'doc1',
  linkedBy: 'ana@example.com',
  linkedAt: '2026-11-01T09:00:00.000Z',
  gen: 'abcd1234',
};

const summary: DocSummary = {
  v: 2,
  at: NOW,
  title: 'Ana / Ben 1:1',
  lastHeld: '2026-11-13',
  openMine: 1,
  openTheirs: 2,
  openOthers: 0,
  dues: ['2026-11-30'],
  mine: [{ id: 'abc123', text: 'Draft the plan', due: 'Nov 30', dueDate: '2026-11-30', from: '2026-11-13' }],
};

const state = (commitments: number, text = 'Draft the plan') =>
  ({
    linked: true,
    commitments: Array.from({ length: commitments }, (_, i) => ({ id: `id${i}`, text, done: false })),
    agenda: [{ text: 'Hiring plan' }],
    privateNotes: [],
  }) as unknown as SidebarState;

const emails = (n: number) => Array.from({ length: n }, (_, i) => `${'someone'.repeat(40)}${i}@example.com`);

interface Case {
  /** What is written. */
  value: unknown;
  /** What it reads back as, when not the value itself. */
  reads?: unknown;
  /** What the codec's read is given beside the text. */
  context?: unknown[];
  /** A value too big for the kind's bound, for a kind that has one. */
  big?: unknown;
  /** A stored text that cannot be read as this kind (corrupt JSON unless said), and what it reads as. */
  corruptText?: string;
  corrupt: unknown;
}

const cases: Record<Kind, Case> = {
  settings: {
    value: { leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso', notesLanguage: 'ja' },
    reads: {
      settings: { leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso', notesLanguage: 'ja' },
      problems: [],
      unstated: [],
    },
    corrupt: { settings: DEFAULT_SETTINGS, problems: ['all settings'], unstated: [] },
  },
  link: { value: link, corrupt: undefined },
  tab: { value: 't.abc', corruptText: 'x'.repeat(200), corrupt: undefined },
  unlinked: { value: '2026-11-20T15:00:00.000Z', corrupt: BROKEN },
  ledger: { value: [{ key: 'ev1|2026-11-23', date: '2026-11-23', at: '2026-11-22T15:00:00.000Z' }], corrupt: [] },
  book: {
    value: { documentId: 'doc1', link, tabId: 't.abc', nextCheckAt: NOW, kept: [['abc123', 3]] } satisfies Book,
    context: ['doc1'],
    big: {
      documentId: 'doc1',
      link,
      nextCheckAt: NOW,
      sharing: { at: NOW, editors: emails(25), viewers: emails(25) },
    } satisfies Book,
    corrupt: undefined,
  },
  notes: {
    value: { notes: [{ id: 'n1', text: 'Ask about the raise' }], requests: [['req1', NOW]] },
    big: {
      notes: Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, text: 'x'.repeat(100) })),
      requests: Array.from({ length: 200 }, (_, i) => [`request${i}`, NOW + i]),
    },
    corrupt: { notes: [], requests: [], problem: { code: 'notice.notesAside' } },
  },
  notesAside: { value: BROKEN, corrupt: BROKEN },
  lastKnown: { value: { at: NOW, state: state(2) }, big: { at: NOW, state: state(500) }, corrupt: undefined },
  sync: { value: 'CPDAlvWDx70CEPDAlvWDx70CGAU=', corruptText: 'x'.repeat(2048), corrupt: undefined },
  summary: {
    value: summary,
    big: { ...summary, mine: Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, text: 'x'.repeat(200) })) },
    corrupt: undefined,
  },
  refreshProgress: {
    value: { done: 5, total: 12, at: NOW },
    reads: { done: 5, total: 12 },
    context: [NOW + 60_000],
    corrupt: undefined,
  },
  refreshResult: {
    value: {
      at: '2026-11-20T15:00:00.000Z',
      read: 3,
      failures: [{ documentId: 'd2', title: 'T', message: { code: 'error.docGone' } }],
    },
    corrupt: undefined,
  },
  account: {
    value: { timeZone: 'Europe/Paris', hourly: [{ uid: 'u1', documentId: 'doc1', at: NOW }], ranAt: NOW },
    corrupt: {},
  },
  legacyTrigger: { value: 'doc1', corruptText: 'x'.repeat(200), corrupt: undefined },
};

const codecs = Object.entries(RECORDS) as [Kind, Codec<unknown, unknown, unknown[]>][];

describe('stored records, one codec per kind', () => {
  it('has a case here for every kind in the table', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(RECORDS).sort());
  });

  it('keeps every kind under a key of its own', () => {
    const keys = codecs.map(([, codec]) => codec.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(codecs)('%s reads back as written', (kind, codec) => {
    const { value, reads = value, context = [] } = cases[kind];
    const record = codec.write(value);
    expect(typeof record).toBe('string');
    expect(codec.read(record, ...context)).toEqual(reads);
  });

  it.each(codecs)('%s: a corrupt value reads as its kind says', (kind, codec) => {
    const { corruptText = BROKEN, corrupt, context = [] } = cases[kind];
    expect(codec.read(corruptText, ...context)).toEqual(corrupt);
  });

  it.each(codecs.filter(([, codec]) => codec.bytes !== undefined))('%s is written within its bound', (kind, codec) => {
    const { big, context = [] } = cases[kind];
    expect(big).toBeDefined();
    expect(utf8Bytes(JSON.stringify(big))).toBeGreaterThan(codec.bytes!);
    const record = codec.write(big)!;
    expect(utf8Bytes(record)).toBeLessThanOrEqual(codec.bytes!);
    expect(codec.read(record, ...context)).toBeDefined();
  });

  it.each(codecs.filter(([, codec]) => codec.version !== undefined))(
    '%s of another version reads as none',
    (kind, codec) => {
      const { value, corrupt, context = [] } = cases[kind];
      const other = JSON.stringify({ ...JSON.parse(codec.write(value)!), v: codec.version! + 1 });
      expect(codec.read(other, ...context)).toEqual(corrupt);
    },
  );
});

describe('where each kind is kept', () => {
  // Users' and Docs' property stores already hold records under these keys: a key changed here would lose them all,
  // and a record moved between the Doc's store and the user's would be read where it is not.
  it('keeps every kind under the key, in the store, and as a cache or not, as it always has', () => {
    const layout = Object.fromEntries(
      codecs.map(([kind, c]) => [kind, [c.key, c.inDoc ? 'doc' : 'user', Boolean(c.cache)]]),
    );
    expect(layout).toEqual({
      settings: ['settings', 'doc', false],
      link: ['link', 'doc', false],
      tab: ['tab', 'doc', false],
      unlinked: ['unlinked', 'doc', false],
      ledger: ['ledger', 'doc', false],
      book: ['doc:', 'user', false],
      notes: ['notes:', 'user', false],
      notesAside: ['notes-unreadable:', 'user', false],
      lastKnown: ['last:', 'user', true],
      sync: ['sync:', 'user', true],
      summary: ['sum:', 'user', true],
      refreshProgress: ['overview:refresh', 'user', true],
      refreshResult: ['overview:refreshed', 'user', true],
      account: ['account', 'user', false],
      legacyTrigger: ['trigger:', 'user', false],
    });
    expect(FOLDED_PREFIXES).toEqual(['status:', 'kept:', 'requests:']);
  });
});

describe('records in detail', () => {
  const { notes, book, legacyTrigger } = RECORDS;

  it('private points: sound points and write ids only, from either stored shape, none for nothing', () => {
    const stored = {
      notes: [{ id: 'n1', text: 'Ask', extra: 1 }, { id: 2, text: 'x' }, { id: 'n3' }, 'n4', { id: 'n5', text: '' }],
      requests: [['r1', NOW], ['r2', 'then'], [3, NOW], 'r4', { 0: 'r5', 1: NOW }],
    };
    expect(notes.read(JSON.stringify(stored))).toEqual({
      notes: [
        { id: 'n1', text: 'Ask' },
        { id: 'n5', text: '' },
      ],
      requests: [['r1', NOW]],
    });
    expect(notes.read(JSON.stringify([{ id: 'n1', text: 'Ask' }]))).toEqual({
      notes: [{ id: 'n1', text: 'Ask' }],
      requests: [],
    });
    expect(notes.read(JSON.stringify({ notes: [], requests: 'r1' }))).toEqual({ notes: [], requests: [] });
    for (const raw of [undefined, null, '']) expect(notes.read(raw)).toStrictEqual({ notes: [], requests: [] });
  });

  it('private points: write ids go oldest first once the record would pass its bound, and only then', () => {
    const points = [{ id: 'n1', text: 'x'.repeat(7_000) }];
    const requests: [string, number][] = Array.from({ length: 30 }, (_, i) => [`request-${i}`, NOW + i]);
    const read = notes.read(notes.write({ notes: points, requests }));
    expect(read.notes).toEqual(points);
    expect(read.requests.length).toBeLessThan(30);
    expect(read.requests.at(-1)).toEqual(['request-29', NOW + 29]);
    const withText = (length: number) => ({
      notes: [{ id: 'n', text: 'x'.repeat(length) }],
      requests: [['r', 1]] as [string, number][],
    });
    const room = RECORD_BYTES - utf8Bytes(JSON.stringify(withText(0)));
    expect(JSON.parse(notes.write(withText(room))!).requests).toEqual([['r', 1]]);
    expect(JSON.parse(notes.write(withText(room + 1))!).requests).toEqual([]);
    // Points alone past the bound (the server refuses the point that would make them so) are written whole.
    expect(JSON.parse(notes.write(withText(RECORD_BYTES))!)).toEqual({ ...withText(RECORD_BYTES), requests: [] });
  });

  it('a Book’s compact form keeps its link, settings, schedule and status, never what can be had again', () => {
    const full: Book = {
      documentId: 'doc1',
      link,
      settings: DEFAULT_SETTINGS,
      nextCheckAt: NOW,
      status: { at: 'a', trigger: 'Hourly check', outcome: 'inserted', message: [said('run.added')] },
      kept: [['abc123', 3]],
      knownTimes: { k: { start: 's', end: 'e' } },
      snapshot: { at: NOW, uid: 'ev1@google.com', occ: ['2026-11-23T10:00:00+01:00~30~~'] },
      sharing: { at: NOW, editors: ['ana@example.com'], viewers: [] },
    };
    const { kept: _k, knownTimes: _t, snapshot: _s, sharing: _h, ...essential } = full;
    expect(JSON.parse(book.compact!(full))).toEqual(essential);
  });

  it('an older version’s trigger record: read when short, none when there is none', () => {
    expect(legacyTrigger.read('doc1')).toBe('doc1');
    expect(legacyTrigger.read(null)).toBeUndefined();
    expect(legacyTrigger.read(undefined)).toBeUndefined();
  });
});
