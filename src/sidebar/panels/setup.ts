// Setup: link the Doc to the recurring 1:1 (series, lead time, position, template), or turn on automatic preparation.
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { LinkingActions } from '../features/linking';
import { formatMeeting } from '../format';
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
      'Automatic preparation',
      paragraph(`This Doc is linked to “${state.series.title}”, but automatic preparation is off for you.`),
      paragraph(
        'Turn it on so that each meeting’s section is ready before it starts, whether or not the other person opens the Doc.',
        'muted',
      ),
      messages(ui),
      actions(
        button(ui, { key: 'turn-on', label: 'Turn on', kind: 'primary', onClick: () => act.turnOn() }),
        button(ui, { key: 'relink-start', label: 'Link another series', onClick: () => act.startRelink() }),
      ),
    );
  }
  return panel(
    'setup',
    state.linked ? 'Link another series' : 'Link your 1:1',
    paragraph(
      'Choose your recurring 1:1. Before each meeting, a dated section with last time’s open action items appears in this Doc.',
      'muted',
    ),
    seriesPicker(ui, act),
    settingSelects('setup', SETUP_FIELDS, ui.setup, act.editSetup),
    messages(ui),
    actions(
      button(ui, { key: 'link', label: 'Link', kind: 'primary', onClick: () => act.link() }),
      ui.relink && state.linked
        ? button(ui, { key: 'relink-cancel', label: 'Cancel', onClick: () => act.cancelRelink() })
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
        ? h('span', { class: 'meta' }, `Next: ${formatMeeting(choice.nextStart, '', { now: ui.now })}`)
        : null,
    ),
  );
}

function seriesPicker(ui: SetupUi, act: SetupActions): HTMLElement {
  const { series } = ui;
  if (series.loading || (!series.list && !series.error))
    return h('p', { class: 'muted loading', 'aria-busy': 'true' }, spinner(), 'Loading your recurring events…');
  if (series.error || !series.list)
    return callout(
      'error',
      h('p', { role: 'alert' }, series.error ?? 'Your calendar could not be read.'),
      button(ui, { key: 'series-retry', label: 'Try again', small: true, onClick: () => void act.loadSeries() }),
    );
  const { choices, hidden } = seriesChoices(series.list, ui.showAllSeries);
  const list =
    choices.length > 0
      ? h(
          'fieldset',
          { class: 'choices' },
          h('legend', null, 'Your recurring 1:1'),
          choices.map((c) => seriesChoice(c, ui, act)),
        )
      : paragraph(
          hidden > 0
            ? 'None of your recurring events has exactly two people. Show all recurring events to choose another.'
            : 'No recurring events in your calendar over the next two months. Create the recurring 1:1 in Google Calendar, then refresh.',
          'muted',
        );
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
            'Show all recurring events',
          ),
          hidden > 0 ? h('span', { class: 'meta' }, `${hidden} more not shown`) : null,
        )
      : null;
  const refresh =
    series.list.length === 0
      ? button(ui, { key: 'series-retry', label: 'Refresh', small: true, onClick: () => void act.loadSeries() })
      : null;
  return h('div', { class: 'series' }, list, toggle, refresh);
}
