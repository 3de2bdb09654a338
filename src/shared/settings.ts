// A Doc's settings in one place: each option's values, labels and default, for the server and the sidebar alike.
//
// The types derive from the lists, so a value added here is offered in the sidebar, accepted by validation and
// required of every table keyed by it (core/templates.ts) without another list to keep in step.

export interface Option<T extends string | number = string> {
  value: T;
  /** How the sidebar offers it. */
  label: string;
}

export const TEMPLATE_OPTIONS = [
  { value: 'default', label: 'Regular 1:1' },
  { value: 'first', label: 'First 1:1' },
  { value: 'career', label: 'Career conversation' },
  { value: 'like-last', label: 'Like our last section' },
] as const satisfies readonly Option[];

export const POSITION_OPTIONS = [
  { value: 'newest-first', label: 'Newest first (top of the Doc)' },
  { value: 'oldest-first', label: 'Oldest first (end of the Doc)' },
] as const satisfies readonly Option[];

/** Labelled by example: the date of a heading written in each format (test/core/settings.test.ts checks them). */
export const DATE_FORMAT_OPTIONS = [
  { value: 'weekday-short', label: 'Mon, Nov 23, 2026' },
  { value: 'iso', label: '2026-11-23' },
  { value: 'day-month-year', label: '23 Nov 2026' },
] as const satisfies readonly Option[];

export type TemplateName = (typeof TEMPLATE_OPTIONS)[number]['value'];
export type Position = (typeof POSITION_OPTIONS)[number]['value'];
export type HeadingDateFormat = (typeof DATE_FORMAT_OPTIONS)[number]['value'];

export const valuesOf = <T extends string>(options: readonly Option<T>[]): readonly T[] => options.map((o) => o.value);

/** What the setting goes back to once "First 1:1" has had its section (core/templates.ts, settledTemplate). */
export const REGULAR_TEMPLATE: TemplateName = 'default';
export const DATE_FORMATS = valuesOf<HeadingDateFormat>(DATE_FORMAT_OPTIONS);

/** The lead time runs from one hour to seven days (README). */
export const LEAD_HOURS_MIN = 1;
export const LEAD_HOURS_MAX = 7 * 24;
/** Lead times the sidebar offers, in hours; any whole number of hours within the bounds is accepted. */
export const LEAD_CHOICES = [1, 2, 4, 8, 12, 24, 48, 72, 168] as const;

export interface Settings {
  /** How long before the meeting its section is inserted. */
  leadHours: number;
  position: Position;
  template: TemplateName;
  dateFormat: HeadingDateFormat;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  leadHours: 24,
  position: 'newest-first',
  template: 'default',
  dateFormat: 'weekday-short',
};
