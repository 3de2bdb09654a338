// The sidebar's behaviour: loading, server calls one at a time, busy controls, messages, and rollback on failure.
import type { RecurringSeries, SettingsView, SidebarState } from '../shared/types';
import type { Flags } from './remember';
import type { Caller, ServerArgs, ServerName, ServerResult } from './rpc';
import * as store from './store';
import {
  DEFAULT_SETTINGS,
  type OwnerChoice,
  type PanelId,
  prepareNote,
  seriesChoices,
  settingsPatch,
  setupMode,
} from './view';

export interface Note {
  text: string;
  /** A conflict or a partial success: shown as a warning rather than a plain confirmation. */
  warning?: boolean;
}

/** What only the sidebar knows: forms, open sections, busy controls and the messages beside them. */
export interface Ui {
  loading: boolean;
  loadError?: string;
  /** Controls (by key) whose call is queued or running, with what they say meanwhile. */
  busy: Map<string, string>;
  errors: Partial<Record<PanelId, string>>;
  notes: Partial<Record<PanelId, Note>>;
  series: { loading: boolean; error?: string; list?: RecurringSeries[] };
  showAllSeries: boolean;
  /** A long list of commitments shows its first rows until the user asks for all of them. */
  showAllCommitments: boolean;
  chosenSeries?: string;
  setup: Pick<SettingsView, 'leadHours' | 'position' | 'template'>;
  /** The user asked to link another series (the old one ended, or they picked "Link a different series"). */
  relink: boolean;
  settingsOpen: boolean;
  settingsDraft?: SettingsView;
  confirmUnlink: boolean;
  actionOpen: boolean;
  actionOwner: OwnerChoice;
  /** Text typed into the forms, by field key: a re-render must not lose it. */
  drafts: Record<string, string>;
  /** The control to focus again once it is enabled: a control that is disabled while busy loses the focus. */
  restoreFocus?: string;
  /** Where the focus goes after the next render, when the panel that had it is gone (Link, Unlink). */
  focusNext?: string;
}

/** Calls whose answer is the sidebar's fresh state. */
type StateCall = { [K in ServerName]: ServerResult<K> extends SidebarState ? K : never }[ServerName];

export interface MutateOptions {
  panel: PanelId;
  /** The control that is busy meanwhile. */
  key: string;
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

export function createApp(deps: { call: Caller; flags: Flags; render: () => void; now?: () => number }) {
  const data = store.createStore();
  const ui: Ui = {
    loading: true,
    busy: new Map(),
    errors: {},
    notes: {},
    series: { loading: false },
    showAllSeries: false,
    showAllCommitments: false,
    setup: { leadHours: DEFAULT_SETTINGS.leadHours, position: DEFAULT_SETTINGS.position, template: 'default' },
    relink: false,
    settingsOpen: false,
    confirmUnlink: false,
    actionOpen: false,
    actionOwner: 'me',
    drafts: {},
  };
  const render = () => deps.render();

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

  async function mutate<K extends StateCall>(name: K, args: ServerArgs<K>, options: MutateOptions): Promise<boolean> {
    const { panel, key, change } = options;
    delete ui.errors[panel];
    delete ui.notes[panel];
    ui.busy.set(key, options.busyLabel ?? 'Saving…');
    if (focusedKey() === key) ui.restoreFocus = key;
    if (change) store.begin(data, change);
    render();
    try {
      const answer = (await enqueue(() => deps.call(name, ...args))) as SidebarState;
      store.settle(data, change, answer);
      if (answer.conflict) ui.notes[panel] = { text: answer.conflict, warning: true };
      else {
        const text = options.success?.(answer);
        if (text) ui.notes[panel] = { text };
      }
      afterState(answer);
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

  const state = () => store.shown(data);

  return {
    ui,
    flags: deps.flags,
    now: deps.now ?? (() => Date.now()),
    state,
    render,
    load,
    loadSeries,
    /** A late answer (after its call timed out) is still the freshest state there is. */
    lateAnswer(value: unknown): void {
      if (!looksLikeState(value)) return;
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
          ui.notes.next = { text: `Linked to “${chosen.title}”.` };
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
          ui.notes.next = {
            text: next.series?.automatic ? 'Automatic preparation is on for you.' : 'Linked.',
          };
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
        success: (next) => prepareNote(next.status),
      });
    },

    tick(itemId: string, done: boolean): void {
      void mutate('setItemDone', [itemId, done], {
        panel: 'commitments',
        key: `tick:${itemId}`,
        change: store.tickItem(itemId, done),
      });
    },

    addTopic(): void {
      const text = (ui.drafts.topic ?? '').trim();
      if (!text) {
        ui.errors.agenda = 'Write the topic first.';
        ui.focusNext = 'topic';
        render();
        return;
      }
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

    addAction(item: { text: string; owner?: string; due?: string }): void {
      void mutate('addActionItem', [item], {
        panel: 'agenda',
        key: 'add-action',
        success: () => {
          ui.drafts['action-text'] = '';
          ui.drafts['action-name'] = '';
          ui.drafts['action-due'] = '';
          return `Added to Action items: “${item.text}”.`;
        },
      });
    },

    addNote(): void {
      const text = (ui.drafts.note ?? '').trim();
      if (!text) {
        ui.errors.private = 'Write the talking point first.';
        ui.focusNext = 'note';
        render();
        return;
      }
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
        ui.notes.settings = { text: 'Nothing changed.' };
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

    unlink(): void {
      void mutate('unlinkSeries', [], {
        panel: 'settings',
        key: 'unlink',
        busyLabel: 'Unlinking…',
        success: () => {
          ui.confirmUnlink = false;
          ui.settingsOpen = false;
          ui.focusNext = 'setup-heading';
          ui.notes.setup = { text: 'Unlinked: your automatic preparation is off. The Doc keeps all its notes.' };
          return undefined;
        },
      });
    },

    refresh(): void {
      void mutate('getSidebarState', [], { panel: 'status', key: 'refresh', busyLabel: 'Refreshing…' });
    },
  };
}
