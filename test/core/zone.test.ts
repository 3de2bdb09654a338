// The user's zone: which names are taken as IANA zones, in what spelling, and which zone a call's "today" is in.
import { isTimeZone, knownTimeZone, userTimeZone, type ZoneLookup } from '../../src/core/zone';

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

describe('knownTimeZone, whatever the runtime’s Intl makes of a name', () => {
  // Which zones Apps Script's Intl knows is not documented (docs/PLATFORM.md): the least convenient one takes any name.
  const anyName: ZoneLookup = (zone) => zone;

  it.each([
    ['a path', '../etc/passwd'],
    ['a leading slash', '/Asia/Tokyo'],
    ['a trailing slash', 'Asia/Tokyo/'],
    ['a part starting with a digit', 'Etc/5GMT'],
    ['a name starting with a digit', '5Etc/GMT'],
    ['a space inside', 'Asia/Ho Chi_Minh'],
    ['markup at the end', 'Asia/Tokyo<b>'],
    ['markup at the start', '<b>Asia/Tokyo'],
    ['a line break at the end', 'Asia/Tokyo\n'],
    ['a dot inside a part', 'Asia/To.kyo'],
  ])('refuses %s, even where Intl would take it', (_what, name) => {
    expect(knownTimeZone(name, anyName)).toBeUndefined();
  });

  it('takes names of one letter and of every allowed character, at 64 characters and not at 65', () => {
    for (const name of ['A', 'Etc/GMT+5', 'Etc/GMT-14', 'America/Port_au-Prince', 'A/B/C', 'Z9'])
      expect(knownTimeZone(name, anyName)).toBe(name);
    const ofLength = (n: number) => `Etc/${'A'.repeat(n - 4)}`;
    expect(knownTimeZone(ofLength(64), anyName)).toBe(ofLength(64));
    expect(knownTimeZone(ofLength(65), anyName)).toBeUndefined();
  });

  it('keeps the name as sent where Intl names the zone otherwise, and Intl’s capitals where only the case differs', () => {
    const canonical: ZoneLookup = (zone) => (zone === 'US/Pacific' ? 'America/Los_Angeles' : 'Asia/Tokyo');
    expect(knownTimeZone('US/Pacific', canonical)).toBe('US/Pacific');
    expect(knownTimeZone('asia/TOKYO', canonical)).toBe('Asia/Tokyo');
    expect(knownTimeZone('Asia/Tokyo', () => undefined)).toBe('Asia/Tokyo');
  });

  it('refuses a zone Intl does not know, and any name where Intl cannot tell', () => {
    const unknown: ZoneLookup = () => {
      throw new RangeError('Invalid time zone specified: Mars/Olympus');
    };
    expect(knownTimeZone('Mars/Olympus', unknown)).toBeUndefined();
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
