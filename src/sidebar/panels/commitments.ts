// Commitments: last time's checklist (overdue first) and this time's new items; ticks every copy; asks "Still on?".
import type { Commitment, SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { ItemActions } from '../features/items';
import { type FormatOptions, formatDay, formatDaysAgo } from '../format';
import { t, tn } from '../i18n';
import { M, P } from '../i18n/keys';
import { isPending } from '../store';
import type { PanelUi, Ui } from '../ui';
import { showNativeChecklistHint } from '../view';
import { button, callout, messages, panel, paragraph, spinner } from './common';

/**
 * Rows shown before "Show all": a Doc where nothing is ever ticked can carry hundreds of items, and a 300 px panel
 * of hundreds of rows buries everything below it.
 */
export const COMMITMENTS_SHOWN = 25;

export type CommitmentsUi = PanelUi & Pick<Ui, 'showAllCommitments'> & { now: number; hintDismissed: boolean };
export type CommitmentsActions = Pick<
  ItemActions,
  'tick' | 'drop' | 'keep' | 'dismissNativeHint' | 'showAllCommitments'
>;

export function commitmentsPanel(
  state: Pick<SidebarState, 'commitments' | 'lastMeetingDate'>,
  ui: CommitmentsUi,
  act: CommitmentsActions,
): HTMLElement {
  const title = state.lastMeetingDate
    ? t(M['commitments.titleOn'], { date: formatDay(state.lastMeetingDate, { now: ui.now }) })
    : t(M['commitments.title']);
  const hint =
    showNativeChecklistHint(state) && !ui.hintDismissed
      ? callout(
          'info',
          h('p', null, t(M['commitments.nativeHint'])),
          button(ui, {
            key: 'hint-dismiss',
            label: t(M['commitments.gotIt']),
            small: true,
            onClick: () => act.dismissNativeHint(),
          }),
        )
      : null;
  const all = state.commitments.filter((c) => !c.newThisTime);
  const fresh = state.commitments.filter((c) => c.newThisTime);
  const shown = ui.showAllCommitments ? all : all.slice(0, COMMITMENTS_SHOWN);
  const list =
    all.length > 0
      ? h(
          'ul',
          { class: 'checklist' },
          shown.map((item) => commitmentRow(item, ui, act)),
        )
      : paragraph(t(state.lastMeetingDate ? M['commitments.none'] : M['commitments.noEarlier']), 'muted');
  const more =
    shown.length < all.length
      ? button(ui, {
          key: 'commitments-all',
          label: t(M['commitments.showAll'], { all: all.length, open: all.filter(isOpen).length }),
          small: true,
          onClick: () => act.showAllCommitments(),
        })
      : null;
  const newItems =
    fresh.length > 0
      ? [
          h('h3', { class: 'subheading' }, t(M['commitments.new'])),
          h(
            'ul',
            { class: 'checklist' },
            fresh.map((item) => commitmentRow(item, ui, act)),
          ),
        ]
      : [];
  return panel('commitments', title, hint, list, more, tally(all), ...newItems, messages(ui));
}

const isOpen = (c: Commitment): boolean => !c.done && !c.dropped;

/** "2 open · 3 done · 1 dropped": dropped items are counted apart from done ones. Nothing while all are open. */
function tally(items: Commitment[]): HTMLElement | null {
  const done = items.filter((c) => c.done).length;
  const dropped = items.filter((c) => c.dropped).length;
  if (done + dropped === 0) return null;
  const parts = [
    t(M['commitments.open'], { count: items.length - done - dropped }),
    t(M['commitments.done'], { count: done }),
  ];
  if (dropped > 0) parts.push(t(M['commitments.dropped'], { count: dropped }));
  return paragraph(parts.join(' · '), 'meta tally');
}

/**
 * What a row says under its text: "due Nov 27, 3 days ago" when overdue (in the user's zone, as the server reckoned
 * it), else "due Nov 30"; how many meetings it has been carried; where it came from; that it was dropped.
 */
export function commitmentLine(item: Commitment, options: FormatOptions & { now?: number } = {}): string {
  const parts: string[] = [];
  if (item.dropped) parts.push(t(M['commitments.droppedMark']));
  if (item.due) {
    const due = t(M['common.due'], { date: formatDay(item.dueDate ?? item.due, options) });
    parts.push(
      item.overdueDays ? t(M['commitments.overdue'], { due, ago: formatDaysAgo(item.overdueDays, options) }) : due,
    );
  }
  if (item.timesCarried) parts.push(tn(P['commitments.carried'], item.timesCarried));
  if (item.from && !item.newThisTime) parts.push(t(M['common.from'], { date: formatDay(item.from, options) }));
  return parts.join(' · ');
}

function rowClass(item: Commitment): string {
  const classes = ['item'];
  if (item.done) classes.push('done');
  if (item.dropped) classes.push('dropped');
  if (item.overdueDays) classes.push('overdue');
  if (isPending(item)) classes.push('pending');
  return classes.join(' ');
}

function commitmentRow(item: Commitment, ui: CommitmentsUi, act: CommitmentsActions): HTMLElement {
  const key = `tick:${item.id}` as const;
  const pending = isPending(item);
  const busy = ui.busy.has(key) || pending;
  const meta = commitmentLine(item, { now: ui.now });
  return h(
    'li',
    { class: rowClass(item), 'aria-busy': busy ? 'true' : undefined },
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        key: pending ? undefined : key,
        checked: item.done,
        // A row still on its way to the Doc has no id to tick by yet.
        disabled: busy,
        on: { change: (event) => act.tick(item.id, (event.target as HTMLInputElement).checked) },
      }),
      h(
        'span',
        { class: 'item-body' },
        h(
          'span',
          { class: 'item-text' },
          item.owner ? h('strong', null, t(M['commitments.owner'], { owner: item.owner })) : null,
          item.text,
        ),
        meta ? h('span', { class: 'meta' }, meta) : null,
        busy ? h('span', { class: 'meta saving' }, spinner(), t(M['common.saving'])) : null,
      ),
    ),
    item.stillOn && isOpen(item) && !busy ? stillOn(item, ui, act) : null,
  );
}

/** Asked from an item's third carry: done, dropped for good, or kept (not asked again until its next carry). */
function stillOn(item: Commitment, ui: CommitmentsUi, act: CommitmentsActions): HTMLElement {
  const text = item.text.length > 40 ? t(M['common.cut'], { text: item.text.slice(0, 40) }) : item.text;
  const about = { text };
  return h(
    'div',
    { class: 'still-on', role: 'group', 'aria-label': t(M['commitments.stillOnAbout'], about) },
    h('span', { class: 'still-on-question' }, t(M['commitments.stillOn'])),
    button(ui, {
      key: `still-done:${item.id}`,
      label: t(M['common.done']),
      small: true,
      ariaLabel: t(M['common.doneAbout'], about),
      onClick: () => act.tick(item.id, true),
    }),
    button(ui, {
      key: `drop:${item.id}`,
      label: t(M['common.drop']),
      small: true,
      ariaLabel: t(M['common.dropAbout'], about),
      onClick: () => act.drop(item.id),
    }),
    button(ui, {
      key: `keep:${item.id}`,
      label: t(M['common.keep']),
      small: true,
      ariaLabel: t(M['common.keepAbout'], about),
      onClick: () => act.keep(item.id),
    }),
  );
}
