// Tests for src/shared/messages.ts: a message is a known code with well-formed values, and crosses a thrown Error intact.
import { readStatus } from '../../src/core/link';
import { decodeMessage, encodeMessage, isMessage, isMessageList, MESSAGE_CODES, said } from '../../src/shared/messages';
import { english } from '../support/words';

describe('a message', () => {
  it('is a known code with text, counts, days, templates or messages as values', () => {
    expect(isMessage(said('run.upToDate'))).toBe(true);
    expect(isMessage(said('run.added', { heading: 'Mon, Nov 23, 2026 · 1:1' }))).toBe(true);
    expect(isMessage(said('run.movedLeft', { day: { day: '2026-11-24' } }))).toBe(true);
    expect(
      isMessage(said('notice.templateSettled', { used: { template: 'first' }, current: { template: 'default' } })),
    ).toBe(true);
    expect(isMessage({ code: 'error.nothing.such' })).toBe(false);
    expect(isMessage({ code: 'run.added', values: { heading: ['a'] } })).toBe(false);
    expect(isMessage({ code: 'run.added', values: { heading: { template: 'custom-html' } } })).toBe(false);
    expect(isMessage({ code: 'run.added', extra: 1 })).toBe(false);
    expect(isMessage('Up to date.')).toBe(false);
    expect(isMessageList([said('run.upToDate')])).toBe(true);
    expect(isMessageList('Up to date.')).toBe(false);
  });

  it('refuses messages nested without end', () => {
    let deep: unknown = said('run.upToDate');
    for (let i = 0; i < 10; i++) deep = { code: 'error.eventNotRecurring', values: { title: deep } };
    expect(isMessage(deep)).toBe(false);
  });

  it('crosses a thrown Error’s text, whatever prefix the transport adds, and nothing else reads as one', () => {
    const message = said('invalid.tooLong', { count: 500 });
    expect(decodeMessage(encodeMessage(message))).toEqual(message);
    expect(decodeMessage(`ScriptError: ${encodeMessage(message)}\n    at x (Code:1:2)`)).toEqual(message);
    expect(decodeMessage('That is too long.')).toBeUndefined();
    expect(decodeMessage('message:{"code":')).toBeUndefined();
    expect(decodeMessage('message:{"code":"no.such"}')).toBeUndefined();
  });

  it('is worded in English for every code, with no placeholder left unfilled by the values a server sends', () => {
    const values = {
      heading: 'H',
      redated: 'R',
      title: 'T',
      name: 'N',
      count: 2,
      min: 1,
      max: 9,
      day: { day: '2026-11-24' },
      used: { template: 'first' as const },
      current: { template: 'default' as const },
      date: '03/11/2026',
      iso: { day: '2026-11-03' },
      locale: 'nl-NL',
    };
    for (const code of MESSAGE_CODES) {
      const words = english(said(code, values));
      expect(words).not.toMatch(/\{\w+\}/);
      expect(words.trim()).not.toBe('');
    }
  });

  it('makes a stored status of an older version, worded in English then, read as none rather than shown', () => {
    const stored = { at: '2026-11-20T15:00:00Z', trigger: 'Hourly check', outcome: 'nothing to do' };
    expect(readStatus({ ...stored, message: 'Up to date.' })).toBeUndefined();
    expect(readStatus({ ...stored, message: [said('run.upToDate')] })).toMatchObject({
      message: [said('run.upToDate')],
    });
  });
});
