// Status: whether sections appear on their own, the last run and its outcome in words, and any repaired data.
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { DocActions } from '../features/docView';
import { leadLabel } from '../format';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { word } from '../i18n/word';
import type { PanelUi } from '../ui';
import { statusView } from '../view';
import { actions, button, callout, messages, panel, paragraph } from './common';

export type StatusActions = Pick<DocActions, 'refresh'>;

export function statusPanel(
  state: Pick<SidebarState, 'series' | 'settings' | 'status' | 'notices' | 'automation' | 'nextMeeting'>,
  ui: PanelUi,
  act: StatusActions,
): HTMLElement {
  const series = state.series;
  const body: (HTMLElement | null)[] = [];
  // Stopped for this user (the Next 1:1 panel says so, with the way to turn it back on): never said to be on.
  if (series?.automatic && !series.ended && !state.automation) {
    const on = state.settings
      ? t(M['status.onLead'], { lead: leadLabel(state.settings.leadHours) })
      : t(M['status.on']);
    body.push(paragraph(on));
  }
  if (series?.automaticNote) body.push(paragraph(word(series.automaticNote), 'muted'));
  if (series?.problem) body.push(callout('warning', h('p', null, word(series.problem))));
  if (state.status) {
    const view = statusView(state.status, state.nextMeeting ? { nextMeeting: state.nextMeeting } : {});
    body.push(
      h(
        'div',
        { class: view.failed ? 'run failed' : 'run' },
        h(
          'p',
          { class: 'run-head' },
          h('strong', null, view.outcome),
          h('span', { class: 'meta inline' }, t(M['status.headingMeta'], { heading: view.heading })),
        ),
        h('p', { class: view.failed ? 'run-message error-text' : 'run-message' }, view.message),
        view.earlier ? h('p', { class: 'meta' }, view.earlier) : null,
        view.next ? h('p', { class: 'meta' }, view.next) : null,
      ),
    );
  } else {
    body.push(paragraph(t(M['status.nothingYet']), 'muted'));
  }
  for (const notice of state.notices ?? []) body.push(callout('warning', h('p', null, word(notice))));
  return panel(
    'status',
    t(M['status.title']),
    body,
    messages(ui),
    actions(button(ui, { key: 'refresh', label: t(M['common.refresh']), small: true, onClick: () => act.refresh() })),
  );
}
