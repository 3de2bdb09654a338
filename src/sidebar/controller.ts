// The sidebar's behaviour, as named actions: loading, server calls one at a time, busy controls, messages, rollback.
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { OverviewState, SidebarPatch, SidebarState } from '../shared/types';
import { owedRow } from './panels/overview';
import type { Flags } from './remember';
import type { Caller, ServerArgs, ServerName, ServerResult } from './rpc';
import * as store from './store';
import { type ControlKey, DRAFT_LIMITS, type DraftKey, initialUi, type SetupField } from './ui';
import {
  draftProblem,
  dueValue,
  type OwnerChoice,
  ownerValue,
  type PanelId,
  prepareNote,
  seriesChoices,
  settingsPatch,
  setupMode,
} from './view';

/** Remembered once dismissed: the hint is said once, not every time the sidebar opens. */
export const NATIVE_HINT_FLAG = 'native-checklist-hint-dismissed';

/**
 * How long a confirmation stays up when nothing else happens: it says what was just done, which is old news soon. A
 * warning (a conflict, a partial success) stays until the next action, since it explains what the user sees.
 */
export const NOTE_MS = 20_000;

/** How often a running "Refresh all" is asked how far it got. */
export const OVERVIEW_POLL_MS = 1_500;

/** Calls whose answer is the sidebar's fresh state, or a part of it (a patch). */
type StateCall = {
  [K in ServerName]: ServerResult<K> extends SidebarState | SidebarPatch ? K : never;
}[ServerName];

export interface MutateOptions {
  panel: PanelId;
  /** The control that is busy meanwhile. */
  key: ControlKey;
  busyLabel?: string;
  change?: store.Change;
  /** The line shown in the panel afterwards, if any. */
  success?: (state: SidebarState) => string | undefined;
  failed?: () => void;
}

export type App = ReturnType<typeof createApp>;

const looksLikeState = (value: unknown): value is SidebarState =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SidebarState).linked === 'boolean' &&
  Array.isArray((value as SidebarState).commitments);

const looksLikePatch = (value: unknown): value is SidebarPatch =>
  typeof value === 'object' && value !== null && store.isPatch(value as SidebarPatch);

const looksLikeOverview = (value: unknown): value is OverviewState =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as OverviewState).docs) &&
  Array.isArray((value as OverviewState).youOwe);

export function createApp(deps: {
  call: Caller;
  flags: Flags;
  render: () => void;
  now?: () => number;
  pollMs?: number;
  noteMs?: number;
}) {
  const data = store.createStore();
  const ui = initialUi();
  const render = () => deps.render();

  /** A message in a panel; a confirmation goes by itself after NOTE_MS, unless the next action took it first. */
  function say(panel: PanelId, text: string, warning = false): void {
    const note = warning ? { text, warning } : { text };
    ui.notes[panel] = note;
    if (warning) return;
    const timer: unknown = setTimeout(() => {
      if (ui.notes[panel] !== note) return;
      delete ui.notes[panel];
      render();
    }, deps.noteMs ?? NOTE_MS);
    // Only tidying the screen: where a timer can say so (Node, under the unit tests), it keeps nothing running.
    (timer as { unref?: () => void }).unref?.();
  }

  /** Every message describes the state before this action: the action moves the state on, so they all go. */
  function clearMessages(): void {
    ui.notes = {};
    ui.errors = {};
  }

  // google.script.run runs calls in parallel and in no set order; queued, each answer is newer than the last.
  let tail: Promise<unknown> = Promise.resolve();
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  }

  function focusedKey(): string | undefined {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    return (active?.closest?.('[data-key]') as HTMLElement | null)?.dataset.key;
  }

  /** After each fresh state: the setup panel needs the user's series list, fetched once. */
  function afterState(state: SidebarState): void {
    if (setupMode(state, ui.relink) === 'link' && !ui.series.list && !ui.series.loading && !ui.series.error)
      void loadSeries();
  }

  /** `args` is a function when they are worked out as the call is sent, after the calls queued before it. */
  async function mutate<K extends StateCall>(
    name: K,
    args: ServerArgs<K> | (() => ServerArgs<K>),
    options: MutateOptions,
  ): Promise<boolean> {
    const { panel, key, change } = options;
    clearMessages();
    ui.busy.set(key, options.busyLabel ?? 'Saving…');
    if (focusedKey() === key) ui.restoreFocus = key;
    if (change) store.begin(data, change);
    render();
    try {
      const answer = (await enqueue(() => deps.call(name, ...(typeof args === 'function' ? args() : args)))) as
        | SidebarState
        | SidebarPatch;
      store.settle(data, change, answer);
      // A patch is laid over the state the sidebar has: what the success line and the setup see is that state.
      const now = store.shown(data);
      if (answer.conflict) say(panel, answer.conflict, true);
      else {
        const text = now && options.success?.(now);
        if (text) say(panel, text);
      }
      if (now) afterState(now);
      return true;
    } catch (error) {
      store.rollBack(data, change);
      ui.errors[panel] = (error as Error).message;
      options.failed?.();
      return false;
    } finally {
      ui.busy.delete(key);
      render();
    }
  }

  async function load(): Promise<void> {
    ui.loading = true;
    delete ui.loadError;
    clearMessages();
    render();
    try {
      const state = await enqueue(() => deps.call('getSidebarState'));
      store.settle(data, undefined, state);
      afterState(state);
    } catch (error) {
      ui.loadError = (error as Error).message;
    } finally {
      ui.loading = false;
      render();
    }
  }

  async function loadSeries(): Promise<void> {
    ui.series = { loading: true };
    render();
    try {
      const list = await deps.call('listRecurringSeries');
      ui.series = { loading: false, list };
      const { choices } = seriesChoices(list, false);
      // The series the Doc is already linked to, or the only 1:1 there is: one choice less to make.
      const linked = data.base?.series?.eventId;
      const preset = list.find((s) => s.eventId === linked) ?? (choices.length === 1 ? choices[0] : undefined);
      if (!ui.chosenSeries && preset) ui.chosenSeries = preset.eventId;
    } catch (error) {
      ui.series = { loading: false, error: (error as Error).message };
    } finally {
      render();
    }
  }

  // ——— All my 1:1s: its state, polling a running "Refresh all", ticks and drops in other Docs ———

  let overview: OverviewState | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let polling = false;
  const pollMs = deps.pollMs ?? OVERVIEW_POLL_MS;

  /** A refresh runs (this sidebar's, or one another call started) and someone is looking. */
  const wantsPoll = () => ui.view === 'overview' && (ui.overview.refreshing || overview?.refreshing !== undefined);

  function schedulePoll(): void {
    if (pollTimer !== undefined || polling || !wantsPoll()) return;
    pollTimer = setTimeout(() => {
      pollTimer = undefined;
      void poll();
    }, pollMs);
  }

  function stopPolling(): void {
    if (pollTimer !== undefined) clearTimeout(pollTimer);
    pollTimer = undefined;
  }

  async function poll(): Promise<void> {
    if (!wantsPoll()) return;
    polling = true;
    try {
      if (ui.overview.refreshing) {
        // Beside this sidebar's refresh, not queued behind it; only its count is taken, since the lists it holds may
        // be older than an answer still on its way.
        const answer = await deps.call('getOverview');
        const before = JSON.stringify(ui.overview.progress);
        if (ui.overview.refreshing && JSON.stringify(answer.refreshing) !== before) {
          ui.overview.progress = answer.refreshing;
          render();
        }
      } else {
        // Another call's refresh: queued like any read, so its answer, Docs and all, is the newest there is.
        const answer = await enqueue(() => deps.call('getOverview'));
        if (JSON.stringify(answer) !== JSON.stringify(overview)) {
          overview = answer;
          render();
        }
      }
    } catch {
      // A poll that failed is only a count not updated: the next one, or the refresh's own answer, says more.
    } finally {
      polling = false;
      schedulePoll();
    }
  }

  async function loadOverview(): Promise<void> {
    ui.overview.loading = true;
    delete ui.overview.loadError;
    render();
    try {
      overview = await enqueue(() => deps.call('getOverview'));
    } catch (error) {
      ui.overview.loadError = (error as Error).message;
    } finally {
      ui.overview.loading = false;
      render();
      schedulePoll();
    }
  }

  /** The row's checkbox after a tick or drop: its own if the item is still there, else its neighbour's. */
  function focusAfterOwed(answer: OverviewState | undefined, documentId: string, itemId: string, next: ControlKey) {
    const stays = (answer ?? overview)?.youOwe.some((i) => i.documentId === documentId && i.id === itemId);
    ui.focusNext = stays !== false ? `owe-tick:${owedRow({ documentId, id: itemId })}` : next;
  }

  async function owedWrite(
    call: () => Promise<OverviewState>,
    item: { documentId: string; id: string },
    key: ControlKey,
    mark: { pending: 'done' | 'dropped'; busyLabel: string },
  ): Promise<void> {
    const row = owedRow(item);
    const rows = overview?.youOwe ?? [];
    const at = rows.findIndex((i) => owedRow(i) === row);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    const next: ControlKey = neighbour ? `owe-tick:${owedRow(neighbour)}` : 'overview-heading';
    const hadFocus = [`owe-tick:${row}`, `owe-drop:${row}`].includes(focusedKey() ?? '');
    clearMessages();
    ui.busy.set(key, mark.busyLabel);
    ui.overview.pending.set(row, mark.pending);
    render();
    let answer: OverviewState | undefined;
    try {
      answer = await enqueue(call);
      overview = answer;
      ui.overview.docStale = true;
      if (answer.conflict) say('overview', answer.conflict, true);
    } catch (error) {
      ui.errors.overview = (error as Error).message;
    } finally {
      ui.overview.pending.delete(row);
      ui.busy.delete(key);
      // The control was disabled meanwhile and lost the focus: it goes back to the row, or the row after it.
      if (hadFocus && focusedKey() === undefined) focusAfterOwed(answer, item.documentId, item.id, next);
      render();
    }
  }

  /**
   * "Turn it back on": this user's hourly preparation set up again, for all their Docs. In All my 1:1s its answer is
   * the fresh overview; in a Doc's sidebar the Doc's state is read again after it, since it says so too.
   */
  async function turnBackOn(): Promise<void> {
    const panel: PanelId = ui.view === 'overview' ? 'overview' : 'next';
    clearMessages();
    ui.busy.set('restore-automation', 'Turning on…');
    if (focusedKey() === 'restore-automation') ui.restoreFocus = 'restore-automation';
    render();
    try {
      overview = await enqueue(() => deps.call('restoreAutomation'));
      // Each Doc's own state says whether it runs: the one behind All my 1:1s is read again on the way back.
      ui.overview.docStale = true;
      if (panel === 'next') await reloadDoc();
      const still = panel === 'overview' ? overview.automation : state()?.automation;
      if (!still) {
        say(panel, 'Automatic preparation is on again.');
        // The warning and its button are gone: the focus goes to the panel's heading rather than to the page.
        ui.focusNext = `${panel}-heading`;
      }
    } catch (error) {
      ui.errors[panel] = (error as Error).message;
    } finally {
      ui.busy.delete('restore-automation');
      render();
    }
  }

  async function reloadDoc(): Promise<void> {
    const fresh = await enqueue(() => deps.call('getSidebarState'));
    store.settle(data, undefined, fresh);
    ui.overview.docStale = false;
    afterState(fresh);
  }

  const state = () => store.shown(data);

  /** What the person sees of an item as they act on it, sent as the server's answers then stand (store.seenWhenSent). */
  function seenOf(itemId: string): () => string {
    const shown = state()?.commitments.find((c) => c.id === itemId);
    return () =>
      store.seenWhenSent(
        shown,
        data.base?.commitments.find((c) => c.id === itemId),
      );
  }

  /** The same for one of this user's items in All my 1:1s. */
  function owedSeen(documentId: string, itemId: string): () => string {
    const find = () => overview?.youOwe.find((i) => i.documentId === documentId && i.id === itemId);
    const shown = find();
    return () => store.seenWhenSent(shown, find());
  }

  return {
    ui,
    now: deps.now ?? (() => Date.now()),
    state,
    hintDismissed: () => deps.flags.get(NATIVE_HINT_FLAG),

    /**
     * After each render, the control to focus: where the last action sent the focus, else the twin of the focused
     * control, else one that was busy. A control disabled while its call runs cannot hold the focus, so it is
     * remembered and gets it back once enabled. `find` gives a key's control, if it is on screen.
     */
    focusAfterRender<T>(
      focused: ControlKey | undefined,
      find: (key: ControlKey) => { target: T; enabled: boolean } | undefined,
    ): { target: T; explicit: boolean } | undefined {
      const explicit = ui.focusNext;
      delete ui.focusNext;
      if (focused && focused !== ui.restoreFocus) delete ui.restoreFocus;
      const key = explicit ?? focused ?? ui.restoreFocus;
      const found = key && find(key);
      if (!key || !found) return undefined;
      if (!found.enabled) {
        ui.restoreFocus = key;
        return undefined;
      }
      if (key === ui.restoreFocus) delete ui.restoreFocus;
      return { target: found.target, explicit: explicit !== undefined };
    },
    load,
    loadSeries,
    /** A late answer (after its call was given up on) is still the freshest state, or part of it, there is. */
    lateAnswer(value: unknown): void {
      if (looksLikeOverview(value)) {
        overview = value;
        render();
        return;
      }
      if (!looksLikeState(value) && !looksLikePatch(value)) return;
      store.settle(data, undefined, value);
      render();
    },

    link(): void {
      const chosen = ui.series.list?.find((s) => s.eventId === ui.chosenSeries);
      if (!chosen) {
        ui.errors.setup = 'Choose your recurring 1:1 first.';
        render();
        return;
      }
      void mutate('linkSeries', [{ calendarId: chosen.calendarId, eventId: chosen.eventId, ...ui.setup }], {
        panel: 'setup',
        key: 'link',
        busyLabel: 'Linking…',
        success: () => {
          ui.relink = false;
          ui.focusNext = 'next-heading';
          say('next', `Linked to “${chosen.title}”.`);
          return undefined;
        },
      });
    },

    /** The Doc is linked already: install this user's triggers for the same series, keeping the shared settings. */
    turnOn(): void {
      const series = state()?.series;
      if (!series) return;
      void mutate('linkSeries', [{ calendarId: 'primary', eventId: series.eventId }], {
        panel: 'setup',
        key: 'turn-on',
        busyLabel: 'Turning on…',
        success: (next) => {
          ui.focusNext = 'next-heading';
          say('next', next.series?.automatic ? 'Automatic preparation is on for you.' : 'Linked.');
          return undefined;
        },
      });
    },

    startRelink(): void {
      ui.relink = true;
      ui.focusNext = 'setup-heading';
      const current = state();
      if (current) afterState(current);
      render();
    },

    cancelRelink(): void {
      ui.relink = false;
      delete ui.errors.setup;
      ui.focusNext = 'next-heading';
      render();
    },

    prepare(): void {
      void mutate('prepareNow', [], {
        panel: 'next',
        key: 'prepare',
        busyLabel: 'Preparing…',
        success: (next) => prepareNote(next.status, next.linked),
      });
    },

    tick(itemId: string, done: boolean): void {
      const seen = seenOf(itemId);
      void mutate('setItemDone', (): ServerArgs<'setItemDone'> => [itemId, done, seen()], {
        panel: 'commitments',
        key: `tick:${itemId}`,
        change: store.tickItem(itemId, done),
      });
    },

    /** "Still on?" … Drop: the item is struck through with ✗ in every copy and never carried again. */
    drop(itemId: string): void {
      // The question's buttons go with it: the focus stays on the item's row.
      ui.focusNext = `tick:${itemId}`;
      const seen = seenOf(itemId);
      void mutate('dropItem', (): ServerArgs<'dropItem'> => [itemId, seen()], {
        panel: 'commitments',
        key: `drop:${itemId}`,
        busyLabel: 'Dropping…',
        change: store.dropItem(itemId),
      });
    },

    /** "Still on?" … Keep: not asked again until the item is carried again. */
    keep(itemId: string): void {
      ui.focusNext = `tick:${itemId}`;
      const seen = seenOf(itemId);
      void mutate('keepItem', (): ServerArgs<'keepItem'> => [itemId, seen()], {
        panel: 'commitments',
        key: `keep:${itemId}`,
        change: store.keepItem(itemId),
      });
    },

    addTopic(): void {
      const typed = ui.drafts.topic ?? '';
      const problem = draftProblem(typed, DRAFT_LIMITS.topic, 'a topic');
      if (problem) {
        clearMessages();
        ui.errors.agenda = problem;
        ui.focusNext = 'topic';
        render();
        return;
      }
      const text = typed.trim();
      ui.drafts.topic = '';
      void mutate('addAgendaItem', [text], {
        panel: 'agenda',
        key: 'add-topic',
        change: store.addTopic(text),
        // The text comes back into the field, so nothing typed is lost.
        failed: () => {
          if (!ui.drafts.topic) ui.drafts.topic = text;
        },
      });
    },

    /** The action item form's fields, checked here so that a mistake is said before anything is sent. */
    addAction(): void {
      const text = (ui.drafts['action-text'] ?? '').trim();
      const owner = ownerValue(ui.actionOwner, ui.drafts['action-name'] ?? '');
      const due = dueValue(ui.drafts['action-due'] ?? '');
      const problem =
        draftProblem(text, DRAFT_LIMITS['action-text'], 'the action item') ??
        (!owner
          ? 'Type the owner’s name, or choose Me or Them.'
          : ui.actionOwner === 'other'
            ? draftProblem(owner, DRAFT_LIMITS['action-name'], 'the owner’s name')
            : undefined) ??
        (!due.ok ? 'The due date is not a date.' : undefined);
      if (problem) {
        clearMessages();
        ui.errors.agenda = problem;
        render();
        return;
      }
      const item = { text, ...(owner ? { owner } : {}), ...(due.ok && due.due ? { due: due.due } : {}) };
      const shownOwner = ui.actionOwner === 'me' ? 'Me' : ui.actionOwner === 'them' ? 'Them' : owner;
      void mutate('addActionItem', [item], {
        panel: 'agenda',
        key: 'add-action',
        change: store.addActionItem({ ...item, ...(shownOwner ? { owner: shownOwner } : {}) }),
        success: () => {
          ui.drafts['action-text'] = '';
          ui.drafts['action-name'] = '';
          ui.drafts['action-due'] = '';
          // The next item starts from the default owner: a "Someone else…" left with its name cleared could not be added.
          ui.actionOwner = initialUi().actionOwner;
          return `Added to Action items: “${item.text}”. It is under New this time.`;
        },
      });
    },

    addNote(): void {
      const typed = ui.drafts.note ?? '';
      const problem = draftProblem(typed, DRAFT_LIMITS.note, 'a talking point');
      if (problem) {
        clearMessages();
        ui.errors.private = problem;
        ui.focusNext = 'note';
        render();
        return;
      }
      const text = typed.trim();
      ui.drafts.note = '';
      void mutate('addPrivateNote', [text], {
        panel: 'private',
        key: 'add-note',
        change: store.addNote(text),
        failed: () => {
          if (!ui.drafts.note) ui.drafts.note = text;
        },
      });
    },

    deleteNote(noteId: string): void {
      // The row goes at once; the focus moves to the field, since the row's buttons go with it.
      ui.focusNext = 'note';
      void mutate('deletePrivateNote', [noteId], {
        panel: 'private',
        key: `delete-note:${noteId}`,
        change: store.deleteNote(noteId),
      });
    },

    shareNote(noteId: string): void {
      void mutate('sharePrivateNote', [noteId], {
        panel: 'private',
        key: `share-note:${noteId}`,
        busyLabel: 'Adding…',
        success: () => {
          ui.focusNext = 'note';
          return 'Added to the agenda: it is in the Doc now.';
        },
      });
    },

    saveSettings(): void {
      const current = state()?.settings ?? DEFAULT_SETTINGS;
      const patch = settingsPatch(current, ui.settingsDraft ?? current);
      if (Object.keys(patch).length === 0) {
        clearMessages();
        say('settings', 'Nothing changed.');
        render();
        return;
      }
      void mutate('updateSettings', [patch], {
        panel: 'settings',
        key: 'save-settings',
        success: () => {
          delete ui.settingsDraft;
          return 'Settings saved.';
        },
      });
    },

    /** "Unlink this Doc from the series", for both people: Setup then offers to link it again. */
    unlink(): void {
      const title = state()?.series?.title;
      void mutate('unlinkDocument', [], {
        panel: 'settings',
        key: 'unlink',
        busyLabel: 'Unlinking…',
        success: () => {
          ui.confirmUnlink = false;
          ui.focusNext = 'setup-heading';
          say(
            'setup',
            `${title ? `Unlinked from “${title}”` : 'Unlinked'} for both of you. The Doc keeps all its notes.`,
          );
          return undefined;
        },
      });
    },

    /** "Stop automatic preparation for me": the Doc stays linked, and Setup offers to turn it on again. */
    stopForMe(): void {
      void mutate('unlinkSeries', [], {
        panel: 'settings',
        key: 'stop-mine',
        busyLabel: 'Stopping…',
        success: () => {
          ui.confirmUnlink = false;
          ui.focusNext = 'setup-heading';
          say(
            'setup',
            'Automatic preparation is off for you. The Doc stays linked, and the other person’s preparation goes on.',
          );
          return undefined;
        },
      });
    },

    refresh(): void {
      void mutate('getSidebarState', [], { panel: 'status', key: 'refresh', busyLabel: 'Refreshing…' });
    },

    /** The Doc's sharing looked up now: the server otherwise looks at most hourly. Its answer is the privacy part. */
    checkSharing(): void {
      void mutate('checkSharingAgain', [], { panel: 'privacy', key: 'check-sharing', busyLabel: 'Checking…' });
    },

    /** "Turn it back on", in All my 1:1s or in a Doc's Next 1:1 panel. */
    restoreAutomation(): void {
      void turnBackOn();
    },

    // ——— Changes that stay in the sidebar. Typing and choosing do not re-render: the control already shows it. ———

    setDraft(key: DraftKey, text: string): void {
      ui.drafts[key] = text;
    },

    chooseSeries(eventId: string): void {
      ui.chosenSeries = eventId;
    },

    showAllSeries(show: boolean): void {
      ui.showAllSeries = show;
      render();
    },

    editSetup<F extends SetupField>(field: F, value: Settings[F]): void {
      ui.setup[field] = value;
    },

    /** The draft starts from the Doc's settings as they are now, so that only the fields touched differ. */
    editSettings<F extends keyof Settings>(field: F, value: Settings[F]): void {
      ui.settingsDraft = { ...(ui.settingsDraft ?? state()?.settings ?? DEFAULT_SETTINGS), [field]: value };
    },

    askUnlink(): void {
      ui.confirmUnlink = true;
      ui.focusNext = 'unlink-cancel';
      render();
    },

    cancelUnlink(): void {
      ui.confirmUnlink = false;
      ui.focusNext = 'unlink-ask';
      render();
    },

    /** Follows the <details> element, which opens and closes itself. */
    toggleActionForm(open: boolean): void {
      ui.actionOpen = open;
    },

    chooseActionOwner(owner: OwnerChoice): void {
      ui.actionOwner = owner;
      if (owner === 'other') ui.focusNext = 'action-name';
      render();
    },

    dismissNativeHint(): void {
      deps.flags.set(NATIVE_HINT_FLAG);
      ui.focusNext = 'commitments-heading';
      render();
    },

    showAllCommitments(): void {
      ui.showAllCommitments = true;
      ui.focusNext = 'commitments-heading';
      render();
    },

    // ——— All my 1:1s ———

    overview: () => overview,

    /** From a linked Doc's sidebar: one getOverview call, which reads no Doc and no calendar. */
    openOverview(): void {
      ui.view = 'overview';
      ui.focusNext = 'overview-heading';
      void loadOverview();
    },

    /** The menu's "All my 1:1s": showOverview embedded the overview in the page, so it shows with no call at all. */
    startOnOverview(start: OverviewState): void {
      ui.view = 'overview';
      ui.loading = false;
      overview = start;
      render();
      schedulePoll();
    },

    /** Back to this Doc's panels: no call while the Doc's state is there and nothing done since can have changed it. */
    backToDoc(): void {
      ui.view = 'doc';
      stopPolling();
      if (data.base && !ui.overview.docStale) {
        ui.focusNext = 'overview-open';
        render();
        return;
      }
      ui.overview.docStale = false;
      void load().then(() => {
        if (ui.view !== 'doc') return;
        ui.focusNext = state()?.linked ? 'overview-open' : 'setup-heading';
        render();
      });
    },

    /** Reads every Doc (up to a minute or more); meanwhile getOverview is asked how far it got. */
    refreshAll(): void {
      if (ui.overview.refreshing) return;
      ui.overview.refreshing = true;
      delete ui.overview.progress;
      clearMessages();
      ui.busy.set('overview-refresh', 'Refreshing…');
      if (focusedKey() === 'overview-refresh') ui.restoreFocus = 'overview-refresh';
      render();
      schedulePoll();
      void enqueue(() => deps.call('refreshOverview'))
        .then(
          (answer) => {
            overview = answer;
          },
          (error: Error) => {
            ui.errors.overview = error.message;
          },
        )
        .finally(() => {
          ui.overview.refreshing = false;
          delete ui.overview.progress;
          ui.busy.delete('overview-refresh');
          render();
          schedulePoll();
        });
    },

    tickOwed(documentId: string, itemId: string, done: boolean): void {
      const row = owedRow({ documentId, id: itemId });
      const seen = owedSeen(documentId, itemId);
      void owedWrite(
        () => deps.call('setOverviewItemDone', documentId, itemId, done, seen()),
        { documentId, id: itemId },
        `owe-tick:${row}`,
        { pending: 'done', busyLabel: 'Saving…' },
      );
    },

    /** Struck through with ✗ in every copy in its Doc, and never carried again. */
    dropOwed(documentId: string, itemId: string): void {
      const row = owedRow({ documentId, id: itemId });
      const seen = owedSeen(documentId, itemId);
      void owedWrite(
        () => deps.call('dropOverviewItem', documentId, itemId, seen()),
        { documentId, id: itemId },
        `owe-drop:${row}`,
        { pending: 'dropped', busyLabel: 'Dropping…' },
      );
    },
  };
}
