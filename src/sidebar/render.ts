// Renders the whole sidebar from the state and the UI, keeping the keyboard focus where the user had it.
import type { SidebarState } from '../shared/types';
import type { App } from './controller';
import { h } from './dom';
import { t } from './i18n';
import { M } from './i18n/keys';
import { agendaPanel } from './panels/agenda';
import { commitmentsPanel } from './panels/commitments';
import { button, spinner } from './panels/common';
import { cadencePanel, privacyPanel } from './panels/insights';
import { nextPanel } from './panels/next';
import { overviewContent, overviewLink } from './panels/overview';
import { privatePanel } from './panels/private';
import { settingsPanel } from './panels/settings';
import { setupPanel } from './panels/setup';
import { statusPanel } from './panels/status';
import { type ControlKey, panelUi } from './ui';
import { type PanelId, panelsFor } from './view';

interface Focus {
  key?: ControlKey;
  selection?: [number | null, number | null];
}

function keyed(root: HTMLElement, key: ControlKey): HTMLElement | undefined {
  // Compared as strings rather than through a CSS selector: keys hold item ids, which need no escaping this way.
  for (const node of root.querySelectorAll<HTMLElement>('[data-key]')) if (node.dataset.key === key) return node;
  return undefined;
}

function captureFocus(root: HTMLElement): Focus {
  const active = document.activeElement as HTMLElement | null;
  if (!active || !root.contains(active) || !active.dataset.key) return {};
  const selection: Focus['selection'] =
    active instanceof HTMLInputElement && active.type === 'text'
      ? [active.selectionStart, active.selectionEnd]
      : undefined;
  // Every data-key in the sidebar was written from a ControlKey.
  return { key: active.dataset.key as ControlKey, ...(selection ? { selection } : {}) };
}

/** Every render replaces the panels, so the focused element is replaced too: its twin (same data-key) gets the focus. */
function restoreFocus(root: HTMLElement, before: Focus, app: App): void {
  const chosen = app.focusAfterRender(before.key, (key) => {
    const target = keyed(root, key);
    return target && { target, enabled: !(target as HTMLButtonElement).disabled };
  });
  if (!chosen) return;
  const { target, explicit } = chosen;
  target.focus({ preventScroll: !explicit });
  if (!explicit && before.selection && target instanceof HTMLInputElement)
    target.setSelectionRange(before.selection[0], before.selection[1]);
}

/** Each panel gets the part of the state it shows, its slice of the UI, and the actions it offers (the app). */
function panel(app: App, state: SidebarState, id: PanelId, now: number): HTMLElement | null {
  const { ui } = app;
  const own = panelUi(ui, id);
  switch (id) {
    case 'setup':
      return setupPanel(
        state,
        { ...own, ...pick(ui, 'series', 'showAllSeries', 'chosenSeries', 'setup', 'relink'), now },
        app,
      );
    case 'next':
      return nextPanel(state, { ...own, relink: ui.relink, now }, app);
    case 'commitments':
      return commitmentsPanel(
        state,
        { ...own, showAllCommitments: ui.showAllCommitments, now, hintDismissed: app.hintDismissed() },
        app,
      );
    case 'agenda':
      return agendaPanel(state, { ...own, ...pick(ui, 'drafts', 'actionOpen', 'actionOwner') }, app);
    case 'private':
      return privatePanel(state, { ...own, drafts: ui.drafts }, app);
    case 'cadence':
      return state.cadence ? cadencePanel(state.cadence) : null;
    case 'privacy':
      return state.privacy ? privacyPanel(state.privacy, { ...own, now }, app) : null;
    case 'status':
      return statusPanel(state, own, app);
    case 'settings':
      return settingsPanel(state, { ...own, ...pick(ui, 'settingsDraft', 'confirmUnlink') }, app);
    case 'overview':
      // A view of its own, not one of the Doc's panels: see sidebarContent.
      return null;
  }
}

function pick<T extends object, K extends keyof T>(from: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pick<T, K>;
}

/** What the sidebar shows: the panels for the state, else why it could not load, else that it is loading. */
export function sidebarContent(app: App): HTMLElement[] {
  if (app.ui.view === 'overview')
    return overviewContent(
      { ...panelUi(app.ui, 'overview'), ...app.ui.overview, state: app.overview(), now: app.now() },
      app,
    );
  const state = app.state();
  if (state) {
    const now = app.now();
    const panels = panelsFor(state, app.ui.relink)
      .map((id) => panel(app, state, id, now))
      .filter((node): node is HTMLElement => node !== null);
    return state.linked ? [overviewLink(app.ui, app), ...panels] : panels;
  }
  if (app.ui.loadError)
    return [
      h(
        'section',
        { class: 'panel' },
        h('p', { class: 'message error', role: 'alert' }, app.ui.loadError),
        button(app.ui, {
          key: 'reload',
          label: t(M['common.tryAgain']),
          kind: 'primary',
          onClick: () => void app.load(),
        }),
      ),
    ];
  return [h('p', { class: 'panel muted loading' }, spinner(), t(M['common.loading']))];
}

export function renderApp(root: HTMLElement, app: App): void {
  const before = captureFocus(root);
  const content = sidebarContent(app);
  root.setAttribute('aria-busy', app.state() ? 'false' : String(app.ui.loading));
  root.replaceChildren(...content);
  restoreFocus(root, before, app);
}
