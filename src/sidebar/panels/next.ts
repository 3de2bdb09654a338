// Next 1:1: when it is (in the user's locale and zone), a link to the event, cancelled or ended series, "Prepare now".
import type { SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { externalLink, h } from '../dom';
import { formatDay, formatFromNow, formatMeeting } from '../format';
import type { PanelUi, Ui } from '../ui';
import { setupMode } from '../view';
import { actions, button, callout, messages, panel, paragraph } from './common';

export type NextUi = PanelUi & Pick<Ui, 'relink'> & { now: number };
export type NextActions = Pick<App, 'prepare' | 'startRelink'>;

/** The user's today, "YYYY-MM-DD", in the browser's zone (theirs). */
function todayOf(now: number): string {
  const at = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function nextPanel(
  state: Pick<SidebarState, 'linked' | 'nextMeeting' | 'series'>,
  ui: NextUi,
  act: NextActions,
): HTMLElement {
  const next = state.nextMeeting;
  const series = state.series;
  const body: (HTMLElement | null)[] = [];
  if (!state.linked) {
    body.push(
      paragraph(
        `This Doc is not linked to your recurring 1:1 yet. “Prepare now” adds today’s section (${formatDay(todayOf(ui.now), { now: ui.now, weekday: true })}); once you link, it becomes that meeting’s section.`,
        'muted',
      ),
    );
  } else if (next) {
    const { now } = ui;
    const soon = formatFromNow(next.start, now);
    body.push(
      h('p', { class: 'meeting-title' }, next.title),
      h(
        'p',
        { class: 'meeting-when' },
        h('time', { datetime: next.start }, formatMeeting(next.start, next.end, { now })),
        next.cancelled ? h('strong', null, ' · cancelled') : null,
        soon ? h('span', { class: 'meta' }, ` · ${soon}`) : null,
      ),
    );
    if (next.cancelled)
      body.push(
        callout(
          'warning',
          h('p', null, 'This meeting is cancelled. Consider moving it to another time instead: skipped 1:1s add up.'),
        ),
      );
    const link = externalLink(
      next.htmlLink,
      next.cancelled ? 'Reschedule in Google Calendar' : 'Open in Google Calendar',
    );
    if (link) body.push(h('p', null, link));
  } else if (series?.ended) {
    body.push(
      callout(
        'warning',
        h('p', null, 'This series has ended, and no new series with the same people was found.'),
        button(ui, {
          key: 'relink-start',
          label: 'Link the new series',
          small: true,
          onClick: () => act.startRelink(),
        }),
      ),
    );
  } else if (series?.problem) {
    body.push(
      callout(
        'warning',
        h('p', null, 'The calendar event cannot be read right now: see Status below.'),
        button(ui, {
          key: 'relink-start',
          label: 'Link another series',
          small: true,
          onClick: () => act.startRelink(),
        }),
      ),
    );
  } else {
    body.push(paragraph('No upcoming meeting in this series.', 'muted'));
  }
  return panel(
    'next',
    'Next 1:1',
    body,
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
