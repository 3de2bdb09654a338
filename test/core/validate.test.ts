// Validation of server-function arguments: clear errors for what is wrong, exact values for what is right.
import vm from 'node:vm';
import { checkCallContext, checkLinkOptions, checkSettingsPatch } from '../../src/core/validate';
import { english } from '../support/words';

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
    expect(checkCallContext({ timeZone })).toEqual({});
    expect(checkCallContext({ timeZone, requestId: 'abcd-1234_XYZ' })).toEqual({ requestId: 'abcd-1234_XYZ' });
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
