// The other person's copy of the event under its own id (ids are unique per calendar), through the built Code.js.
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { refusal } from '../support/words';
import { ANA, BEN, bodyText, statusOf, withSeries } from '../support/world';

describe('an attendee whose calendar knows the series under another id', () => {
  it('finds it by its iCalUID, remembers the local id, and prepares and follows the series as the organiser does', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    // As for an invitation sent from outside Google Calendar: Ben's copy carries its own id, the same iCalUID.
    env.calendar.giveCopyOwnId(ANA, env.series.id!, BEN, 'bencop00001a');
    // Ben's picker lists the series under his own id, and that is what he links.
    env.as(BEN);
    env.sandbox.call('linkSeries', { calendarId: 'primary', eventId: 'bencop00001a' });
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    expect(state.series?.problem).toBeUndefined();
    expect(state.nextMeeting).toMatchObject({ start: '2026-11-23T10:00:00-05:00' });
    const book = JSON.parse(env.world.state.userProperties[BEN]![`doc:${env.documentId}`]!);
    expect(book.localEventId).toBe('bencop00001a');
    // The shared link keeps the organiser's id: Ana's own reads are unaffected.
    expect(JSON.parse(env.world.state.documentProperties[env.documentId]!.link!).eventId).toBe(env.series.id);
    env.fire(BEN, 'onHourlyTick');
    const sections = parseDoc(env.read()).sections;
    expect(sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(sections[0]!.key).toContain(env.series.iCalUID);
  });

  it('finds the copy even when the link was made by the organiser before the copy had its own id', () => {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    env.link(BEN);
    env.calendar.giveCopyOwnId(ANA, env.series.id!, BEN, 'bencop00002a');
    env.fire(BEN, 'onHourlyTick');
    expect(parseDoc(env.read()).sections.map((s) => s.date)).toEqual(['2026-11-23']);
    const status = statusOf(env, BEN)!;
    expect(status.outcome).toBe('inserted');
    expect(JSON.parse(env.world.state.userProperties[BEN]![`doc:${env.documentId}`]!).localEventId).toBe(
      'bencop00002a',
    );
  });
});

describe('the other person turns automation on in a Doc the organiser linked', () => {
  /** Ana linked the Doc; Ben opens the sidebar there, which offers to turn automatic preparation on for him. */
  function linkedByAna() {
    const env = withSeries({ now: Date.parse('2026-11-22T15:00:00Z') });
    env.link(ANA);
    env.as(BEN);
    const state = env.sandbox.call('getSidebarState') as SidebarState;
    return { env, offered: state.series! };
  }
  /** The sidebar's "Turn on": linkSeries with the Doc's series as the state names it, in Ben's primary calendar. */
  const turnOn = (env: ReturnType<typeof withSeries>, eventId: string) => {
    env.as(BEN);
    return env.sandbox.call('linkSeries', { calendarId: 'primary', eventId }) as SidebarState;
  };

  it('finds his copy by its iCalUID when his calendar knows the series under another id', () => {
    const { env, offered } = linkedByAna();
    env.calendar.giveCopyOwnId(ANA, env.series.id!, BEN, 'bencop00003a');
    // The state names the series by the link's id, the organiser's, which Ben's calendar does not know.
    expect(offered.eventId).toBe(env.series.id);
    const state = turnOn(env, offered.eventId);
    expect(state.series).toMatchObject({ automatic: true });
    expect(state.series?.problem).toBeUndefined();
    expect(env.triggersOf(BEN, 'onHourlyTick')).toHaveLength(1);
    const book = JSON.parse(env.world.state.userProperties[BEN]![`doc:${env.documentId}`]!);
    expect(book.localEventId).toBe('bencop00003a');
    expect(book.link.eventId).toBe(env.series.id);
    // The Doc's link is still Ana's, with its generation: nothing shared changed.
    const shared = JSON.parse(env.world.state.documentProperties[env.documentId]!.link!);
    expect(shared).toMatchObject({ eventId: env.series.id, linkedBy: ANA });
    env.fire(BEN, 'onHourlyTick');
    expect(parseDoc(env.read()).sections.map((s) => s.date)).toEqual(['2026-11-23']);
    expect(statusOf(env, BEN)).toMatchObject({ outcome: 'inserted' });
  });

  it('says the existing sentence, and writes nothing, when his calendar holds no copy at all', () => {
    const { env, offered } = linkedByAna();
    env.calendar.removeAttendee(ANA, env.series.id!, BEN);
    const before = {
      user: JSON.stringify(env.world.state.userProperties[BEN] ?? {}),
      doc: JSON.stringify(env.world.state.documentProperties[env.documentId] ?? {}),
      text: bodyText(env.read()),
      revision: env.read().revisionId,
    };
    expect(refusal(() => turnOn(env, offered.eventId))).toMatch(
      'The linked 1:1 event was deleted, or you no longer have access to it. Link the Doc to the current series again.',
    );
    expect(JSON.stringify(env.world.state.userProperties[BEN] ?? {})).toBe(before.user);
    expect(JSON.stringify(env.world.state.documentProperties[env.documentId] ?? {})).toBe(before.doc);
    expect(env.read().revisionId).toBe(before.revision);
    expect(bodyText(env.read())).toBe(before.text);
    expect(env.triggersOf(BEN)).toEqual([]);
  });

  it('looks no further than the id it was given when that is not the Doc’s series', () => {
    const { env } = linkedByAna();
    env.calendar.giveCopyOwnId(ANA, env.series.id!, BEN, 'bencop00004a');
    const user = JSON.stringify(env.world.state.userProperties[BEN] ?? {});
    expect(refusal(() => turnOn(env, 'nosuchevent00'))).toMatch(/deleted, or you no longer have access/);
    expect(JSON.stringify(env.world.state.userProperties[BEN] ?? {})).toBe(user);
    expect(env.triggersOf(BEN)).toEqual([]);
  });
});
