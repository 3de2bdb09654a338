// Person chips in carried lines, through the built Code.js: only for the two people of the 1:1, and the same line
// whoever writes the section (Prepare now in the sidebar, or the hourly run).
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Document } from '../../src/types/docs-api';
import { anaBenDoc } from '../fixtures/anaBen';
import { ANA, BEN, withSeries } from '../support/world';

/** Sun Nov 22, noon in New York: Monday's 10:00 meeting is within its lead time. */
const SUNDAY = Date.parse('2026-11-22T17:00:00Z');
const NY = { timeZone: 'America/New_York' };
const CAROL = 'carol@example.com';

/** Nov 16's items: Ana's, Ben's, and one for Carol, who is not of the 1:1. */
const ITEMS = [
  '☐ Ana: draft the Q1 growth plan',
  '☐ Ben: intro to the platform team',
  '☐ Carol: confidential — review Ben’s performance plan',
];

type Env = ReturnType<typeof withSeries>;

/** A Doc Carol, from HR, may edit, beside Ana and Ben's series (or the one given). */
function world(attendees?: string[], doc: Document = anaBenDoc({ items: ITEMS, nov9: false })): Env {
  const env = withSeries({ now: SUNDAY }, attendees ? { attendees } : {}, doc);
  env.world.state.sharing[env.documentId] = { editors: [BEN, CAROL], viewers: [] };
  return env;
}

/** The newest section's lines as written: text, each person chip as <email>, each date chip as <timestamp>. */
function newestLines(env: Env): string[] {
  const parsed = parseDoc(env.read(), { promptLines: ALL_PROMPT_LINES });
  const [newest, next] = parsed.sections;
  const content = env.read().tabs![0]!.documentTab!.body!.content ?? [];
  return content
    .filter(
      (e) => e.paragraph && e.startIndex! >= newest!.heading.startIndex && e.startIndex! < next!.heading.startIndex,
    )
    .map((e) =>
      (e.paragraph!.elements ?? [])
        .map((el) =>
          el.person
            ? `<${el.person.personProperties?.email}>`
            : el.dateElement
              ? `<${el.dateElement.dateElementProperties?.timestamp}>`
              : (el.textRun?.content ?? ''),
        )
        .join(''),
    );
}

/** The carried line of `text`, in the newest section. */
function carried(env: Env, text: string): string {
  const line = newestLines(env).find((l) => l.includes(text));
  if (!line) throw new Error(`no carried line holds ${text}`);
  return line.replace(/\n$/, '');
}

/** Linked two hours before Sunday noon, when only Ben could edit the Doc; Carol is given edit access since. */
function linkedEarlier(env: Env): void {
  env.world.state.sharing[env.documentId] = { editors: [BEN], viewers: [] };
  env.setClock(SUNDAY - 2 * 3_600_000);
  env.link(ANA);
  env.setClock(SUNDAY);
  env.world.state.sharing[env.documentId] = { editors: [BEN, CAROL], viewers: [] };
}

function prepareNow(env: Env): void {
  linkedEarlier(env);
  env.as(ANA);
  env.sandbox.call('prepareNow', NY);
}

function hourlyRun(env: Env): void {
  linkedEarlier(env);
  env.fire(ANA, 'onHourlyTick');
}

describe('person chips in carried lines', () => {
  it('Prepare now and the hourly run write the same lines for the same Doc', () => {
    const byHand = world();
    prepareNow(byHand);
    const byRun = world();
    hourlyRun(byRun);
    expect(newestLines(byRun)).toEqual(newestLines(byHand));
    expect(carried(byRun, 'growth plan')).toBe(`☐ <${ANA}>: draft the Q1 growth plan · from Nov 16`);
    expect(carried(byRun, 'platform team')).toBe(`☐ <${BEN}>: intro to the platform team · from Nov 16`);
  });

  it('an editor of the Doc who is not in the series gets no chip, from Prepare now or the hourly run', () => {
    for (const write of [prepareNow, hourlyRun]) {
      const env = world();
      write(env);
      expect(carried(env, 'performance plan')).toBe(
        '☐ Carol: confidential — review Ben’s performance plan · from Nov 16',
      );
    }
  });

  it('a third attendee gets no chip: a series of three is no 1:1, and only its organiser is written as one', () => {
    const env = world([ANA, BEN, CAROL]);
    hourlyRun(env);
    expect(carried(env, 'performance plan')).toBe(
      '☐ Carol: confidential — review Ben’s performance plan · from Nov 16',
    );
    expect(carried(env, 'platform team')).toBe('☐ Ben: intro to the platform team · from Nov 16');
    expect(carried(env, 'growth plan')).toBe(`☐ <${ANA}>: draft the Q1 growth plan · from Nov 16`);
  });

  it('a first name is a chip only when one person of the series answers to it; the Doc’s editors take no part', () => {
    const ANA_COSTA = 'ana.costa@example.com';
    const twoAnas = world([ANA, ANA_COSTA]);
    prepareNow(twoAnas);
    expect(carried(twoAnas, 'growth plan')).toBe('☐ Ana: draft the Q1 growth plan · from Nov 16');
    // Another Ben who may edit the Doc leaves "Ben" to the report: a trigger cannot see editors, and the line is the
    // same whoever writes it.
    const otherBen = world();
    hourlyRun(otherBen);
    const byHand = world();
    byHand.world.state.sharing[byHand.documentId] = { editors: [BEN, 'ben.costa@example.com'], viewers: [] };
    byHand.link(ANA);
    byHand.sandbox.call('prepareNow', NY);
    expect(carried(byHand, 'platform team')).toBe(`☐ <${BEN}>: intro to the platform team · from Nov 16`);
    expect(newestLines(byHand)).toEqual(newestLines(otherBen));
  });
});
