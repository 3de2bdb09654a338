// Which language a Doc's notes are in (src/core/notesLanguage.ts), and Docs whose words mix languages read whole.
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { parseHeadingDate } from '../../src/core/dates';
import type { ParsedDoc } from '../../src/core/model';
import { chooseNotesLanguage, dateReadAsNotice, docLanguage, localeLanguage } from '../../src/core/notesLanguage';
import { parseDoc } from '../../src/core/parse';
import type { NotesLanguageTag } from '../../src/shared/settings';
import { english } from '../support/words';

/** A Doc of the given headings, each over the given subsection titles with one item. */
function docOf(headings: string[], titles: string[] = [], language?: NotesLanguageTag): ParsedDoc {
  const blocks = headings.flatMap((heading) => [h2(heading), ...titles.flatMap((t) => [h3(t), bullet('☐ plan')])]);
  return parseDoc(buildDocument({ blocks: [p('1:1'), ...blocks] }), language ? { language } : {});
}

describe('docLanguage', () => {
  it.each([
    ['en', ['Mon, Nov 16, 2026 · 1:1', 'Nov 9, 2026'], ['Action items']],
    ['de', ['Mo., 16. Nov. 2026 · 1:1', 'Montag, 9. November 2026'], ['Aufgaben', 'Notizen']],
    ['es', ['lun, 16 nov 2026 · 1:1', 'lunes, 9 de noviembre de 2026'], ['Tareas']],
    ['fr', ['lun. 16 nov. 2026 · 1:1', 'lundi 9 novembre 2026'], ['Prochaines étapes']],
    ['pt-BR', ['seg., 16 de nov. de 2026 · 1:1', '9 de novembro de 2026'], ['Próximos passos']],
    ['ja', ['2026年11月16日(月) · 1on1', '２０２６年１１月９日'], ['アクションアイテム']],
  ] as const)('reads a Doc kept in %s as one', (tag, headings, titles) => {
    expect(docLanguage(docOf([...headings], [...titles]))).toBe(tag);
  });

  it('goes by most of the headings and titles when a Doc mixes languages (an English template in German notes)', () => {
    const mixed = docOf(
      ['Mo., 30. Nov. 2026 · 1:1', 'Mo., 23. Nov. 2026 · 1:1', 'Mon, Nov 16, 2026 · 1:1'],
      ['Aufgaben', 'Notizen'],
    );
    expect(mixed.sections.map((s) => s.date)).toEqual(['2026-11-30', '2026-11-23', '2026-11-16']);
    expect(mixed.sections.every((s) => s.items.length === 2)).toBe(true);
    expect(docLanguage(mixed)).toBe('de');
  });

  it('says nothing of a Doc whose headings are numbers and whose titles every language shares', () => {
    expect(docLanguage(docOf(['2026-11-16', '03/11/2026'], ['Agenda']))).toBeUndefined();
    expect(docLanguage(docOf([]))).toBeUndefined();
  });

  it('counts a heading two languages write alike half for each: one German heading outweighs it', () => {
    expect(docLanguage(docOf(['Mo., 16. Nov. 2026 · 1:1', '9 Nov 2026 · 1:1']))).toBe('de');
  });

  it('breaks a tie by the linking person’s language: an English Doc written day first', () => {
    const english = docOf(['16 Nov 2026', '9 Nov 2026'], ['Action items']);
    expect(docLanguage(english)).toBe('en');
    expect(docLanguage(english, 'en-GB')).toBe('en-GB');
    expect(docLanguage(docOf(['Mon, Nov 16, 2026'], ['Action items']), 'en-GB')).toBe('en');
  });
});

describe('localeLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['pt-PT', 'pt-BR'],
    ['ja', 'ja'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['en-GB', 'en-GB'],
    ['en-IN', 'en-GB'],
    ['en-001', 'en-GB'],
    ['en-Latn-US', 'en'],
    ['nl-NL', 'en-GB'],
    ['zh-Hant-TW', 'en'],
    ['ko', 'en'],
    [undefined, 'en'],
  ] as const)('writes notes for %s in %s', (locale, tag) => {
    expect(localeLanguage(locale)).toBe(tag);
  });
});

describe('chooseNotesLanguage', () => {
  it('takes the Doc’s own language over the linking person’s', () => {
    expect(chooseNotesLanguage(docOf(['Mo., 16. Nov. 2026 · 1:1']), 'en-US')).toEqual({ language: 'de' });
  });

  it('takes the person’s when the Doc says nothing, and reads its ambiguous dates their way, once said', () => {
    const numeric = docOf(['03/11/2026', '2026-10-27']);
    expect(chooseNotesLanguage(numeric, 'nl-NL')).toEqual({
      language: 'en-GB',
      readAs: { text: '03/11/2026', date: '2026-11-03', locale: 'nl-NL' },
    });
    expect(chooseNotesLanguage(numeric, 'en-US')).toEqual({
      language: 'en',
      readAs: { text: '03/11/2026', date: '2026-03-11', locale: 'en-US' },
    });
    expect(english(dateReadAsNotice({ text: '03/11/2026', date: '2026-11-03', locale: 'nl-NL' }))).toBe(
      '“03/11/2026” in this Doc is read as Tue, Nov 3, as nl-NL writes dates. If that is wrong, change the language of the notes in Settings.',
    );
    // Nothing to say when no date can be read two ways: 23/11 has one reading, and dots are day first.
    expect(chooseNotesLanguage(docOf(['23/11/2026', '03.11.2026']), 'en-US')).toEqual({ language: 'en' });
  });
});

describe('03/11/2026, by the language of the notes', () => {
  it.each([
    ['en', '2026-03-11'],
    ['en-GB', '2026-11-03'],
    ['de', '2026-11-03'],
    ['es', '2026-11-03'],
    ['fr', '2026-11-03'],
    ['pt-BR', '2026-11-03'],
    ['ja', '2026-03-11'],
  ] as const)('is read in a Doc set to %s as %s, in headings and due dates alike', (tag, date) => {
    const parsed = docOf(['03/11/2026 · 1:1'], [], tag);
    expect(parsed.sections[0]?.date).toBe(date);
    expect(parsed.language).toBe(tag);
  });

  it('is read as the Doc’s own mark says, whatever the reader asks', () => {
    const mark =
      '1on1-link:v=1&g=abcd1234&leadHours=24&position=newest-first&template=default&dateFormat=iso&notesLanguage=fr';
    const doc = buildDocument({ blocks: [h2('03/11/2026 · 1:1', mark), bullet('☐ plan')] });
    expect(parseDoc(doc, { language: 'en' }).sections[0]?.date).toBe('2026-11-03');
  });
});

describe('a heading that is a date in one language and a word in another', () => {
  it.each([
    ['Mars 2026 planning'],
    ['Mai 2026'],
    ['mai 2026 · Review'],
    ['Mai Tran 1:1 2026-11-16'],
    ['Set goals 2026-11-16'],
    ['Planung Dez 2026 – 03.11.2026'],
  ])('does not read %j as a meeting', (heading) => {
    expect(parseHeadingDate(heading)).toBeUndefined();
  });

  it.each([
    ['12 Mai 2026', '2026-05-12'],
    ['3 mars 2026', '2026-03-03'],
    ['mar. 3 mars 2026', '2026-03-03'],
    ['mar, 3 mar 2026', '2026-03-03'],
    ['Do., 3. Dez. 2026', '2026-12-03'],
    ['Sam / Ana 1:1 – Mon, Nov 16, 2026', '2026-11-16'],
  ])('reads %j as the date it is', (heading, date) => {
    expect(parseHeadingDate(heading)?.date).toBe(date);
  });
});
