// Validation of server-function arguments: clear errors for what is wrong, exact values for what is right.
import { checkLinkOptions, checkSettingsPatch } from '../../src/core/validate';

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
    [{ eventId: 'x' }, /calendar is missing/],
    [{ calendarId: 'primary' }, /event is missing/],
    [{ calendarId: 'primary', eventId: '<script>' }, /not a valid id/],
    [{ calendarId: 'primary', eventId: 'x'.repeat(5000) }, /not a valid id/],
    [{ calendarId: 'primary', eventId: 'x', leadHours: 0 }, /Lead time/],
    [{ calendarId: 'primary', eventId: 'x', leadHours: '24' }, /Lead time/],
    [{ calendarId: 'primary', eventId: 'x', position: 'top' }, /Position/],
    [{ calendarId: 'primary', eventId: 'x', template: 'custom-html' }, /Template/],
    [{ calendarId: 'primary', eventId: 'x', surprise: 1 }, /Unknown option: surprise/],
    [
      JSON.parse('{"calendarId": "primary", "eventId": "x", "__proto__": {"polluted": true}}'),
      /Unknown option: __proto__/,
    ],
  ])('rejects %p', (input, message) => {
    const result = checkLinkOptions(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
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
      error: expect.stringMatching(/Lead time/),
    });
    expect(checkSettingsPatch({ calendarId: 'x' })).toMatchObject({ ok: false, error: 'Unknown setting: calendarId.' });
  });
});
