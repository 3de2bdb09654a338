// What only the sidebar knows: forms, open sections, busy controls and messages, each panel's slice, and control keys.
import { MAX_NAME, MAX_TEXT } from '../shared/limits';
import type { Settings } from '../shared/settings';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { RecurringSeries } from '../shared/types';
import type { OwnerChoice, PanelId } from './view';

export interface Note {
  text: string;
  /** A conflict or a partial success: shown as a warning rather than a plain confirmation. */
  warning?: boolean;
}

/** The text fields: what is typed in them lives in `Ui.drafts`. */
export type DraftKey = 'topic' | 'note' | 'action-text' | 'action-name' | 'action-due';

/** How long each text field may be: what the server accepts, said as the user types rather than cut. */
export const DRAFT_LIMITS: Partial<Record<DraftKey, number>> = {
  topic: MAX_TEXT,
  note: MAX_TEXT,
  'action-text': MAX_TEXT,
  'action-name': MAX_NAME,
};

/** What Setup asks for before linking; the heading date format waits for Settings. */
export type SetupField = 'leadHours' | 'position' | 'template';
export const SETUP_FIELDS: readonly SetupField[] = ['leadHours', 'position', 'template'];

/** The settings' selects, in Setup and in Settings. */
export type SettingSelectKey = `${'setup' | 'settings'}-${'lead' | 'position' | 'template' | 'date' | 'language'}`;

/**
 * Every control's data-key: how the focus finds a control's twin after a re-render, which control is busy, and where
 * the focus goes next. A key with an id in it belongs to one row.
 */
export type ControlKey =
  | `${PanelId}-heading`
  | DraftKey
  | SettingSelectKey
  | 'reload'
  | 'link'
  | 'turn-on'
  | 'relink-start'
  | 'relink-cancel'
  | 'series-retry'
  | 'show-all-series'
  | `series:${string}`
  | 'prepare'
  | `tick:${string}`
  | `still-done:${string}`
  | `drop:${string}`
  | `keep:${string}`
  | 'hint-dismiss'
  | 'commitments-all'
  | 'add-topic'
  | 'action-summary'
  | 'action-owner'
  | 'add-action'
  | 'add-note'
  | `share-note:${string}`
  | `delete-note:${string}`
  | 'refresh'
  | 'check-sharing'
  | 'restore-automation'
  | 'save-settings'
  | 'stop-mine'
  | 'unlink-ask'
  | 'unlink'
  | 'unlink-cancel'
  | 'overview-open'
  | 'overview-back'
  | 'overview-retry'
  | 'overview-refresh'
  | `owe-tick:${string}`
  | `owe-drop:${string}`
  | `overview-doc:${string}`;

/** All my 1:1s, as only the sidebar knows it: the overview's own data is in its store (features/context.ts). */
export interface OverviewUi {
  loading: boolean;
  loadError?: string;
  /** This sidebar's "Refresh all" is running. */
  refreshing: boolean;
  /** How far that refresh is, as the last poll said. */
  progress?: { done: number; total: number };
  /** An item was ticked or dropped since the Doc's state was read: that Doc may be this one. */
  docStale: boolean;
}

export interface Ui {
  /** The Doc's own panels, or All my 1:1s. */
  view: 'doc' | 'overview';
  overview: OverviewUi;
  loading: boolean;
  loadError?: string;
  /** Controls (by key) whose call is queued or running, with what they say meanwhile. */
  busy: Map<ControlKey, string>;
  errors: Partial<Record<PanelId, string>>;
  notes: Partial<Record<PanelId, Note>>;
  series: { loading: boolean; error?: string; list?: RecurringSeries[] };
  showAllSeries: boolean;
  /** A long list of commitments shows its first rows until the user asks for all of them. */
  showAllCommitments: boolean;
  chosenSeries?: string;
  setup: Pick<Settings, SetupField>;
  /** The user asked to link another series (the old one ended, or they picked "Link a different series"). */
  relink: boolean;
  settingsDraft?: Settings;
  confirmUnlink: boolean;
  actionOpen: boolean;
  actionOwner: OwnerChoice;
  /** Text typed into the forms: a re-render must not lose it. */
  drafts: Partial<Record<DraftKey, string>>;
  /** The control to focus again once it is enabled: a control that is disabled while busy loses the focus. */
  restoreFocus?: ControlKey;
  /** Where the focus goes after the next render, when the panel that had it is gone (Link, Unlink). */
  focusNext?: ControlKey;
}

export function initialUi(): Ui {
  const { leadHours, position, template } = DEFAULT_SETTINGS;
  return {
    view: 'doc',
    overview: { loading: false, refreshing: false, docStale: false },
    loading: true,
    busy: new Map(),
    errors: {},
    notes: {},
    series: { loading: false },
    showAllSeries: false,
    showAllCommitments: false,
    setup: { leadHours, position, template },
    relink: false,
    confirmUnlink: false,
    actionOpen: false,
    actionOwner: 'me',
    drafts: {},
  };
}

/** What every panel shows of the UI: which of its controls are busy, and its last error and note. */
export interface PanelUi {
  busy: ReadonlyMap<ControlKey, string>;
  error?: string;
  note?: Note;
}

export function panelUi(ui: Ui, id: PanelId): PanelUi {
  return { busy: ui.busy, error: ui.errors[id], note: ui.notes[id] };
}

/**
 * After each render, the control to focus: where the last action sent the focus, else the twin of the focused control,
 * else one that was busy. A control disabled while its call runs cannot hold the focus, so it is remembered and gets
 * it back once enabled. `find` gives a key's control, if it is on screen.
 */
export function focusAfterRender<T>(
  ui: Ui,
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
}
