// Next 1:1: when it is (in the user's locale and zone), a link to the event, cancelled or ended series, "Prepare now",
// and, above all that, that this user's automatic preparation has stopped.
import type { NextMeeting, SidebarState } from '../../shared/types';
import { externalLink, h } from '../dom';
import type { DocActions } from '../features/docView';
import type { LinkingActions } from '../features/linking';
import type { OverviewActions } from '../features/overview';
import { formatDay, formatFromNow, formatMeeting } from '../format';
import { t } from '../i18n';
import { M } from '../i18n/keys';
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
    t(M['next.title']),
    // First: while it lasts, no section of any of this user's Docs is added on its own.
    state.automation ? automationCallout(state.automation, ui, act) : null,
    meetingBody(state, ui, act),
    messages(ui),
    // Secondary while Setup is shown: one blue button per screen, and setting up is the step that matters then.
    actions(
      button(ui, {
        key: 'prepare',
        label: t(M['next.prepare']),
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
      paragraph(t(M['next.notLinked'], { today: formatDay(todayOf(ui.now), { now: ui.now, weekday: true }) }), 'muted'),
    ];
  if (next) return meetingLines(next, ui.now);
  if (series?.ended)
    return [callout('warning', h('p', null, t(M['next.ended'])), relinkButton(ui, act, t(M['next.linkNew'])))];
  if (series?.problem)
    return [
      callout('warning', h('p', null, t(M['next.unreadable'])), relinkButton(ui, act, t(M['setup.linkAnother']))),
    ];
  return [paragraph(t(M['next.none']), 'muted')];
}

function meetingLines(next: NextMeeting, now: number): HTMLElement[] {
  const soon = formatFromNow(next.start, now);
  const lines: (HTMLElement | null)[] = [
    h('p', { class: 'meeting-title' }, next.title),
    h(
      'p',
      { class: 'meeting-when' },
      h('time', { datetime: next.start }, formatMeeting(next.start, next.end, { now })),
      next.cancelled ? h('strong', null, t(M['next.cancelledMark'])) : null,
      soon ? h('span', { class: 'meta' }, t(M['next.soon'], { soon })) : null,
    ),
    next.cancelled ? callout('warning', h('p', null, t(M['next.cancelledAdvice']))) : null,
  ];
  const link = externalLink(next.htmlLink, t(next.cancelled ? M['next.reschedule'] : M['next.openCalendar']));
  if (link) lines.push(h('p', null, link));
  return lines.filter((line): line is HTMLElement => line !== null);
}

const relinkButton = (ui: NextUi, act: NextActions, label: string) =>
  button(ui, { key: 'relink-start', label, small: true, onClick: () => act.startRelink() });
