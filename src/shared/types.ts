// The JSON that crosses google.script.run between the sidebar and the server: plain data and ISO strings only.
import type { Message } from './messages';
import type { Settings } from './settings';

export interface Commitment {
  id: string;
  text: string;
  owner?: string;
  due?: string;
  done: boolean;
  /** The date the item was first written, "YYYY-MM-DD". */
  from?: string;
  /** A native Docs checklist item: its ticked state cannot be read, so tick it here or with ☑ in the Doc. */
  nativeChecklist?: boolean;
  /** Given up on (✗ in the Doc): never carried again, and counted apart from done. */
  dropped?: boolean;
  /** How many meetings it has been carried into since it was first written. */
  timesCarried?: number;
  /** Carried three times or more, open, and not kept since its last carry: the sidebar asks "Still on?". */
  stillOn?: boolean;
  /** The due date read as a date, "YYYY-MM-DD", when it reads as one. */
  dueDate?: string;
  /** Open and past its due date: by this many days in the user's zone. */
  overdueDays?: number;
  /** Written for the upcoming meeting (from the sidebar or in the Doc), not carried from an earlier one. */
  newThisTime?: boolean;
  /**
   * Its copies as this state read them (core/seen.ts): sent back with a tick, Drop or Keep, which writes nothing if
   * the item changed in the Doc since. Absent only in a last-known state kept by an earlier version.
   */
  seen?: string;
}

export interface AgendaTopic {
  text: string;
}

export interface PrivateNote {
  id: string;
  text: string;
}

export interface NextMeeting {
  start: string;
  end: string;
  title: string;
  cancelled: boolean;
  htmlLink?: string;
}

/** What started a run, as its status names it. */
export type TriggerName = 'Hourly check' | 'Calendar change' | 'Prepare now';

export interface RunStatus {
  /** ISO instant of the run. */
  at: string;
  trigger: TriggerName;
  outcome: 'inserted' | 'nothing to do' | 'error';
  /** For a person: what happened, or what went wrong and what to do. No date or time: a trigger knows no one's zone. */
  message: Message[];
  /**
   * The last run within a day that wrote into the Doc, kept while later runs find nothing to write: the status tells
   * the day ("Added Monday's section at 9:00 · up to date since"), not only the last hour.
   */
  wrote?: RunWrite;
}

export interface RunWrite {
  /** ISO instant of that run. */
  at: string;
  /** What it wrote. */
  message: Message[];
  /** The date (YYYY-MM-DD) of the section it added, when it added one. */
  section?: string;
}

export interface Cadence {
  daysSinceLast?: number;
  held: number;
  moved: number;
  cancelled: number;
  warning?: Message;
}

export interface Privacy {
  /**
   * Everyone who can open the Doc besides the two people of the 1:1 (the series' organiser and its one other
   * attendee), by email; when the series is not a 1:1, besides the organiser and you.
   */
  extraViewers: string[];
  /** The series has this many attendees, more than two: it is not a 1:1 series. */
  seriesAttendees?: number;
  /** Not a 1:1, and you organise it: only you are left out of `extraViewers`. */
  youOrganise?: boolean;
  /** When the Doc's sharing was looked up (ISO instant): at most hourly, or when asked to check again. */
  checkedAt?: string;
}

/**
 * This user's automatic preparation, when no trigger of theirs can be seen running: every linked Doc's sidebar and
 * All my 1:1s say so, and one click (restoreAutomation, or opening a linked Doc's sidebar) sets it up again.
 */
export interface AutomationHealth {
  /** `off`: no trigger is left; `stalled`: triggers are recorded, but none has run for hours. */
  state: 'off' | 'stalled';
  /** The last hourly run that did the work (ISO instant), if any. */
  lastRunAt?: string;
}

export interface SeriesInfo {
  title: string;
  eventId: string;
  /** This user's triggers are installed: sections appear on their own. */
  automatic: boolean;
  /** The series has ended and no successor was found. */
  ended: boolean;
  /** Why the series cannot be read right now. */
  problem?: Message;
  /** Why changes are checked hourly rather than at once (no calendar trigger). */
  automaticNote?: Message;
}

/** Any subset of the settings, as updateSettings takes them. */
export type SettingsPatch = Partial<Settings>;

export interface SidebarState {
  /** The Doc is linked to a recurring calendar series (by either participant). */
  linked: boolean;
  series?: SeriesInfo;
  nextMeeting?: NextMeeting;
  /** The date of the last meeting the commitments come from. */
  lastMeetingDate?: string;
  commitments: Commitment[];
  /** The topics people added to the upcoming agenda. */
  agenda: AgendaTopic[];
  /** The template's questions in the upcoming agenda, as it wrote them: suggestions, shown apart from the topics. */
  suggestedQuestions?: string[];
  /** Ask this user, the report, for topics: their next 1:1 is within the lead time and its agenda has none yet. */
  agendaNudge?: boolean;
  privateNotes: PrivateNote[];
  cadence?: Cadence;
  privacy?: Privacy;
  status?: RunStatus;
  /** Problems found and repaired while reading this Doc's stored data, and what changed by itself. */
  notices?: Message[];
  settings?: Settings;
  /** The signed-in user, to tell "me" from "them". */
  me?: string;
  /** Set when the call could not do what was asked because the Doc changed: the state is the fresh one. */
  conflict?: Message;
  /** Automatic preparation has stopped for this user (no trigger can fire), and why it could not be set up again. */
  automation?: AutomationHealth;
}

/**
 * The answer of a call that changes only part of the sidebar's state and reads no Doc (a private point, a sharing
 * check): the sidebar lays it over the state it has.
 */
export interface SidebarPatch {
  patch: true;
  privateNotes?: PrivateNote[];
  privacy?: Privacy;
  conflict?: Message;
}

export interface RecurringSeries {
  calendarId: string;
  eventId: string;
  title: string;
  /** `name`: what Calendar calls them, else what their address reads as (core/overview.ts, `nameFromAddress`). */
  attendees: { email: string; name?: string; self?: boolean }[];
  nextStart: string;
}

/** The series to link, and any settings to change as it links: the others stay as the Doc has them. */
export interface LinkOptions extends SettingsPatch {
  calendarId: string;
  eventId: string;
}

export interface NewActionItem {
  text: string;
  /** "me", "them", or a name as it should read in the Doc ("Ana"). */
  owner?: string;
  /** "YYYY-MM-DD". */
  due?: string;
}

/**
 * The optional last argument of every function the sidebar calls: the browser's IANA time zone (the script's own
 * zone is the manifest's, never the user's), its language (a BCP 47 tag: a Doc linked with nothing to tell its
 * notes' language by is written, and its dates read, in the linking person's) and an id that makes a retried write
 * happen once.
 */
export interface CallContext {
  timeZone?: string;
  language?: string;
  requestId?: string;
}

/** One Doc in "All my 1:1s", from this user's summary of it (kept fresh by runs and sidebar reads). */
export interface OverviewDoc {
  documentId: string;
  /** The Doc's title, as last read. */
  title: string;
  /** Opens the Doc. */
  url: string;
  /** The other person of the 1:1: by name when a person chip in the Doc names them, else by email. */
  other?: string;
  nextMeeting?: { start: string; cancelled: boolean; moved?: boolean };
  /** Days since the last 1:1 that took place, in this user's zone. */
  daysSinceLast?: number;
  /** Past 14 days since the last 1:1 ('warning'), or past 28 ('strong'). */
  gap?: 'warning' | 'strong';
  openMine: number;
  /** The other person's open items. */
  openTheirs: number;
  /** Open items of someone else named as owner (a third person): neither yours nor theirs. */
  openOthers?: number;
  /** Open items past their due date, on either side. */
  overdue: number;
  /** When its summary was made (ISO instant). */
  asOf?: string;
  /** Why the Doc has no summary or may be out of date: not read yet, deleted, access lost. */
  problem?: Message;
}

/** One of this user's open items, in "You owe". */
export interface OwedItem {
  documentId: string;
  id: string;
  text: string;
  due?: string;
  /** The date the item was first written, "YYYY-MM-DD". */
  from?: string;
  /** Open and past its due date: by this many days in the user's zone. */
  overdueDays?: number;
  /** Days since it was first written, when that is known: the meeting it was written at has been held. */
  ageDays?: number;
  /** Written for a meeting still to come (its `from` is that meeting's date): "for Jan 4", never "from". */
  upcoming?: boolean;
  /** The title of its Doc, to say where it is. */
  docTitle: string;
  /** Its copies as its Doc was last read (core/seen.ts): sent back with a tick or Drop. */
  seen: string;
}

/** "All my 1:1s": every Doc this user linked, and what they owe across them. */
export interface OverviewState {
  /** Docs that need attention first: a gap over 14 days, overdue items. */
  docs: OverviewDoc[];
  /** Overdue first (longest overdue on top), then oldest first. */
  youOwe: OwedItem[];
  /** This user's items left out of the summaries to keep them small, across all Docs. */
  youOweLeftOut?: number;
  /** A "Refresh all" under way in another call: Docs read so far, of how many. */
  refreshing?: { done: number; total: number };
  /** The last "Refresh all": when, how many Docs it read, and each Doc that failed, one line each. */
  refreshed?: { at: string; read: number; failures: { documentId: string; title: string; message: Message }[] };
  /** Set when an item action could not be done as asked (its Doc changed): the overview is the fresh one. */
  conflict?: Message;
  /** Automatic preparation has stopped for this user: said here with a button that sets it up again. */
  automation?: AutomationHealth;
}
