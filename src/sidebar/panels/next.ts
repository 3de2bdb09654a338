// Next 1:1: when it is (in the user's locale and zone), a link to the event, cancelled or ended series, "Prepare now",
// and, above all that, that this user's automatic preparation has stopped.
import type { NextMeeting, SidebarState } from '../../shared/types';
import { externalLink, h } from '../dom';
import type { DocActions } from '../features/docView';
import type { LinkingActions } from '../features/linking';
import type { OverviewActions } from '../features/overview';
import { formatDay, formatFromNow, formatMeeting } from '../format';
import type { PanelUi, Ui } from '../ui';
import { setupMode } from '../view';
import { actions, automationCallout, button, callout, messages, panel, paragraph } from './common';

export type NextUi = PanelUi & Pick<Ui, 'relink'> & { now: number };
export type NextActions = Pick<DocActions, 'prepare'> &
  Pick<LinkingActions, 'startRelink'> &
  Pick<OverviewActions, 'restoreAutomation'>;

/** The user's today, "YYYY-MM-DD", in the browser's zone (theirs). */
function todayOf(now: number): string {
  const at = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

type NextState = Pick<SidebarState, 'linked' | 'nextMeeting' | 'series' | 'automation'>;

export function nextPanel(state: NextState, ui: NextUi, act: NextActions): HTMLElement {
  return panel(
    'next',
    'Next 1:1',
    // First: while it lasts, no section of any of this user's Docs is added on its own.
    state.automation ? automationCallout(state.automation, ui, act) : null,
    meetingBody(state, ui, act),
    messages(ui),
    // Secondary while Setup is shown: one blue button per screen, and setting up is the step that matters then.
    actions(
      button(ui, {
        key: 'prepare',
        label: 'Prepare now',
        kind: setupMode(state, ui.relink) ? 'secondary' : 'primary',
        onClick: () => act.prepare(),
      }),
    ),
  );
}

/** The next meeting, or why there is none to show: not linked, the series ended, or it cannot be read. */
function meetingBody(state: NextState, ui: NextUi, act: NextActions): HTMLElement[] {
  const next = state.nextMeeting;
  const series = state.series;
  if (!state.linked)
    return [
      paragraph(
        `This Doc is not linked to your recurring 1:1 yet. “Prepare now” adds today’s section (${formatDay(todayOf(ui.now), { now: ui.now, weekday: true })}). When you link, the newest section added this way since your last 1:1 becomes your next meeting’s section, re-dated to its day; an older one stays as it is.`,
        'muted',
      ),
    ];
  if (next) return meetingLines(next, ui.now);
  if (series?.ended)
    return [
      callout(
        'warning',
        h('p', null, 'This series has ended, and no new series with the same people was found.'),
        relinkButton(ui, act, 'Link the new series'),
      ),
    ];
  if (series?.problem)
    return [
      callout(
        'warning',
        h('p', null, 'The calendar event cannot be read right now: see Status below.'),
        relinkButton(ui, act, 'Link another series'),
      ),
    ];
  return [paragraph('No upcoming meeting in this series.', 'muted')];
}

function meetingLines(next: NextMeeting, now: number): HTMLElement[] {
  const soon = formatFromNow(next.start, now);
  const lines: (HTMLElement | null)[] = [
    h('p', { class: 'meeting-title' }, next.title),
    h(
      'p',
      { class: 'meeting-when' },
      h('time', { datetime: next.start }, formatMeeting(next.start, next.end, { now })),
      next.cancelled ? h('strong', null, ' · cancelled') : null,
      soon ? h('span', { class: 'meta' }, ` · ${soon}`) : null,
    ),
    next.cancelled
      ? callout(
          'warning',
          h('p', null, 'This meeting is cancelled. Consider moving it to another time instead: skipped 1:1s add up.'),
        )
      : null,
  ];
  const link = externalLink(
    next.htmlLink,
    next.cancelled ? 'Reschedule in Google Calendar' : 'Open in Google Calendar',
  );
  if (link) lines.push(h('p', null, link));
  return lines.filter((line): line is HTMLElement => line !== null);
}

const relinkButton = (ui: NextUi, act: NextActions, label: string) =>
  button(ui, { key: 'relink-start', label, small: true, onClick: () => act.startRelink() });
