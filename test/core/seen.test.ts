// Tests for src/core/seen.ts: an item's copies as the sidebar saw them, and what changed in the Doc since.
import { buildDocument, bullet, h2, h3 } from '../../dev/docBuilder';
import { itemsById } from '../../src/core/carryOver';
import type { ActionItem } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import {
  changeSince,
  DROP,
  type ItemChange,
  itemChangedSentence,
  itemConflict,
  OPEN_UNCOUNTED,
  readSeen,
  seenOf,
  tick,
} from '../../src/core/seen';
import { checkSeen } from '../../src/core/validate';

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

describe('the sentences', () => {
  it('say what changed, that nothing was changed, and where the fresh state is', () => {
    expect(itemChangedSentence('done', 'sidebar')).toBe(
      'That item was marked done in the Doc since the sidebar last read it, so nothing was changed. Here is the list as it is now.',
    );
    expect(itemChangedSentence('gone', 'overview')).toBe(
      'That item was edited or deleted in its Doc since that Doc was last read, so nothing was changed. Here is what your Docs hold now.',
    );
    expect(itemChangedSentence('copy', 'sidebar')).toMatch(/^A copy of that item changed in the Doc since/);
    expect(itemChangedSentence('open', 'sidebar')).toMatch(/^That item was reopened/);
    expect(itemChangedSentence('dropped', 'overview')).toMatch(/^That item was dropped in its Doc/);
  });

  it('say why an action wrote nothing, in the words of the view that asked, whichever view it was', () => {
    expect(itemConflict({ suggested: true }, tick(true).verb, 'sidebar')).toBe(
      'Someone suggested a change to that item in the Doc, so nothing was ticked: accept or reject the suggestion there first.',
    );
    expect(itemConflict({ suggested: true }, DROP.verb, 'overview')).toBe(
      'Someone suggested a change to that item in its Doc, so nothing was dropped: accept or reject the suggestion there first.',
    );
    expect(itemConflict({ change: 'done', suggested: true }, 'unticked', 'overview')).toBe(
      itemChangedSentence('done', 'overview'),
    );
    expect(itemConflict({ suggested: false }, 'ticked', 'sidebar')).toBeUndefined();
    expect(tick(false)).toEqual({ state: 'open', verb: 'unticked' });
  });
});

describe('checkSeen', () => {
  it('takes what seenOf wrote, and refuses anything else in words', () => {
    expect(checkSeen('3.0.0')).toEqual({ ok: true, value: { open: 3, done: 0, dropped: 0 } });
    for (const bad of [undefined, { timeZone: 'UTC' }, '3', 'x'.repeat(10_000)])
      expect(checkSeen(bad)).toEqual({
        ok: false,
        error: 'This sidebar is out of date, so nothing was changed: close it and open it again.',
      });
  });
});
