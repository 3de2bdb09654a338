// Thin adapter over ScriptApp: this user's hourly triggers, two homes for all their Docs, and a calendar trigger where allowed.
import { type Account, type Book, STALLED_AFTER_MS, type TriggerRef } from '../core/link';
import { type Message, said } from '../shared/messages';

export const HOURLY_HANDLER = 'onHourlyTick';
export const CALENDAR_HANDLER = 'onCalendarEventUpdated';
export type TriggerHandler = typeof HOURLY_HANDLER | typeof CALENDAR_HANDLER;

/**
 * A user's hourly triggers live in two of their linked Docs (one while they have one): a trigger belongs to the Doc
 * it was made in, and what becomes of it when that Doc is deleted or loses the add-on is not documented
 * (docs/PLATFORM.md, Triggers), so no one Doc carries everything. Two stay far under the 20 a user may have.
 */
export const HOURLY_HOMES = 2;

/**
 * This user's installable triggers of the add-on, in every Doc: "all installable triggers associated with the current
 * project and current user" (docs/PLATFORM.md, Triggers).
 */
function myTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers();
}

function createTrigger(handler: TriggerHandler, email: string): string {
  const builder = ScriptApp.newTrigger(handler);
  const trigger =
    handler === HOURLY_HANDLER
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

/** Deletes every trigger of `handler` whose id is not kept: what per-Doc versions installed, or strays. */
function removeOthers(handler: TriggerHandler, keep: readonly string[], triggers = myTriggers()): void {
  for (const t of triggers)
    if (t.getHandlerFunction() === handler && !keep.includes(t.getUniqueId())) ScriptApp.deleteTrigger(t);
}

/** Whether the account's hourly triggers look alive without asking ScriptApp: enough homes, and a run lately. */
function looksAlive(account: Account, documentId: string, nowMs: number): boolean {
  const hourly = account.hourly ?? [];
  const enough = hourly.length >= HOURLY_HOMES || hourly.some((t) => t.documentId === documentId);
  const newest = Math.max(account.ranAt ?? Number.NEGATIVE_INFINITY, ...hourly.map((t) => t.at ?? 0));
  const running = account.ranAt === undefined || nowMs - newest <= STALLED_AFTER_MS;
  return hourly.length > 0 && enough && running;
}

/** A trigger Google refused, in words: what it said goes to the execution's log, never to the person. */
function refusal(handler: TriggerHandler, error: unknown): Message {
  console.warn(error);
  return said(handler === HOURLY_HANDLER ? 'trigger.noHourly' : 'trigger.hourlyOnly');
}

/**
 * Makes sure this user's automation has its homes, from a sidebar open in one of their linked Docs: the recorded
 * triggers that no longer exist are forgotten, and one is made in this Doc while fewer than HOURLY_HOMES are left and
 * none is here. A calendar trigger is made when asked (linking), where one may be made at all. Refusals (editor
 * add-ons may not make calendar triggers, add-ons in test mode no installable trigger: docs/PLATFORM.md, Triggers) are
 * kept in words. Costs no ScriptApp call while the account's triggers look alive. Answers whether the account changed.
 */
export function ensureTriggers(
  account: Account,
  documentId: string,
  email: string,
  options: { calendar: boolean; nowMs: number; force?: boolean },
): boolean {
  if (!options.calendar && !options.force && looksAlive(account, documentId, options.nowMs)) return false;
  const before = JSON.stringify(account);
  const triggers = myTriggers();
  const alive = new Set(triggers.map((t) => t.getUniqueId()));
  const hourly = (account.hourly ?? []).filter((t) => alive.has(t.uid));
  removeOthers(
    HOURLY_HANDLER,
    hourly.map((t) => t.uid),
    triggers,
  );
  const notes: Message[] = [];
  if (hourly.length < HOURLY_HOMES && !hourly.some((t) => t.documentId === documentId)) {
    try {
      hourly.push({ uid: createTrigger(HOURLY_HANDLER, email), documentId, at: options.nowMs });
    } catch (error) {
      if (hourly.length === 0) notes.push(refusal(HOURLY_HANDLER, error));
    }
  }
  if (hourly.length > 0) account.hourly = hourly;
  else delete account.hourly;
  const calendar = account.calendar && alive.has(account.calendar.uid) ? account.calendar : undefined;
  if (calendar) removeOthers(CALENDAR_HANDLER, [calendar.uid], triggers);
  else {
    delete account.calendar;
    if (options.calendar && account.hourly) {
      removeOthers(CALENDAR_HANDLER, [], triggers);
      try {
        account.calendar = { uid: createTrigger(CALENDAR_HANDLER, email), documentId };
      } catch (error) {
        notes.push(refusal(CALENDAR_HANDLER, error));
      }
    }
  }
  // A refusal is said until that trigger exists; a refused calendar trigger is tried again only by a link.
  const calendarNote = account.automaticNote?.code === 'trigger.hourlyOnly';
  if (notes.length > 0) account.automaticNote = notes[0]!;
  else if (account.hourly && (account.calendar || !calendarNote)) delete account.automaticNote;
  return JSON.stringify(account) !== before;
}

/** Deletes this user's triggers once no Doc needs them. */
export function removeAllTriggers(account: Account): void {
  removeOthers(HOURLY_HANDLER, []);
  removeOthers(CALENDAR_HANDLER, []);
  delete account.hourly;
  delete account.calendar;
}

/**
 * Forgets the recorded hourly triggers that no longer exist (their Doc was deleted or lost the add-on), so that the
 * next sidebar open in a linked Doc makes a new home. Answers whether any was forgotten.
 */
export function forgetDeadTriggers(account: Account): boolean {
  const alive = new Set(myTriggers().map((t) => t.getUniqueId()));
  const hourly = (account.hourly ?? []).filter((t) => alive.has(t.uid));
  if (hourly.length === (account.hourly ?? []).length) return false;
  if (hourly.length > 0) account.hourly = hourly;
  else delete account.hourly;
  return true;
}

/**
 * The Doc a firing trigger was created in, once it is known to be one of this user's triggers of its kind. A trigger
 * the account does not record is either a per-Doc trigger of an earlier version (or one made while the account could
 * not be written), taken into the account while it has room for it (every linked Doc keeps its Book, so nothing is
 * lost), or a stray one more, which deletes itself. Answers undefined when the trigger must not run.
 */
export function claimTrigger(
  account: Account,
  books: Book[],
  legacyTriggerDocs: Record<string, string>,
  uid: string,
  handler: TriggerHandler,
): { host?: string; accountChanged: boolean } {
  const recorded: TriggerRef[] =
    handler === HOURLY_HANDLER ? (account.hourly ?? []) : account.calendar ? [account.calendar] : [];
  const mine = recorded.find((t) => t.uid === uid);
  if (mine) return { host: mine.documentId, accountChanged: false };
  const room = handler === HOURLY_HANDLER ? HOURLY_HOMES : 1;
  const triggers = myTriggers();
  const alive = new Set(triggers.map((t) => t.getUniqueId()));
  const living = recorded.filter((t) => alive.has(t.uid));
  if (books.length === 0 || living.length >= room) {
    removeTriggerById(uid);
    return { accountChanged: false };
  }
  // Anyone may call a top-level function with any event: only a real trigger of this user, of this kind, is taken.
  if (!triggers.some((t) => t.getUniqueId() === uid && t.getHandlerFunction() === handler))
    return { accountChanged: false };
  const host = legacyTriggerDocs[uid] ?? books.find((b) => b.legacyTriggers?.includes(uid))?.documentId ?? '';
  const claimed: TriggerRef = { uid, documentId: host || 'unknown' };
  if (handler === HOURLY_HANDLER) account.hourly = [...living, claimed];
  else account.calendar = claimed;
  removeOthers(handler, [...living.map((t) => t.uid), uid], triggers);
  return { host: claimed.documentId, accountChanged: true };
}
