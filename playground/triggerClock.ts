// The playground's clock with Apps Script's trigger scheduler: moving the clock fires every user's hourly triggers that fall due on the way.
//
// Apps Script runs an `everyHours(1)` trigger about once an hour from when it was made, as the user who made it,
// whoever has the Doc open. The playground keeps, for each hourly trigger, when it fires next (an hour after it was
// first seen), and a move of the clock fires every firing that falls inside the move, in time order, with the clock
// set to that moment: a day forward is 24 runs per person, as on Google.
import { fireTrigger, type TriggerRecord, type World } from '../dev/appsScriptGlobals';
import { storedStatus } from '../dev/harness';
import { messageOf } from '../src/shared/errors';
import { isMessageList } from '../src/shared/messages';
import { words } from '../src/sidebar/i18n/word';

export const HOUR_MS = 3_600_000;

/** When each hourly trigger (by uid) fires next, in simulated ms. Saved with the playground's state. */
export type TriggerSchedule = Record<string, number>;

/** One trigger run: whose, which handler, when, and what it said (the user's status for the Doc, when it changed). */
export interface TriggerRun {
  user: string;
  handler: string;
  at: number;
  /** The Doc's status message when the run wrote a new one. */
  status?: string;
  /** The error the run threw, as Apps Script would log a failed execution. */
  error?: string;
}

const isHourly = (t: TriggerRecord) => t.kind === 'CLOCK';

/**
 * Brings the schedule in line with the triggers that exist: a trigger seen for the first time fires an hour later;
 * one deleted is forgotten; one scheduled more than an hour ahead (the clock was set back) fires within the hour.
 */
export function syncSchedule(world: World, schedule: TriggerSchedule): void {
  const { now } = world.state;
  const live = new Set<string>();
  for (const trigger of world.state.triggers.filter(isHourly)) {
    live.add(trigger.uid);
    const next = schedule[trigger.uid];
    if (next === undefined || next > now + HOUR_MS) schedule[trigger.uid] = now + HOUR_MS;
  }
  for (const uid of Object.keys(schedule)) if (!live.has(uid)) delete schedule[uid];
}

type Call = (name: string, ...args: unknown[]) => unknown;

/** Fires one trigger as Apps Script would, and says what it did to `documentId`'s status for that trigger's user. */
export function runTrigger(world: World, call: Call, trigger: TriggerRecord, documentId: string): TriggerRun {
  const status = () => storedStatus(world.state.userProperties[trigger.user], documentId);
  const before = JSON.stringify(status());
  const run: TriggerRun = { user: trigger.user, handler: trigger.handler, at: world.state.now };
  try {
    fireTrigger(world, call, trigger.uid);
  } catch (error) {
    run.error = messageOf(error);
  }
  const after = status();
  if (after && JSON.stringify(after) !== before && isMessageList(after.message)) run.status = words(after.message);
  return run;
}

/** The earliest scheduled firing at or before `until`, of a trigger that still exists. */
function nextDue(world: World, schedule: TriggerSchedule, until: number): TriggerRecord | undefined {
  let due: TriggerRecord | undefined;
  for (const trigger of world.state.triggers.filter(isHourly)) {
    const at = schedule[trigger.uid];
    if (at === undefined || at > until) continue;
    if (!due || at < schedule[due.uid]! || (at === schedule[due.uid] && Number(trigger.uid) < Number(due.uid)))
      due = trigger;
  }
  return due;
}

/**
 * Moves the clock to `to`. With `fire`, every hourly trigger due on the way runs at its own time (a trigger a run
 * makes is scheduled from then on); without, only the clock moves and the schedule waits, as if paused.
 */
export function moveClock(
  world: World,
  schedule: TriggerSchedule,
  to: number,
  options: { fire: boolean; call: Call; documentId: string },
): TriggerRun[] {
  const runs: TriggerRun[] = [];
  syncSchedule(world, schedule);
  if (options.fire && to > world.state.now) {
    for (let due = nextDue(world, schedule, to); due; due = nextDue(world, schedule, to)) {
      world.state.now = Math.max(world.state.now, schedule[due.uid]!);
      schedule[due.uid] = schedule[due.uid]! + HOUR_MS;
      runs.push(runTrigger(world, options.call, due, options.documentId));
      syncSchedule(world, schedule);
    }
  }
  world.state.now = to;
  if (!options.fire) {
    // Firing by hand: the hourly runs skipped are not owed later; each trigger fires next an hour from now.
    for (const uid of Object.keys(schedule)) if (schedule[uid]! <= to) schedule[uid] = to + HOUR_MS;
  }
  syncSchedule(world, schedule);
  return runs;
}

/** Every calendar-change trigger of every user, fired once, as after an edit in Google Calendar. */
export function fireCalendarTriggers(world: World, call: Call, documentId: string): TriggerRun[] {
  return world.state.triggers
    .filter((t) => t.kind === 'ON_EVENT_UPDATED')
    .map((t) => runTrigger(world, call, t, documentId));
}
