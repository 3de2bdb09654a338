// What a run says it did: the messages of the status line the sidebar shows after a run.
import { day, type Message, said } from '../shared/messages';
import type { RunStatus } from '../shared/types';
import type { DocPlan } from './follow';
import type { IsoDate } from './model';
import { DAY_MS } from './occurrences';

/** What a run wrote into the Doc: `inserted` and `adopted` are there only when it wrote them. */
export type Written = Pick<
  DocPlan,
  'inserted' | 'adopted' | 'adoptedFor' | 'redated' | 'cancelled' | 'movedLeftAsWritten'
>;

/** The run gave the occurrence its section: a new one, or one already in the Doc made its own. */
export function sectionWritten(written: Written | undefined): boolean {
  return Boolean(written?.inserted || written?.adopted !== undefined);
}

/** What became of an adopted section dated another day than its meeting: its heading re-dated, or left as written. */
function adoptedMessage(heading: string, adoptedFor: Written['adoptedFor'], today: boolean): Message {
  if (!adoptedFor) return said(today ? 'run.adoptedToday' : 'run.adopted', { heading });
  if (adoptedFor.heading) return said('run.adoptedRedated', { heading, redated: adoptedFor.heading });
  return said('run.adoptedLeft', { heading, day: day(adoptedFor.date) });
}

/** A message for each thing written; `today` when the adopted section is today's rather than a meeting's. */
function writtenMessages(written: Written | undefined, today: boolean): Message[] {
  if (!written) return [];
  const parts: Message[] = [];
  if (written.inserted) parts.push(said('run.added', { heading: written.inserted.headingText }));
  if (written.adopted !== undefined) parts.push(adoptedMessage(written.adopted, written.adoptedFor, today));
  if (written.redated) parts.push(said('run.redated', { count: written.redated }));
  if (written.cancelled) parts.push(said('run.cancelled', { count: written.cancelled }));
  for (const date of written.movedLeftAsWritten) parts.push(said('run.movedLeft', { day: day(date) }));
  return parts;
}

/**
 * A run of a linked Doc: what it wrote, or else where the next 1:1 stands. The next meeting's time is not in the
 * message: a trigger cannot know how the user reads dates, so the sidebar adds it, in their zone, from its state.
 */
export function describeSeriesRun(
  written: Written | undefined,
  next: { start: string } | undefined,
  forced: boolean,
): Message[] {
  const parts = writtenMessages(written, false);
  if (parts.length > 0) return parts;
  if (!next) return [said('run.noUpcoming')];
  return [said(forced ? 'run.alreadyIn' : 'run.upToDate')];
}

/** Prepare now in a Doc linked to no series: today's section, written or already there. */
export function describeTodayRun(written: Written | undefined): Message[] {
  const parts = writtenMessages(written, true);
  return parts.length > 0 ? parts : [said('run.todayAlreadyIn')];
}

/** What a run wrote, for the day's status: nothing, or its writes with the date of the section it gave, if any. */
export function runWrite(written: Written | undefined, date: IsoDate | undefined): { section?: IsoDate } | undefined {
  if (writtenMessages(written, false).length === 0) return undefined;
  return sectionWritten(written) && date ? { section: date } : {};
}

/**
 * The status a run leaves: what it did, and the day's last write. A run that wrote is that write; one that did not
 * keeps the earlier write while it is under a day old, so an hour later the status still says a section went in.
 */
export function withDaysWrite(
  status: RunStatus,
  earlier: RunStatus | undefined,
  wrote: { section?: IsoDate } | undefined,
): RunStatus {
  if (wrote) return { ...status, wrote: { at: status.at, message: status.message, ...wrote } };
  const kept = earlier?.wrote;
  if (kept && Date.parse(status.at) - Date.parse(kept.at) < DAY_MS) return { ...status, wrote: kept };
  return status;
}
