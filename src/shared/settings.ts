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

/** Labelled by example: the date of a heading written in each format in English (DATE_EXAMPLES has every language's). */
export const DATE_FORMAT_OPTIONS = [
  { value: 'weekday-short', label: 'Mon, Nov 23, 2026' },
  { value: 'iso', label: '2026-11-23' },
  { value: 'day-month-year', label: '23 Nov 2026' },
] as const satisfies readonly Option[];

/**
 * The language the add-on writes a Doc's sections in, each named in its own words: names of languages are not
 * translated, so every person finds theirs. English (UK) writes dates day first and reads 03/11/2026 as 3 November.
 */
export const NOTES_LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'en-GB', label: 'English (UK)' },
  { value: 'de', label: 'Deutsch' },
  { value: 'es', label: 'Español' },
  { value: 'fr', label: 'Français' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'ja', label: '日本語' },
] as const satisfies readonly Option[];

export type TemplateName = (typeof TEMPLATE_OPTIONS)[number]['value'];
export type Position = (typeof POSITION_OPTIONS)[number]['value'];
export type HeadingDateFormat = (typeof DATE_FORMAT_OPTIONS)[number]['value'];
export type NotesLanguageTag = (typeof NOTES_LANGUAGE_OPTIONS)[number]['value'];

/**
 * Nov 23, 2026 in each heading format, as each language writes it: what the sidebar offers the date formats by, in the
 * language the notes are set to (test/core/settings.test.ts holds them to what the add-on writes).
 */
export const DATE_EXAMPLES: Readonly<Record<NotesLanguageTag, readonly [string, string]>> = {
  en: ['Mon, Nov 23, 2026', '23 Nov 2026'],
  'en-GB': ['Mon, 23 Nov 2026', '23 Nov 2026'],
  de: ['Mo., 23. Nov. 2026', '23. Nov. 2026'],
  es: ['lun, 23 nov 2026', '23 nov 2026'],
  fr: ['lun. 23 nov. 2026', '23 nov. 2026'],
  'pt-BR': ['seg., 23 de nov. de 2026', '23 de nov. de 2026'],
  ja: ['2026年11月23日(月)', '2026年11月23日'],
};

/** The example of a heading date format in the notes' language (English for a value it does not know): ISO is the same in all. */
export function dateExample(format: HeadingDateFormat, language: NotesLanguageTag): string {
  if (format === 'iso') return '2026-11-23';
  const known = NOTES_LANGUAGE_OPTIONS.some((o) => o.value === language) ? DATE_EXAMPLES[language] : undefined;
  return (known ?? DATE_EXAMPLES.en)[format === 'weekday-short' ? 0 : 1];
}

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
  /** The language sections are written in (read in every language whatever it is); decided when the Doc is linked. */
  notesLanguage: NotesLanguageTag;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  leadHours: 24,
  position: 'newest-first',
  template: 'default',
  dateFormat: 'weekday-short',
  // What every section was written in before the setting existed: a Doc linked then keeps reading as it did.
  notesLanguage: 'en',
};
