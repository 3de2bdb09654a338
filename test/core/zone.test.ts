// The user's zone: which names are taken as IANA zones, in what spelling, and which zone a call's "today" is in.
import { isTimeZone, knownTimeZone, userTimeZone } from '../../src/core/zone';

describe('knownTimeZone', () => {
  it('takes a zone Intl knows, in Intl’s own capitals when only the case differs', () => {
    expect(knownTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(knownTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(knownTimeZone('etc/gmt+5')).toBe('Etc/GMT+5');
    expect(knownTimeZone('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
  });

  it('keeps a name Intl resolves to another zone as it was sent: the user’s own choice of name', () => {
    // Intl reads "US/Pacific" as America/Los_Angeles: the same zone, not the same name.
    expect(knownTimeZone('US/Pacific')).toBe('US/Pacific');
    expect(knownTimeZone('Etc/UTC')).toBe('Etc/UTC');
  });

  it.each([
    ['a zone Intl does not know', 'Mars/Olympus'],
    ['a name with a line break', 'Asia/Tokyo\n'],
    ['a path', '../etc/passwd'],
    ['markup', '<script>'],
    ['an offset', '+05:00'],
    ['empty', ''],
    ['65 characters of a good shape', `Etc/${'A'.repeat(61)}`],
    ['a number', 9],
    ['an object', { timeZone: 'Asia/Tokyo' }],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(knownTimeZone(value)).toBeUndefined();
    expect(isTimeZone(value)).toBe(false);
  });

  it('says a known zone is one', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
  });
});

describe('userTimeZone', () => {
  const SCRIPT = 'Etc/UTC';

  it('is the zone this call sent, before any other', () => {
    expect(userTimeZone('Asia/Tokyo', { timeZone: 'Europe/Berlin' }, 'America/New_York', SCRIPT)).toBe('Asia/Tokyo');
  });

  it('else the zone the user’s sidebar last sent, before the calendar’s', () => {
    expect(userTimeZone(undefined, { timeZone: 'Asia/Tokyo' }, 'America/Los_Angeles', SCRIPT)).toBe('Asia/Tokyo');
  });

  it('else the calendar’s, when it is a zone', () => {
    expect(userTimeZone(undefined, {}, 'America/Los_Angeles', SCRIPT)).toBe('America/Los_Angeles');
    expect(userTimeZone(undefined, {}, 'Not a zone', SCRIPT)).toBe(SCRIPT);
  });

  it('and the script’s only as a last resort', () => {
    expect(userTimeZone(undefined, {}, undefined, SCRIPT)).toBe(SCRIPT);
  });
});
