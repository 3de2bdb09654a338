// Tests for src/core/marks.ts: the link's identity and the ids of recent writes, as named ranges laid in the Doc.

import fc from 'fast-check';
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { assertValidDocument, createDocsEngine } from '../../dev/docsEngine';
import { namedRangeName } from '../../src/core/keys';
import type { Link } from '../../src/core/link';
import {
  type DocLink,
  docLink,
  expectedIdentity,
  judgeCopy,
  LINK_MARK_PREFIX,
  type LinkIdentity,
  laidMarkName,
  linkMarkName,
  markLaidIn,
  newGen,
  planLinkMark,
  planMarkRepair,
  planRequestMark,
  REQUEST_KEPT_MS,
  REQUEST_MARK_PREFIX,
  readLinkMark,
  requestDone,
  requestMarkName,
} from '../../src/core/marks';
import type { ParsedDoc } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import {
  DATE_FORMATS,
  DEFAULT_SETTINGS,
  NOTES_LANGUAGE_OPTIONS,
  POSITION_OPTIONS,
  type Settings,
  TEMPLATE_OPTIONS,
  valuesOf,
} from '../../src/shared/settings';
import type { Document } from '../../src/types/docs-api';

const POSITIONS = valuesOf(POSITION_OPTIONS);
const TEMPLATE_NAMES = valuesOf(TEMPLATE_OPTIONS);

const SERIES = 'abc123@google.com';
const GEN = 'k3x9q0w1ze';
const SETTINGS: Settings = {
  leadHours: 48,
  position: 'oldest-first',
  template: 'career',
  dateFormat: 'iso',
  notesLanguage: 'pt-BR',
};
/** The names a Doc's named ranges may hold at most, in UTF-16 units (docs/PLATFORM.md). */
const MAX_NAME = 256;

function link(extra: Partial<Link> = {}): Link {
  return {
    calendarId: 'primary',
    eventId: 'abc123',
    iCalUID: SERIES,
    timeZone: 'America/New_York',
    title: 'Ana / Ben',
    attendees: ['ana@example.com', 'ben@example.com'],
    organizer: 'ana@example.com',
    documentId: 'doc-1',
    linkedBy: 'ana@example.com',
    linkedAt: '2026-11-01T10:00:00.000Z',
    gen: GEN,
    ...extra,
  };
}

/** A ParsedDoc with nothing in it but what the marks' planners read. */
function parsedWith(marks: string[] | undefined, extra: Partial<ParsedDoc> = {}): ParsedDoc {
  return {
    tabId: 't.0',
    bodyEndIndex: 40,
    openingEndIndex: 40,
    sections: [],
    keys: {},
    ...(marks ? { marks } : {}),
    ...extra,
  };
}

const one = (identity: LinkIdentity): DocLink => ({ kind: 'one', identity });

describe('linkMarkName and readLinkMark', () => {
  it('read back a linked identity with its gen, tab, series and every setting', () => {
    const identity: LinkIdentity = { gen: GEN, tab: 't.3', series: SERIES, settings: SETTINGS };
    const name = linkMarkName(identity);
    expect(name.startsWith(LINK_MARK_PREFIX)).toBe(true);
    expect(readLinkMark(name)).toEqual(identity);
  });

  it('write the pairs in the order the format gives, the series last, each value encoded', () => {
    const name = linkMarkName({ gen: GEN, tab: 't.3', series: 'a&b=c@google.com', settings: SETTINGS });
    expect(name).toBe(
      `1on1-link:v=1&g=${GEN}&t=t.3&leadHours=48&position=oldest-first&template=career&dateFormat=iso` +
        '&notesLanguage=pt-BR&s=a%26b%3Dc%40google.com',
    );
    expect(readLinkMark(name)?.series).toBe('a&b=c@google.com');
  });

  it('read a mark laid before the notes had a language as English, the language they were written in', () => {
    const older = `1on1-link:v=1&g=${GEN}&t=t.3&leadHours=48&position=oldest-first&template=career&dateFormat=iso`;
    expect(readLinkMark(older)?.settings).toEqual({ ...SETTINGS, notesLanguage: 'en' });
    expect(readLinkMark(`${older}&notesLanguage=nl`)?.settings).toBeUndefined();
    expect(readLinkMark(older.replace('&dateFormat=iso', ''))?.settings).toBeUndefined();
  });

  it('read back an unlinked identity with its tab, and leave out the series and settings it was given', () => {
    const name = linkMarkName({ gen: 'u1abcdef', unlinked: true, tab: 't.0', series: SERIES, settings: SETTINGS });
    expect(name).toBe('1on1-link:v=1&g=u1abcdef&t=t.0&unlinked=1');
    expect(readLinkMark(name)).toEqual({ gen: 'u1abcdef', unlinked: true, tab: 't.0' });
  });

  it('read back an identity with neither tab nor series nor settings as its gen alone', () => {
    expect(readLinkMark(linkMarkName({ gen: GEN }))).toEqual({ gen: GEN });
  });

  it('round-trip any identity: what is read is what was written, the series absent only when it did not fit', () => {
    const identity = fc.record(
      {
        gen: fc.stringMatching(/^[0-9a-z]{4,32}$/),
        unlinked: fc.boolean(),
        tab: fc.oneof(
          fc.constantFrom('t.0', 't.1', 't.kix9'),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        ),
        series: fc.oneof(
          fc.stringMatching(/^[0-9a-z]{6,60}@google\.com$/),
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
        ),
        settings: fc.record({
          leadHours: fc.integer({ min: 1, max: 168 }),
          position: fc.constantFrom(...POSITIONS),
          template: fc.constantFrom(...TEMPLATE_NAMES),
          dateFormat: fc.constantFrom(...DATE_FORMATS),
          notesLanguage: fc.constantFrom(...valuesOf(NOTES_LANGUAGE_OPTIONS)),
        }),
      },
      { requiredKeys: ['gen'] },
    );
    let dropped = 0;
    let kept = 0;
    fc.assert(
      fc.property(identity, (id) => {
        const name = linkMarkName(id);
        const read = readLinkMark(name);
        const tab = id.tab ? { tab: id.tab } : {};
        if (id.unlinked) {
          expect(read).toEqual({ gen: id.gen, unlinked: true, ...tab });
          return;
        }
        // Measured independently: the name without the series, then `&s=` and the encoded series.
        const without = linkMarkName({ ...id, series: undefined });
        const fits = id.series !== undefined && without.length + 3 + encodeURIComponent(id.series).length <= MAX_NAME;
        if (id.series !== undefined) fits ? kept++ : dropped++;
        expect(read).toEqual({
          gen: id.gen,
          ...tab,
          ...(fits ? { series: id.series } : {}),
          ...(id.settings ? { settings: id.settings } : {}),
        });
        if (fits) expect(name.length).toBeLessThanOrEqual(MAX_NAME);
        else expect(name).toBe(without);
      }),
      { numRuns: 500 },
    );
    // Both sides of the limit were visited.
    expect(kept).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  });

  it('keep a series that makes the name exactly 256 units long, and drop one a unit longer rather than cut it', () => {
    const base = { gen: GEN, tab: 't.0', settings: SETTINGS };
    const without = linkMarkName(base);
    const room = MAX_NAME - without.length - '&s='.length;
    expect(room).toBeGreaterThan(10);
    const fitting = 'x'.repeat(room);
    expect(linkMarkName({ ...base, series: fitting })).toHaveLength(MAX_NAME);
    expect(readLinkMark(linkMarkName({ ...base, series: fitting }))?.series).toBe(fitting);
    const long = `${fitting}y`;
    expect(linkMarkName({ ...base, series: long })).toBe(without);
    expect(readLinkMark(linkMarkName({ ...base, series: long }))).toEqual(base);
  });

  it('measure the series as encoded: few characters that encode long are dropped', () => {
    const base = { gen: GEN, settings: SETTINGS };
    const room = MAX_NAME - linkMarkName(base).length - '&s='.length;
    // Each "é" is one UTF-16 unit but six once encoded (%C3%A9).
    const series = 'é'.repeat(Math.floor(room / 6) + 1);
    expect(series.length).toBeLessThan(room);
    expect(linkMarkName({ ...base, series })).toBe(linkMarkName(base));
    const shorter = 'é'.repeat(Math.floor(room / 6));
    expect(readLinkMark(linkMarkName({ ...base, series: shorter }))?.series).toBe(shorter);
  });

  it('readLinkMark never throws, whatever the string, and answers only gens of the documented form', () => {
    const piece = fc.oneof(
      fc.constantFrom('v=1', 'v=2', 'g=abcd', 'g=', 'unlinked=1', 's=x', 't=t.0', '=', '&', '%', '%E0%A4%A', '%zz'),
      fc.constantFrom('leadHours=24', 'leadHours=NaN', 'position=newest-first', '__proto__=1', 'constructor=x'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.array(piece, { maxLength: 10 }).map((pieces) => `${LINK_MARK_PREFIX}${pieces.join('&')}`),
      fc.array(piece, { maxLength: 10 }).map((pieces) => `${LINK_MARK_PREFIX}${pieces.join('')}`),
    );
    fc.assert(
      fc.property(name, (n) => {
        const read = readLinkMark(n);
        if (read !== undefined) {
          expect(n.startsWith(LINK_MARK_PREFIX)).toBe(true);
          expect(read.gen).toMatch(/^[0-9a-z]{4,32}$/);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuse names that are not marks, or not of this version', () => {
    expect(readLinkMark(`1on1:v=1&g=${GEN}`)).toBeUndefined();
    expect(readLinkMark(`${REQUEST_MARK_PREFIX}v=1&g=${GEN}`)).toBeUndefined();
    expect(readLinkMark(LINK_MARK_PREFIX)).toBeUndefined();
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=2&g=${GEN}`)).toBeUndefined();
    expect(readLinkMark(`${LINK_MARK_PREFIX}g=${GEN}`)).toBeUndefined();
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${GEN}`)).toEqual({ gen: GEN });
  });

  it('refuse a name whose prefix is as long as a mark’s but differs from it', () => {
    expect(readLinkMark(`1on1-LINK:v=1&g=${GEN}`)).toBeUndefined();
    expect(markLaidIn(`1on1-mark:v=1&g=${GEN}`, undefined)).toBe(false);
  });

  it('refuse a gen that is missing, empty, too short, too long or not lower-case base 36', () => {
    for (const gen of ['', 'abc', 'a'.repeat(33), 'ABCD1234', 'ab-cd123', 'abc d123', 'abçd1234'])
      expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${encodeURIComponent(gen)}`)).toBeUndefined();
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&s=${SERIES}`)).toBeUndefined();
    // The bounds themselves are accepted.
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=abcd`)?.gen).toBe('abcd');
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${'z'.repeat(32)}`)?.gen).toBe('z'.repeat(32));
  });

  it('refuse a whole name for one garbled pair: bad percent-encoding, no "=", or an empty key', () => {
    const good = linkMarkName({ gen: GEN, series: SERIES, settings: SETTINGS });
    expect(readLinkMark(good)).toBeDefined();
    expect(readLinkMark(`${good}&x=%E0%A4%A`)).toBeUndefined();
    expect(readLinkMark(`${good}&x=%`)).toBeUndefined();
    expect(readLinkMark(`${good}&x=%ZZ`)).toBeUndefined();
    expect(readLinkMark(`${good}&junk`)).toBeUndefined();
    expect(readLinkMark(`${good}&=x`)).toBeUndefined();
    expect(readLinkMark(`${good}&`)).toBeUndefined();
  });

  it('ignore fields it does not know, even ones named like Object.prototype’s', () => {
    const read = readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${GEN}&__proto__=x&constructor=y&zz=1`);
    expect(read).toEqual({ gen: GEN });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it('leave the settings out when one is missing or unsound, and keep the rest of the link', () => {
    const full = linkMarkName({ gen: GEN, series: SERIES, settings: SETTINGS });
    const missing = full.replace('&dateFormat=iso', '');
    expect(missing).not.toBe(full);
    expect(readLinkMark(missing)).toEqual({ gen: GEN, series: SERIES });
    for (const [from, to] of [
      ['leadHours=48', 'leadHours=0'],
      ['leadHours=48', 'leadHours=169'],
      ['leadHours=48', 'leadHours=1.5'],
      ['leadHours=48', 'leadHours=many'],
      ['position=oldest-first', 'position=sideways'],
      ['template=career', 'template=__proto__'],
    ] as const) {
      const name = full.replace(from, to);
      expect(name).not.toBe(full);
      expect(readLinkMark(name)).toEqual({ gen: GEN, series: SERIES });
    }
  });

  it('read the unlinked flag only as "1", and then nothing but gen and tab', () => {
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${GEN}&unlinked=0&s=${SERIES}`)).toEqual({
      gen: GEN,
      series: SERIES,
    });
    expect(readLinkMark(`${LINK_MARK_PREFIX}v=1&g=${GEN}&unlinked=1&s=${SERIES}&t=t.2`)).toEqual({
      gen: GEN,
      unlinked: true,
      tab: 't.2',
    });
  });
});

describe('docLink', () => {
  // Made in beforeEach, inside each test, not as the file loads: npm run mutate traces what a test runs (docs/MUTATION.md).
  let mark = '';
  beforeEach(() => {
    mark = linkMarkName({ gen: GEN, series: SERIES, settings: SETTINGS });
  });

  it('says none when the Doc holds no link mark: no marks at all, or only the ids of writes', () => {
    expect(docLink({})).toEqual({ kind: 'none' });
    expect(docLink({ marks: [] })).toEqual({ kind: 'none' });
    expect(docLink({ marks: [requestMarkName('r1', Date.UTC(2026, 10, 23))] })).toEqual({ kind: 'none' });
  });

  it('reads the one link mark of a Doc, laid over a paragraph, beside a write’s id', () => {
    const doc = buildDocument({
      blocks: [
        p('Ana / Ben', { namedRange: mark }),
        p('purpose', { namedRange: requestMarkName('r1', Date.UTC(2026, 10, 23)) }),
        h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(`${SERIES}|2026-11-23T15:00:00.000Z`)),
      ],
    });
    expect(docLink(parseDoc(doc))).toEqual(one({ gen: GEN, series: SERIES, settings: SETTINGS }));
  });

  it('counts one name listed twice as one mark', () => {
    expect(docLink({ marks: [mark, mark] })).toEqual(one({ gen: GEN, series: SERIES, settings: SETTINGS }));
  });

  it('says unreadable for a single mark it cannot read, and ambiguous for two different ones', () => {
    expect(docLink({ marks: [`${LINK_MARK_PREFIX}v=2&g=${GEN}`] })).toEqual({ kind: 'unreadable' });
    const other = linkMarkName({ gen: 'abcd0000', series: SERIES });
    const doc = buildDocument({ blocks: [p('Ana / Ben', { namedRange: mark }), p('goals', { namedRange: other })] });
    expect(docLink(parseDoc(doc))).toEqual({ kind: 'ambiguous' });
    // Two, even when one of them cannot be read.
    expect(docLink({ marks: [mark, `${LINK_MARK_PREFIX}garbled`] })).toEqual({ kind: 'ambiguous' });
  });
});

describe('judgeCopy', () => {
  it('finds a copy with the Doc’s own gen and series the same', () => {
    expect(judgeCopy(one({ gen: GEN, series: SERIES }), link())).toBe('same');
  });

  it('finds the Doc unmarked when it states nothing, and unclear when it states something unreadable or twice', () => {
    expect(judgeCopy({ kind: 'none' }, link())).toBe('unmarked');
    expect(judgeCopy({ kind: 'unreadable' }, link())).toBe('unclear');
    expect(judgeCopy({ kind: 'ambiguous' }, link())).toBe('unclear');
  });

  it('finds an unlinked Doc unlinked, whatever the copy holds', () => {
    expect(judgeCopy(one({ gen: GEN, unlinked: true }), link())).toBe('unlinked');
    expect(judgeCopy(one({ gen: 'u1abcdef', unlinked: true }), link({ gen: undefined }))).toBe('unlinked');
  });

  it('finds a Doc linked again (another gen) relinked, even to the same series', () => {
    expect(judgeCopy(one({ gen: 'abcd0000', series: SERIES }), link())).toBe('relinked');
    expect(judgeCopy(one({ gen: 'abcd0000', series: 'other@google.com' }), link())).toBe('relinked');
  });

  it('finds a split followed by the other person relinked: the same gen, a series the copy does not know', () => {
    expect(judgeCopy(one({ gen: GEN, series: 'successor@google.com' }), link())).toBe('relinked');
  });

  it('finds the same link when the Doc names a series the copy lists among those it continued', () => {
    const copy = link({
      iCalUID: 'successor@google.com',
      previous: [{ eventId: 'abc123', iCalUID: SERIES, endedAt: '2026-11-01T10:30:00.000Z' }],
    });
    expect(judgeCopy(one({ gen: GEN, series: SERIES }), copy)).toBe('same');
    expect(judgeCopy(one({ gen: GEN, series: 'successor@google.com' }), copy)).toBe('same');
    expect(judgeCopy(one({ gen: GEN, series: 'third@google.com' }), copy)).toBe('relinked');
  });

  it('finds the same link when the Doc’s mark had no room for the series, by its gen alone', () => {
    expect(judgeCopy(one({ gen: GEN, settings: SETTINGS }), link())).toBe('same');
    expect(judgeCopy(one({ gen: 'abcd0000' }), link())).toBe('relinked');
  });

  it('judges a copy made before links had a gen by its series alone', () => {
    const copy = link({ gen: undefined });
    expect(judgeCopy(one({ gen: 'abcd0000', series: SERIES }), copy)).toBe('same');
    expect(judgeCopy(one({ gen: 'abcd0000', series: 'other@google.com' }), copy)).toBe('relinked');
    // Without a series in the mark there is nothing to tell it by.
    expect(judgeCopy(one({ gen: 'abcd0000' }), copy)).toBe('relinked');
  });
});

describe('markLaidIn and laidMarkName', () => {
  it('counts a mark naming the tab it is found in, or no tab at all, as laid there', () => {
    const named = linkMarkName({ gen: GEN, tab: 't.0' });
    expect(markLaidIn(named, 't.0')).toBe(true);
    expect(markLaidIn(linkMarkName({ gen: GEN }), 't.0')).toBe(true);
    expect(markLaidIn(linkMarkName({ gen: GEN }), undefined)).toBe(true);
  });

  it('counts a mark naming another tab as a copy made with a duplicated tab', () => {
    const named = linkMarkName({ gen: GEN, tab: 't.0' });
    expect(markLaidIn(named, 't.1')).toBe(false);
    expect(markLaidIn(named, undefined)).toBe(false);
  });

  it('counts a name it cannot read as no mark laid anywhere', () => {
    expect(markLaidIn(`${LINK_MARK_PREFIX}v=2&g=${GEN}&t=t.0`, 't.0')).toBe(false);
    expect(markLaidIn('1on1:some-key', 't.0')).toBe(false);
  });

  it('names the mark after the tab the notes were read from, not the tab the identity came with', () => {
    const identity: LinkIdentity = { gen: GEN, series: SERIES, tab: 't.0' };
    const name = laidMarkName({ tabId: 't.5' }, identity);
    expect(readLinkMark(name)).toEqual({ gen: GEN, series: SERIES, tab: 't.5' });
    expect(markLaidIn(name, 't.5')).toBe(true);
    expect(markLaidIn(name, 't.0')).toBe(false);
    // A Doc read without tabs: no tab named, whatever the identity said.
    expect(readLinkMark(laidMarkName({}, identity))).toEqual({ gen: GEN, series: SERIES });
  });
});

describe('planLinkMark', () => {
  const identity: LinkIdentity = { gen: GEN, series: SERIES, settings: SETTINGS };
  const bodyEnd = (doc: Document, tab = 0) => doc.tabs![tab]!.documentTab!.body!.content!.at(-1)!.endIndex!;

  it('plans nothing when the Doc’s one link mark already says it, laid in this tab', () => {
    const mark = linkMarkName({ ...identity, tab: 't.0' });
    const doc = buildDocument({
      blocks: [p('Ana / Ben', { namedRange: mark }), p('x', { namedRange: requestMarkName('r', 1_000_000) })],
    });
    const parsed = parseDoc(doc);
    expect(planLinkMark(parsed, identity)).toEqual([]);
    // The identity's own tab does not matter: the mark names the tab it is laid in.
    expect(planLinkMark(parsed, { ...identity, tab: 't.7' })).toEqual([]);
  });

  it('deletes every old link mark by name in the notes’ tab and lays the new one over the whole body', () => {
    const old = [linkMarkName({ gen: 'abcd0000', series: SERIES }), `${LINK_MARK_PREFIX}garbled`];
    const request = requestMarkName('r', 1_000_000);
    const doc = buildDocument({
      blocks: [
        p('Ana / Ben', { namedRange: old[0] }),
        p('purpose', { namedRange: old[1] }),
        p('notes', { namedRange: request }),
        h2('Mon, Nov 23, 2026 · 1:1'),
        h3('Action items'),
        bullet('☐ Ana: draft the plan'),
      ],
    });
    const requests = planLinkMark(parseDoc(doc), identity);
    expect(requests).toEqual([
      ...old.map((name) => ({ deleteNamedRange: { name, tabsCriteria: { tabIds: ['t.0'] } } })),
      {
        createNamedRange: {
          name: linkMarkName({ ...identity, tab: 't.0' }),
          range: { startIndex: 1, endIndex: bodyEnd(doc), tabId: 't.0' },
        },
      },
    ]);
  });

  it('lays the mark again when the one there says the same but was laid before marks named their tab', () => {
    const doc = buildDocument({ blocks: [p('Ana / Ben', { namedRange: linkMarkName(identity) })] });
    const parsed = parseDoc(doc);
    expect(planLinkMark(parsed, identity)).toEqual([
      { deleteNamedRange: { name: linkMarkName(identity), tabsCriteria: { tabIds: ['t.0'] } } },
      {
        createNamedRange: {
          name: linkMarkName({ ...identity, tab: 't.0' }),
          range: { startIndex: 1, endIndex: bodyEnd(doc), tabId: 't.0' },
        },
      },
    ]);
  });

  it('replaces even the right mark when a second one is there beside it', () => {
    const right = linkMarkName({ ...identity, tab: 't.0' });
    const wrong = linkMarkName({ gen: 'abcd0000', tab: 't.0' });
    const requests = planLinkMark(parsedWith([right, wrong]), identity);
    expect(requests.map((r) => r.deleteNamedRange?.name)).toEqual([right, wrong, undefined]);
    expect(requests[2]?.createNamedRange?.name).toBe(right);
  });

  it('in a Doc read without tabs, deletes in every tab and lays a range of at least one unit', () => {
    const old = linkMarkName({ gen: 'abcd0000' });
    expect(planLinkMark(parsedWith([old], { tabId: undefined, bodyEndIndex: 1 }), identity)).toEqual([
      { deleteNamedRange: { name: old } },
      { createNamedRange: { name: linkMarkName(identity), range: { startIndex: 1, endIndex: 2 } } },
    ]);
  });

  it('applied to a Doc, leaves one readable mark in the notes’ tab and the copy in a duplicated tab alone', () => {
    const stale = linkMarkName({ gen: 'abcd0000', series: SERIES, tab: 't.0' });
    const docs = createDocsEngine();
    const id = docs.put(
      buildDocument({
        tabs: [
          {
            title: 'Notes',
            blocks: [
              p('Ana / Ben', { namedRange: stale }),
              h2('Mon, Nov 23, 2026 · 1:1', namedRangeName(`${SERIES}|2026-11-23T15:00:00.000Z`)),
              h3('Action items'),
              bullet('☐ Ana: draft the plan'),
            ],
          },
          // A person duplicated the notes' tab: its copy of the mark still names t.0.
          { title: 'Notes (copy)', blocks: [p('Ana / Ben', { namedRange: stale }), h2('Mon, Nov 23, 2026 · 1:1')] },
        ],
      }),
    );
    const before = docs.get(id, { includeTabsContent: true });
    const parsed = parseDoc(before);
    expect(parsed.tabId).toBe('t.0');
    docs.batchUpdate({ requests: planLinkMark(parsed, identity) }, id);
    const after = docs.get(id, { includeTabsContent: true });
    assertValidDocument(after);
    const reread = parseDoc(after);
    expect(docLink(reread)).toEqual(one({ ...identity, tab: 't.0' }));
    expect(Object.keys(after.tabs![1]!.documentTab!.namedRanges!)).toEqual([stale]);
    const [range] = after.tabs![0]!.documentTab!.namedRanges![reread.marks![0]!]!.namedRanges![0]!.ranges!;
    expect(range).toEqual({ startIndex: 1, endIndex: bodyEnd(after), tabId: 't.0' });
    // And now it says it: nothing more to do.
    expect(planLinkMark(reread, identity)).toEqual([]);
  });
});

describe('expectedIdentity and planMarkRepair', () => {
  it('expects a linked Doc’s mark to state its gen, its series and its settings', () => {
    expect(expectedIdentity({ link: link(), settings: SETTINGS })).toEqual({
      gen: GEN,
      series: SERIES,
      settings: SETTINGS,
    });
    // The link wins over a leftover unlink time.
    expect(expectedIdentity({ link: link(), settings: SETTINGS, unlinkedAt: '2026-11-01T00:00:00Z' })?.gen).toBe(GEN);
  });

  it('expects an unlinked Doc’s mark to say so, with a gen made of the unlink’s time', () => {
    const at = Date.UTC(2026, 10, 23, 10, 0, 0);
    const identity = expectedIdentity({ settings: SETTINGS, unlinkedAt: '2026-11-23T10:00:00.000Z' });
    expect(identity).toEqual({ gen: `u${at.toString(36)}`, unlinked: true });
    // A mark that other runs can read back.
    expect(readLinkMark(linkMarkName(identity!))).toEqual(identity);
    // Two unlinks at different times differ.
    expect(expectedIdentity({ settings: SETTINGS, unlinkedAt: '2026-11-23T10:00:01.000Z' })?.gen).not.toBe(
      identity!.gen,
    );
  });

  it('expects a readable unlinked mark even from an unlink time that is not a date, or before 1970', () => {
    for (const unlinkedAt of ['not a date', '1969-07-20T20:17:00Z']) {
      const identity = expectedIdentity({ settings: SETTINGS, unlinkedAt });
      expect(identity?.unlinked).toBe(true);
      expect(docLink({ marks: [linkMarkName(identity!)] })).toEqual({ kind: 'one', identity });
    }
  });

  it('names a mark whose series or tab holds a lone surrogate, with U+FFFD in its place', () => {
    const name = linkMarkName({ gen: 'abcd0000', tab: 't.\uD800', series: 'x\uDC00y@google.com' });
    expect(readLinkMark(name)).toEqual({ gen: 'abcd0000', tab: 't.\uFFFD', series: 'x\uFFFDy@google.com' });
  });

  it('expects nothing of a Doc never linked, or of a link made before gens until it is given one', () => {
    expect(expectedIdentity({ settings: DEFAULT_SETTINGS })).toBeUndefined();
    expect(expectedIdentity({ link: link({ gen: undefined }), settings: SETTINGS })).toBeUndefined();
    expect(
      expectedIdentity({ link: link({ gen: undefined }), settings: SETTINGS, unlinkedAt: '2026-11-23T10:00:00Z' }),
    ).toBeUndefined();
  });

  it('repairs toward the expected identity, and plans nothing when nothing is expected', () => {
    const parsed = parsedWith([linkMarkName({ gen: 'abcd0000', tab: 't.0' })]);
    expect(planMarkRepair(parsed, undefined)).toEqual([]);
    const expected = expectedIdentity({ link: link(), settings: SETTINGS });
    expect(planMarkRepair(parsed, expected)).toEqual(planLinkMark(parsed, expected!));
    expect(planMarkRepair(parsed, expected)).toHaveLength(2);
  });
});

describe('request marks', () => {
  const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

  it('names a write’s id with the time in base 36, whole milliseconds', () => {
    expect(requestMarkName('req-1', NOW + 0.75)).toBe(`${REQUEST_MARK_PREFIX}req-1@${NOW.toString(36)}`);
  });

  it('records the write first, over the body, and lets go only of ids older than a day, however many', () => {
    const expired = Array.from({ length: 40 }, (_, i) => requestMarkName(`old-${i}`, NOW - REQUEST_KEPT_MS - 1 - i));
    const kept = [
      requestMarkName('exactly-a-day', NOW - REQUEST_KEPT_MS),
      requestMarkName('recent', NOW - 60_000),
      `${REQUEST_MARK_PREFIX}no-time-at-all`,
      linkMarkName({ gen: GEN, tab: 't.0' }),
    ];
    const requests = planRequestMark(parsedWith([...kept, ...expired], { bodyEndIndex: 57 }), 'new', NOW);
    expect(requests[0]).toEqual({
      createNamedRange: {
        name: `${REQUEST_MARK_PREFIX}new@${NOW.toString(36)}`,
        range: { startIndex: 1, endIndex: 57, tabId: 't.0' },
      },
    });
    expect(requests.slice(1)).toEqual(
      expired.map((name) => ({ deleteNamedRange: { name, tabsCriteria: { tabIds: ['t.0'] } } })),
    );
  });

  it('records the write alone when nothing has expired', () => {
    const requests = planRequestMark(parsedWith(undefined), 'new', NOW);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.createNamedRange?.name).toBe(requestMarkName('new', NOW));
  });

  it('knows a write is done by its id alone: not another id that starts the same, not a link mark', () => {
    const parsed = parsedWith([
      requestMarkName('abc', NOW - 3 * REQUEST_KEPT_MS),
      requestMarkName('me@example.com#1', NOW),
      linkMarkName({ gen: 'abcd1234' }),
    ]);
    expect(requestDone(parsed, 'abc')).toBe(true);
    expect(requestDone(parsed, 'me@example.com#1')).toBe(true);
    expect(requestDone(parsed, 'ab')).toBe(false);
    expect(requestDone(parsed, 'abcd')).toBe(false);
    expect(requestDone(parsed, 'abcd1234')).toBe(false);
    expect(requestDone(parsed, 'me@example.com')).toBe(false);
    expect(requestDone(parsedWith(undefined), 'abc')).toBe(false);
  });

  it('knows no write by a name that only looks like an id and a time: another prefix of the same length', () => {
    const parsed = parsedWith([`1on1-REQ:abc@${NOW.toString(36)}`]);
    expect(requestDone(parsed, 'abc')).toBe(false);
  });

  it('leaves alone a request mark that names no id, however old its time', () => {
    const old = `${REQUEST_MARK_PREFIX}@${(NOW - 3 * REQUEST_KEPT_MS).toString(36)}`;
    expect(requestDone(parsedWith([old]), '')).toBe(false);
    expect(planRequestMark(parsedWith([old]), 'new', NOW)).toHaveLength(1);
  });

  it('finds a write done once its mark is in the Doc, read back through the Docs engine', () => {
    const docs = createDocsEngine();
    const id = docs.put(buildDocument({ blocks: [p('Ana / Ben'), h2('Mon, Nov 23, 2026 · 1:1')] }));
    const parsed = parseDoc(docs.get(id, { includeTabsContent: true }));
    expect(requestDone(parsed, 'write-1')).toBe(false);
    docs.batchUpdate({ requests: planRequestMark(parsed, 'write-1', NOW) }, id);
    const after = parseDoc(docs.get(id, { includeTabsContent: true }));
    expect(requestDone(after, 'write-1')).toBe(true);
    expect(requestDone(after, 'write-2')).toBe(false);
    expect(docLink(after)).toEqual({ kind: 'none' });
  });
});

describe('newGen', () => {
  it('draws ten base-36 digits from the random source', () => {
    expect(newGen(() => 0)).toBe('0000000000');
    expect(newGen(() => 0.99999)).toBe('zzzzzzzzzz');
    const digits = [...'0123456789abcdefghijklmnopqrstuvwxyz'];
    const wanted = 'q7x0b3z9ka';
    const draws = [...wanted].map((d) => (digits.indexOf(d) + 0.5) / 36);
    let calls = 0;
    expect(newGen(() => draws[calls++]!)).toBe(wanted);
    expect(calls).toBe(10);
  });

  it('makes gens a mark can hold, and different ones each time', () => {
    const gens = new Set(Array.from({ length: 50 }, () => newGen()));
    expect(gens.size).toBe(50);
    for (const gen of gens) {
      expect(gen).toMatch(/^[0-9a-z]{10}$/);
      expect(readLinkMark(linkMarkName({ gen }))).toEqual({ gen });
    }
  });
});
