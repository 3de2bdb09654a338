// Setup: link the Doc to the recurring 1:1 (series, lead time, position, template), or turn on automatic preparation.
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { LinkingActions } from '../features/linking';
import { formatMeeting } from '../format';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { type PanelUi, SETUP_FIELDS, type Ui } from '../ui';
import { type SeriesChoice, seriesChoices, setupMode } from '../view';
import { actions, button, callout, messages, panel, paragraph, spinner } from './common';
import { settingSelects } from './settingFields';

export type SetupUi = PanelUi &
  Pick<Ui, 'series' | 'showAllSeries' | 'chosenSeries' | 'setup' | 'relink'> & {
    now: number;
  };
export type SetupActions = Pick<
  LinkingActions,
  'link' | 'turnOn' | 'startRelink' | 'cancelRelink' | 'loadSeries' | 'chooseSeries' | 'showAllSeries' | 'editSetup'
>;

export function setupPanel(
  state: Pick<SidebarState, 'linked' | 'series'>,
  ui: SetupUi,
  act: SetupActions,
): HTMLElement {
  if (setupMode(state, ui.relink) === 'turn-on' && state.series) {
    return panel(
      'setup',
      t(M['setup.turnOnTitle']),
      paragraph(t(M['setup.linkedButOff'], { title: state.series.title })),
      paragraph(t(M['setup.turnOnWhy']), 'muted'),
      messages(ui),
      actions(
        button(ui, { key: 'turn-on', label: t(M['setup.turnOn']), kind: 'primary', onClick: () => act.turnOn() }),
        button(ui, { key: 'relink-start', label: t(M['setup.linkAnother']), onClick: () => act.startRelink() }),
      ),
    );
  }
  return panel(
    'setup',
    t(state.linked ? M['setup.linkAnother'] : M['setup.linkTitle']),
    paragraph(t(M['setup.intro']), 'muted'),
    seriesPicker(ui, act),
    settingSelects('setup', SETUP_FIELDS, ui.setup, act.editSetup),
    messages(ui),
    actions(
      button(ui, { key: 'link', label: t(M['setup.link']), kind: 'primary', onClick: () => act.link() }),
      ui.relink && state.linked
        ? button(ui, { key: 'relink-cancel', label: t(M['common.cancel']), onClick: () => act.cancelRelink() })
        : null,
    ),
  );
}

/** One series to link, with whom and when it next meets. */
function seriesChoice(choice: SeriesChoice, ui: SetupUi, act: SetupActions): HTMLElement {
  return h(
    'label',
    { class: 'choice' },
    h('input', {
      type: 'radio',
      name: 'series',
      value: choice.eventId,
      key: `series:${choice.eventId}`,
      checked: choice.eventId === ui.chosenSeries,
      on: { change: () => act.chooseSeries(choice.eventId) },
    }),
    h(
      'span',
      { class: 'choice-text' },
      h('span', { class: 'choice-title' }, choice.title),
      h('span', { class: 'meta' }, choice.with),
      choice.nextStart
        ? h(
            'span',
            { class: 'meta' },
            t(M['setup.next'], { when: formatMeeting(choice.nextStart, '', { now: ui.now }) }),
          )
        : null,
    ),
  );
}

function seriesPicker(ui: SetupUi, act: SetupActions): HTMLElement {
  const { series } = ui;
  if (series.loading || (!series.list && !series.error))
    return h('p', { class: 'muted loading', 'aria-busy': 'true' }, spinner(), t(M['setup.loadingSeries']));
  if (series.error || !series.list)
    return callout(
      'error',
      h('p', { role: 'alert' }, series.error ?? t(M['setup.calendarUnreadable'])),
      button(ui, {
        key: 'series-retry',
        label: t(M['common.tryAgain']),
        small: true,
        onClick: () => void act.loadSeries(),
      }),
    );
  const { choices, hidden } = seriesChoices(series.list, ui.showAllSeries);
  const list =
    choices.length > 0
      ? h(
          'fieldset',
          { class: 'choices' },
          h('legend', null, t(M['setup.legend'])),
          choices.map((c) => seriesChoice(c, ui, act)),
        )
      : paragraph(t(hidden > 0 ? M['setup.noPairs'] : M['setup.noSeries']), 'muted');
  const toggle =
    hidden > 0 || ui.showAllSeries
      ? h(
          'div',
          { class: 'toggle-row' },
          h(
            'label',
            { class: 'toggle' },
            h('input', {
              type: 'checkbox',
              key: 'show-all-series',
              checked: ui.showAllSeries,
              on: { change: (event) => act.showAllSeries((event.target as HTMLInputElement).checked) },
            }),
            // The name stays the same when ticked; the count beside it is not part of it.
            t(M['setup.showAll']),
          ),
          hidden > 0 ? h('span', { class: 'meta' }, t(M['common.moreNotShown'], { count: hidden })) : null,
        )
      : null;
  const refresh =
    series.list.length === 0
      ? button(ui, {
          key: 'series-retry',
          label: t(M['common.refresh']),
          small: true,
          onClick: () => void act.loadSeries(),
        })
      : null;
  return h('div', { class: 'series' }, list, toggle, refresh);
}
