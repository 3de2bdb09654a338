// All my 1:1s: what this user owes across every Doc they linked, each Doc's next meeting and gap, and "Refresh all".
import type { OverviewDoc, OverviewState, OwedItem } from '../../shared/types';
import { h, safeHref } from '../dom';
import type { OverviewActions as OverviewFeature } from '../features/overview';
import { type FormatOptions, formatDay, formatFromNow, formatInstant, formatMeeting } from '../format';
import { t, tn } from '../i18n';
import { M, P } from '../i18n/keys';
import { word } from '../i18n/word';
import { looksLikeOverview, owedRow, type ShownOwed } from '../store';
import type { OverviewUi, PanelUi } from '../ui';
import { actions, automationCallout, button, callout, messages, panel, paragraph, spinner } from './common';

export type OverviewActions = Pick<
  OverviewFeature,
  'backToDoc' | 'refreshAll' | 'tickOwed' | 'dropOwed' | 'openOverview' | 'restoreAutomation'
>;

export type OverviewView = PanelUi & OverviewUi & { state?: OverviewState; now: number };

type Words = FormatOptions & { now: number };

/** "new today", "5 days old", "4 weeks old", "3 months old". */
export function ageWords(days: number): string {
  if (days < 1) return t(M['overview.age.today']);
  if (days < 14) return tn(P['overview.age.days'], days);
  if (days < 60) return tn(P['overview.age.weeks'], Math.floor(days / 7));
  if (days < 730) return tn(P['overview.age.months'], Math.floor(days / 30));
  return tn(P['overview.age.years'], Math.floor(days / 365));
}

/** "overdue by 3 days · from Nov 2 · 4 weeks old", "due Nov 30 · …", or "for Jan 4" for a meeting to come. */
export function owedMeta(item: OwedItem, options: Words): string {
  const parts: string[] = [];
  if (item.overdueDays) parts.push(tn(P['overview.overdueBy'], item.overdueDays));
  else if (item.due) parts.push(t(M['common.due'], { date: formatDay(item.due, options) }));
  if (item.from)
    parts.push(t(item.upcoming ? M['overview.for'] : M['common.from'], { date: formatDay(item.from, options) }));
  if (item.ageDays !== undefined) parts.push(ageWords(item.ageDays));
  return parts.join(' · ');
}

/** "Next 1:1: Mon, Nov 23, 10:00 AM, in 3 days"; a cancelled or moved meeting says so in words. */
export function nextMeetingLine(doc: OverviewDoc, options: Words): string | undefined {
  const next = doc.nextMeeting;
  if (!next) return doc.problem ? undefined : t(M['overview.noNext']);
  const when = formatMeeting(next.start, '', options);
  if (next.cancelled) return t(M['overview.nextCancelled'], { when });
  const soon = formatFromNow(next.start, options.now, options);
  if (soon) return t(next.moved ? M['overview.nextMovedSoon'] : M['overview.nextSoon'], { when, soon });
  return t(next.moved ? M['overview.nextMoved'] : M['overview.next'], { when });
}

/** "16 days since the last 1:1", marked ⚠ past two weeks and said outright past four. */
export function gapLine(doc: OverviewDoc): string | undefined {
  const days = doc.daysSinceLast;
  if (days === undefined) return undefined;
  const since = days === 0 ? t(M['overview.lastToday']) : tn(P['overview.since'], days);
  const line =
    doc.gap === 'strong'
      ? M['overview.gapStrong']
      : doc.gap === 'warning'
        ? M['overview.gapWarning']
        : M['overview.gap'];
  return t(line, { since });
}

/**
 * "2 open for you · 1 for Dev", and "· 1 for others" when items are owned by a third person; what is overdue is said
 * apart ("1 overdue").
 */
export function openLine(doc: OverviewDoc): string {
  const parts = [
    doc.openMine === 0 ? t(M['overview.nothingMine']) : t(M['overview.openMine'], { count: doc.openMine }),
    doc.other
      ? t(M['overview.forThem'], { count: doc.openTheirs, name: doc.other })
      : t(M['overview.forThemUnnamed'], { count: doc.openTheirs }),
  ];
  if (doc.openOthers && doc.openOthers > 0) parts.push(t(M['overview.forOthers'], { count: doc.openOthers }));
  return parts.join(' · ');
}

/** "Read 12 of 60 Docs…" while a refresh runs; "Read 58 of 60 Docs." once it is done; nothing before either. */
export function progressLine(view: Pick<OverviewView, 'state' | 'refreshing' | 'progress'>): string | undefined {
  const running = view.refreshing ? view.progress : view.state?.refreshing;
  if (running) return tn(P['overview.reading'], running.total, { done: running.done });
  if (view.refreshing) return t(M['overview.readingStart']);
  const done = view.state?.refreshed;
  if (!done) return undefined;
  return tn(P['overview.read'], done.read + done.failures.length, { done: done.read });
}

/** The overview showOverview embedded in the page, if it is one: anything else opens the Doc's own panels. */
export function overviewFrom(text: string | null | undefined): OverviewState | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return looksLikeOverview(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Top of a linked Doc's sidebar: the way to every other Doc. */
export function overviewLink(ui: Pick<PanelUi, 'busy'>, act: Pick<OverviewActions, 'openOverview'>): HTMLElement {
  return h(
    'div',
    { class: 'view-switch' },
    button(ui, {
      key: 'overview-open',
      label: t(M['overview.title']),
      kind: 'quiet',
      small: true,
      onClick: act.openOverview,
    }),
  );
}

export function overviewContent(view: OverviewView, act: OverviewActions): HTMLElement[] {
  const back = h(
    'div',
    { class: 'view-switch' },
    button(view, {
      key: 'overview-back',
      label: t(M['overview.backToDoc']),
      kind: 'quiet',
      small: true,
      onClick: act.backToDoc,
    }),
  );
  return [back, overviewPanel(view, act)];
}

function overviewPanel(view: OverviewView, act: OverviewActions): HTMLElement {
  const { state } = view;
  if (!state)
    return panel(
      'overview',
      t(M['overview.title']),
      view.loadError
        ? [
            h('p', { class: 'message error', role: 'alert' }, view.loadError),
            button(view, { key: 'overview-retry', label: t(M['common.tryAgain']), onClick: act.openOverview }),
          ]
        : h('p', { class: 'muted loading' }, spinner(), t(M['common.loading'])),
    );
  const words: Words = { now: view.now };
  return panel(
    'overview',
    t(M['overview.title']),
    // First: while it lasts, no section of any of these Docs is added on its own.
    state.automation ? automationCallout(state.automation, view, act) : null,
    refreshBlock(view, words, act),
    messages(view),
    h('h3', { class: 'subheading' }, t(M['overview.youOwe'])),
    owedList(state, view, words, act),
    h('h3', { class: 'subheading' }, t(M['overview.yourDocs'])),
    state.docs.length > 0
      ? h(
          'ul',
          { class: 'overview-docs' },
          state.docs.map((doc) => docEntry(doc, words)),
        )
      : paragraph(t(M['overview.noDocs']), 'muted'),
  );
}

function refreshBlock(view: OverviewView, words: Words, act: OverviewActions): HTMLElement[] {
  const line = progressLine(view);
  const done = !view.refreshing && !view.state?.refreshing ? view.state?.refreshed : undefined;
  const at = done ? formatInstant(done.at, words) : undefined;
  return [
    // Always there, so that a screen reader hears each new count of the refresh as it comes.
    h(
      'div',
      { class: 'refresh-status', role: 'status' },
      line ? h('p', null, line) : null,
      done && done.failures.length > 0
        ? h(
            'ul',
            { class: 'failures' },
            done.failures.map((f) =>
              h(
                'li',
                null,
                t(M['overview.failure'], { title: f.title || t(M['overview.untitled']), message: word(f.message) }),
              ),
            ),
          )
        : null,
    ),
    at && at !== done?.at ? paragraph(t(M['overview.refreshed'], { when: at }), 'meta') : null,
    !line ? paragraph(t(M['overview.asLastRead']), 'meta') : null,
    actions(
      button(view, {
        key: 'overview-refresh',
        label: t(M['overview.refreshAll']),
        small: true,
        onClick: act.refreshAll,
      }),
    ),
  ].filter((node) => node !== null);
}

function owedList(state: OverviewState, view: OverviewView, words: Words, act: OverviewActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (state.youOwe.length === 0) out.push(paragraph(t(M['overview.nothingOwed']), 'muted'));
  else
    out.push(
      h(
        'ul',
        { class: 'checklist owed' },
        state.youOwe.map((item) => owedEntry(item, view, words, act)),
      ),
    );
  if (state.youOweLeftOut)
    out.push(paragraph(t(M['overview.leftOut'], { count: state.youOweLeftOut }), 'meta left-out'));
  return out;
}

function owedEntry(item: OwedItem, view: OverviewView, words: Words, act: OverviewActions): HTMLElement {
  const row = owedRow(item);
  const tickKey = `owe-tick:${row}` as const;
  const dropKey = `owe-drop:${row}` as const;
  const pending = (item as ShownOwed).pending;
  const busy = pending !== undefined || view.busy.has(tickKey) || view.busy.has(dropKey);
  const meta = owedMeta(item, words);
  const about = item.text.length > 40 ? t(M['common.cut'], { text: item.text.slice(0, 40) }) : item.text;
  const classes = ['item', item.overdueDays ? 'overdue' : '', pending === 'done' ? 'done' : '', pending ?? ''];
  return h(
    'li',
    { class: classes.filter(Boolean).join(' '), 'aria-busy': busy ? 'true' : undefined },
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        key: tickKey,
        checked: pending === 'done',
        disabled: busy,
        on: { change: (event) => act.tickOwed(item.documentId, item.id, (event.target as HTMLInputElement).checked) },
      }),
      h(
        'span',
        { class: 'item-body' },
        h('span', { class: 'item-text' }, item.text),
        meta ? h('span', { class: 'meta' }, meta) : null,
        h(
          'span',
          { class: 'meta doc-title' },
          t(M['overview.inDoc'], { title: item.docTitle || t(M['overview.untitled']) }),
        ),
        pending === 'done' ? h('span', { class: 'meta saving' }, spinner(), t(M['common.saving'])) : null,
      ),
    ),
    button(view, {
      key: dropKey,
      label: t(M['common.drop']),
      small: true,
      kind: 'quiet',
      ariaLabel: t(M['common.dropAbout'], { text: about }),
      onClick: () => act.dropOwed(item.documentId, item.id),
    }),
  );
}

function docEntry(doc: OverviewDoc, words: Words): HTMLElement {
  const href = safeHref(doc.url);
  const docTitle = doc.title || t(M['overview.untitled']);
  const title = href
    ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', key: `overview-doc:${doc.documentId}` }, docTitle)
    : h('strong', null, docTitle);
  const next = nextMeetingLine(doc, words);
  const gap = gapLine(doc);
  return h(
    'li',
    { class: doc.gap ? `overview-doc gap-${doc.gap}` : 'overview-doc' },
    h('p', { class: 'doc-name' }, title),
    doc.other ? h('p', { class: 'meta' }, t(M['overview.with'], { name: doc.other })) : null,
    next ? h('p', { class: doc.nextMeeting?.cancelled ? 'meta cancelled' : 'meta' }, next) : null,
    gap ? h('p', { class: doc.gap ? 'meta gap' : 'meta' }, gap) : null,
    h(
      'p',
      { class: 'meta open' },
      openLine(doc),
      doc.overdue > 0 ? h('span', { class: 'overdue' }, t(M['overview.overdue'], { count: doc.overdue })) : null,
    ),
    doc.problem ? callout('warning', h('p', null, word(doc.problem))) : null,
  );
}
