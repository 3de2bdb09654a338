// Which language a Doc's notes are in: read from its own headings and titles, else the linking person's, decided once.

import { type Message, said } from '../shared/messages';
import type { NotesLanguageTag } from '../shared/settings';
import { ambiguousNumericDate, headingLanguages } from './dates';
import { LANGUAGES, languageOf } from './languages';
import { subsectionLanguages } from './markers';
import type { IsoDate, ParsedDoc } from './model';

/** A vote split among n languages is worth SHARE / n: whole numbers for any n up to seven. */
const SHARE = 420;
/** Words more languages share tell nothing ("Agenda", "Nov", an ISO date): they are not counted. */
const MAX_SHARED = 3;

/**
 * The language most of the Doc's dated headings and subsection titles are written in, or undefined when none of
 * them says (numbers only, words many languages share). A heading or title that fits a few languages (English and
 * English (UK); "Notes", English and French) counts a share for each; `prefer` wins a tie it is part of (an English
 * Doc and a British linker: English (UK)).
 */
export function docLanguage(parsed: ParsedDoc, prefer?: NotesLanguageTag): NotesLanguageTag | undefined {
  const votes = LANGUAGES.map(() => 0);
  const vote = (set: number) => {
    const members = LANGUAGES.filter((_, i) => set & (1 << i)).length;
    if (members > MAX_SHARED) return;
    LANGUAGES.forEach((_, i) => {
      if (set & (1 << i)) votes[i]! += SHARE / members;
    });
  };
  for (const section of parsed.sections) {
    vote(headingLanguages(section.headingText));
    for (const sub of section.subsections) vote(subsectionLanguages(sub.title));
  }
  const most = Math.max(...votes);
  if (most === 0) return undefined;
  const tied = LANGUAGES.filter((_, i) => votes[i] === most).map((l) => l.tag);
  return prefer && tied.includes(prefer) ? prefer : tied[0];
}

/** Regions whose English writes the month first (en-US and the places that follow it); plain `en` too. */
const MONTH_FIRST_ENGLISH = new Set(['', 'us', 'as', 'gu', 'mp', 'pr', 'um', 'vi', 'ph', 'ca', 'mh', 'fm', 'pw']);
/** Languages that write a year-last date month first, or the year first and then the month (zh, ko…); ja has its own. */
const MONTH_FIRST = new Set(['zh', 'ko', 'hu', 'lt', 'mn']);
const OWN_LANGUAGE = new Map<string, NotesLanguageTag>([
  ['de', 'de'],
  ['es', 'es'],
  ['fr', 'fr'],
  ['pt', 'pt-BR'],
  ['ja', 'ja'],
]);

/**
 * The notes' language of a person whose browser speaks `locale` (a BCP 47 tag, checked): their own when the add-on
 * writes it, else English as they write dates: day first (en-GB, nl, it…) or month first (en-US, zh, ko…).
 */
export function localeLanguage(locale: string | undefined): NotesLanguageTag {
  const [base, ...rest] = (locale ?? 'en').toLowerCase().split('-') as [string, ...string[]];
  const own = OWN_LANGUAGE.get(base);
  if (own) return own;
  const region = rest.find((part) => /^(?:[a-z]{2}|\d{3})$/.test(part)) ?? '';
  const monthFirst = base === 'en' ? MONTH_FIRST_ENGLISH.has(region) : MONTH_FIRST.has(base);
  return monthFirst ? 'en' : 'en-GB';
}

export interface NotesLanguageChoice {
  language: NotesLanguageTag;
  /**
   * The Doc's words said no language, and one of its headings holds a date that reads one way day first and another
   * month first: it is read as the linking person's locale reads it, which the sidebar says once.
   */
  readAs?: { text: string; date: IsoDate; locale: string };
}

/**
 * The language of the notes for a Doc linked by a person whose browser speaks `locale`: the one its own headings and
 * titles are in, else theirs (core/languages reads 03/11/2026 as that language does).
 */
export function chooseNotesLanguage(parsed: ParsedDoc, locale: string | undefined): NotesLanguageChoice {
  const person = localeLanguage(locale);
  const inDoc = docLanguage(parsed, person);
  if (inDoc) return { language: inDoc };
  const dayFirst = languageOf(person).dayFirst;
  for (const section of parsed.sections) {
    const ambiguous = ambiguousNumericDate(section.headingText);
    if (ambiguous)
      return {
        language: person,
        readAs: {
          text: ambiguous.text,
          date: dayFirst ? ambiguous.dayFirst : ambiguous.monthFirst,
          locale: locale ?? person,
        },
      };
  }
  return { language: person };
}

/** Said once, by the link that decided it (the sidebar's catalog words it the same: notice.dateReadAs). */
export function dateReadAsNotice(readAs: NonNullable<NotesLanguageChoice['readAs']>): Message {
  return said('notice.dateReadAs', { date: readAs.text, iso: { day: readAs.date }, locale: readAs.locale });
}
