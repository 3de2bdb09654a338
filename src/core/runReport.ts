// What a run says it did: the sentences of the status line the sidebar shows after a run.
import type { RunStatus } from '../shared/types';
import { formatShortDay } from './dates';
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

const plural = (count: number, noun: string) => `${count} ${noun}${count > 1 ? 's' : ''}`;

/** What became of the date of an adopted section dated another day than its meeting. */
function adoptedDay({ adoptedFor }: Written): string {
  if (!adoptedFor) return '';
  if (adoptedFor.heading) return `, re-dated “${adoptedFor.heading}”`;
  return ` (${formatShortDay(adoptedFor.date)}; its heading left as you wrote it)`;
}

/** A sentence for each thing written; `whose` names the occurrence an adopted section now belongs to. */
function writtenSentences(written: Written | undefined, whose: string): string[] {
  if (!written) return [];
  const parts: string[] = [];
  if (written.inserted) parts.push(`Added the section “${written.inserted.headingText}”.`);
  if (written.adopted !== undefined)
    parts.push(`“${written.adopted}” is now ${whose} section${adoptedDay(written)}, with what it lacked added.`);
  if (written.redated) parts.push(`Re-dated ${plural(written.redated, 'moved meeting')}.`);
  if (written.cancelled) parts.push(`Marked ${plural(written.cancelled, 'cancelled meeting')}.`);
  for (const date of written.movedLeftAsWritten)
    parts.push(`A meeting moved to ${formatShortDay(date)} (heading left as you wrote it).`);
  return parts;
}

/**
 * A run of a linked Doc: what it wrote, or else where the next 1:1 stands. The next meeting's time is not written into
 * the sentence: a trigger cannot know how the user reads dates, so the sidebar adds it, in their zone, from its state.
 */
export function describeSeriesRun(
  written: Written | undefined,
  next: { start: string } | undefined,
  forced: boolean,
): string {
  const parts = writtenSentences(written, 'this meeting’s');
  if (parts.length > 0) return parts.join(' ');
  if (!next) return 'No upcoming 1:1 in the next two months.';
  if (forced) return 'The section for the next 1:1 is already in the Doc.';
  return 'Up to date.';
}

/** Prepare now in a Doc linked to no series: today's section, written or already there. */
export function describeTodayRun(written: Written | undefined): string {
  const parts = writtenSentences(written, 'today’s');
  return parts.length > 0 ? parts.join(' ') : 'Today’s section is already in the Doc.';
}

/** What a run wrote, for the day's status: nothing, or its writes with the date of the section it gave, if any. */
export function runWrite(written: Written | undefined, date: IsoDate | undefined): { section?: IsoDate } | undefined {
  if (writtenSentences(written, '').length === 0) return undefined;
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
