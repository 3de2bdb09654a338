// The Doc's words in each language it is kept in: one table per language, registered here, written in one, read in all.
//
// A table says what the add-on WRITES in that language (heading dates, subsection titles, prompts, template
// questions, the due and from groups) and what it READS there (month and weekday names, subsection titles, due and
// from words, the cancelled mark, words that are not owners). Reading is in every language at once: a German Doc
// holding an English template reads both. Adding a language is its table here and its value in
// shared/settings.ts (NOTES_LANGUAGE_OPTIONS), whose type makes the compiler ask for the table.
import type { NotesLanguageTag } from '../../shared/settings';
import type { SubsectionKind } from '../model';
import { de } from './de';
import { en, enGB } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ptBR } from './ptBR';

/** What the add-on writes in a language. */
export interface WrittenWords {
  /** Month names as a date writes them, January to December, and weekday names, Sunday to Saturday: space-separated. */
  months: string;
  weekdays: string;
  /**
   * A heading's date with its weekday, and without: {W} the weekday, {D} the day, {M} the month's name, {N} its
   * number, {Y} the year.
   */
  weekdayDate: string;
  date: string;
  /** A date in the due and from groups: in the year of the section it is written in, and in another. */
  day: string;
  dayYear: string;
  /** After the heading's date: `Mon, Nov 23, 2026 · 1:1`. */
  label: string;
  /** Added at the end of a cancelled meeting's heading. */
  cancelled: string;
  /** A new section's subsections: Carried over, Agenda, Notes, Action items. */
  titles: readonly [string, string, string, string];
  /** Between an item's owner and its text. */
  owner: string;
  /** The groups after an item's text: `due {}` and `from {}`, {} the date. */
  due: string;
  from: string;
  /** The greyed prompt of the regular template, of the first 1:1 and of the career conversation. */
  prompts: readonly [string, string, string];
  /** The questions of the first 1:1 and of the career conversation. */
  first: readonly string[];
  career: readonly string[];
}

/**
 * What the add-on reads in a language, besides what it writes there. Lower case, without a final dot, accents as
 * written (a form without them is listed too where people type it so); forms of one thing are separated by `|`.
 */
export interface ReadWords {
  /** January to December, and Sunday to Saturday: one group of forms each, comma-separated. */
  months: string;
  weekdays: string;
  /** Subsection titles, by kind, as normaliseLabel reads them (core/markers.ts). */
  carried: string;
  agenda: string;
  notes: string;
  actions: string;
  /** The words before a due date, before a from date, and after one (`11月9日から`). */
  due: string;
  from: string;
  fromAfter?: string;
  /** Words that mark a meeting cancelled in its heading. */
  cancelled: string;
  /** Words that start a line with a colon and are not people ("Note:", "Frage:"). */
  notOwners: string;
}

export interface NotesLanguage {
  tag: NotesLanguageTag;
  /** A numeric date with the year last reads day first (03/11/2026 is 3 November) or month first (March 11). */
  dayFirst: boolean;
  write: WrittenWords;
  read: ReadWords;
}

/** Every language, in the order ties are broken in: English first, as the add-on wrote before it had others. */
export const LANGUAGES: readonly NotesLanguage[] = [en, enGB, de, es, fr, ptBR, ja];

const BY_TAG = new Map<string, NotesLanguage>(LANGUAGES.map((l) => [l.tag, l]));

/** The table of a language; English for anything else, which a validated setting never is. */
export function languageOf(tag: NotesLanguageTag | undefined): NotesLanguage {
  return (tag && BY_TAG.get(tag)) || en;
}

/** A language's bit in a set of languages (a number, one bit each, in LANGUAGES' order). */
export const bitOf = (tag: NotesLanguageTag): number => 1 << LANGUAGES.findIndex((l) => l.tag === tag);
export const ALL_LANGUAGES = (1 << LANGUAGES.length) - 1;

/** The tags of the languages in a set, in LANGUAGES' order. */
export function tagsIn(set: number): NotesLanguageTag[] {
  return LANGUAGES.filter((_, i) => set & (1 << i)).map((l) => l.tag);
}

/** Every form of every language's words, merged: built once, on the first read that needs them. */
export interface Lexicon {
  /** A month's form → its number (1–12) and the languages it is a month in. */
  months: Map<string, { month: number; set: number }>;
  /** A weekday's form → the languages it is one in. */
  weekdays: Map<string, number>;
  /** A subsection title → its kind and the languages it is one in. */
  labels: Map<string, { kind: SubsectionKind; set: number }>;
  cancelled: Map<string, number>;
  notOwners: Set<string>;
  due: string[];
  from: string[];
  fromAfter: string[];
}

const split = (list: string | undefined, by: string): string[] => (list ? list.split(by).filter(Boolean) : []);

/** Adds each form, as plainWord reads it, with this language's bit: a form two languages share is both languages'. */
function addForms<T>(map: Map<string, T & { set: number }>, forms: string[], bit: number, value: T): void {
  for (const written of forms) {
    const form = plainWord(written);
    const known = map.get(form);
    map.set(form, { ...value, set: (known?.set ?? 0) | bit });
  }
}

/** The lexicon of these languages; `lexicon()` keeps the one of every language once built. */
export function buildLexicon(languages: readonly NotesLanguage[] = LANGUAGES): Lexicon {
  const lexicon: Lexicon = {
    months: new Map(),
    weekdays: new Map(),
    labels: new Map(),
    cancelled: new Map(),
    notOwners: new Set(),
    due: [],
    from: [],
    fromAfter: [],
  };
  const weekdays = new Map<string, { set: number }>();
  const cancelled = new Map<string, { set: number }>();
  languages.forEach(({ read, tag }) => {
    const bit = bitOf(tag);
    split(read.months, ',').forEach((forms, m) => {
      addForms(lexicon.months, split(forms, '|'), bit, { month: m + 1 });
    });
    for (const forms of split(read.weekdays, ',')) addForms(weekdays, split(forms, '|'), bit, {});
    const kinds: [SubsectionKind, string][] = [
      ['carried', read.carried],
      ['agenda', read.agenda],
      ['notes', read.notes],
      ['actions', read.actions],
    ];
    for (const [kind, forms] of kinds) addForms(lexicon.labels, split(forms, '|'), bit, { kind });
    addForms(cancelled, split(read.cancelled, '|'), bit, {});
    for (const word of split(read.notOwners, '|')) lexicon.notOwners.add(plainWord(word));
    lexicon.due.push(...split(read.due, '|'));
    lexicon.from.push(...split(read.from, '|'));
    lexicon.fromAfter.push(...split(read.fromAfter, '|'));
  });
  for (const [form, { set }] of weekdays) lexicon.weekdays.set(form, set);
  for (const [form, { set }] of cancelled) lexicon.cancelled.set(form, set);
  return lexicon;
}

let built: Lexicon | undefined;

/** The merged words of every language. */
export function lexicon(): Lexicon {
  built ??= buildLexicon();
  return built;
}

/** Forms as a regular expression's alternatives: escaped, longest first, so that `sept` is tried before `sep`. */
export function alternatives(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Full-width forms (ＡＳＣＩＩ, digits, `：`, `／`, `（）`) as their ASCII ones and the ideographic space as a space,
 * one unit for one, so an index into the result is one into the text.
 */
export function foldWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Lower case without the accents of Latin letters: how month, weekday and title forms are compared. */
export function plainWord(text: string): string {
  return /[\u0080-\uffff]/.test(text)
    ? text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
    : text.toLowerCase();
}
