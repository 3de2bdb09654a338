// The one error classifier the server, the sidebar and the playground share: any thrown value becomes one readable line.
import vm from 'node:vm';
import { firstLine, messageOf, outcomeUnknown, readableError, UserError, userMessage } from '../../src/shared/errors';

/** A value thrown in another realm, as Apps Script services and the playground's sandbox throw them. */
const foreign = (source: string): unknown => vm.runInNewContext(source);

describe('userMessage', () => {
  const UNFORESEEN = 'Something went wrong, and it may not have finished. Try again in a moment.';

  it('never shows what the service or the runtime said: no message, no stack, no internals', () => {
    const error = new Error('Exception: Calendar triggers are not supported\n    at Docs.get (Code:12:3)');
    expect(userMessage(error)).toBe(UNFORESEEN);
    expect(userMessage(new Error('x'.repeat(1000)))).toBe(UNFORESEEN);
  });

  it('says when the cause was a temporary error on Google’s side, by the status the error carries', () => {
    const google = 'Something went wrong on Google’s side (a temporary error). Try again in a moment.';
    expect(userMessage(Object.assign(new Error('Internal error'), { details: { code: 500 } }))).toBe(google);
    expect(userMessage(Object.assign(new Error('Rate limit'), { details: { code: 429 } }))).toBe(google);
    expect(userMessage(Object.assign(new Error('Not found'), { details: { code: 404 } }))).toBe(UNFORESEEN);
  });

  it('shows a UserError as it is, from this realm or another', () => {
    expect(userMessage(new UserError('Type their name.'))).toBe('Type their name.');
    expect(userMessage(foreign("var e = new Error('Type their name.'); e.name = 'UserError'; e"))).toBe(
      'Type their name.',
    );
  });

  it('words anything thrown, Error or not, and a retry knows its outcome is unknown', () => {
    for (const thrown of [foreign("new TypeError('x is not a function\\n  at y')"), 'plain text', new Error('')]) {
      expect(userMessage(thrown)).toBe(UNFORESEEN);
      expect(outcomeUnknown(new Error(userMessage(thrown)))).toBe(true);
    }
  });
});

describe('messageOf and firstLine', () => {
  it('read the message of another realm’s error, without instanceof', () => {
    expect(messageOf(foreign("new Error('Backend Error')"))).toBe('Backend Error');
    expect(messageOf(42)).toBe('42');
    expect(firstLine(new Error('  Quota exceeded \nat z'), 5)).toBe('Quota');
  });
});

describe('readableError', () => {
  it('gives the sidebar one line from a multi-line transport error', () => {
    expect(readableError(new Error('ScriptError: Authorisation is required.\n    at run (x:1:2)'))).toBe(
      'Authorisation is required.',
    );
    expect(readableError(foreign("new Error('NetworkError: Connection failure due to HTTP 0')"))).toBe(
      'Could not reach Google: check your connection and try again.',
    );
  });
});
