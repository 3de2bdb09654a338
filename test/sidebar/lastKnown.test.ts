// The sidebar's side of the last-known state: which embedded records it trusts, and the "as of" line it shows meanwhile.

import { readLastKnown as lastKnownFrom } from '../../src/shared/lastKnown';
import type { SidebarState } from '../../src/shared/types';
import { type AsOfView, asOfText, formatAsOf, renderAsOf } from '../../src/sidebar/lastKnown';
import { FakeElement, useFakeDocument } from './fakeDom';

useFakeDocument();

/** ICU puts a narrow no-break space before AM in some versions: compared as a plain space. */
const plain = (text: string) => text.replace(/\u202f/g, ' ');

const AT = Date.parse('2026-11-20T15:02:00Z'); // 10:02 AM in New York
const NY = { locale: 'en-US', timeZone: 'America/New_York' };
const STATE = { linked: true, commitments: [], agenda: [], privateNotes: [] } as unknown as SidebarState;

function view(overrides: Partial<AsOfView> = {}): AsOfView {
  return {
    record: { at: AT, state: STATE },
    now: AT + 60_000,
    loading: true,
    ui: { busy: new Map() },
    retry: () => {},
    ...overrides,
  };
}

describe('formatAsOf', () => {
  it('gives the time alone on the same day, in the user’s zone', () => {
    expect(plain(formatAsOf(AT, AT + 3_600_000, NY))).toBe('10:02 AM');
    expect(plain(formatAsOf(AT, AT + 3_600_000, { locale: 'en-GB', timeZone: 'Europe/Paris' }))).toBe('16:02');
  });

  it('adds the day when the record is from another day in that zone', () => {
    // 11:30 PM the same evening in New York is still Nov 20 there, though Nov 21 in UTC.
    expect(plain(formatAsOf(AT, Date.parse('2026-11-21T04:30:00Z'), NY))).toBe('10:02 AM');
    expect(plain(formatAsOf(AT, Date.parse('2026-11-21T05:30:00Z'), NY))).toBe('Nov 20, 10:02 AM');
  });
});

describe('asOfText', () => {
  it('says how old the state is and that it is refreshing; a trimmed one says it is cut short', () => {
    expect(plain(asOfText(view(), NY))).toBe('As of 10:02 AM, refreshing…');
    expect(plain(asOfText(view({ record: { at: AT, state: STATE, trimmed: true } }), NY))).toBe(
      'As of 10:02 AM, refreshing… Long lists and texts are cut short until then.',
    );
  });

  it('says the refresh failed, in the error’s words', () => {
    expect(plain(asOfText(view({ loading: false, error: 'The server did not answer; try again.' }), NY))).toBe(
      'As of 10:02 AM; it could not be refreshed. The server did not answer; try again.',
    );
  });
});

describe('renderAsOf', () => {
  function line() {
    const element = new FakeElement('p') as FakeElement & {
      hidden?: boolean;
      replaceChildren: (...c: unknown[]) => void;
    };
    element.replaceChildren = (...children) => {
      element.children = [];
      element.append(...(children as (FakeElement | string)[]));
    };
    return element;
  }

  it('shows a hostile error as text, with a Try again button, and hides once the state is fresh', () => {
    const element = line();
    const hostile = '<img src=x onerror=alert(1)>';
    renderAsOf(element as unknown as HTMLElement, view({ loading: false, error: hostile }));
    expect(element.hidden).toBe(false);
    expect(element.texts().join('')).toContain(hostile);
    expect(element.all().map((e) => e.tag)).not.toContain('img');
    expect(element.all().filter((e) => e.tag === 'button')).toHaveLength(1);
    renderAsOf(element as unknown as HTMLElement, undefined);
    expect(element.hidden).toBe(true);
    expect(element.children).toEqual([]);
  });
});

describe('lastKnownFrom', () => {
  it('reads a record of the right shape', () => {
    expect(lastKnownFrom(JSON.stringify({ at: AT, state: STATE, trimmed: true }))).toEqual({
      at: AT,
      state: STATE,
      trimmed: true,
    });
  });

  it.each([
    ['no element', undefined],
    ['an empty element', ''],
    ['text that is not JSON', '{"at":1,'],
    ['no time', JSON.stringify({ state: STATE })],
    ['a time that is not a number', JSON.stringify({ at: '10:02', state: STATE })],
    ['no state', JSON.stringify({ at: AT })],
    ['a state without its lists', JSON.stringify({ at: AT, state: { linked: true } })],
    ['a state without linked', JSON.stringify({ at: AT, state: { commitments: [], agenda: [], privateNotes: [] } })],
  ])('waits for the server given %s', (_name, text) => {
    expect(lastKnownFrom(text)).toBeUndefined();
  });
});
