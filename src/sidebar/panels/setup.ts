// Setup: link the Doc to the recurring 1:1 (series, lead time, position, template), or turn on automatic preparation.
import type { SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { h } from '../dom';
import { formatMeeting, leadChoices, leadLabel } from '../format';
import { POSITION_LABELS, type SetupMode, seriesChoices, TEMPLATE_LABELS } from '../view';
import { actions, button, callout, messages, panel, paragraph, select, spinner } from './common';

export function setupPanel(app: App, state: SidebarState, mode: SetupMode): HTMLElement {
  if (mode === 'turn-on' && state.series) {
    return panel(
      'setup',
      'Automatic preparation',
      paragraph(`This Doc is linked to “${state.series.title}”, but automatic preparation is off for you.`),
      paragraph(
        'Turn it on so that each meeting’s section is ready before it starts, whether or not the other person opens the Doc.',
        'muted',
      ),
      messages(app, 'setup'),
      actions(
        button(app, { key: 'turn-on', label: 'Turn on', kind: 'primary', onClick: () => app.turnOn() }),
        button(app, { key: 'relink-start', label: 'Link another series', onClick: () => app.startRelink() }),
      ),
    );
  }
  const ui = app.ui;
  return panel(
    'setup',
    state.linked ? 'Link another series' : 'Link your 1:1',
    paragraph(
      'Choose your recurring 1:1. Before each meeting, a dated section with last time’s open action items appears in this Doc.',
      'muted',
    ),
    seriesPicker(app),
    select(
      'Prepare each section',
      'setup-lead',
      ui.setup.leadHours,
      leadChoices(ui.setup.leadHours).map((hours) => ({ value: hours, label: `${leadLabel(hours)} before` })),
      (value) => {
        ui.setup.leadHours = value;
      },
    ),
    select(
      'New sections go',
      'setup-position',
      ui.setup.position,
      (['newest-first', 'oldest-first'] as const).map((value) => ({ value, label: POSITION_LABELS[value] })),
      (value) => {
        ui.setup.position = value;
      },
    ),
    select(
      'Template',
      'setup-template',
      ui.setup.template,
      (['default', 'first', 'career'] as const).map((value) => ({ value, label: TEMPLATE_LABELS[value] })),
      (value) => {
        ui.setup.template = value;
      },
    ),
    messages(app, 'setup'),
    actions(
      button(app, { key: 'link', label: 'Link', kind: 'primary', onClick: () => app.link() }),
      ui.relink && state.linked
        ? button(app, { key: 'relink-cancel', label: 'Cancel', onClick: () => app.cancelRelink() })
        : null,
    ),
  );
}

function seriesPicker(app: App): HTMLElement {
  const { series } = app.ui;
  if (series.loading || (!series.list && !series.error))
    return h('p', { class: 'muted loading', 'aria-busy': 'true' }, spinner(), 'Loading your recurring events…');
  if (series.error || !series.list)
    return callout(
      'error',
      h('p', { role: 'alert' }, series.error ?? 'Your calendar could not be read.'),
      button(app, { key: 'series-retry', label: 'Try again', small: true, onClick: () => void app.loadSeries() }),
    );
  const { choices, hidden } = seriesChoices(series.list, app.ui.showAllSeries);
  const now = app.now();
  const list =
    choices.length > 0
      ? h(
          'fieldset',
          { class: 'choices' },
          h('legend', null, 'Your recurring 1:1'),
          choices.map((choice) =>
            h(
              'label',
              { class: 'choice' },
              h('input', {
                type: 'radio',
                name: 'series',
                value: choice.eventId,
                key: `series:${choice.eventId}`,
                checked: choice.eventId === app.ui.chosenSeries,
                on: {
                  change: () => {
                    app.ui.chosenSeries = choice.eventId;
                  },
                },
              }),
              h(
                'span',
                { class: 'choice-text' },
                h('span', { class: 'choice-title' }, choice.title),
                h('span', { class: 'meta' }, choice.with),
                choice.nextStart
                  ? h('span', { class: 'meta' }, `Next: ${formatMeeting(choice.nextStart, '', { now })}`)
                  : null,
              ),
            ),
          ),
        )
      : paragraph(
          hidden > 0
            ? 'None of your recurring events has exactly two people. Show all recurring events to choose another.'
            : 'No recurring events in your calendar over the next two months. Create the recurring 1:1 in Google Calendar, then refresh.',
          'muted',
        );
  const toggle =
    hidden > 0 || app.ui.showAllSeries
      ? h(
          'div',
          { class: 'toggle-row' },
          h(
            'label',
            { class: 'toggle' },
            h('input', {
              type: 'checkbox',
              key: 'show-all-series',
              checked: app.ui.showAllSeries,
              on: {
                change: (event) => {
                  app.ui.showAllSeries = (event.target as HTMLInputElement).checked;
                  app.render();
                },
              },
            }),
            // The name stays the same when ticked; the count beside it is not part of it.
            'Show all recurring events',
          ),
          hidden > 0 ? h('span', { class: 'meta' }, `${hidden} more not shown`) : null,
        )
      : null;
  const refresh =
    series.list.length === 0
      ? button(app, { key: 'series-retry', label: 'Refresh', small: true, onClick: () => void app.loadSeries() })
      : null;
  return h('div', { class: 'series' }, list, toggle, refresh);
}
