// What a person reads of the server's messages, in English: tests assert the words through the sidebar's own wording.
import { decodeMessage, isMessage, type Message } from '../../src/shared/messages';
import { setLanguages } from '../../src/sidebar/i18n';
import { word, words } from '../../src/sidebar/i18n/word';

/** A message, a list of them, or none, worded as the English sidebar words it; anything else fails the test. */
export function english(said: Message | readonly Message[] | undefined | null): string {
  setLanguages(['en']);
  if (said === undefined || said === null) return '';
  if (Array.isArray(said)) return words(said);
  if (!isMessage(said)) throw new Error(`not a message: ${JSON.stringify(said)}`);
  return word(said);
}

/** What a call that must fail says, in English; fails the test when the call does not throw or throws no message. */
export function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const text = (error as { message?: unknown } | null)?.message;
    const said = typeof text === 'string' ? decodeMessage(text) : undefined;
    if (!said) throw new Error(`the call failed without a message: ${String(text)}`);
    return english(said);
  }
  throw new Error('the call did not fail');
}
