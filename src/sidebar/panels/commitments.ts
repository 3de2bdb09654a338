// Commitments from last time: a checklist that ticks every copy of an item in the Doc; done items stay, greyed.
import type { Commitment, SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { h } from '../dom';
import { formatDay } from '../format';
import type { PanelUi, Ui } from '../ui';
import { commitmentMeta, showNativeChecklistHint } from '../view';
import { button, callout, messages, panel, paragraph, spinner } from './common';

/**
 * Rows shown before "Show all": a Doc where nothing is ever ticked can carry hundreds of items, and a 300 px panel
 * of hundreds of rows buries everything below it.
 */
export const COMMITMENTS_SHOWN = 25;

export type CommitmentsUi = PanelUi & Pick<Ui, 'showAllCommitments'> & { now: number; hintDismissed: boolean };
export type CommitmentsActions = Pick<App, 'tick' | 'dismissNativeHint' | 'showAllCommitments'>;

export function commitmentsPanel(
  state: Pick<SidebarState, 'commitments' | 'lastMeetingDate'>,
  ui: CommitmentsUi,
  act: CommitmentsActions,
): HTMLElement {
  const title = state.lastMeetingDate
    ? `From last time (${formatDay(state.lastMeetingDate, { now: ui.now })})`
    : 'From last time';
  const hint =
    showNativeChecklistHint(state) && !ui.hintDismissed
      ? callout(
          'info',
          h(
            'p',
            null,
            'The Doc’s own checkboxes cannot be read by add-ons. To tick an item, tick it here, or put ☑ in front of it in the Doc.',
          ),
          button(ui, { key: 'hint-dismiss', label: 'Got it', small: true, onClick: () => act.dismissNativeHint() }),
        )
      : null;
  const all = state.commitments;
  const shown = ui.showAllCommitments ? all : all.slice(0, COMMITMENTS_SHOWN);
  const list =
    all.length > 0
      ? h(
          'ul',
          { class: 'checklist' },
          shown.map((item) => commitmentRow(item, ui, act)),
        )
      : paragraph(
          state.lastMeetingDate ? 'No action items from last time.' : 'No earlier meeting in this Doc yet.',
          'muted',
        );
  const more =
    shown.length < all.length
      ? button(ui, {
          key: 'commitments-all',
          label: `Show all ${all.length} (${all.filter((c) => !c.done).length} open)`,
          small: true,
          onClick: () => act.showAllCommitments(),
        })
      : null;
  return panel('commitments', title, hint, list, more, messages(ui));
}

function commitmentRow(item: Commitment, ui: CommitmentsUi, act: CommitmentsActions): HTMLElement {
  const key = `tick:${item.id}` as const;
  const busy = ui.busy.has(key);
  const meta = commitmentMeta(item, { now: ui.now });
  return h(
    'li',
    { class: item.done ? 'item done' : 'item', 'aria-busy': busy ? 'true' : undefined },
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        key,
        checked: item.done,
        disabled: busy,
        on: { change: (event) => act.tick(item.id, (event.target as HTMLInputElement).checked) },
      }),
      h(
        'span',
        { class: 'item-body' },
        h('span', { class: 'item-text' }, item.owner ? h('strong', null, `${item.owner}: `) : null, item.text),
        meta ? h('span', { class: 'meta' }, meta) : null,
        busy ? h('span', { class: 'meta saving' }, spinner(), 'Saving…') : null,
      ),
    ),
  );
}
