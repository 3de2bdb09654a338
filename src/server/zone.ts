// The user's own time zone for a server call: the one the sidebar sends, kept for their triggers, and its fallbacks.

import { checkCallContext } from '../core/validate';
import { userTimeZone } from '../core/zone';
import { scriptTimeZone } from './environment';
import { loadAccount, saveAccount } from './properties';

/** The zone "today" is reckoned in for this call; a malformed zone from the sidebar is ignored. */
export function callerTimeZone(context: unknown, calendarZone?: string): string {
  return userTimeZone(checkCallContext(context).timeZone, loadAccount(), calendarZone, scriptTimeZone());
}

/**
 * Keeps a valid zone from the sidebar in this user's account (written only when it changed), so that their triggers,
 * which have no browser, use it too. Called once the call has succeeded: a refused call changes nothing.
 */
export function rememberTimeZone(context: unknown): void {
  const sent = checkCallContext(context).timeZone;
  if (!sent) return;
  const account = loadAccount();
  if (sent === account.timeZone) return;
  account.timeZone = sent;
  saveAccount(account);
}
