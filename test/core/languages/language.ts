// The checks every language's table must pass (src/core/languages): what it writes, and that every language reads it.
import { formatCarriedItem } from '../../../src/core/carryOver';
import {
  cancelledSuffix,
  formatDueDate,
  formatFromDate,
  formatHeadingDate,
  formatSectionHeading,
  parseFromDate,
  parseHeadingDate,
} from '../../../src/core/dates';
import { headingAsWritten } from '../../../src/core/follow';
import { itemId } from '../../../src/core/itemId';
import { languageOf } from '../../../src/core/languages';
import { subsectionKind } from '../../../src/core/markers';
import type { Section, SubsectionKind } from '../../../src/core/model';
import { itemOfLine } from '../../../src/core/parse';
import { ALL_PROMPT_LINES, isTemplateQuestion, templateFormat, templateIn } from '../../../src/core/templates';
import type { NotesLanguageTag } from '../../../src/shared/settings';

/** What a language writes and reads, as a person of that language would expect it. */
export interface LanguageCase {
  tag: NotesLanguageTag;
  /** Mon Nov 16, 2026 in the weekday, day-month-year and ISO formats, as the add-on's heading. */
  headings: [string, string, string];
  /** The first of them, marked cancelled. */
  cancelled: string;
  /** Carried over, Agenda, Notes, Action items. */
  titles: [string, string, string, string];
  /** Ana's item "send the deck" (due Nov 30, first written Nov 9) carried into the section of Nov 23, 2026. */
  carried: string;
  /** Due Jan 5, 2027, written in a section of 2026. */
  dueNextYear: string;
  /** Headings people of the language write, and the date each names (its numbers in the language's order). */
  headingsRead: [string, string][];
  /** Titles people give action items and the other subsections, and their kind. */
  titlesRead: [string, SubsectionKind][];
  /** Item lines people write, read in a section of Nov 23, 2026: owner, text, due and first-written date. */
  itemsRead: [string, { owner?: string; text: string; due?: string; from?: string }][];
  /** "03/11/2026" in a Doc in this language. */
  numeric: string;
  /** Month names as people write them (long, short, with or without dot and accent), January to December; none in Japanese, whose months are numbers. */
  months: string[];
}

const NOV_23 = '2026-11-23';

export function describeLanguage(c: LanguageCase): void {
  const language = languageOf(c.tag);

  describe(`${c.tag}: what the add-on writes`, () => {
    it('writes a heading in each date format, which any Doc reads back as its date and as the add-on’s own', () => {
      const formats = ['weekday-short', 'day-month-year', 'iso'] as const;
      expect(formats.map((f) => formatSectionHeading('2026-11-16', f, c.tag))).toEqual(c.headings);
      for (const [i, format] of formats.entries()) {
        expect(parseHeadingDate(c.headings[i]!)).toEqual({ date: '2026-11-16', cancelled: false });
        const section = { date: '2026-11-16', headingText: c.headings[i]! } as Section;
        expect(headingAsWritten(section)?.format).toBe(format);
      }
      expect(headingAsWritten({ date: '2026-11-16', headingText: c.headings[0] } as Section)?.language).toBe(c.tag);
    });

    it('reads back every day it writes, from 2024 to 2028, in every format', () => {
      let wrong = 0;
      for (let day = Date.UTC(2024, 0, 1); day <= Date.UTC(2028, 11, 31); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        for (const format of ['weekday-short', 'day-month-year'] as const) {
          const heading = formatSectionHeading(date, format, c.tag);
          if (parseHeadingDate(heading)?.date !== date) wrong++;
          if (parseHeadingDate(heading + cancelledSuffix(c.tag))?.cancelled !== true) wrong++;
          if (parseHeadingDate(formatHeadingDate(date, format, c.tag), language.dayFirst)?.date !== date) wrong++;
        }
      }
      expect(wrong).toBe(0);
    });

    it('marks a cancelled meeting in its own words, which reads as cancelled', () => {
      expect(c.headings[0] + cancelledSuffix(c.tag)).toBe(c.cancelled);
      expect(parseHeadingDate(c.cancelled)).toEqual({ date: '2026-11-16', cancelled: true });
    });

    it('titles a new section’s subsections in it, each read back as its kind', () => {
      const titles = templateFormat('default', c.tag).subsections.map((s) => s.title);
      expect(titles).toEqual(c.titles);
      expect(c.titles.map(subsectionKind)).toEqual(['carried', 'agenda', 'notes', 'actions']);
    });

    it('writes every template’s prompts and questions in it, read back as prompts and suggested questions', () => {
      for (const name of ['default', 'first', 'career'] as const) {
        const written = templateIn(name, c.tag);
        const english = templateIn(name, 'en');
        expect(written.questions).toHaveLength(english.questions.length);
        for (const prompt of written.prompts) expect(ALL_PROMPT_LINES).toContain(prompt);
        for (const question of written.questions) expect(isTemplateQuestion(question)).toBe(true);
        if (!c.tag.startsWith('en')) expect(written.questions.filter((q) => english.questions.includes(q))).toEqual([]);
      }
    });

    it('writes a carried line with its owner, due and from words, which reads back as the same item', () => {
      const item = {
        id: 'x',
        owner: { kind: 'name' as const, name: 'Ana' },
        text: 'send the deck',
        from: '2026-11-09',
      };
      const due = formatDueDate('2026-11-30', NOV_23, c.tag);
      const line = formatCarriedItem({ ...item, due }, NOV_23, c.tag);
      expect(line).toBe(c.carried);
      const read = itemOfLine(line, NOV_23, language.dayFirst)!;
      expect(read).toMatchObject({ owner: item.owner, text: item.text, due, from: item.from });
      expect(read.id).toBe(itemId('Ana', 'send the deck', '2026-11-09'));
      expect(parseFromDate(due, '2026-12-31', language.dayFirst)).toBe('2026-11-30');
      expect(formatDueDate('2027-01-05', NOV_23, c.tag)).toBe(c.dueNextYear);
      expect(parseFromDate(c.dueNextYear, NOV_23, language.dayFirst)).toBe('2027-01-05');
      expect(parseFromDate(formatFromDate('2025-12-28', NOV_23, c.tag), NOV_23)).toBe('2025-12-28');
    });
  });

  describe(`${c.tag}: what the add-on reads, whatever language the notes are set to`, () => {
    it.each(c.headingsRead)('reads the heading %j as %s', (heading, date) => {
      expect(parseHeadingDate(heading, language.dayFirst)?.date).toBe(date);
    });

    it.each(c.titlesRead)('reads the title %j as %s', (title, kind) => {
      expect(subsectionKind(title)).toBe(kind);
    });

    it.each(c.itemsRead)('reads the item %j', (line, want) => {
      const read = itemOfLine(line, NOV_23, language.dayFirst);
      expect({
        ...(read?.owner ? { owner: read.owner.name } : {}),
        text: read?.text,
        ...(read?.due !== undefined ? { due: read.due } : {}),
        ...(read?.from !== NOV_23 ? { from: read?.from } : {}),
      }).toEqual(want);
    });

    it('reads 03/11/2026 as its notes’ language does', () => {
      expect(parseHeadingDate('03/11/2026 · 1:1', language.dayFirst)?.date).toBe(c.numeric);
    });

    it('reads every month name of it, long and short, with or without its dot', () => {
      expect(c.months).toHaveLength(c.tag === 'ja' ? 0 : 12);
      c.months.forEach((name, i) => {
        const month = String(i + 1).padStart(2, '0');
        expect(parseHeadingDate(`16 ${name} 2026`)?.date).toBe(`2026-${month}-16`);
        expect(parseFromDate(`16 ${name}`, '2026-12-31')).toBe(`2026-${month}-16`);
      });
    });
  });
}
