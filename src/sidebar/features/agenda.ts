// The agenda: a topic, or an action item for me, them or a name, with a due date; checked before anything is sent.
import { t } from '../i18n';
import { M } from '../i18n/keys';
import * as store from '../store';
import { DRAFT_LIMITS, initialUi } from '../ui';
import { draftProblem, dueValue, type OwnerChoice, ownerValue } from '../view';
import { type Context, refuse } from './context';
import { addTyped, mutate } from './docView';

function addTopic(ctx: Context): void {
  addTyped(
    ctx,
    { draft: 'topic', panel: 'agenda', empty: M['agenda.typeTopic'], limit: DRAFT_LIMITS.topic },
    { name: 'addAgendaItem', key: 'add-topic', change: store.addTopic },
  );
}

/** The action item form's fields, checked here so that a mistake is said before anything is sent. */
function addAction(ctx: Context): void {
  const { ui } = ctx;
  const text = (ui.drafts['action-text'] ?? '').trim();
  const owner = ownerValue(ui.actionOwner, ui.drafts['action-name'] ?? '');
  const due = dueValue(ui.drafts['action-due'] ?? '');
  const problem =
    draftProblem(text, DRAFT_LIMITS['action-text'], M['agenda.typeAction']) ??
    (!owner
      ? t(M['agenda.needOwner'])
      : ui.actionOwner === 'other'
        ? draftProblem(owner, DRAFT_LIMITS['action-name'], M['agenda.typeOwnerName'])
        : undefined) ??
    (!due.ok ? t(M['agenda.badDue']) : undefined);
  if (problem) {
    refuse(ctx, 'agenda', problem);
    return;
  }
  const item = { text, ...(owner ? { owner } : {}), ...(due.ok && due.due ? { due: due.due } : {}) };
  const shownOwner =
    ui.actionOwner === 'me' ? t(M['agenda.owner.me']) : ui.actionOwner === 'them' ? t(M['agenda.owner.them']) : owner;
  void mutate(ctx, 'addActionItem', [item], {
    panel: 'agenda',
    key: 'add-action',
    change: store.addActionItem({ ...item, ...(shownOwner ? { owner: shownOwner } : {}) }),
    success: () => {
      ui.drafts['action-text'] = '';
      ui.drafts['action-name'] = '';
      ui.drafts['action-due'] = '';
      // The next item starts from the default owner: a "Someone else…" left with its name cleared could not be added.
      ui.actionOwner = initialUi().actionOwner;
      return t(M['agenda.actionAdded'], { text: item.text });
    },
  });
}

export function agendaActions(ctx: Context) {
  const { ui } = ctx;
  return {
    addTopic: () => addTopic(ctx),
    addAction: () => addAction(ctx),

    /** Follows the <details> element, which opens and closes itself. */
    toggleActionForm(open: boolean): void {
      ui.actionOpen = open;
    },

    chooseActionOwner(owner: OwnerChoice): void {
      ui.actionOwner = owner;
      if (owner === 'other') ui.focusNext = 'action-name';
      ctx.render();
    },
  };
}

export type AgendaActions = ReturnType<typeof agendaActions>;
