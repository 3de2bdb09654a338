// Arbitraries for the property suites (random 1:1 Docs built through docBuilder, with what a reader should see in them) and a counting wrapper over fc.assert.
import fc from 'fast-check';
import { type BlockSpec, buildDocument, type ParagraphSpec, type RunSpec, type TabSpec } from '../../dev/docBuilder';
import { addDays, formatSectionHeading, weekday } from '../../src/core/dates';
import { keyFromNamedRangeName, namedRangeName } from '../../src/core/keys';
import type { Span, SubsectionKind } from '../../src/core/model';
import { NOTES_LANGUAGE_OPTIONS, type NotesLanguageTag } from '../../src/shared/settings';
import type { Document, NamedStyleType, Tab } from '../../src/types/docs-api';
import { type SuggestionKind, suggest } from '../fixtures/suggestions';
import { WRITTEN_IN, type WrittenIn } from './writtenIn';

// ---------------------------------------------------------------------------------------------------------------
// Running properties: FC_SEED, FC_PATH and FC_RUNS reproduce a failure; every file prints how many cases it ran.
// ---------------------------------------------------------------------------------------------------------------

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, not ${raw}`);
  return n;
}

/**
 * fast-check's parameters: `numRuns` unless FC_RUNS says otherwise, and FC_SEED / FC_PATH to replay a failure.
 * `timeLimitMs` (FC_TIME_LIMIT overrides it) bounds a run, shrinking included: past it the property fails with
 * the smallest counterexample found so far, rather than shrinking slow cases for many minutes.
 */
export function fcParams(
  numRuns: number,
  timeLimitMs?: number,
): {
  numRuns: number;
  seed?: number;
  path?: string;
  interruptAfterTimeLimit?: number;
  markInterruptAsFailure?: boolean;
} {
  const seed = envInt('FC_SEED');
  const path = process.env.FC_PATH;
  const limit = envInt('FC_TIME_LIMIT') ?? timeLimitMs;
  return {
    numRuns: envInt('FC_RUNS') ?? numRuns,
    ...(seed !== undefined ? { seed } : {}),
    ...(path ? { path } : {}),
    ...(limit !== undefined ? { interruptAfterTimeLimit: limit, markInterruptAsFailure: true } : {}),
  };
}

const counts: { name: string; cases: number }[] = [];

/**
 * One jest test that checks one property. fc.assert's failure report names the seed and the path (and the
 * counterexample), so `FC_SEED=… FC_PATH=… npx jest <file> -t '<name>'` replays it.
 */
export function propertyTest<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: () => fc.IProperty<Ts>,
  numRuns: number,
  options: { timeLimitMs?: number } = {},
): void {
  const params = fcParams(numRuns, options.timeLimitMs);
  // Jest's own timeout stays out of fast-check's way: a failing property gets to report its counterexample.
  const timeout = (params.interruptAfterTimeLimit ?? 300_000) + 60_000;
  it(
    name,
    () => {
      fc.assert(property(), params);
      counts.push({ name, cases: params.numRuns });
    },
    timeout,
  );
}

/** Prints `property: <name>: <N> cases` for each property of the file, then the file's total, once it is done. */
export function reportCases(file: string): void {
  afterAll(() => {
    if (counts.length === 0) return;
    const lines = counts.map((c) => `property: ${c.name}: ${c.cases} cases`);
    lines.push(`property: ${file} total: ${counts.reduce((n, c) => n + c.cases, 0)} cases`);
    console.log(lines.join('\n'));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------------------------

/**
 * Words of an item or a note: Latin, emoji (ZWJ sequences, flags, astral letters), RTL scripts, combining marks.
 * None is a marker, a label, a date or "(due …)", and none has ": ", so an item's text is exactly its words.
 */
export const WORDS = [
  'draft',
  'the',
  'plan',
  'Q1',
  'review',
  'budget',
  'intro',
  'platform',
  'team',
  'ship',
  'it',
  '🚀',
  '🎉',
  '👩‍💻',
  '🇧🇷',
  '𝒳𝒴',
  '𠜎𠜱',
  'مراجعة',
  'الخطة',
  'שלום',
  'עולם',
  'naïve',
  'Ångström',
  'e\u0301te',
  'café',
  'ß',
  '10:30',
  'https://x.io/a',
  '#42',
  'ok!',
  '“quoted”',
  'x²',
  '日本語',
  '한국어',
] as const;

export const RTL_WORDS = ['مراجعة', 'الخطة', 'الفريق', 'שלום', 'עולם', 'תוכנית', '🚀'] as const;

export const wordArb = fc.constantFrom(...WORDS);
export const wordsArb = (max = 5) => fc.array(wordArb, { minLength: 1, maxLength: max });
const rtlWordsArb = fc.array(fc.constantFrom(...RTL_WORDS), { minLength: 1, maxLength: 5 });

export const OPEN_MARKERS = ['☐', '[ ]'] as const;
export const DONE_MARKERS = ['☑', '☑\uFE0F', '✅', '✓', '✔', '[x]', '[X]'] as const;
const MARKERS = [...OPEN_MARKERS, ...DONE_MARKERS];

/** Text that may hold anything a reader keys on (markers, labels, dates, owners, due and from), for places that must not matter. */
const NOISE = [
  ...MARKERS,
  'Action items',
  'Carried over',
  'Agenda',
  'Notes',
  'Next steps',
  'Nov 23, 2026',
  '2026-11-30',
  '23 Nov 2026',
  '11/23/2026',
  'Mon, Nov 16, 2026 · 1:1',
  'Mo., 16. Nov. 2026 · 1:1',
  '２０２６年１１月１６日（月）',
  'Aufgaben',
  'Próximos passos',
  'アクションアイテム',
  '(fällig 1. Dez.)',
  '（期限：１２月１日）',
  '(seit 9. Nov.)',
  '田中：',
  '03/11/2026',
  '(due Dec 1)',
  '(from Nov 9)',
  '(from ',
  ')',
  '(',
  'Ana: ',
  'Note: ',
  '1:1',
  ' ',
  '\t',
  '\u00A0',
  '\u000B',
  '🚀',
  '👩‍💻',
  'مرحبا',
  'שלום',
  ...WORDS,
];

/** Characters Docs text never holds: newlines (they end paragraphs), other controls, private use (chips' placeholders), lone surrogates. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is taken out.
  return text.replace(/[\u0000-\u0008\u000A\u000C-\u001F\u007F]|\p{Co}|\p{Cs}/gu, '');
}

/**
 * Any code point: ASCII, the rest of the BMP (RTL scripts, combining marks, symbols) and the astral planes (emoji,
 * historic scripts). Built from integers: fc.string's Unicode units build a reverse map of every code point on first
 * shrink, which costs a second per test file.
 */
const codePointArb = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xffff }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((cp) => String.fromCodePoint(cp));

/** Anything: random Unicode strings mixed with the pieces the parser reacts to. */
export const noiseArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NOISE) },
      { weight: 2, arbitrary: fc.array(codePointArb, { maxLength: 5 }).map((cps) => cps.join('')) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => cleanText(parts.join('')));

// ---------------------------------------------------------------------------------------------------------------
// Structured Docs: sections, subsections and items whose reading is known in advance
// ---------------------------------------------------------------------------------------------------------------

export type OwnerSpec =
  | { kind: 'none' }
  /** "Ana: ", "Ana : " in French, "田中：" in Japanese. */
  | { kind: 'name'; name: string; colon: string }
  | { kind: 'chip'; name: string; email: string };
/** A due date in text is written as a group, "(due Dec 1)", "(fällig 1. Dez.)", "（期限：１２月１日）"; `text` is its date. */
export type DueSpec =
  | { kind: 'none' }
  | { kind: 'text'; text: string; written: string }
  | { kind: 'chip'; text: string };
/** "(from Nov 9)", "(seit 9. Nov.)", "（11月9日から）": the group as written, and the day it names. */
export interface FromSpec {
  written: string;
  month: number;
  day: number;
  year?: number;
}

export interface ItemModel {
  /** Spaces before the marker. */
  lead: string;
  /** '' for none. */
  marker: string;
  owner: OwnerSpec;
  words: string[];
  due: DueSpec;
  from?: FromSpec;
  /** Everything after the marker struck through. */
  struck: boolean;
  /** A native checklist paragraph rather than a disc bullet. */
  checkbox: boolean;
  rtl: boolean;
}

export type BlockModel =
  | { kind: 'item'; item: ItemModel }
  | { kind: 'para'; text: string; rtl: boolean }
  | { kind: 'empty' }
  | { kind: 'emptyBullet'; text: string }
  | { kind: 'emptyHeading'; level: number }
  | { kind: 'table'; rows: string[][] };

export interface SubsectionModel {
  title: string;
  kind: SubsectionKind;
  /** Written as a plain paragraph ("Action items:") rather than a heading. */
  asParagraph: boolean;
  blocks: BlockModel[];
}

export interface SectionModel {
  date: string;
  heading: string;
  /** 1 … 3: HEADING_1 … HEADING_3; subsection headings are one deeper. */
  level: number;
  cancelled: boolean;
  /** An occurrence key over the heading, as the add-on leaves it. */
  key?: string;
  pre: BlockModel[];
  subs: SubsectionModel[];
  /** An undated heading of a higher level that ends the section, and what follows it outside any section. */
  closer?: { text: string; style: NamedStyleType; after: BlockModel[] };
}

export interface DocModel {
  /** The language of the notes: how its numeric dates are written, and read (parseDoc's `language`). */
  language: NotesLanguageTag;
  opening: BlockModel[];
  sections: SectionModel[];
  /** Blocks of further tabs, which the add-on never reads. */
  otherTabs: BlockSpec[][];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** True about once in `n` cases. */
export const rarely = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);

/** A day between 2024 and 2027. */
export const dateArb = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2024-01-01', n));

/** Every language the add-on writes and reads. */
export const LANGUAGE_TAGS: readonly NotesLanguageTag[] = NOTES_LANGUAGE_OPTIONS.map((o) => o.value);

/** How people write in a language (test/support/writtenIn.ts); English (UK) as English, its dates day first. */
export function writtenIn(tag: NotesLanguageTag): WrittenIn {
  if (tag === 'en-GB') return { ...WRITTEN_IN[0]!, tag, dayFirst: true };
  return WRITTEN_IN.find((w) => w.tag === tag)!;
}

/** The Doc's own language most of the time, any other sometimes: a Doc that mixes them. */
const mostly = (language: NotesLanguageTag) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(language) },
    { weight: 1, arbitrary: fc.constantFrom(...LANGUAGE_TAGS) },
  );

const HEADING_STYLES = [
  'own-weekday',
  'own-iso',
  'own-dmy',
  'iso',
  'mdy',
  'mdy-long',
  'dmy',
  'slash',
  'long',
  'short',
] as const;

/**
 * A dated heading as the add-on writes it or as people do, in any language: ISO, "Nov 23, 2026", "23 Nov 2026",
 * "Montag, 23. November 2026", "２０２６年１１月２３日（月）", with or without weekday and a label; numbers alone ("11/23/2026")
 * in the order of the Doc's language (`language`, any when there is none), which is the order it is read in.
 */
export const headingArb = (date: string, language?: NotesLanguageTag) =>
  fc
    .record({
      style: fc.constantFrom(...HEADING_STYLES),
      weekday: fc.constantFrom('none', 'short', 'long'),
      label: fc.constantFrom('none', 'dot', 'plain', 'prefix', 'names'),
      cancelled: rarely(8),
      own: language ? mostly(language) : fc.constantFrom(...LANGUAGE_TAGS),
      doc: language ? fc.constant(language) : fc.constantFrom(...LANGUAGE_TAGS),
    })
    .map(({ style, weekday: wd, label, cancelled, own, doc }) => ({
      text: headingText(date, { style, wd, label, cancelled, own, dayFirst: writtenIn(doc).dayFirst }),
      cancelled,
    }));

interface HeadingChoice {
  style: (typeof HEADING_STYLES)[number];
  wd: string;
  label: string;
  cancelled: boolean;
  /** The language its words are in. */
  own: NotesLanguageTag;
  /** How the Doc's language writes numbers alone. */
  dayFirst: boolean;
}

/** The date and weekday of a heading as a person writes it, in English forms, numbers, or the heading's language. */
function headingDate(date: string, h: HeadingChoice): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = weekday(date);
  const w = writtenIn(h.own);
  if (h.style === 'long') return w.long(d, m, y, day);
  if (h.style === 'short') {
    const core = w.short(d, m, y);
    if (h.wd === 'none') return core;
    return h.own === 'ja' ? `${core}(${w.weekdaysShort[day]})` : `${w.weekdaysShort[day]}, ${core}`;
  }
  const core =
    h.style === 'iso'
      ? date
      : h.style === 'mdy'
        ? `${MONTHS[m - 1]} ${d}, ${y}`
        : h.style === 'mdy-long'
          ? `${MONTHS_LONG[m - 1]} ${d}, ${y}`
          : h.style === 'dmy'
            ? `${d} ${MONTHS[m - 1]} ${y}`
            : h.dayFirst
              ? `${d}/${m}/${y}`
              : `${m}/${d}/${y}`;
  return h.wd === 'short' ? `${WEEKDAYS[day]}, ${core}` : h.wd === 'long' ? `${WEEKDAYS_LONG[day]} ${core}` : core;
}

function headingText(date: string, h: HeadingChoice): string {
  const suffix = h.cancelled ? writtenIn(h.own).cancelled : '';
  if (h.style === 'own-weekday') return formatSectionHeading(date, 'weekday-short', h.own) + suffix;
  if (h.style === 'own-iso') return formatSectionHeading(date, 'iso', h.own) + suffix;
  if (h.style === 'own-dmy') return formatSectionHeading(date, 'day-month-year', h.own) + suffix;
  const withDay = headingDate(date, h);
  const labelled =
    h.label === 'dot'
      ? `${withDay} · 1:1`
      : h.label === 'plain'
        ? `${withDay} 1:1`
        : h.label === 'prefix'
          ? `1:1 ${withDay}`
          : h.label === 'names'
            ? `${writtenIn(h.own).label} — ${withDay}`
            : withDay;
  return labelled + suffix;
}

/** Japanese typed on a Japanese keyboard: parentheses and colons as often full-width as not. */
const fullWidth = (text: string) => text.replace(/[:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const ownerArb = (language: NotesLanguageTag): fc.Arbitrary<OwnerSpec> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'none' } as OwnerSpec) },
    {
      weight: 3,
      arbitrary: mostly(language).chain((tag) => {
        const w = writtenIn(tag);
        return fc.constantFrom(...w.names).map((name): OwnerSpec => ({ kind: 'name', name, colon: w.ownerColon }));
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          { name: 'Ana Lima', email: 'ana@example.com' },
          { name: 'Ben Okafor', email: 'ben@example.com' },
          { name: '', email: 'cy@example.com' },
        )
        .map((p): OwnerSpec => ({ kind: 'chip', ...p })),
    },
  );

/** A due date in a language's words: a day and month, a weekday, or ISO, after one of its due words. */
const dueArb = (language: NotesLanguageTag): fc.Arbitrary<DueSpec> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: 'none' } as DueSpec) },
    {
      weight: 2,
      arbitrary: fc
        .record({ tag: mostly(language), pick: fc.nat(), when: fc.nat(2), wide: fc.boolean() })
        .map(({ tag, pick, when, wide }): DueSpec => {
          const w = writtenIn(tag);
          const text = [w.dayMonth(1, 12), w.weekdaysLong[5]!, '2026-12-01'][when]!;
          const word = w.due[pick % w.due.length]!;
          const written = tag === 'ja' && wide ? fullWidth(`(${word}:${text})`) : `(${word} ${text})`;
          return { kind: 'text', text, written };
        }),
    },
    { weight: 1, arbitrary: fc.constantFrom('Dec 1, 2026', 'Jan 5').map((text): DueSpec => ({ kind: 'chip', text })) },
  );

/** "(from Nov 9)" in a language's words: a month and day (the latest such day not after the section), or a full date. */
const fromArb = (language: NotesLanguageTag): fc.Arbitrary<FromSpec> =>
  fc
    .record({
      tag: mostly(language),
      pick: fc.nat(),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      year: fc.option(fc.constantFrom(2025, 2026), { freq: 3 }),
      iso: fc.boolean(),
      wide: fc.boolean(),
    })
    .map(({ tag, pick, month, day, year, iso, wide }) => {
      const w = writtenIn(tag);
      const date =
        year === null
          ? w.dayMonth(day, month)
          : iso
            ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
            : w.short(day, month, year);
      const group = `(${w.from[pick % w.from.length]!(date)})`;
      const written = tag === 'ja' && wide ? fullWidth(group) : group;
      return year === null ? { written, month, day } : { written, month, day, year };
    });

const itemArb = (language: NotesLanguageTag): fc.Arbitrary<ItemModel> =>
  fc.record(
    {
      lead: fc.constantFrom('', '', '', ' ', '\t'),
      marker: fc.oneof(
        { weight: 2, arbitrary: fc.constant('') },
        { weight: 3, arbitrary: fc.constantFrom(...OPEN_MARKERS) },
        { weight: 2, arbitrary: fc.constantFrom(...DONE_MARKERS) },
      ),
      owner: ownerArb(language),
      words: wordsArb(),
      due: dueArb(language),
      from: fromArb(language),
      struck: fc.boolean(),
      checkbox: fc.boolean(),
      rtl: fc.boolean(),
    },
    { requiredKeys: ['lead', 'marker', 'owner', 'words', 'due', 'struck', 'checkbox', 'rtl'] },
  );

const tableArb = fc.array(fc.array(noiseArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });

/** What may sit in a section (or a subsection) of a Doc in `language`: items and the things around them. */
const blockArbIn = (language: NotesLanguageTag): fc.Arbitrary<BlockModel> =>
  fc.oneof(
    { weight: 6, arbitrary: itemArb(language).map((item): BlockModel => ({ kind: 'item', item })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ marker: fc.constantFrom('', '', '☐ ', '[x] '), words: wordsArb(6), rtl: fc.boolean() })
        .map(({ marker, words, rtl }): BlockModel => ({ kind: 'para', text: marker + words.join(' '), rtl })),
    },
    {
      weight: 1,
      arbitrary: rtlWordsArb.map((words): BlockModel => ({ kind: 'para', text: words.join(' '), rtl: true })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' } as BlockModel) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '☐', '☐ ', '[ ]').map((text): BlockModel => ({ kind: 'emptyBullet', text })),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 6 }).map((level): BlockModel => ({ kind: 'emptyHeading', level })),
    },
    { weight: 1, arbitrary: tableArb.map((rows): BlockModel => ({ kind: 'table', rows })) },
  );

const BLOCKS = new Map(LANGUAGE_TAGS.map((tag) => [tag, blockArbIn(tag)]));
const blockArb = (language: NotesLanguageTag): fc.Arbitrary<BlockModel> => BLOCKS.get(language)!;

/** Every subsection title of every language, by kind. */
const SUB_TITLES = Object.fromEntries(
  (['carried', 'actions', 'agenda', 'notes', 'other'] as const).map((kind) => [
    kind,
    WRITTEN_IN.flatMap((w) => w.titles[kind]),
  ]),
) as Record<SubsectionKind, string[]>;

/** A subsection of a Doc in `language`, titled in its language or (sometimes) another one's. */
const subsectionArb = (maxBlocks: number, language: NotesLanguageTag): fc.Arbitrary<SubsectionModel> =>
  fc
    .record({
      kind: fc.constantFrom<SubsectionKind>('carried', 'actions', 'actions', 'agenda', 'notes', 'other'),
      tag: mostly(language),
      pick: fc.nat(),
      asParagraph: rarely(4),
      colon: fc.boolean(),
      blocks: fc.array(blockArb(language), { maxLength: maxBlocks }),
    })
    .map(({ kind, tag, pick, asParagraph, colon, blocks }) => {
      const titles = writtenIn(tag).titles[kind];
      const paragraph = asParagraph && kind !== 'other';
      const title = titles[pick % titles.length]! + (paragraph && colon ? (tag === 'ja' ? '：' : ':') : '');
      return { title, kind, asParagraph: paragraph, blocks };
    });

export interface DocShape {
  maxSections: number;
  maxSubs: number;
  maxBlocks: number;
  tabs: boolean;
  keys: boolean;
}

const sectionArb = (shape: DocShape, language: NotesLanguageTag): fc.Arbitrary<SectionModel> =>
  dateArb.chain((date) =>
    fc
      .record({
        heading: headingArb(date, language),
        level: fc.integer({ min: 1, max: 3 }),
        keyed: shape.keys ? fc.boolean() : fc.constant(false),
        pre: fc.array(blockArb(language), { maxLength: 2 }),
        subs: fc.array(subsectionArb(shape.maxBlocks, language), { maxLength: shape.maxSubs }),
        closer: fc.option(
          fc.record({
            words: wordsArb(3),
            after: fc.array(blockArb(language), { maxLength: 3 }),
          }),
          { freq: 6 },
        ),
      })
      .map(({ heading, level, keyed, pre, subs, closer }) => {
        const section: SectionModel = { date, heading: heading.text, level, cancelled: heading.cancelled, pre, subs };
        // Made unique per section by docModelArb.
        if (keyed) section.key = `series@example.com|${date}T15:00:00.000Z`;
        if (closer) {
          // A higher undated heading: TITLE above HEADING_1.
          const style = (level === 1 ? 'TITLE' : `HEADING_${level - 1}`) as NamedStyleType;
          section.closer = { text: closer.words.join(' '), style, after: closer.after };
        }
        return section;
      }),
  );

/** Blocks of chaos: any style, bullet, direction, chips, tables and named ranges, add-on ones included. */
const chaosBlockArb: fc.Arbitrary<BlockSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        runs: fc.array(
          fc.oneof(
            { weight: 6, arbitrary: noiseArb.map((text): RunSpec => text) },
            {
              weight: 2,
              arbitrary: fc
                .record({ text: noiseArb, strikethrough: fc.boolean(), italic: fc.boolean(), grey: fc.boolean() })
                .map(
                  ({ text, strikethrough, italic, grey }): RunSpec =>
                    // A text run is never empty: an empty styled run would not be a valid Doc.
                    text === '' ? '' : { text, strikethrough, italic, ...(grey ? { color: '#999999' } : {}) },
                ),
            },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('Ana Lima', '', 'Ben')
                .map((name): RunSpec => ({ person: { name, email: `${name || 'x'}@example.com` } })),
            },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom('Dec 1, 2026', 'Nov 23, 2026', '')
                .map((displayText): RunSpec => ({ date: { timestamp: '2026-12-01T12:00:00Z', displayText } })),
            },
            { weight: 1, arbitrary: fc.constant<RunSpec>({ richLink: { title: 'Spec', uri: 'https://x.io' } }) },
            { weight: 1, arbitrary: fc.constant<RunSpec>({ image: 'chart' }) },
            { weight: 1, arbitrary: fc.constant<RunSpec>({ footnote: 'a note' }) },
          ),
          { maxLength: 5 },
        ),
        style: fc.constantFrom<NamedStyleType>(
          'NORMAL_TEXT',
          'NORMAL_TEXT',
          'NORMAL_TEXT',
          'TITLE',
          'HEADING_1',
          'HEADING_2',
          'HEADING_3',
          'HEADING_4',
          'HEADING_6',
        ),
        bullet: fc.constantFrom(undefined, undefined, 'disc', 'checkbox', 'numbered'),
        nestingLevel: fc.integer({ min: 0, max: 2 }),
        rtl: fc.boolean(),
        named: fc.option(fc.constantFrom('1on1:a|x', '1on1:b|y', '1on1:day|2026-11-23', 'mine', '1on1:'), {
          freq: 5,
        }),
        // Most chaos reads as nothing: often enough, start like a dated heading, a label or an item.
        lead: fc.oneof(
          { weight: 3, arbitrary: fc.constant({ kind: 'free' as const, text: '' }) },
          { weight: 2, arbitrary: dateArb.chain(headingArb).map((h) => ({ kind: 'dated' as const, text: h.text })) },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(...Object.values(SUB_TITLES).flat())
              .map((text) => ({ kind: 'label' as const, text })),
          },
          {
            weight: 3,
            arbitrary: fc.constantFrom(...MARKERS, '').map((m) => ({ kind: 'item' as const, text: m ? `${m} ` : '' })),
          },
        ),
      })
      .map(({ runs, style: anyStyle, bullet: anyBullet, nestingLevel, rtl, named, lead }): ParagraphSpec => {
        // A dated heading followed by chaos rarely still reads as a date: keep it alone half of the time.
        // (Never mutate a generated value: fast-check maps the same value again while shrinking.)
        const rest = lead.kind === 'dated' && nestingLevel > 0 ? [] : runs;
        const paragraph = lead.text ? [lead.text, ...rest] : rest;
        const style: NamedStyleType =
          lead.kind === 'dated' && anyStyle === 'NORMAL_TEXT'
            ? 'HEADING_2'
            : lead.kind === 'label' && anyStyle === 'TITLE'
              ? 'HEADING_3'
              : anyStyle;
        const bullet = lead.kind === 'item' ? (anyBullet ?? 'disc') : anyBullet;
        const spec: ParagraphSpec = { paragraph, style, direction: rtl ? 'RIGHT_TO_LEFT' : 'LEFT_TO_RIGHT' };
        if (bullet) {
          spec.bullet = bullet as 'disc' | 'checkbox' | 'numbered';
          spec.nestingLevel = nestingLevel;
        }
        if (lead.kind === 'item') spec.style = 'NORMAL_TEXT';
        // A named range needs a non-empty paragraph (an empty range is not a range).
        const length = paragraph.reduce(
          (n, r) => n + (typeof r === 'string' ? r.length : 'text' in r ? r.text.length : 1),
          0,
        );
        if (named && length > 0) spec.namedRange = named;
        return spec;
      }),
  },
  { weight: 1, arbitrary: tableArb.map((rows): BlockSpec => ({ table: rows })) },
);

export const chaosBlocksArb = (maxLength: number) => fc.array(chaosBlockArb, { maxLength, size: 'medium' });

/**
 * Chaos for the tabs beside the notes: the same, but with none of the add-on's named ranges, whose tab the add-on
 * would follow (which tab is read is tested on its own, with tabs that do hold keys).
 */
const besideNotesBlocksArb = (maxLength: number) =>
  chaosBlocksArb(maxLength).map((blocks) =>
    blocks.map((block) => {
      if (!('paragraph' in block) || keyFromNamedRangeName(block.namedRange ?? '') === undefined) return block;
      const { namedRange: _addOns, ...rest } = block;
      return rest;
    }),
  );

/** A Doc kept in any language the add-on reads (its headings, titles, owners, due and from words mostly in it). */
export const docModelArb = (shape: Partial<DocShape> = {}): fc.Arbitrary<DocModel> => {
  const full: DocShape = { maxSections: 5, maxSubs: 4, maxBlocks: 4, tabs: true, keys: true, ...shape };
  const inLanguage = (language: NotesLanguageTag) =>
    fc
      .record({
        opening: fc.array(blockArb(language), { maxLength: 3 }),
        sections: fc.array(sectionArb(full, language), { maxLength: full.maxSections }),
        otherTabs: full.tabs ? fc.array(besideNotesBlocksArb(5), { maxLength: 2 }) : fc.constant([] as BlockSpec[][]),
      })
      .map((model) => ({
        language,
        ...model,
        // One key per occurrence: two sections of one day get two keys.
        sections: model.sections.map((s, i) => (s.key ? { ...s, key: `${s.key}#${i}` } : s)),
      }));
  const byLanguage = new Map(LANGUAGE_TAGS.map((tag) => [tag, inLanguage(tag)]));
  return fc.constantFrom(...LANGUAGE_TAGS).chain((tag) => byLanguage.get(tag)!);
};

// ---------------------------------------------------------------------------------------------------------------
// From model to Docs JSON, and what a reader should find in it
// ---------------------------------------------------------------------------------------------------------------

function itemRuns(item: ItemModel): RunSpec[] {
  const runs: RunSpec[] = [];
  const prefix = item.lead + (item.marker ? `${item.marker} ` : '');
  if (prefix) runs.push(prefix);
  const text = (t: string): RunSpec => (item.struck ? { text: t, strikethrough: true } : t);
  if (item.owner.kind === 'chip') runs.push({ person: { name: item.owner.name, email: item.owner.email } }, text(' '));
  else if (item.owner.kind === 'name') runs.push(text(`${item.owner.name}${item.owner.colon}`));
  runs.push(text(item.words.join(' ')));
  if (item.due.kind === 'text') runs.push(text(` ${item.due.written}`));
  else if (item.due.kind === 'chip')
    runs.push(text(' '), { date: { timestamp: '2026-12-01T12:00:00Z', displayText: item.due.text } });
  if (item.from) runs.push(text(`  ${item.from.written}`));
  return runs;
}

function blockSpecs(block: BlockModel): BlockSpec[] {
  switch (block.kind) {
    case 'item': {
      const item = block.item;
      return [
        {
          paragraph: itemRuns(item),
          bullet: item.checkbox ? 'checkbox' : 'disc',
          direction: item.rtl ? 'RIGHT_TO_LEFT' : 'LEFT_TO_RIGHT',
        },
      ];
    }
    case 'para':
      return [{ paragraph: block.text, direction: block.rtl ? 'RIGHT_TO_LEFT' : 'LEFT_TO_RIGHT' }];
    case 'empty':
      return [{ paragraph: '' }];
    case 'emptyBullet':
      return [{ paragraph: block.text, bullet: 'disc' }];
    case 'emptyHeading':
      return [{ paragraph: '', style: `HEADING_${block.level}` as NamedStyleType }];
    case 'table':
      return [{ table: block.rows }];
  }
}

function sectionSpecs(section: SectionModel): BlockSpec[] {
  const heading: ParagraphSpec = { paragraph: section.heading, style: `HEADING_${section.level}` as NamedStyleType };
  if (section.key) heading.namedRange = namedRangeName(section.key);
  const out: BlockSpec[] = [heading, ...section.pre.flatMap(blockSpecs)];
  for (const sub of section.subs) {
    out.push(
      sub.asParagraph
        ? { paragraph: sub.title }
        : { paragraph: sub.title, style: `HEADING_${section.level + 1}` as NamedStyleType },
    );
    out.push(...sub.blocks.flatMap(blockSpecs));
  }
  if (section.closer) {
    out.push({ paragraph: section.closer.text, style: section.closer.style });
    out.push(...section.closer.after.flatMap(blockSpecs));
  }
  return out;
}

export function docBlocks(model: DocModel): BlockSpec[] {
  return [
    { paragraph: 'Ana / Ben — 1:1 notes', style: 'TITLE' },
    ...model.opening.flatMap(blockSpecs),
    ...model.sections.flatMap(sectionSpecs),
  ];
}

/** The model as Docs JSON, through docBuilder: the first tab is the model's, the others are noise. */
export function buildModelDoc(model: DocModel): Document {
  const first = docBlocks(model);
  if (model.otherTabs.length === 0) return buildDocument({ blocks: first });
  return buildDocument({
    tabs: [
      { title: 'Notes', blocks: first },
      ...model.otherTabs.map((blocks, i) => ({ title: `Other ${i + 1} 🗂️`, blocks })),
    ],
  });
}

export const modelDocArb = (shape: Partial<DocShape> = {}) =>
  docModelArb(shape).map((model) => ({ model, doc: buildModelDoc(model) }));

/** A Doc of chaos: anything in any order, in one to three tabs. */
export const chaosDocArb = fc
  .array(chaosBlocksArb(25), { minLength: 1, maxLength: 3 })
  .map((tabs) =>
    buildDocument(
      tabs.length === 1 ? { blocks: tabs[0]! } : { tabs: tabs.map((blocks, i) => ({ title: `Tab ${i + 1}`, blocks })) },
    ),
  );

/** What the parser should read from an item of the model. */
export interface ExpectedItem {
  text: string;
  owner?: string;
  due?: string;
  from: string;
  done: boolean;
  marker?: string;
  nativeChecklist: boolean;
}

export interface ExpectedSection {
  date: string;
  cancelled: boolean;
  key?: string;
  headingText: string;
  items: ExpectedItem[];
}

/** The latest `month day` not after `relativeTo` (what "(from Nov 9)" means), or the date itself when it has a year. */
function fromDate(from: FromSpec, relativeTo: string): string {
  const month = String(from.month).padStart(2, '0');
  const day = String(from.day).padStart(2, '0');
  if (from.year !== undefined) return `${from.year}-${month}-${day}`;
  let year = Number(relativeTo.slice(0, 4));
  if (`${year}-${month}-${day}` > relativeTo) year--;
  return `${year}-${month}-${day}`;
}

function expectedItem(item: ItemModel, sectionDate: string): ExpectedItem {
  const hasChip = item.owner.kind === 'chip' || item.due.kind === 'chip';
  const owner =
    item.owner.kind === 'none' ? undefined : item.owner.name || (item.owner.kind === 'chip' ? item.owner.email : '');
  // Keys in the order a test lists what it read, so that the two compare as JSON.
  return {
    text: item.words.join(' '),
    ...(owner !== undefined ? { owner } : {}),
    ...(item.due.kind !== 'none' ? { due: item.due.text } : {}),
    from: item.from ? fromDate(item.from, sectionDate) : sectionDate,
    done: (DONE_MARKERS as readonly string[]).includes(item.marker) || (item.struck && !hasChip),
    ...(item.marker ? { marker: item.marker } : {}),
    nativeChecklist: item.checkbox,
  };
}

/** An item counts when it has a marker or sits under an item subsection (a native checklist paragraph too, only there). */
function itemsOf(blocks: BlockModel[], date: string, itemSubsection: boolean): ExpectedItem[] {
  const out: ExpectedItem[] = [];
  for (const b of blocks)
    if (b.kind === 'item' && (b.item.marker || itemSubsection)) out.push(expectedItem(b.item, date));
  return out;
}

export function expectedSections(model: DocModel): ExpectedSection[] {
  return model.sections.map((s) => {
    const items = [
      ...itemsOf(s.pre, s.date, false),
      ...s.subs.flatMap((sub) => itemsOf(sub.blocks, s.date, sub.kind === 'carried' || sub.kind === 'actions')),
    ];
    return {
      date: s.date,
      cancelled: s.cancelled,
      ...(s.key ? { key: s.key } : {}),
      headingText: s.heading,
      items,
    };
  });
}

/**
 * A big Doc (about `targetChars` characters, up to ~2 MB): the model's sections again and again, a week apart, each
 * with a long paragraph of notes. Returns the repeated model too, so the same expectations hold.
 */
export const bigModelDocArb = fc
  .record({
    model: docModelArb({ maxSections: 3, maxSubs: 3, maxBlocks: 3, tabs: false, keys: false }),
    targetChars: fc.integer({ min: 200_000, max: 2_000_000 }),
  })
  .filter(({ model }) => model.sections.length > 0)
  .map(({ model, targetChars }) => {
    const long = `${'Notes: the rollout, the hiring loop, 🚀 and مراجعة الخطة; '.repeat(60)}end.`;
    const sections: SectionModel[] = [];
    let size = 0;
    for (let i = 0; size < targetChars; i++) {
      const base = model.sections[i % model.sections.length]!;
      const date = addDays('2026-11-16', -7 * i);
      const heading = formatSectionHeading(date, 'weekday-short', model.language);
      const notes: SubsectionModel = {
        title: 'Notes',
        kind: 'notes',
        asParagraph: false,
        blocks: [{ kind: 'para', text: long, rtl: false }],
      };
      sections.push({ ...base, date, heading, cancelled: false, subs: [notes, ...base.subs] });
      size += long.length + 400;
    }
    const big: DocModel = { language: model.language, opening: model.opening, sections, otherTabs: [] };
    return { model: big, doc: buildModelDoc(big) };
  });

// ---------------------------------------------------------------------------------------------------------------
// Docs people really keep: footnotes, images, chips and partial strikes in items and headings, suggestions as Docs
// returns them inline to editors, and several tabs in any order, the notes' tab among them
// ---------------------------------------------------------------------------------------------------------------

/** Something a person adds inside a paragraph: a footnote, an image, a chip, or a strike over part of its text. */
export interface Decoration {
  pick: number;
  at: number;
  len: number;
  what: 'footnote' | 'image' | 'person' | 'date' | 'strike';
}

const decorationArb: fc.Arbitrary<Decoration> = fc.record({
  pick: fc.nat(),
  at: fc.nat(),
  len: fc.nat(),
  what: fc.constantFrom<Decoration['what']>('footnote', 'image', 'person', 'date', 'strike', 'strike', 'strike'),
});

type TextRunSpec = string | Extract<RunSpec, { text: string }>;
const isTextRun = (run: RunSpec): run is TextRunSpec => typeof run === 'string' || 'text' in run;
const textOfRun = (run: TextRunSpec): string => (typeof run === 'string' ? run : run.text);
const withText = (run: TextRunSpec, text: string): TextRunSpec => (typeof run === 'string' ? text : { ...run, text });
const runUnits = (run: RunSpec): string => (isTextRun(run) ? textOfRun(run) : '\uFFFC');

/** An offset moved off the middle of a surrogate pair (Docs never splits one). */
function whole(units: string, offset: number): number {
  const low = units.charCodeAt(offset);
  const high = units.charCodeAt(offset - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? offset - 1 : offset;
}

/** The runs with a boundary at `offset` (in UTF-16 units, a non-text run counting one), and the index of the run that starts there. */
function cutRuns(runs: RunSpec[], offset: number): { runs: RunSpec[]; index: number } {
  const out: RunSpec[] = [];
  let pos = 0;
  let index = -1;
  for (const run of runs) {
    const length = runUnits(run).length;
    if (index < 0 && offset > pos && offset < pos + length && isTextRun(run)) {
      const text = textOfRun(run);
      out.push(withText(run, text.slice(0, offset - pos)));
      index = out.length;
      out.push(withText(run, text.slice(offset - pos)));
    } else {
      if (index < 0 && offset <= pos) index = out.length;
      out.push(run);
    }
    pos += length;
  }
  return { runs: out, index: index < 0 ? out.length : index };
}

const DECORATION_RUNS: Record<Exclude<Decoration['what'], 'strike'>, RunSpec> = {
  footnote: { footnote: 'see the thread' },
  image: { image: 'chart' },
  person: { person: { name: 'Ana Lima', email: 'ana@example.com' } },
  date: { date: { timestamp: '2026-12-01T12:00:00Z', displayText: 'Dec 1, 2026' } },
};

/** A paragraph's runs with one decoration: an element put in at some offset, or part of its text struck through. */
export function decorate(paragraph: string | RunSpec[], d: Decoration): RunSpec[] {
  const runs = (typeof paragraph === 'string' ? [paragraph] : paragraph).filter((r) => r !== '');
  const units = runs.map(runUnits).join('');
  if (d.what !== 'strike') {
    const { runs: cut, index } = cutRuns(runs, whole(units, d.at % (units.length + 1)));
    return [...cut.slice(0, index), DECORATION_RUNS[d.what], ...cut.slice(index)];
  }
  if (units.length === 0) return runs;
  const start = whole(units, d.at % units.length);
  const end = whole(units, start + 1 + (d.len % (units.length - start)));
  if (end <= start) return runs;
  const first = cutRuns(runs, start);
  const second = cutRuns(first.runs, end);
  return second.runs.map((run, i) =>
    i >= first.index && i < second.index && isTextRun(run)
      ? { ...(typeof run === 'string' ? {} : run), text: textOfRun(run), strikethrough: true }
      : run,
  );
}

/** Blocks with decorations spread over their paragraphs (tables stay as they are). */
export function decorateBlocks(blocks: BlockSpec[], decorations: Decoration[]): BlockSpec[] {
  const out = blocks.map((b) => ('paragraph' in b ? { ...b } : b));
  const paragraphs = out.filter((b): b is ParagraphSpec => 'paragraph' in b);
  if (paragraphs.length === 0) return out;
  for (const d of decorations) {
    const spec = paragraphs[d.pick % paragraphs.length]!;
    spec.paragraph = decorate(spec.paragraph, d);
  }
  return out;
}

/** A suggested insertion or deletion over part of one paragraph of the notes (its newline included, at times). */
export interface SuggestionSpec {
  pick: number;
  at: number;
  len: number;
  kind: SuggestionKind;
}

const suggestionArb: fc.Arbitrary<SuggestionSpec> = fc.record({
  pick: fc.nat(),
  at: fc.nat(),
  len: fc.nat(),
  kind: fc.constantFrom<SuggestionKind>('insertion', 'deletion'),
});

/**
 * Marks the suggestions in the first tab's body, each over one top-level paragraph, none overlapping another; with
 * `newlines` false, none takes in its paragraph's newline.
 */
export function addSuggestions(doc: Document, specs: SuggestionSpec[], newlines = true): Document {
  const content = doc.tabs![0]!.documentTab!.body!.content!;
  const paragraphs = content.filter((el) => el.paragraph);
  const last = content[content.length - 1]!;
  const taken: Span[] = [];
  specs.forEach((spec, n) => {
    const el = paragraphs[spec.pick % paragraphs.length]!;
    const start = el.startIndex ?? 0;
    // The body's final newline cannot be deleted, nor suggested away.
    const end = el === last || !newlines ? (el.endIndex ?? 1) - 1 : (el.endIndex ?? 1);
    if (end <= start) return;
    const units = (el.paragraph!.elements ?? []).map((pe) => pe.textRun?.content ?? '\uFFFC').join('');
    const s = start + whole(units, spec.at % (end - start));
    const e = start + whole(units, s - start + 1 + (spec.len % (end - s)));
    // e is s only when s + 1 splits a surrogate pair: the suggestion takes the whole pair.
    const span = { startIndex: s, endIndex: e === s ? s + 2 : e };
    if (taken.some((t) => t.startIndex < span.endIndex && span.startIndex < t.endIndex)) return;
    taken.push(span);
    suggest(doc, span, spec.kind, `suggest.k${n}`);
  });
  return doc;
}

/** A Doc as people keep it, with the tab the add-on remembers its notes in, and tabs a person may add later. */
export interface KeptDoc {
  doc: Document;
  /** The notes' tab: the add-on remembered it at its first write. */
  notesTabId: string;
  /** Tabs built with the Doc (ids unique), for a person to add at the front later: a copy of the notes, or anything. */
  spareTabs: Tab[];
}

/** Tabs in the order of their keys (a permutation that shrinks towards the identity), their `index` set to match. */
export function orderTabs(tabs: Tab[], keys: number[]): Tab[] {
  const order = tabs.map((tab, i) => ({ tab, key: keys[i % Math.max(1, keys.length)]! + i / 100 }));
  if (keys.length > 0) order.sort((a, b) => a.key - b.key);
  return order.map(({ tab }, index) => ({ ...tab, tabProperties: { ...tab.tabProperties, index } }));
}

const otherTabArb = (settled: boolean): fc.Arbitrary<TabSpec & { copy?: true }> => {
  const anything = (settled ? chaosBlocksArb(6) : besideNotesBlocksArb(6)).map((blocks) => ({
    title: 'Goals 🎯',
    blocks,
  }));
  if (!settled) return anything;
  // "Duplicate tab": the notes again, the add-on's named ranges and all (filled in below).
  const copy = fc.constant({ title: 'Notes (copy)', blocks: [] as BlockSpec[], copy: true as const });
  return fc.oneof({ weight: 3, arbitrary: anything }, { weight: 1, arbitrary: copy });
};

export interface KeptOptions {
  shape?: Partial<DocShape>;
  /**
   * The add-on has remembered the notes' tab already: the tabs are in any order and may hold its named ranges or a
   * copy of the notes. Otherwise (a Doc it has not written to yet) the notes come first and the other tabs hold none
   * of its named ranges.
   */
  settled?: boolean;
  /** A suggestion may take in its paragraph's newline (true by default). */
  suggestedNewlines?: boolean;
  /** How many tabs besides the notes (3 by default). */
  otherTabs?: number;
}

/**
 * A 1:1 Doc as people keep it: the model's sections with footnotes, images, chips and partial strikes in headings
 * and items, suggestions over parts of paragraphs, and up to three more tabs; plus one or two spare tabs to add later
 * (anything, the add-on's named ranges included, or a copy of the notes).
 */
export const keptDocArb = ({
  shape = {},
  settled = true,
  suggestedNewlines = true,
  otherTabs = 3,
}: KeptOptions = {}): fc.Arbitrary<KeptDoc> =>
  fc
    .record({
      model: docModelArb({ maxSections: 3, maxSubs: 3, maxBlocks: 3, keys: true, ...shape, tabs: false }),
      decorations: fc.array(decorationArb, { maxLength: 6 }),
      suggestions: fc.array(suggestionArb, { maxLength: 3 }),
      others: fc.array(otherTabArb(settled), { maxLength: otherTabs }),
      spares: fc.array(otherTabArb(true), { minLength: 1, maxLength: 2 }),
      order: settled ? fc.array(fc.nat({ max: 9 }), { minLength: 4, maxLength: 4 }) : fc.constant([] as number[]),
    })
    .map(({ model, decorations, suggestions, others, spares, order }) => {
      const blocks = decorateBlocks(docBlocks(model), decorations);
      const tabs: TabSpec[] = [
        { title: 'Notes', blocks },
        ...[...others, ...spares].map((t) => (t.copy ? { title: t.title, blocks } : t)),
      ];
      const doc = addSuggestions(buildDocument({ tabs }), suggestions, suggestedNewlines);
      const built = doc.tabs!;
      doc.tabs = orderTabs(built.slice(0, 1 + others.length), order);
      return { doc, notesTabId: built[0]!.tabProperties!.tabId!, spareTabs: built.slice(1 + others.length) };
    });
