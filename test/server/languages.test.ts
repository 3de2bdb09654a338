// Docs kept in each language, through the built Code.js: the language of the notes decided at link, sections written
// in it and read in every language, 03/11/2026 read as the notes' language (or the linking person's) reads it.
import { buildDocument, bullet, h2, h3, p } from '../../dev/docBuilder';
import { formatFromDate, formatSectionHeading } from '../../src/core/dates';
import { itemId } from '../../src/core/itemId';
import { languageOf } from '../../src/core/languages';
import type { Section } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { NotesLanguageTag, Settings } from '../../src/shared/settings';
import type { SidebarState } from '../../src/shared/types';
import type { Document } from '../../src/types/docs-api';
import { de } from '../fixtures/languages/de';
import { KEPT_IN, type KeptInLanguage } from '../fixtures/languages/index';
import { refusal } from '../support/words';
import { ANA, BEN, bodyText, keepsAllText, markOf, withSeries } from '../support/world';

const NY = 'America/New_York';
/** Sun Nov 22, noon in New York: the Monday 10:00 meeting of Nov 23 is within the 24-hour lead. */
const SUNDAY = Date.parse('2026-11-22T17:00:00Z');
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

type Env = ReturnType<typeof withSeries>;

const parse = (env: Env) => parseDoc(env.read(), { promptLines: ALL_PROMPT_LINES });
const sectionOn = (env: Env, date: string): Section | undefined => parse(env).sections.find((s) => s.date === date);
const settingsOf = (env: Env): Settings => JSON.parse(env.world.state.documentProperties[env.documentId]!.settings!);
const lines = (section: Section, kind: string) =>
  section.subsections.find((s) => s.kind === kind)?.paragraphs.map((x) => x.text) ?? [];

function moveMonday(env: Env, from: string, to: string) {
  const at = (day: string, time: string) => ({ dateTime: `${day}T${time}:00-05:00`, timeZone: NY });
  env.calendar.moveOccurrence(ANA, env.series.id!, `${from}T10:00:00-05:00`, at(to, '10:00'), at(to, '10:30'));
}

/** Ana links `doc` from a browser speaking `language`; Calendar moved the Nov 9 meeting to Tuesday, as the Doc says. */
function linked(doc: Document, language: string | undefined, options: Record<string, unknown> = {}) {
  const env = withSeries({ now: SUNDAY }, {}, doc);
  moveMonday(env, '2026-11-09', '2026-11-10');
  env.as(ANA);
  const context = { timeZone: NY, ...(language !== undefined ? { language } : {}) };
  const state = env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id, ...options }, context);
  return { env, state: state as SidebarState };
}

describe('a Doc kept in each language', () => {
  const cases = KEPT_IN.map((kept) => [kept.tag, kept] as [NotesLanguageTag, KeptInLanguage]);

  it.each(cases)('%s: linked from an American browser, its notes stay in its own language', (tag, kept) => {
    const { env, state } = linked(kept.doc, 'en-US');
    expect(settingsOf(env).notesLanguage).toBe(tag);
    expect(markOf(env)?.settings?.notesLanguage).toBe(tag);
    expect(state.settings?.notesLanguage).toBe(tag);
    expect(state.notices ?? []).toEqual([]);
    // Last time's commitments are the Nov 16 meeting's, its open ones open, whatever language they are in.
    expect(state.lastMeetingDate).toBe('2026-11-16');
    expect(state.commitments.filter((c) => !c.done && !c.dropped).map((c) => c.text)).toEqual(
      kept.open.map((o) => o.text),
    );
  });

  it.each(cases)('%s: the next section carries exactly the open items, in the Doc’s language, once', (tag, kept) => {
    const { env } = linked(kept.doc, 'en-US');
    const before = bodyText(env.read());
    env.fire(ANA, 'onHourlyTick');
    const section = sectionOn(env, '2026-11-23')!;
    const { write } = languageOf(tag);
    expect(section.headingText).toBe(formatSectionHeading('2026-11-23', 'weekday-short', tag));
    expect(section.subsections.map((s) => s.title)).toEqual(write.titles);
    expect(section.items.map((i) => i.id)).toEqual(kept.open.map((o) => itemId(o.owner, o.text, o.from)));
    expect(section.items.map((i) => [i.text, i.from, i.due])).toEqual(kept.open.map((o) => [o.text, o.from, o.due]));
    // Each carried line's groups are the notes' language's own: "· fällig 20.11. · seit 16. Nov.".
    const carried = lines(section, 'carried');
    kept.open.forEach((o, i) => {
      const from = ` · ${write.from.replace('{}', formatFromDate(o.from, '2026-11-23', tag))}`;
      expect(carried[i]!.endsWith(from)).toBe(true);
      if (o.due) expect(carried[i]).toContain(` · ${write.due.replace('{}', o.due)} · `);
    });
    expect(lines(section, 'agenda')).toContain(write.prompts[0]);
    expect(keepsAllText(before, bodyText(env.read()))).toBe(true);

    // A second run finds the section there: it writes nothing.
    const writes = env.world.calls.docsBatchUpdate;
    const revision = env.read().revisionId;
    env.setClock(SUNDAY + HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(env.world.calls.docsBatchUpdate).toBe(writes);
    expect(env.read().revisionId).toBe(revision);
    expect(parse(env).sections.filter((s) => s.date === '2026-11-23')).toHaveLength(1);
  });

  it.each(cases)('%s: a meeting Calendar moves is re-dated in its heading’s language, only its date', (tag, kept) => {
    const { env } = linked(kept.doc, 'en-US');
    env.fire(ANA, 'onHourlyTick');
    const items = sectionOn(env, '2026-11-23')!.items.map((i) => i.id);
    moveMonday(env, '2026-11-23', '2026-11-24');
    env.setClock(SUNDAY + HOUR);
    env.fire(ANA, 'onHourlyTick');
    const moved = sectionOn(env, '2026-11-24')!;
    expect(moved.headingText).toBe(formatSectionHeading('2026-11-24', 'weekday-short', tag));
    expect(moved.items.map((i) => i.id)).toEqual(items);
    expect(sectionOn(env, '2026-11-23')).toBeUndefined();
  });
});

describe('the language of the notes, once chosen', () => {
  it('is kept when the other person turns preparation on from a browser in another language', () => {
    const blank = buildDocument({ blocks: [p('1:1', { style: 'TITLE' })] });
    const { env } = linked(blank, 'de-DE');
    expect(settingsOf(env).notesLanguage).toBe('de');
    env.as(BEN);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id }, { timeZone: NY, language: 'ja' });
    expect(settingsOf(env).notesLanguage).toBe('de');
    expect(markOf(env)?.settings?.notesLanguage).toBe('de');
  });

  it('changes only the sections written afterwards: an earlier heading keeps its language, re-dated in it', () => {
    const { env } = linked(de.doc, 'en-US');
    env.fire(ANA, 'onHourlyTick');
    env.as(ANA);
    env.sandbox.call('updateSettings', { notesLanguage: 'en' }, { timeZone: NY });
    expect(markOf(env)?.settings?.notesLanguage).toBe('en');
    moveMonday(env, '2026-11-23', '2026-11-24');
    env.setClock(SUNDAY + HOUR);
    env.fire(ANA, 'onHourlyTick');
    expect(sectionOn(env, '2026-11-24')!.headingText).toBe('Di., 24. Nov. 2026 · 1:1');
    env.setClock(SUNDAY + WEEK);
    env.fire(ANA, 'onHourlyTick');
    const next = sectionOn(env, '2026-11-30')!;
    expect(next.headingText).toBe('Mon, Nov 30, 2026 · 1:1');
    expect(next.subsections.map((s) => s.title)).toEqual(['Carried over', 'Agenda', 'Notes', 'Action items']);
    // The German lines carried once more, now with English groups, and the same items.
    expect(lines(next, 'carried')[1]).toBe('☐ Ben Okafor: Intro ans Plattform-Team · from Nov 2');
    expect(next.items.map((i) => i.id)).toEqual(sectionOn(env, '2026-11-24')!.items.map((i) => i.id));
  });

  it('refuses a value it does not have, and the browser’s language when it is no language tag', () => {
    const env = withSeries({ now: SUNDAY });
    env.as(ANA);
    expect(
      refusal(() =>
        env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id, notesLanguage: 'nl' }),
      ),
    ).toBe('Choose one of the languages offered for the notes.');
    expect(env.world.state.documentProperties[env.documentId]?.settings).toBeUndefined();
    const context = { timeZone: NY, language: '<img src=x onerror=alert(1)>' };
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: env.series.id }, context);
    expect(settingsOf(env).notesLanguage).toBe('en');
  });

  it('of a Doc with nothing to tell it by is the linking person’s, and Prepare now in an unlinked Doc writes in it', () => {
    const blank = buildDocument({ blocks: [p('1:1', { style: 'TITLE' })] });
    const env = withSeries({ now: SUNDAY }, {}, blank);
    env.as(ANA);
    env.sandbox.call('prepareNow', { timeZone: NY, language: 'pt-BR' });
    expect(parse(env).sections.map((s) => s.headingText)).toEqual(['dom., 22 de nov. de 2026 · 1:1']);
    env.sandbox.call(
      'linkSeries',
      { calendarId: 'primary', eventId: env.series.id },
      { timeZone: NY, language: 'fr-CA' },
    );
    // The Doc's own section now says Portuguese: that wins over the person's French.
    expect(settingsOf(env).notesLanguage).toBe('pt-BR');
  });
});

describe('03/11/2026', () => {
  /** Items only behind markers, headings only numbers: nothing in it tells a language. */
  const numeric = buildDocument({
    blocks: [
      p('1:1', { style: 'TITLE' }),
      h2('03/11/2026'),
      bullet('☐ Ana: plan the third'),
      h2('27/10/2026'),
      bullet('☐ Ana: plan the twenty-seventh'),
    ],
  });
  const carried = (env: Env) => sectionOn(env, '2026-11-23')!.items.map((i) => i.text);

  it.each([
    ['en', 'plan the twenty-seventh'],
    ['en-GB', 'plan the third'],
    ['de', 'plan the third'],
    ['es', 'plan the third'],
    ['fr', 'plan the third'],
    ['pt-BR', 'plan the third'],
    ['ja', 'plan the twenty-seventh'],
  ] as const)('in a Doc set to %s is read so that the last meeting carries “%s”', (tag, item) => {
    const { env, state } = linked(numeric, 'en-US', { notesLanguage: tag });
    expect(state.notices ?? []).toEqual([]);
    env.fire(ANA, 'onHourlyTick');
    expect(carried(env)).toEqual([item]);
  });

  it('in a Doc unlinked for both, whose mark then states no settings, is read as its own settings say', () => {
    const { env } = linked(numeric, 'en-US', { notesLanguage: 'fr' });
    env.sandbox.call('unlinkDocument', { timeZone: NY });
    expect(markOf(env)?.settings).toBeUndefined();
    const state = env.sandbox.call('getSidebarState', { timeZone: NY }) as SidebarState;
    expect(state.lastMeetingDate).toBe('2026-11-03');
    expect(state.commitments.map((c) => c.text)).toEqual(['plan the third']);
  });

  it.each([
    ['nl-NL', '2026-11-03', 'plan the third'],
    ['en-US', '2026-03-11', 'plan the twenty-seventh'],
    ['en-AU', '2026-11-03', 'plan the third'],
  ])('in a Doc of no known language is read as %s reads it, and the sidebar says so once', (locale, read, item) => {
    const { env, state } = linked(numeric, locale);
    expect(state.notices).toEqual([
      { code: 'notice.dateReadAs', values: { date: '03/11/2026', iso: { day: read }, locale } },
    ]);
    env.fire(ANA, 'onHourlyTick');
    expect(carried(env)).toEqual([item]);
    const again = env.sandbox.call('getSidebarState', { timeZone: NY }) as SidebarState;
    expect(again.notices ?? []).toEqual([]);
  });
});

describe('a Doc that mixes languages', () => {
  it('reads every section: an English template’s section on top of German notes is carried from, in German', () => {
    const mixed = buildDocument({
      blocks: [
        p('Ana / Ben — 1:1-Notizen', { style: 'TITLE' }),
        h2('Mon, Nov 16, 2026 · 1:1'),
        h3('Agenda'),
        bullet('Hiring plan'),
        h3('Action items'),
        bullet('☐ Ana: share the hiring plan (due Nov 20)'),
        bullet('☑ Ben: send the retro notes'),
        h2('Di., 10. Nov. 2026'),
        h3('Aufgaben'),
        bullet('☐ Ben: Intro ans Plattform-Team'),
        h2('Montag, 2. November 2026'),
        h3('Aufgaben'),
        bullet('☑ Ana: Onboarding-Doku lesen'),
        h2('Montag, 26. Oktober 2026'),
        h3('Nächste Schritte'),
        bullet('☑ Ana: Zugänge einrichten'),
      ],
    });
    const { env } = linked(mixed, 'en-US');
    expect(settingsOf(env).notesLanguage).toBe('de');
    env.fire(ANA, 'onHourlyTick');
    const section = sectionOn(env, '2026-11-23')!;
    expect(section.headingText).toBe('Mo., 23. Nov. 2026 · 1:1');
    expect(lines(section, 'carried')).toEqual(['☐ Ana Silva: share the hiring plan · fällig Nov 20 · seit 16. Nov.']);
    expect(parse(env).sections.map((s) => s.date)).toEqual([
      '2026-11-23',
      '2026-11-16',
      '2026-11-10',
      '2026-11-02',
      '2026-10-26',
    ]);
  });
});
