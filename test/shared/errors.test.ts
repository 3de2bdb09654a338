// The one error classifier the server, the sidebar and the playground share: any thrown value becomes one readable line.
import vm from 'node:vm';
import { firstLine, messageOf, readableError, UserError, userMessage } from '../../src/shared/errors';

/** A value thrown in another realm, as Apps Script services and the playground's sandbox throw them. */
const foreign = (source: string): unknown => vm.runInNewContext(source);

describe('userMessage', () => {
  it('keeps the first line of a multi-line message: no stack frames, no internals', () => {
    const error = new Error(
      'API call to docs.documents.get failed with error: Internal error\n    at Docs.get (Code:12:3)',
    );
    expect(userMessage(error)).toBe(
      'Something went wrong: API call to docs.documents.get failed with error: Internal error',
    );
  });

  it('bounds a long first line', () => {
    const message = userMessage(new Error('x'.repeat(1000)));
    expect(message).toHaveLength('Something went wrong: '.length + 300);
    expect(message.endsWith('…')).toBe(true);
  });

  it('shows a UserError as it is, from this realm or another', () => {
    expect(userMessage(new UserError('Type their name.'))).toBe('Type their name.');
    expect(userMessage(foreign("var e = new Error('Type their name.'); e.name = 'UserError'; e"))).toBe(
      'Type their name.',
    );
  });

  it('words anything thrown, Error or not', () => {
    expect(userMessage(foreign("new TypeError('x is not a function\\n  at y')"))).toBe(
      'Something went wrong: x is not a function',
    );
    expect(userMessage('plain text')).toBe('Something went wrong: plain text');
    expect(userMessage(new Error(''))).toBe('Something went wrong: unknown error');
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
