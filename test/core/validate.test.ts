// Validation of server-function arguments: clear errors for what is wrong, exact values for what is right.
import vm from 'node:vm';
import {
  checkCallContext,
  checkDone,
  checkLine,
  checkLinkOptions,
  checkNewActionItem,
  checkSettingsPatch,
  checkShortId,
} from '../../src/core/validate';
import { MAX_NAME, MAX_TEXT } from '../../src/shared/limits';
import { said } from '../../src/shared/messages';
import { english } from '../support/words';

const MALFORMED = { ok: false, error: said('invalid.argument') };
const refused = (code: Parameters<typeof said>[0], values?: Parameters<typeof said>[1]) => ({
  ok: false,
  error: said(code, values),
});

describe('checkLinkOptions', () => {
  it('accepts a calendar, an event and optional settings', () => {
    expect(
      checkLinkOptions({ calendarId: 'primary', eventId: 'abc_R20261221T150000', leadHours: 48, template: 'first' }),
    ).toEqual({
      ok: true,
      value: { calendarId: 'primary', eventId: 'abc_R20261221T150000', leadHours: 48, template: 'first' },
    });
  });

  it.each([
    [undefined, /Choose a recurring event/],
    ['abc', /Choose a recurring event/],
    [[], /Choose a recurring event/],
    [{ eventId: 'x' }, /sent something the add-on cannot use/],
    [{ calendarId: 'primary' }, /sent something the add-on cannot use/],
    [{ calendarId: 'primary', eventId: '<script>' }, /sent something the add-on cannot use/],
    [{ calendarId: 'primary', eventId: 'x'.repeat(5000) }, /sent something the add-on cannot use/],
    [{ calendarId: 'primary', eventId: 'x', leadHours: 0 }, /lead time must be a whole number of hours from 1 to 168/],
    [{ calendarId: 'primary', eventId: 'x', leadHours: '24' }, /lead time must be/],
    [{ calendarId: 'primary', eventId: 'x', position: 'top' }, /where new sections go/],
    [{ calendarId: 'primary', eventId: 'x', template: 'custom-html' }, /one of the templates offered/],
    [{ calendarId: 'primary', eventId: 'x', surprise: 1 }, /Unknown option: surprise/],
    [
      JSON.parse('{"calendarId": "primary", "eventId": "x", "__proto__": {"polluted": true}}'),
      /Unknown option: __proto__/,
    ],
  ])('rejects %p', (input, message) => {
    const result = checkLinkOptions(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(english(result.error)).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes ids of up to 1024 characters of the API’s alphabet, and no longer', () => {
    const eventId = 'a'.repeat(1024);
    expect(checkLinkOptions({ calendarId: 'ana@example.com', eventId })).toEqual({
      ok: true,
      value: { calendarId: 'ana@example.com', eventId },
    });
    expect(checkLinkOptions({ calendarId: 'primary', eventId: `${eventId}a` })).toEqual(MALFORMED);
  });

  it('refuses an id with anything outside that alphabet, at its start, its end or inside', () => {
    for (const eventId of ['abc 123', ' abc', 'abc/', 'abc\n', ''])
      expect(checkLinkOptions({ calendarId: 'primary', eventId })).toEqual(MALFORMED);
  });

  it('refuses an id that is a list, though its text would be a good id', () => {
    expect(checkLinkOptions({ calendarId: ['primary'], eventId: 'abc' })).toEqual(MALFORMED);
  });

  it('quotes an unknown option with its line breaks and control characters as question marks', () => {
    expect(checkLinkOptions({ calendarId: 'primary', eventId: 'x', 'a\nb\u0000c': 1 })).toEqual(
      refused('invalid.unknownKey', { name: 'a?b?c' }),
    );
  });

  it('refuses a function, even one that tags itself an Object', () => {
    const disguised = Object.assign(() => 0, { calendarId: 'primary', eventId: 'abc', [Symbol.toStringTag]: 'Object' });
    expect(Object.prototype.toString.call(disguised)).toBe('[object Object]');
    expect(checkLinkOptions(disguised)).toEqual(refused('invalid.chooseEvent'));
  });
});

describe('checkSettingsPatch', () => {
  it('accepts any subset of the settings', () => {
    expect(checkSettingsPatch({ position: 'oldest-first', dateFormat: 'iso' })).toEqual({
      ok: true,
      value: { position: 'oldest-first', dateFormat: 'iso' },
    });
    expect(checkSettingsPatch({})).toEqual({ ok: true, value: {} });
  });

  it('rejects anything else', () => {
    expect(checkSettingsPatch(null)).toMatchObject({ ok: false });
    expect(checkSettingsPatch({ leadHours: 169 })).toMatchObject({
      ok: false,
      error: { code: 'invalid.lead', values: { min: 1, max: 168 } },
    });
    expect(checkSettingsPatch({ calendarId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid.unknownKey', values: { name: 'calendarId' } },
    });
  });
});

describe('checkCallContext', () => {
  it.each([
    'UTC',
    'Etc/UTC',
    'Asia/Tokyo',
    'America/Argentina/Buenos_Aires',
    'Pacific/Kiritimati',
    'America/Port-au-Prince',
    'Etc/GMT+5',
    'Etc/GMT-14',
    // Not a city, but a real IANA zone (Intl knows it): kept.
    'EST5EDT',
  ])('keeps the time zone %p', (timeZone) => {
    expect(checkCallContext({ timeZone })).toEqual({ timeZone });
  });

  it('gives a zone Intl knows in Intl’s own capitals', () => {
    expect(checkCallContext({ timeZone: 'asia/tokyo' })).toEqual({ timeZone: 'Asia/Tokyo' });
    expect(checkCallContext({ timeZone: 'utc' })).toEqual({ timeZone: 'UTC' });
  });

  it.each([
    ['an empty string', ''],
    ['a zone no one has', 'Mars/Olympus'],
    ['a trailing line break', 'Asia/Tokyo\n'],
    ['a leading space', ' Asia/Tokyo'],
    ['a path', '../etc'],
    ['a path into a zone', 'Asia/../Tokyo'],
    ['markup', '<script>'],
    ['an offset', '+05:00'],
    ['an offset past the last Etc zone', 'Etc/GMT+14'],
    ['a number', 9],
    ['an object', { name: 'Asia/Tokyo' }],
    ['a list', ['Asia/Tokyo']],
    ['null', null],
    ['a boolean', true],
    ['a 10,000-character string', 'A'.repeat(10_000)],
    ['65 characters of a good shape', `Etc/${'A'.repeat(61)}`],
    ['a 10,000-character string of a good shape', `Asia/${'x'.repeat(9_995)}`],
  ])('drops %s as the time zone, and keeps the rest', (_what, timeZone) => {
    // Strictly: a dropped field is absent, not present and undefined.
    expect(checkCallContext({ timeZone })).toStrictEqual({});
    expect(checkCallContext({ timeZone, requestId: 'abcd-1234_XYZ' })).toStrictEqual({ requestId: 'abcd-1234_XYZ' });
  });

  it('keeps a request id of 8 to 64 letters, digits, hyphens and underscores', () => {
    for (const requestId of ['abcdefgh', '6f1c1e02-8a8e-4d8e-9d5e-1f0b8a3c2d4e', 'x'.repeat(64), 'A_b-9_Z-0']) {
      expect(checkCallContext({ requestId })).toEqual({ requestId });
    }
    expect(checkCallContext({ timeZone: 'Asia/Tokyo', requestId: 'req-00000001' })).toEqual({
      timeZone: 'Asia/Tokyo',
      requestId: 'req-00000001',
    });
  });

  it.each([
    'abcdefg',
    'x'.repeat(65),
    'abc def gh',
    'abcdefgh\n',
    'abc.defgh',
    '../../../etc',
    '<script>alert(1)</script>',
    'ábcdefgh',
    '',
    12345678,
    null,
    { id: 'abcdefgh' },
    ['abcdefgh'],
  ])('drops the request id %p, and keeps the zone', (requestId) => {
    expect(checkCallContext({ requestId })).toEqual({});
    expect(checkCallContext({ timeZone: 'UTC', requestId })).toEqual({ timeZone: 'UTC' });
  });

  it.each(['en-GB', 'pt-BR', 'ja', 'zh-Hant-TW', 'de-DE-1996', 'fil'])('keeps the language %p', (language) => {
    expect(checkCallContext({ language })).toEqual({ language });
  });

  it.each([
    '',
    'english',
    'en_GB',
    'e',
    'en-',
    'en-GB\n',
    ' en',
    '<script>',
    'en-GB-x-a-b-c-d-e',
    `en-${'x'.repeat(100)}`,
    'x'.repeat(10_000),
    42,
    null,
    ['en'],
    { tag: 'en' },
  ])('drops %p as the language, and keeps the rest', (language) => {
    expect(checkCallContext({ language })).toEqual({});
    expect(checkCallContext({ language, timeZone: 'UTC' })).toEqual({ timeZone: 'UTC' });
  });

  it.each([undefined, null, 'Asia/Tokyo', 42, true, [], ['Asia/Tokyo', 'abcdefgh'], new Date(0), () => 'Asia/Tokyo'])(
    'answers an empty context for %p, which is no object',
    (input) => {
      expect(checkCallContext(input)).toEqual({});
    },
  );

  it('reads no field off a list, a function or a Date, whatever fields they carry', () => {
    const fields = { timeZone: 'Asia/Tokyo', requestId: 'abcdefgh', language: 'ja' };
    expect(checkCallContext(Object.assign(['x'], fields))).toStrictEqual({});
    expect(checkCallContext(Object.assign(() => 0, fields))).toStrictEqual({});
    expect(checkCallContext(Object.assign(new Date(0), fields))).toStrictEqual({});
  });

  it('ignores fields of other names, and answers none of them', () => {
    const context = checkCallContext({ timeZone: 'UTC', requestId: 'abcdefgh', extra: 'x', locale: 'fr' });
    expect(context).toEqual({ timeZone: 'UTC', requestId: 'abcdefgh' });
    expect(Object.keys(context)).toEqual(['timeZone', 'requestId']);
  });

  it('reads own data fields only: no prototype payload, no getter, no throwing proxy', () => {
    const parsed = JSON.parse(
      '{"__proto__": {"timeZone": "Asia/Tokyo", "requestId": "abcdefgh", "polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    );
    expect(checkCallContext(parsed)).toEqual({});
    expect(checkCallContext(Object.create({ timeZone: 'Asia/Tokyo' }))).toEqual({});
    let read = false;
    const getter = Object.defineProperty({}, 'timeZone', {
      enumerable: true,
      get() {
        read = true;
        return 'Asia/Tokyo';
      },
    });
    expect(checkCallContext(getter)).toEqual({});
    expect(read).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(checkCallContext(hostile)).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).timeZone).toBeUndefined();
  });

  it('does without Intl: no zone can be checked, so none is kept', () => {
    const realIntl = globalThis.Intl;
    try {
      Object.defineProperty(globalThis, 'Intl', { value: undefined, configurable: true, writable: true });
      expect(checkCallContext({ timeZone: 'Asia/Tokyo', requestId: 'abcdefgh' })).toEqual({ requestId: 'abcdefgh' });
    } finally {
      Object.defineProperty(globalThis, 'Intl', { value: realIntl, configurable: true, writable: true });
    }
    expect(checkCallContext({ timeZone: 'Asia/Tokyo' })).toEqual({ timeZone: 'Asia/Tokyo' });
  });

  it('takes objects of another realm, as the bundle’s sandbox (a vm context) receives them', () => {
    const foreign = vm.runInNewContext('({ timeZone: "Asia/Tokyo", requestId: "abcdefgh" })');
    expect(checkCallContext(foreign)).toEqual({ timeZone: 'Asia/Tokyo', requestId: 'abcdefgh' });
  });
});

describe('checkLine', () => {
  it('keeps a line of text as it is', () => {
    expect(checkLine('Send Ana the Q3 numbers')).toEqual({ ok: true, value: 'Send Ana the Q3 numbers' });
  });

  it('trims the line and makes each run of spaces, tabs and line breaks one space', () => {
    expect(checkLine('  Send \t the\n\nnumbers  ')).toEqual({ ok: true, value: 'Send the numbers' });
  });

  it('turns control characters and line separators into spaces', () => {
    expect(checkLine('a\u0000b\u0007c\u007fd\u009fe\u2028f\u2029g')).toEqual({ ok: true, value: 'a b c d e f g' });
  });

  it('removes Private Use Area characters, which the Docs API would strip', () => {
    expect(checkLine('a\ue000b \uf8ff c')).toEqual({ ok: true, value: 'ab c' });
  });

  it('refuses a line with nothing left to write', () => {
    for (const text of ['', '   ', '\n\t', '\u0000\u0001', '\ue000'])
      expect(checkLine(text)).toEqual(refused('invalid.empty'));
  });

  it(`takes ${MAX_TEXT} characters after trimming, and refuses one more`, () => {
    const longest = 'x'.repeat(MAX_TEXT);
    expect(checkLine(`  ${longest}  `)).toEqual({ ok: true, value: longest });
    expect(checkLine(`${longest}x`)).toEqual(refused('invalid.tooLong', { count: MAX_TEXT }));
  });

  it('refuses what is no string', () => {
    for (const input of [undefined, null, 42, ['text'], { text: 'x' }]) expect(checkLine(input)).toEqual(MALFORMED);
  });
});

describe('checkShortId', () => {
  it('takes 1 to 32 lower-case letters and digits', () => {
    for (const id of ['a', 'k3x9', 'z'.repeat(32)]) expect(checkShortId(id)).toEqual({ ok: true, value: id });
  });

  it('refuses anything else', () => {
    for (const id of ['', 'z'.repeat(33), 'ABC', 'ab-c', ' abc', 'abc ', '!abc', 'abc!', 42, ['abc'], null])
      expect(checkShortId(id)).toEqual(MALFORMED);
  });
});

describe('checkDone', () => {
  it('takes true and false, and nothing else', () => {
    expect(checkDone(true)).toEqual({ ok: true, value: true });
    expect(checkDone(false)).toEqual({ ok: true, value: false });
    for (const input of ['true', 1, 0, null, undefined]) expect(checkDone(input)).toEqual(MALFORMED);
  });
});

describe('checkNewActionItem', () => {
  it('takes a text alone, cleaned as a line', () => {
    expect(checkNewActionItem({ text: '  Book the\nroom ' })).toEqual({ ok: true, value: { text: 'Book the room' } });
  });

  it('takes an owner and a due date with the text', () => {
    expect(checkNewActionItem({ text: 'Book the room', owner: 'me', due: '2026-03-09' })).toEqual({
      ok: true,
      value: { text: 'Book the room', owner: 'me', due: '2026-03-09' },
    });
    expect(checkNewActionItem({ text: 'Book the room', owner: 'them' })).toEqual({
      ok: true,
      value: { text: 'Book the room', owner: 'them' },
    });
  });

  it('reads an empty owner or due date as none', () => {
    expect(checkNewActionItem({ text: 'Book the room', owner: '', due: '' })).toStrictEqual({
      ok: true,
      value: { text: 'Book the room' },
    });
  });

  it('takes a person’s name as the owner, trimmed', () => {
    for (const name of ['Ana', 'Zoë Müller', 'Jean-Luc', "O'Brien", 'O’Brien', 'J. R. Smith', '山田'])
      expect(checkNewActionItem({ text: 'x', owner: `  ${name} ` })).toEqual({
        ok: true,
        value: { text: 'x', owner: { name } },
      });
  });

  it(`takes a name of ${MAX_NAME} characters, and refuses one more`, () => {
    const longest = `A${'n'.repeat(MAX_NAME - 1)}`;
    expect(checkNewActionItem({ text: 'x', owner: longest })).toEqual({
      ok: true,
      value: { text: 'x', owner: { name: longest } },
    });
    expect(checkNewActionItem({ text: 'x', owner: `${longest}n` })).toEqual(
      refused('invalid.owner', { count: MAX_NAME }),
    );
  });

  it('refuses an owner that is no name', () => {
    for (const owner of ['Ana2', '-Ana', 'Ana: Ben', '<b>', 42, { name: 'Ana' }, ['Ana']])
      expect(checkNewActionItem({ text: 'x', owner })).toEqual(refused('invalid.owner', { count: MAX_NAME }));
  });

  it('refuses a due date that is no real day written as ISO', () => {
    for (const due of ['2026-02-30', '9 March 2026', '2026-3-9', 20260309, ['2026-03-09']])
      expect(checkNewActionItem({ text: 'x', due })).toEqual(refused('invalid.due'));
  });

  it('refuses the text before anything else is read', () => {
    expect(checkNewActionItem({ text: ' ', owner: 42 })).toEqual(refused('invalid.empty'));
    expect(checkNewActionItem({ owner: 'me' })).toEqual(MALFORMED);
  });

  it('refuses an unknown field by its name', () => {
    expect(checkNewActionItem({ text: 'x', priority: 1 })).toEqual(refused('invalid.unknownKey', { name: 'priority' }));
  });

  it('refuses what is no plain object', () => {
    for (const input of [undefined, null, 'Book the room', ['Book the room'], new Date(0)])
      expect(checkNewActionItem(input)).toEqual(MALFORMED);
  });
});
