// Tests for src/core/seen.ts: an item's copies as the sidebar saw them, and what changed in the Doc since.
import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import { itemsById } from '../../src/core/carryOver';
import type { ActionItem } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import {
  changeSince,
  DROP,
  type ItemChange,
  itemConflict,
  OPEN_UNCOUNTED,
  readSeen,
  seenOf,
  tick,
} from '../../src/core/seen';
import { checkSeen } from '../../src/core/validate';
import { english } from '../support/words';

/** The copies of "Ana: draft the plan", first written on Oct 26, one per section, each with the marker given. */
function copies(...markers: string[]): ActionItem[] {
  const dates = ['2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02'];
  const doc = buildDocument({
    blocks: markers.flatMap((marker, i) => [
      h2(dates[i]!),
      h3('Carried over'),
      bullet(`${marker} Ana: draft the plan (from Oct 26)`),
    ]),
  });
  return [...itemsById(parseDoc(doc)).values()][0] ?? [];
}

const seen = (...markers: string[]) => readSeen(seenOf(copies(...markers)))!;

describe('seenOf', () => {
  it('counts the copies that read open, done and dropped', () => {
    expect(seenOf(copies('☐', '☐', '☐'))).toBe('3.0.0');
    expect(seenOf(copies('☑', '☐', '☐'))).toBe('2.1.0');
    expect(seenOf(copies('✗', '[x]', '[ ]', '✗'))).toBe('1.1.2');
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(readSeen('2.1.0')).toEqual({ open: 2, done: 1, dropped: 0 });
    expect(readSeen(OPEN_UNCOUNTED)).toEqual({ open: 0, done: 0, dropped: 0 });
    for (const bad of [undefined, null, '', '2.1', '2.1.0.0', '-1.0.0', '1.0.0 ', 'a.b.c', '123456.0.0', 2, ['1.0.0']])
      expect(readSeen(bad)).toBeUndefined();
  });
});

describe('changeSince', () => {
  it.each<[string, string[], string[], ItemChange | undefined]>([
    ['nothing changed', ['☐', '☐', '☐'], ['☐', '☐', '☐'], undefined],
    ['carried once more: a copy more, open', ['☐', '☐', '☐'], ['☐', '☐', '☐', '☐'], undefined],
    ['the other person ticked one copy', ['☐', '☐', '☐'], ['☑', '☐', '☐'], 'done'],
    ['the other person unticked the only done copy', ['☑', '☐', '☐'], ['☐', '☐', '☐'], 'open'],
    ['the other person dropped one copy', ['☐', '☐', '☐'], ['☐', '✗', '☐'], 'dropped'],
    ['a dropped item reopened', ['✗', '✗'], ['☐', '☐'], 'open'],
    ['a copy deleted', ['☐', '☐', '☐'], ['☐', '☐'], 'copy'],
    ['another copy ticked, the item done already', ['☑', '☐'], ['☑', '☑'], 'copy'],
    ['ticked, while a copy more was carried', ['☐', '☐'], ['☑', '☐', '☐'], 'done'],
  ])('%s', (_, before, after, change) => {
    expect(changeSince(seen(...before), copies(...after))).toBe(change);
  });

  it('says an item gone (edited: another id; or deleted) is gone', () => {
    expect(changeSince(seen('☐'), undefined)).toBe('gone');
    expect(changeSince(seen('☐'), [])).toBe('gone');
  });

  it('holds an item whose copies were not counted to being open in every copy', () => {
    const uncounted = readSeen(OPEN_UNCOUNTED)!;
    expect(changeSince(uncounted, copies('☐', '☐'))).toBeUndefined();
    expect(changeSince(uncounted, copies('☐', '☑'))).toBe('done');
    expect(changeSince(uncounted, copies('✗'))).toBe('dropped');
  });
});

describe('what an action on a changed item says', () => {
  it('says what changed, that nothing was changed, and that the fresh state is shown, in either view', () => {
    expect(english(itemConflict({ change: 'done' }))).toBe(
      'That item was marked done in its Doc since it was last read here, so nothing was changed. What you see now is how it stands.',
    );
    expect(english(itemConflict({ change: 'gone' }))).toMatch(/^That item was edited or deleted in its Doc/);
    expect(english(itemConflict({ change: 'copy' }))).toMatch(/^A copy of that item changed in its Doc since/);
    expect(english(itemConflict({ change: 'open' }))).toMatch(/^That item was reopened/);
    expect(english(itemConflict({ change: 'dropped' }))).toMatch(/^That item was dropped in its Doc/);
  });

  it('says why an action wrote nothing when a suggestion holds the item, and a change comes first', () => {
    expect(english(itemConflict({ suggested: true }))).toBe(
      'Someone suggested a change to that item in its Doc, so nothing was changed: accept or reject the suggestion there first.',
    );
    expect(itemConflict({ change: 'done', suggested: true })).toEqual(itemConflict({ change: 'done' }));
    expect(itemConflict({ suggested: false })).toBeUndefined();
    expect(tick(false)).toBe('open');
    expect(tick(true)).toBe('done');
    expect(DROP).toBe('dropped');
  });
});

describe('checkSeen', () => {
  it('takes what seenOf wrote, and refuses anything else in words', () => {
    expect(checkSeen('3.0.0')).toEqual({ ok: true, value: { open: 3, done: 0, dropped: 0 } });
    for (const bad of [undefined, { timeZone: 'UTC' }, '3', 'x'.repeat(10_000)])
      expect(checkSeen(bad)).toEqual({
        ok: false,
        error: { code: 'invalid.outOfDate' },
      });
  });
});
