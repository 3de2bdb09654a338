// The last-known record: within its bytes (trimmed from the end of each list, and said), read back safely, embedded safely.
import {
  embeddableJson,
  LAST_KNOWN_MARKER,
  LAST_KNOWN_TEXT,
  lastKnownRecord,
  pageWithLastKnown,
  readLastKnown,
} from '../../src/core/lastKnown';
import { utf8Bytes } from '../../src/core/text';
import type { SidebarState } from '../../src/shared/types';
import { HOSTILE_MS, within } from '../support/timeBound';

const AT = Date.parse('2026-11-20T15:02:00Z');

function state(commitments: number, text = (i: number) => `Item ${i}`): SidebarState {
  return {
    linked: true,
    series: { title: 'Ana / Ben 1:1', eventId: 'ev1', automatic: true, ended: false },
    nextMeeting: {
      start: '2026-11-23T15:00:00Z',
      end: '2026-11-23T15:30:00Z',
      title: 'Ana / Ben 1:1',
      cancelled: false,
    },
    commitments: Array.from({ length: commitments }, (_, i) => ({ id: `id${i}`, text: text(i), done: false })),
    agenda: [{ text: 'Hiring plan' }],
    privateNotes: [{ id: 'n1', text: 'Ask about the raise' }],
    settings: { leadHours: 24, position: 'newest-first', template: 'default', dateFormat: 'weekday-short' },
    me: 'ana@example.com',
  } as SidebarState;
}

describe('lastKnownRecord', () => {
  it('keeps a state that fits whole, without the one-off conflict and notices', () => {
    const record = lastKnownRecord(
      { ...state(3), conflict: { code: 'conflict.gone' }, notices: [{ code: 'notice.settingsReset' }] },
      AT,
      8192,
    )!;
    const read = readLastKnown(record)!;
    expect(read.at).toBe(AT);
    expect(read.trimmed).toBeUndefined();
    expect(read.state.commitments.map((c) => c.id)).toEqual(['id0', 'id1', 'id2']);
    expect(read.state.privateNotes).toEqual([{ id: 'n1', text: 'Ask about the raise' }]);
    expect(read.state).not.toHaveProperty('conflict');
    expect(read.state).not.toHaveProperty('notices');
  });

  it('keeps the first items of a list that does not fit, as many as fit, and says it was trimmed', () => {
    const big = state(400, (i) => `Item ${i}: ${'a rather long commitment text '.repeat(3)}`);
    const record = lastKnownRecord(big, AT, 8192)!;
    expect(utf8Bytes(record)).toBeLessThanOrEqual(8192);
    const read = readLastKnown(record)!;
    expect(read.trimmed).toBe(true);
    const kept = read.state.commitments.length;
    expect(kept).toBeGreaterThan(10);
    expect(kept).toBeLessThan(400);
    expect(read.state.commitments.map((c) => c.id)).toEqual(big.commitments.slice(0, kept).map((c) => c.id));
    // As many as fit: one more item each would not.
    const oneMore = JSON.stringify({
      ...JSON.parse(record),
      state: { ...read.state, commitments: big.commitments.slice(0, kept + 1) },
    });
    expect(utf8Bytes(oneMore)).toBeGreaterThan(8192);
  });

  it('counts UTF-8 bytes: three-byte text fits in fewer items than ASCII of the same length', () => {
    const ascii = readLastKnown(
      lastKnownRecord(
        state(300, (i) => `${i} ${'a'.repeat(60)}`),
        AT,
        8192,
      ),
    )!;
    const japanese = readLastKnown(
      lastKnownRecord(
        state(300, (i) => `${i} ${'議'.repeat(60)}`),
        AT,
        8192,
      ),
    )!;
    expect(japanese.state.commitments.length).toBeLessThan(ascii.state.commitments.length);
    expect(
      utf8Bytes(
        lastKnownRecord(
          state(300, (i) => `${i} ${'議'.repeat(60)}`),
          AT,
          8192,
        )!,
      ),
    ).toBeLessThanOrEqual(8192);
  });

  it('cuts one hostile text short (never half a surrogate pair) but never an id, and keeps the other items', () => {
    const hostile = `a${'\u0301\u0323'.repeat(200_000)}`;
    const emoji = '😀'.repeat(400);
    const s = state(3, (i) => (i === 0 ? hostile : i === 1 ? emoji : 'plain'));
    const read = within(HOSTILE_MS, () => readLastKnown(lastKnownRecord(s, AT, 8192)))!;
    expect(read.trimmed).toBe(true);
    expect(read.state.commitments.map((c) => c.id)).toEqual(['id0', 'id1', 'id2']);
    expect(read.state.commitments[0]!.text.length).toBeLessThanOrEqual(LAST_KNOWN_TEXT);
    const cutEmoji = read.state.commitments[1]!.text;
    expect(cutEmoji.endsWith('…')).toBe(true);
    expect(cutEmoji.slice(0, -1)).toBe('😀'.repeat(cutEmoji.slice(0, -1).length / 2));
    expect(read.state.commitments[2]!.text).toBe('plain');
  });

  it('leaves the settings as they are, and gives up (undefined) when even no items do not fit', () => {
    const s = state(50);
    const read = readLastKnown(lastKnownRecord(s, AT, 1200))!;
    expect(read.state.settings).toEqual(s.settings);
    expect(lastKnownRecord(s, AT, 100)).toBeUndefined();
  });
});

describe('lastKnownRecord, at its edges', () => {
  const sizeOf = (s: SidebarState) => utf8Bytes(JSON.stringify({ at: AT, state: s }));

  it('keeps a state that fits whole as it is, long texts too, exactly at its bound as well', () => {
    const s = state(3, () => 'long '.repeat(100));
    expect(lastKnownRecord(s, AT, sizeOf(s))).toBe(JSON.stringify({ at: AT, state: s }));
  });

  it('keeps empty lists when no item fits, and nothing when not even they do', () => {
    const s = state(3);
    const empty = { ...s, commitments: [], agenda: [], privateNotes: [] };
    const bare = JSON.stringify({ at: AT, state: empty, trimmed: true });
    expect(lastKnownRecord(s, AT, utf8Bytes(bare))).toBe(bare);
    expect(lastKnownRecord(s, AT, utf8Bytes(bare) - 1)).toBeUndefined();
  });

  it('cuts a long text at 299 units and an ellipsis, never half a surrogate pair, a text of 300 kept whole', () => {
    const texts = [
      'a'.repeat(400),
      `${'b'.repeat(298)}😀${'c'.repeat(50)}`,
      `${'b'.repeat(297)}😀${'c'.repeat(50)}`,
      'd'.repeat(300),
      `${'e'.repeat(298)}😀`,
    ];
    const s = state(texts.length, (i) => texts[i]!);
    const read = readLastKnown(lastKnownRecord(s, AT, sizeOf(s) - 1)!)!;
    expect(read.trimmed).toBe(true);
    expect(read.state.commitments.map((c) => c.text)).toEqual([
      `${'a'.repeat(299)}…`,
      `${'b'.repeat(298)}…`,
      `${'b'.repeat(297)}😀…`,
      'd'.repeat(300),
      `${'e'.repeat(298)}😀`,
    ]);
  });

  it('never cuts an id or a link, however long, and keeps what is null as null', () => {
    const id = `id-${'x'.repeat(400)}`;
    const htmlLink = `https://calendar.google.com/${'y'.repeat(400)}`;
    const s = {
      ...state(1, () => 't'.repeat(400)),
      commitments: [{ id, text: 't'.repeat(400), done: false }],
      nextMeeting: { ...state(0).nextMeeting!, htmlLink },
      series: { title: 'T'.repeat(400), eventId: `ev-${'z'.repeat(400)}`, automatic: true, ended: false },
      status: null,
    } as unknown as SidebarState;
    const read = readLastKnown(lastKnownRecord(s, AT, sizeOf(s) - 1)!)!;
    expect(read.state.commitments[0]!.id).toBe(id);
    expect(read.state.commitments[0]!.text).toHaveLength(300);
    expect(read.state.nextMeeting!.htmlLink).toBe(htmlLink);
    expect(read.state.series!.eventId).toBe(s.series!.eventId);
    expect(read.state.series!.title).toHaveLength(300);
    expect((read.state as unknown as { status: unknown }).status).toBeNull();
  });

  it('cuts lists only as far as it must: a state whose lists fit whole is trimmed in its texts alone', () => {
    const s = state(2, () => 'w'.repeat(400));
    const read = readLastKnown(lastKnownRecord(s, AT, sizeOf(s) - 100)!)!;
    expect(read.state.commitments).toHaveLength(2);
    expect(read.state.agenda).toEqual([{ text: 'Hiring plan' }]);
  });

  it('says it was trimmed when its one text was cut and nothing else was, no list shortened', () => {
    const commitments = [{ id: 'id0', text: 'w'.repeat(1000), done: false }];
    const s = { linked: true, commitments, agenda: [], privateNotes: [] } as unknown as SidebarState;
    const read = readLastKnown(lastKnownRecord(s, AT, 600)!)!;
    expect(read.state.commitments.map((c) => c.text.length)).toEqual([LAST_KNOWN_TEXT]);
    expect(read.trimmed).toBe(true);
  });

  it('keeps every list item that fits, up to the longest list, even when every list fits but one', () => {
    const s = state(6, (i) => `Item number ${i} with some words`);
    const full = sizeOf(s);
    const record = lastKnownRecord(s, AT, full - 1)!;
    const read = readLastKnown(record)!;
    expect(read.state.commitments).toHaveLength(5);
    expect(read.trimmed).toBe(true);
    // Exactly at the bound, the same five.
    expect(lastKnownRecord(s, AT, utf8Bytes(record))).toBe(record);
  });
});

describe('readLastKnown', () => {
  it.each([
    ['nothing', null],
    ['not JSON', '{"at":'],
    ['no time', JSON.stringify({ state: state(1) })],
    ['no state', JSON.stringify({ at: AT })],
    ['a state without its lists', JSON.stringify({ at: AT, state: { linked: true } })],
    ['a list', '[]'],
  ])('reads %s as no record', (_name, raw) => {
    expect(readLastKnown(raw)).toBeUndefined();
  });
});

describe('embedding in the page', () => {
  const nasty = "</script><script>window.pwned=1</script><!-- <SCRIPT> & \u2028\u2029 $& $' $` $$";

  it('escapes every character that could end or change a script element, and reads back the same', () => {
    const json = embeddableJson({ text: nasty });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text: nasty });
  });

  it('puts the record in place of the marker, taking "$" patterns in Doc text literally', () => {
    const page = `<body>${LAST_KNOWN_MARKER}<script>boot()</script></body>`;
    const record = { at: AT, state: state(1, () => nasty) };
    const out = pageWithLastKnown(page, record);
    const match =
      /<script type="application\/json" id="last-known">([^<]*)<\/script><script>boot\(\)<\/script><\/body>$/.exec(out);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual(record);
  });

  it('leaves a page without the marker as it is', () => {
    expect(pageWithLastKnown('<!doctype html><title>x</title>', { at: AT, state: state(1) })).toBe(
      '<!doctype html><title>x</title>',
    );
  });
});
