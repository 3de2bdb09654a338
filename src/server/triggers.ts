// Thin adapter over ScriptApp: this user's triggers for this Doc, at most one of each kind, however often link is pressed.

export const HOURLY_HANDLER = 'onHourlyTick';
export const CALENDAR_HANDLER = 'onCalendarEventUpdated';

export interface InstalledTriggers {
  /** Absent where installable triggers are not allowed (an add-on in test mode): then preparation is by hand. */
  hourly?: string;
  calendar?: string;
  /** Why there is no calendar trigger, or no trigger at all, in words. */
  calendarProblem?: string;
  hourlyProblem?: string;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);

function activeDocument(): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.getActiveDocument();
  if (!doc) throw new Error('Open the sidebar from the Doc to link it.');
  return doc;
}

/** Keeps the first trigger of a handler and deletes any others: a second one would only do the same work twice. */
function keepOne(triggers: GoogleAppsScript.Script.Trigger[], handler: string): string | undefined {
  const mine = triggers.filter((t) => t.getHandlerFunction() === handler);
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  return mine[0]?.getUniqueId();
}

/**
 * The hourly trigger always; the calendar trigger where the platform allows it. Editor add-ons may not create
 * calendar triggers (developers.google.com/workspace/add-ons/concepts/editor-triggers), so its failure is recorded,
 * not raised: the hourly trigger alone keeps the product working.
 */
export function installTriggers(email: string): InstalledTriggers {
  const existing = ScriptApp.getUserTriggers(activeDocument());
  let hourly = keepOne(existing, HOURLY_HANDLER);
  if (!hourly) {
    try {
      hourly = ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create().getUniqueId();
    } catch (error) {
      // Installable triggers are not supported while an add-on is in test mode (editor-triggers guide).
      return {
        hourlyProblem: `Sections are not added on their own here (${firstLine(error)}); use Prepare now before each 1:1.`,
      };
    }
  }
  let calendar = keepOne(existing, CALENDAR_HANDLER);
  let calendarProblem: string | undefined;
  if (!calendar) {
    try {
      calendar = ScriptApp.newTrigger(CALENDAR_HANDLER).forUserCalendar(email).onEventUpdated().create().getUniqueId();
    } catch (error) {
      calendarProblem = `Calendar changes are checked hourly instead of at once (${firstLine(error)}).`;
    }
  }
  return { hourly, ...(calendar ? { calendar } : {}), ...(calendarProblem ? { calendarProblem } : {}) };
}

/** Deletes this user's triggers of this Doc. */
export function removeTriggers(): number {
  const mine = ScriptApp.getUserTriggers(activeDocument()).filter((t) =>
    [HOURLY_HANDLER, CALENDAR_HANDLER].includes(t.getHandlerFunction()),
  );
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/** Deletes one trigger by id, from inside its own run: for a trigger whose link is gone. */
export function removeTriggerById(uid: string): boolean {
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return Boolean(trigger);
}

/** The handler of one of this user's triggers, or undefined when it no longer exists. */
export function triggerHandler(uid: string): string | undefined {
  return ScriptApp.getProjectTriggers()
    .find((t) => t.getUniqueId() === uid)
    ?.getHandlerFunction();
}
