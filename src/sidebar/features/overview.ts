// All my 1:1s: its store read, a running "Refresh all" polled, ticks and drops in other Docs, "Turn it back on".
import type { OverviewState } from '../../shared/types';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import * as store from '../store';
import type { ControlKey } from '../ui';
import type { PanelId } from '../view';
import { act, read } from './calls';
import { type Context, docState, focusedKey } from './context';
import { load, reloadDoc } from './docView';

/** How often a running "Refresh all" is asked how far it got. */
export const OVERVIEW_POLL_MS = 1_500;

/** The poll's own state: a timer set, or a poll on its way. */
interface Poller {
  timer?: ReturnType<typeof setTimeout>;
  polling: boolean;
  ms: number;
}

/** A refresh runs (this sidebar's, or one another call started) and someone is looking. */
const wantsPoll = ({ ui, overview }: Context) =>
  ui.view === 'overview' && (ui.overview.refreshing || overview.base?.refreshing !== undefined);

function schedulePoll(ctx: Context, poller: Poller): void {
  if (poller.timer !== undefined || poller.polling || !wantsPoll(ctx)) return;
  poller.timer = setTimeout(() => {
    poller.timer = undefined;
    void poll(ctx, poller);
  }, poller.ms);
}

function stopPolling(poller: Poller): void {
  if (poller.timer !== undefined) clearTimeout(poller.timer);
  poller.timer = undefined;
}

async function poll(ctx: Context, poller: Poller): Promise<void> {
  if (!wantsPoll(ctx)) return;
  const { ui } = ctx;
  poller.polling = true;
  try {
    if (ui.overview.refreshing) {
      // Beside this sidebar's refresh, not queued behind it; only its count is taken, since the lists it holds may
      // be older than an answer still on its way.
      const answer = await ctx.deps.call('getOverview');
      const before = JSON.stringify(ui.overview.progress);
      if (ui.overview.refreshing && JSON.stringify(answer.refreshing) !== before) {
        ui.overview.progress = answer.refreshing;
        ctx.render();
      }
    } else {
      // Another call's refresh: queued like any read, so its answer, Docs and all, is the newest there is.
      const answer = await ctx.enqueue(() => ctx.deps.call('getOverview'));
      if (JSON.stringify(answer) !== JSON.stringify(ctx.overview.base)) {
        store.settle(ctx.overview, undefined, answer);
        ctx.render();
      }
    }
  } catch {
    // A poll that failed is only a count not updated: the next one, or the refresh's own answer, says more.
  } finally {
    poller.polling = false;
    schedulePoll(ctx, poller);
  }
}

/** What the person sees of one of their items as they act on it (store.seenWhenSent), as in a Doc's sidebar. */
function owedSeen(ctx: Context, documentId: string, itemId: string): () => string {
  const find = () => ctx.overview.base?.youOwe.find((i) => i.documentId === documentId && i.id === itemId);
  const shown = find();
  return () => store.seenWhenSent(shown, find());
}

/** A tick or drop in All my 1:1s: the same write as in a Doc's sidebar, into this view's store. */
function owedWrite(ctx: Context, documentId: string, itemId: string, done?: boolean): void {
  const { ui } = ctx;
  const row = store.owedRow({ documentId, id: itemId });
  const key: ControlKey = done === undefined ? `owe-drop:${row}` : `owe-tick:${row}`;
  const rows = ctx.overview.base?.youOwe ?? [];
  const at = rows.findIndex((i) => store.owedRow(i) === row);
  const neighbour = rows[at + 1] ?? rows[at - 1];
  const next: ControlKey = neighbour ? `owe-tick:${store.owedRow(neighbour)}` : 'overview-heading';
  const hadFocus = [`owe-tick:${row}`, `owe-drop:${row}`].includes(focusedKey() ?? '');
  const change = store.markOwed(row, done === undefined ? 'dropped' : 'done');
  const seen = owedSeen(ctx, documentId, itemId);
  void act(ctx, {
    panel: 'overview',
    key,
    busyLabel: t(done === undefined ? M['common.dropping'] : M['common.saving']),
    holdFocus: false,
    begin: () => store.begin(ctx.overview, change),
    send: () =>
      done === undefined
        ? ctx.deps.call('dropOverviewItem', documentId, itemId, seen())
        : ctx.deps.call('setOverviewItemDone', documentId, itemId, done, seen()),
    absorb: (answer) => {
      store.settle(ctx.overview, change, answer);
      ui.overview.docStale = true;
    },
    undo: () => store.rollBack(ctx.overview, change),
    // The control was disabled meanwhile and lost the focus: it goes back to the row, or the row after it.
    finish: () => {
      if (!hadFocus || focusedKey() !== undefined) return;
      const stays = ctx.overview.base?.youOwe.some((i) => i.documentId === documentId && i.id === itemId);
      ui.focusNext = stays !== false ? `owe-tick:${row}` : next;
    },
  });
}

/**
 * "Turn it back on": this user's hourly preparation set up again, for all their Docs. In All my 1:1s its answer is
 * the fresh overview; in a Doc's sidebar the Doc's state is read again after it, since it says so too.
 */
function turnBackOn(ctx: Context): void {
  const { ui } = ctx;
  const panel: PanelId = ui.view === 'overview' ? 'overview' : 'next';
  void act(ctx, {
    panel,
    key: 'restore-automation',
    busyLabel: t(M['common.turningOn']),
    send: () => ctx.deps.call('restoreAutomation'),
    absorb: async (answer) => {
      store.settle(ctx.overview, undefined, answer);
      // Each Doc's own state says whether it runs: the one behind All my 1:1s is read again on the way back.
      ui.overview.docStale = true;
      if (panel === 'next') await reloadDoc(ctx);
    },
    success: () => {
      if (panel === 'overview' ? ctx.overview.base?.automation : docState(ctx)?.automation) return undefined;
      // The warning and its button are gone: the focus goes to the panel's heading rather than to the page.
      ui.focusNext = `${panel}-heading`;
      return t(M['automation.onAgain']);
    },
  });
}

/** Reads every Doc (up to a minute or more); meanwhile getOverview is asked how far it got. */
function refreshAll(ctx: Context, poller: Poller): void {
  const { ui } = ctx;
  if (ui.overview.refreshing) return;
  void act(ctx, {
    panel: 'overview',
    key: 'overview-refresh',
    busyLabel: t(M['common.refreshing']),
    begin: () => {
      ui.overview.refreshing = true;
      delete ui.overview.progress;
      schedulePoll(ctx, poller);
    },
    send: () => ctx.deps.call('refreshOverview'),
    absorb: (answer) => store.settle(ctx.overview, undefined, answer),
    finish: () => {
      ui.overview.refreshing = false;
      delete ui.overview.progress;
      schedulePoll(ctx, poller);
    },
  });
}

/** Back to this Doc's panels: no call while the Doc's state is there and nothing done since can have changed it. */
function backToDoc(ctx: Context, poller: Poller): void {
  const { ui } = ctx;
  ui.view = 'doc';
  stopPolling(poller);
  if (ctx.doc.base && !ui.overview.docStale) {
    ui.focusNext = 'overview-open';
    ctx.render();
    return;
  }
  ui.overview.docStale = false;
  void load(ctx).then(() => {
    if (ui.view !== 'doc') return;
    ui.focusNext = docState(ctx)?.linked ? 'overview-open' : 'setup-heading';
    ctx.render();
  });
}

export function overviewActions(ctx: Context) {
  const { ui } = ctx;
  const poller: Poller = { polling: false, ms: ctx.deps.pollMs ?? OVERVIEW_POLL_MS };
  return {
    overview: () => store.shown(ctx.overview),

    /** From a linked Doc's sidebar: one getOverview call, which reads no Doc and no calendar. */
    openOverview(): void {
      ui.view = 'overview';
      ui.focusNext = 'overview-heading';
      const absorb = (answer: OverviewState) => store.settle(ctx.overview, undefined, answer);
      void read(ctx, ui.overview, () => ctx.deps.call('getOverview'), absorb).then(() => schedulePoll(ctx, poller));
    },

    /** The menu's "All my 1:1s": showOverview embedded the overview in the page, so it shows with no call at all. */
    startOnOverview(start: OverviewState): void {
      ui.view = 'overview';
      ui.loading = false;
      store.settle(ctx.overview, undefined, start);
      ctx.render();
      schedulePoll(ctx, poller);
    },

    backToDoc: () => backToDoc(ctx, poller),
    refreshAll: () => refreshAll(ctx, poller),
    tickOwed: (documentId: string, itemId: string, done: boolean) => owedWrite(ctx, documentId, itemId, done),
    /** Struck through with ✗ in every copy in its Doc, and never carried again. */
    dropOwed: (documentId: string, itemId: string) => owedWrite(ctx, documentId, itemId),
    /** "Turn it back on", in All my 1:1s or in a Doc's Next 1:1 panel. */
    restoreAutomation: () => turnBackOn(ctx),
  };
}

export type OverviewActions = ReturnType<typeof overviewActions>;
