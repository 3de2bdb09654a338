// Cadence (how regular the 1:1s have been) and privacy (who else can open the Doc): read-only panels.
import type { Cadence, Privacy } from '../../shared/types';
import { h } from '../dom';
import { cadenceView, privacyView } from '../view';
import { callout, panel, paragraph } from './common';

export function cadencePanel(cadence: Cadence): HTMLElement {
  const view = cadenceView(cadence);
  return panel(
    'cadence',
    'Cadence',
    paragraph(view.last),
    h(
      'ul',
      { class: 'counts', 'aria-label': 'Over the last 90 days' },
      view.counts.map((c) => h('li', null, h('strong', null, String(c.value)), h('span', null, c.label))),
    ),
    paragraph('Over the last 90 days.', 'meta'),
    view.warning ? callout('warning', h('p', null, view.warning)) : null,
  );
}

export function privacyPanel(privacy: Privacy): HTMLElement {
  const view = privacyView(privacy);
  const { extraViewers } = privacy;
  return panel(
    'privacy',
    'Who can open this Doc',
    view.warning
      ? callout(
          'warning',
          view.notOneOnOne ? h('p', null, view.notOneOnOne) : null,
          h('p', null, view.text),
          h(
            'ul',
            { class: 'people' },
            extraViewers.map((who) => h('li', null, who)),
          ),
        )
      : paragraph(view.text, 'muted'),
  );
}
