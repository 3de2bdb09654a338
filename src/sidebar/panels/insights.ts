// Cadence (how regular the 1:1s have been), read-only, and privacy (who else can open the Doc), checked again on request.
import type { Cadence, Privacy } from '../../shared/types';
import { h } from '../dom';
import type { DocActions } from '../features/docView';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import type { PanelUi } from '../ui';
import { cadenceView, privacyView } from '../view';
import { actions, button, callout, messages, panel, paragraph } from './common';

export type PrivacyUi = PanelUi & { now: number };
export type PrivacyActions = Pick<DocActions, 'checkSharing'>;

export function cadencePanel(cadence: Cadence): HTMLElement {
  const view = cadenceView(cadence);
  return panel(
    'cadence',
    t(M['cadence.title']),
    paragraph(view.last),
    h(
      'ul',
      { class: 'counts', 'aria-label': t(M['cadence.span']) },
      view.counts.map((c) => h('li', null, h('strong', null, String(c.value)), h('span', null, c.label))),
    ),
    paragraph(t(M['cadence.spanSentence']), 'meta'),
    view.warning ? callout('warning', h('p', null, view.warning)) : null,
  );
}

export function privacyPanel(privacy: Privacy, ui: PrivacyUi, act: PrivacyActions): HTMLElement {
  const view = privacyView(privacy, { now: ui.now });
  const { extraViewers } = privacy;
  return panel(
    'privacy',
    t(M['privacy.title']),
    view.warning
      ? callout(
          'warning',
          h('p', null, view.text),
          h(
            'ul',
            { class: 'people' },
            extraViewers.map((who) => h('li', null, who)),
          ),
        )
      : paragraph(view.text, 'muted'),
    view.checked ? paragraph(view.checked, 'meta') : null,
    messages(ui),
    // The server looks the sharing up at most hourly: a person who just changed it need not wait for the next look.
    actions(
      button(ui, {
        key: 'check-sharing',
        label: t(M['privacy.checkAgain']),
        small: true,
        onClick: () => act.checkSharing(),
      }),
    ),
  );
}
