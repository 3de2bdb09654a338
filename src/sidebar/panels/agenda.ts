// Agenda: the upcoming topics, the template's suggested questions apart, a nudge for topics, adding a topic or an action item.
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { AgendaActions as AgendaFeature } from '../features/agenda';
import type { DocActions } from '../features/docView';
import { formatWeekday } from '../format';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { isPending } from '../store';
import type { PanelUi, Ui } from '../ui';
import type { OwnerChoice } from '../view';
import {
  button,
  callout,
  form,
  labelled,
  lengthCount,
  messages,
  panel,
  paragraph,
  select,
  spinner,
  textInput,
} from './common';

export type AgendaUi = PanelUi & Pick<Ui, 'drafts' | 'actionOpen' | 'actionOwner'>;
export type AgendaActions = Pick<AgendaFeature, 'addTopic' | 'addAction' | 'toggleActionForm' | 'chooseActionOwner'> &
  Pick<DocActions, 'setDraft'>;

const OWNERS: readonly [OwnerChoice, M][] = [
  ['me', M['agenda.owner.me']],
  ['them', M['agenda.owner.them']],
  ['other', M['agenda.owner.other']],
];
const owners = () => OWNERS.map(([value, key]) => ({ value, label: t(key) }));

/** The template's questions, apart from the topics: suggestions to talk through, in the Doc until someone edits them. */
function suggestedQuestions(questions: readonly string[] | undefined): HTMLElement | null {
  if (!questions || questions.length === 0) return null;
  return h(
    'div',
    { class: 'suggested' },
    h('p', { id: 'agenda-suggested-title', class: 'meta' }, t(M['agenda.suggested'])),
    h(
      'ul',
      { class: 'topics', 'aria-labelledby': 'agenda-suggested-title' },
      questions.map((question) => h('li', { class: 'muted' }, question)),
    ),
  );
}

type AgendaState = Pick<SidebarState, 'agenda' | 'suggestedQuestions' | 'agendaNudge' | 'nextMeeting'>;

const NUDGE_TITLE_ID = 'agenda-nudge-title';

/**
 * The report's nudge, around the topic field: the panel has one topic field whether it shows or not. A topic added
 * hides it at once (the store adds the topic before the server answers).
 */
function topicNudge(state: AgendaState, topicForm: HTMLFormElement): HTMLElement | null {
  if (!state.agendaNudge || state.agenda.length > 0 || !state.nextMeeting) return null;
  const weekday = formatWeekday(state.nextMeeting.start);
  const title = weekday ? t(M['agenda.nudge'], { weekday }) : t(M['agenda.nudgeNoDay']);
  return callout('info', h('h3', { id: NUDGE_TITLE_ID, class: 'nudge-title' }, title), topicForm);
}

export function agendaPanel(state: AgendaState, ui: AgendaUi, act: AgendaActions): HTMLElement {
  const topicField = textInput(ui, act, 'topic', {
    label: t(M['agenda.newTopic']),
    placeholder: t(M['agenda.topicPlaceholder']),
  });
  const topicForm = form(
    'inline',
    () => act.addTopic(),
    topicField,
    button(ui, { key: 'add-topic', label: t(M['common.add']), type: 'submit' }),
    lengthCount(ui, 'topic'),
  );
  const nudge = topicNudge(state, topicForm);
  // The field keeps its own name; the nudge, read after it, says what it is for.
  if (nudge)
    topicField.setAttribute('aria-describedby', `${NUDGE_TITLE_ID} ${topicField.getAttribute('aria-describedby')}`);
  const topics =
    state.agenda.length > 0
      ? h(
          'ul',
          { class: 'topics' },
          state.agenda.map((topic) =>
            isPending(topic)
              ? h(
                  'li',
                  { class: 'pending' },
                  topic.text,
                  h('span', { class: 'meta saving' }, spinner(), t(M['common.saving'])),
                )
              : h('li', null, topic.text),
          ),
        )
      : paragraph(t(M['agenda.noTopics']), 'muted');
  return panel(
    'agenda',
    t(M['agenda.title']),
    nudge ?? topics,
    suggestedQuestions(state.suggestedQuestions),
    nudge ? null : topicForm,
    actionItemForm(ui, act),
    messages(ui),
  );
}

function actionItemForm(ui: AgendaUi, act: AgendaActions): HTMLElement {
  return h(
    'details',
    {
      class: 'more',
      open: ui.actionOpen,
      on: { toggle: (event) => act.toggleActionForm((event.target as HTMLDetailsElement).open) },
    },
    h('summary', { key: 'action-summary' }, t(M['agenda.addAction'])),
    form(
      'stack',
      () => act.addAction(),
      labelled(
        t(M['agenda.actionItem']),
        textInput(ui, act, 'action-text', { label: t(M['agenda.actionItem']), visibleLabel: true }),
      ),
      lengthCount(ui, 'action-text'),
      select(t(M['agenda.owner']), 'action-owner', ui.actionOwner, owners(), (owner) => act.chooseActionOwner(owner)),
      ui.actionOwner === 'other'
        ? [
            labelled(
              t(M['agenda.ownerName']),
              textInput(ui, act, 'action-name', { label: t(M['agenda.ownerName']), visibleLabel: true }),
            ),
            lengthCount(ui, 'action-name'),
          ]
        : null,
      labelled(
        t(M['agenda.dueDate']),
        textInput(ui, act, 'action-due', { label: t(M['agenda.dueDate']), type: 'date', visibleLabel: true }),
      ),
      h(
        'div',
        { class: 'actions' },
        button(ui, { key: 'add-action', label: t(M['agenda.addActionButton']), type: 'submit' }),
      ),
    ),
  );
}
