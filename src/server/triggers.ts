// Thin adapter over ScriptApp: this user's one hourly trigger (and calendar trigger, where allowed) for all their Docs.
import type { Account, Book, TriggerRef } from '../core/link';
import { firstLine } from '../shared/errors';

export const HOURLY_HANDLER = 'onHourlyTick';
export const CALENDAR_HANDLER = 'onCalendarEventUpdated';
export type TriggerHandler = typeof HOURLY_HANDLER | typeof CALENDAR_HANDLER;
type Slot = 'hourly' | 'calendar';
const SLOT_HANDLER: Record<Slot, TriggerHandler> = { hourly: HOURLY_HANDLER, calendar: CALENDAR_HANDLER };

/**
 * This user's installable triggers of the add-on, in every Doc: "all installable triggers associated with the current
 * project and current user" (docs/PLATFORM.md, Triggers). Should Google answer only the open Doc's, a second trigger
 * can appear; it then finds itself unrecorded on its first run and deletes itself (`claimTrigger`).
 */
function myTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers();
}

function createTrigger(slot: Slot, email: string): string {
  const builder = ScriptApp.newTrigger(SLOT_HANDLER[slot]);
  const trigger =
    slot === 'hourly'
      ? builder.timeBased().everyHours(1).create()
      : builder.forUserCalendar(email).onEventUpdated().create();
  return trigger.getUniqueId();
}

/** Deletes one trigger by id; from inside its own run too. */
export function removeTriggerById(uid: string): boolean {
  const trigger = myTriggers().find((t) => t.getUniqueId() === uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return Boolean(trigger);
}

/** Deletes every trigger of `handler` but `keep`: what per-Doc versions installed, merged into one. */
function removeOthers(handler: TriggerHandler, keep: string | undefined, triggers = myTriggers()): void {
  for (const t of triggers)
    if (t.getHandlerFunction() === handler && t.getUniqueId() !== keep) ScriptApp.deleteTrigger(t);
}

/**
 * Makes sure this user has their hourly trigger, creating it in the open Doc when it is missing (its Doc was deleted,
 * lost the add-on, or it was never made), and, when asked, a calendar trigger. Editor add-ons may not create calendar
 * triggers, and add-ons in test mode no installable trigger at all (docs/PLATFORM.md, Triggers): those refusals are
 * kept in words, not raised. Answers whether the account changed.
 */
export function ensureTriggers(
  account: Account,
  documentId: string,
  email: string,
  options: { calendar: boolean },
): boolean {
  const before = JSON.stringify(account);
  const triggers = myTriggers();
  const alive = new Set(triggers.map((t) => t.getUniqueId()));
  const notes: string[] = [];
  for (const slot of ['hourly', 'calendar'] as const) {
    const ref = account[slot];
    if (ref && alive.has(ref.uid)) {
      removeOthers(SLOT_HANDLER[slot], ref.uid, triggers);
      continue;
    }
    delete account[slot];
    if (slot === 'calendar' && (!options.calendar || !account.hourly)) continue;
    removeOthers(SLOT_HANDLER[slot], undefined, triggers);
    try {
      account[slot] = { uid: createTrigger(slot, email), documentId };
    } catch (error) {
      notes.push(
        slot === 'hourly'
          ? `Sections are not added on their own here (${firstLine(error)}); use Prepare now before each 1:1.`
          : `Calendar changes are checked hourly instead of at once (${firstLine(error)}).`,
      );
    }
  }
  // A refusal is said until that trigger exists; a refused calendar trigger is tried again only by a link.
  const calendarNote = account.automaticNote?.startsWith('Calendar') ?? false;
  if (notes.length > 0) account.automaticNote = notes[0]!;
  else if (account.hourly && (account.calendar || !calendarNote)) delete account.automaticNote;
  return JSON.stringify(account) !== before;
}

/** Deletes this user's triggers once no Doc needs them. */
export function removeAllTriggers(account: Account): void {
  for (const slot of ['hourly', 'calendar'] as const) {
    removeOthers(SLOT_HANDLER[slot], undefined);
    delete account[slot];
  }
}

/**
 * The Doc a firing trigger was created in, once it is known to be this user's one trigger of its kind. A trigger the
 * account does not record is either a per-Doc trigger of an earlier version, merged here into this one (the others
 * are deleted; every linked Doc keeps its Book, so nothing is lost), or a stray second one, which deletes itself.
 * Answers undefined when the trigger must not run.
 */
export function claimTrigger(
  account: Account,
  books: Book[],
  legacyTriggerDocs: Record<string, string>,
  uid: string,
  handler: TriggerHandler,
): { host?: string; accountChanged: boolean } {
  const slot: Slot = handler === HOURLY_HANDLER ? 'hourly' : 'calendar';
  const ref = account[slot];
  if (ref?.uid === uid) return { host: ref.documentId, accountChanged: false };
  if (books.length === 0 || (ref && myTriggers().some((t) => t.getUniqueId() === ref.uid))) {
    removeTriggerById(uid);
    return { accountChanged: false };
  }
  // Anyone may call a top-level function with any event: only a real trigger of this user, of this kind, is taken.
  if (!myTriggers().some((t) => t.getUniqueId() === uid && t.getHandlerFunction() === handler))
    return { accountChanged: false };
  const host = legacyTriggerDocs[uid] ?? books.find((b) => b.legacyTriggers?.includes(uid))?.documentId ?? '';
  const claimed: TriggerRef = { uid, documentId: host || 'unknown' };
  account[slot] = claimed;
  removeOthers(handler, uid);
  return { host: claimed.documentId, accountChanged: true };
}
