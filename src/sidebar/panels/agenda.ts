// Agenda: the topics of the upcoming section; add a topic, or an action item with its owner and due date.
import type { SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { h } from '../dom';
import { isPending } from '../store';
import { dueValue, type OwnerChoice, ownerValue } from '../view';
import { button, form, labelled, messages, panel, paragraph, select, spinner, textInput } from './common';

export function agendaPanel(app: App, state: SidebarState): HTMLElement {
  const topics =
    state.agenda.length > 0
      ? h(
          'ul',
          { class: 'topics' },
          state.agenda.map((topic) =>
            isPending(topic)
              ? h('li', { class: 'pending' }, topic.text, h('span', { class: 'meta saving' }, spinner(), 'Saving…'))
              : h('li', null, topic.text),
          ),
        )
      : paragraph('No topics yet. What you add goes into the next meeting’s section.', 'muted');
  return panel(
    'agenda',
    'Agenda',
    topics,
    form(
      'inline',
      () => app.addTopic(),
      textInput(app, 'topic', { label: 'New agenda topic', placeholder: 'Add a topic' }),
      button(app, { key: 'add-topic', label: 'Add', type: 'submit' }),
    ),
    actionItemForm(app),
    messages(app, 'agenda'),
  );
}

function actionItemForm(app: App): HTMLElement {
  const ui = app.ui;
  const owners: { value: OwnerChoice; label: string }[] = [
    { value: 'me', label: 'Me' },
    { value: 'them', label: 'Them' },
    { value: 'other', label: 'Someone else…' },
  ];
  const submit = () => {
    const text = (ui.drafts['action-text'] ?? '').trim();
    const owner = ownerValue(ui.actionOwner, ui.drafts['action-name'] ?? '');
    const due = dueValue(ui.drafts['action-due'] ?? '');
    const problem = !text
      ? 'Write the action item first.'
      : !owner
        ? 'Write the owner’s name, or choose Me or Them.'
        : !due.ok
          ? 'The due date is not a date.'
          : undefined;
    if (problem) {
      ui.errors.agenda = problem;
      delete ui.notes.agenda;
      app.render();
      return;
    }
    app.addAction({ text, ...(owner ? { owner } : {}), ...(due.ok && due.due ? { due: due.due } : {}) });
  };
  const details = h(
    'details',
    {
      class: 'more',
      open: ui.actionOpen,
      on: {
        toggle: (event) => {
          ui.actionOpen = (event.target as HTMLDetailsElement).open;
        },
      },
    },
    h('summary', { key: 'action-summary' }, 'Add an action item'),
    form(
      'stack',
      submit,
      labelled('Action item', textInput(app, 'action-text', { label: 'Action item', visibleLabel: true })),
      select('Owner', 'action-owner', ui.actionOwner, owners, (value) => {
        ui.actionOwner = value;
        if (value === 'other') ui.focusNext = 'action-name';
        app.render();
      }),
      ui.actionOwner === 'other'
        ? labelled(
            'Owner’s name',
            textInput(app, 'action-name', { label: 'Owner’s name', visibleLabel: true, maxlength: 100 }),
          )
        : null,
      labelled(
        'Due date (optional)',
        textInput(app, 'action-due', { label: 'Due date (optional)', type: 'date', visibleLabel: true }),
      ),
      h('div', { class: 'actions' }, button(app, { key: 'add-action', label: 'Add action item', type: 'submit' })),
    ),
  );
  return details;
}
