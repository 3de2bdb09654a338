// The registry of languages (src/core/languages/index.ts): each table complete, their words merged without clashes.
import { cancelledSuffix, parseHeadingDate } from '../../../src/core/dates';
import {
  ALL_LANGUAGES,
  alternatives,
  bitOf,
  buildLexicon,
  foldWidth,
  LANGUAGES,
  languageOf,
  lexicon,
  plainWord,
  tagsIn,
} from '../../../src/core/languages';
import { subsectionKind } from '../../../src/core/markers';
import { itemOfLine } from '../../../src/core/parse';
import { NOTES_LANGUAGE_OPTIONS } from '../../../src/shared/settings';

describe('the languages', () => {
  it('are the setting’s options, each with its table', () => {
    expect(LANGUAGES.map((l) => l.tag)).toEqual(NOTES_LANGUAGE_OPTIONS.map((o) => o.value));
    for (const { value } of NOTES_LANGUAGE_OPTIONS) expect(languageOf(value).tag).toBe(value);
  });

  it.each(LANGUAGES.map((l) => [l.tag, l] as const))(
    '%s writes 12 months and 7 weekdays, and reads as many',
    (_, l) => {
      expect(l.write.months.split(' ')).toHaveLength(12);
      expect(l.write.weekdays.split(' ')).toHaveLength(7);
      expect(l.read.months.split(',')).toHaveLength(l.tag === 'ja' ? 1 : 12);
      expect(l.read.weekdays.split(',')).toHaveLength(7);
      expect(l.write.first).toHaveLength(5);
      expect(l.write.career).toHaveLength(4);
    },
  );

  it('give every subsection title one kind in every language that reads it', () => {
    const kinds = new Map<string, Set<string>>();
    for (const { read } of LANGUAGES)
      for (const kind of ['carried', 'agenda', 'notes', 'actions'] as const)
        for (const title of read[kind].split('|')) kinds.set(title, (kinds.get(title) ?? new Set()).add(kind));
    expect([...kinds].filter(([, k]) => k.size > 1)).toEqual([]);
    for (const [title, [kind]] of kinds) expect([title, subsectionKind(title)]).toEqual([title, kind]);
  });

  it('give a month one number in every language whose month it is', () => {
    const numbers = new Map<string, Set<number>>();
    for (const { read } of LANGUAGES)
      read.months.split(',').forEach((forms, i) => {
        for (const form of forms.split('|').filter(Boolean))
          numbers.set(plainWord(form), (numbers.get(plainWord(form)) ?? new Set()).add(i + 1));
      });
    expect([...numbers].filter(([, n]) => n.size > 1)).toEqual([]);
    expect(lexicon().months.get('mai')).toEqual({ month: 5, set: expect.any(Number) });
    expect(tagsIn(lexicon().months.get('mai')!.set)).toEqual(['de', 'fr', 'pt-BR']);
  });

  it('read each language’s own written words: titles, cancelled marks, due and from words', () => {
    for (const language of LANGUAGES) {
      const { write, tag } = language;
      expect(write.titles.map(subsectionKind)).toEqual(['carried', 'agenda', 'notes', 'actions']);
      expect(parseHeadingDate(`2026-11-16 · ${write.label}${cancelledSuffix(tag)}`)?.cancelled).toBe(true);
      const due = write.due.replace('{}', '30.11.');
      const from = write.from.replace('{}', '2026-11-02');
      const item = itemOfLine(`☐ Ana${write.owner}plan · ${due} · ${from}`, '2026-11-23', language.dayFirst);
      expect([tag, item?.text, item?.due, item?.from]).toEqual([tag, 'plan', '30.11.', '2026-11-02']);
    }
  });
});

describe('the merged lexicon', () => {
  const words = (list: string | undefined) => (list ? list.split('|') : []);

  it('gives each language a bit of its own, and all of them together', () => {
    const bits = LANGUAGES.map((l) => bitOf(l.tag));
    expect(new Set(bits).size).toBe(LANGUAGES.length);
    for (const l of LANGUAGES) expect(tagsIn(bitOf(l.tag))).toEqual([l.tag]);
    expect(tagsIn(ALL_LANGUAGES)).toEqual(LANGUAGES.map((l) => l.tag));
  });

  it('lists every language’s due and from words, each once per language, in the languages’ order', () => {
    const lexicon = buildLexicon();
    expect(lexicon.due).toEqual(LANGUAGES.flatMap((l) => words(l.read.due)));
    expect(lexicon.from).toEqual(LANGUAGES.flatMap((l) => words(l.read.from)));
    expect(lexicon.fromAfter).toEqual(['から', 'より']);
    expect(buildLexicon([])).toEqual({
      months: new Map(),
      weekdays: new Map(),
      labels: new Map(),
      cancelled: new Map(),
      notOwners: new Set(),
      due: [],
      from: [],
      fromAfter: [],
    });
  });

  it('keeps each form with every language it is a word of: cancelled marks, words that are no owner, weekdays', () => {
    const lexicon = buildLexicon();
    const de = LANGUAGES.find((l) => l.tag === 'de')!;
    for (const form of words(de.read.cancelled))
      expect(lexicon.cancelled.get(plainWord(form))! & bitOf('de')).not.toBe(0);
    for (const form of words(de.read.notOwners)) expect(lexicon.notOwners.has(plainWord(form))).toBe(true);
    expect(lexicon.cancelled.get('cancelled')).toBe(bitOf('en') | bitOf('en-GB'));
    expect(lexicon.weekdays.get('mo')).toBe(bitOf('de'));
    expect(lexicon.months.get('sept')).toEqual({ month: 9, set: expect.any(Number) });
    expect(lexicon.months.get('sept')!.set & bitOf('de')).not.toBe(0);
  });

  it('is the one lexicon() keeps', () => {
    expect(lexicon()).toEqual(buildLexicon());
  });
});

describe('alternatives', () => {
  it('tries the longest form first, each once, with its punctuation escaped', () => {
    expect(alternatives(['sep', 'sept', 'sep', 'a.b', 'september'])).toBe('september|sept|sep|a\\.b');
    expect(new RegExp(`^(?:${alternatives(['a.b'])})$`).test('axb')).toBe(false);
  });
});

describe('plainWord', () => {
  it('takes the accents off Latin letters and lowers the case, whatever the text holds', () => {
    expect(plainWord('É')).toBe('e');
    expect(plainWord('März')).toBe('marz');
    expect(plainWord('SEPT')).toBe('sept');
    expect(plainWord('月曜日')).toBe('月曜日');
  });
});

describe('foldWidth', () => {
  it('reads full-width digits, colons, slashes and parentheses as ASCII, one unit for one', () => {
    const text = '２０２６／１１／１６（月）　田中：';
    expect(foldWidth(text)).toBe('2026/11/16(月) 田中:');
    expect(foldWidth(text)).toHaveLength(text.length);
    expect(foldWidth('plain text')).toBe('plain text');
  });
});
