// The one error classifier the server, the sidebar and the playground share: any thrown value becomes one readable line.
import vm from 'node:vm';
import { firstLine, messageOf, outcomeUnknown, readableError, UserError, userMessage } from '../../src/shared/errors';
import { encodeMessage, said } from '../../src/shared/messages';
import { english } from '../support/words';

/** A value thrown in another realm, as Apps Script services and the playground's sandbox throw them. */
const foreign = (source: string): unknown => vm.runInNewContext(source);

describe('userMessage', () => {
  const UNFORESEEN = 'Something went wrong, and it may not have finished. Try again in a moment.';

  it('never shows what the service or the runtime said: no message, no stack, no internals', () => {
    const error = new Error('Exception: Calendar triggers are not supported\n    at Docs.get (Code:12:3)');
    expect(english(userMessage(error))).toBe(UNFORESEEN);
    expect(english(userMessage(new Error('x'.repeat(1000))))).toBe(UNFORESEEN);
  });

  it('says when the cause was a temporary error on Google’s side, by the status the error carries', () => {
    const google = 'Something went wrong on Google’s side (a temporary error). Try again in a moment.';
    expect(english(userMessage(Object.assign(new Error('Internal error'), { details: { code: 500 } })))).toBe(google);
    expect(english(userMessage(Object.assign(new Error('Rate limit'), { details: { code: 429 } })))).toBe(google);
    expect(english(userMessage(Object.assign(new Error('Not found'), { details: { code: 404 } })))).toBe(UNFORESEEN);
  });

  it('gives a UserError’s own message, from this realm or another', () => {
    const typeTheirName = said('error.typeTheirName');
    expect(userMessage(new UserError(typeTheirName))).toEqual(typeTheirName);
    const text = JSON.stringify(encodeMessage(typeTheirName));
    expect(userMessage(foreign(`var e = new Error(${text}); e.name = 'UserError'; e`))).toEqual(typeTheirName);
    // Named a UserError but carrying no message: what a person reads is the unforeseen failure, never its text.
    expect(english(userMessage(foreign("var e = new Error('<b>raw</b>'); e.name = 'UserError'; e")))).toBe(UNFORESEEN);
  });

  it('words anything thrown, Error or not, and a retry knows its outcome is unknown', () => {
    for (const thrown of [foreign("new TypeError('x is not a function\\n  at y')"), 'plain text', new Error('')]) {
      expect(english(userMessage(thrown))).toBe(UNFORESEEN);
      expect(outcomeUnknown(new Error(encodeMessage(userMessage(thrown))))).toBe(true);
      expect(outcomeUnknown(new Error(`ScriptError: ${encodeMessage(userMessage(thrown))}`))).toBe(true);
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
  it('reads the server’s message through whatever prefix the transport put before it', () => {
    const full = said('error.storeFull');
    expect(readableError(new Error(`ScriptError: ${encodeMessage(full)}\n    at run (x:1:2)`))).toEqual(full);
    expect(readableError(encodeMessage(full))).toEqual(full);
    // A refusal the server worded did nothing: sending it again would not help.
    expect(outcomeUnknown(new Error(encodeMessage(full)))).toBe(false);
  });

  it('words what the transport itself said, and never shows its text', () => {
    expect(english(readableError(new Error('ScriptError: Authorisation is required.\n    at run (x:1:2)')))).toMatch(
      /^Google asks you to allow 1:1 Companion again/,
    );
    expect(english(readableError(foreign("new Error('NetworkError: Connection failure due to HTTP 0')")))).toBe(
      'Could not reach Google: check your connection and try again.',
    );
    expect(english(readableError(new Error('ScriptError: <b>internal</b> at x')))).toBe(
      'Something went wrong. Try again.',
    );
    expect(english(readableError(new Error('ScriptError: message:{"code":"no.such.code"}')))).toBe(
      'Something went wrong. Try again.',
    );
  });
});
