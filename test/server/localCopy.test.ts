// The other person's copy of the event under its own id (ids are unique per calendar), through the built Code.js.
import { parseDoc } from '../../src/core/parse';
import type { SidebarState } from '../../src/shared/types';
import { ANA, BEN, statusOf, withSeries } from '../support/world';

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
