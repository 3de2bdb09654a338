// Renders the whole sidebar from the state and the UI, keeping the keyboard focus where the user had it.
import type { App } from './controller';
import { h } from './dom';
import { agendaPanel } from './panels/agenda';
import { commitmentsPanel } from './panels/commitments';
import { button, spinner } from './panels/common';
import { cadencePanel, privacyPanel } from './panels/insights';
import { nextPanel } from './panels/next';
import { privatePanel } from './panels/private';
import { settingsPanel } from './panels/settings';
import { setupPanel } from './panels/setup';
import { statusPanel } from './panels/status';
import { type PanelId, panelsFor, setupMode } from './view';

interface Focus {
  key?: string;
  selection?: [number | null, number | null];
}

function keyed(root: HTMLElement, key: string): HTMLElement | undefined {
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
  return { key: active.dataset.key, ...(selection ? { selection } : {}) };
}

/**
 * Every render replaces the panels, so the focused element is replaced too: its twin (same data-key) gets the focus.
 * A control disabled while its call runs cannot hold the focus; it gets it back once enabled (ui.restoreFocus).
 */
function restoreFocus(root: HTMLElement, before: Focus, app: App): void {
  const ui = app.ui;
  const explicit = ui.focusNext;
  delete ui.focusNext;
  if (before.key && before.key !== ui.restoreFocus) delete ui.restoreFocus;
  const key = explicit ?? before.key ?? ui.restoreFocus;
  if (!key) return;
  const target = keyed(root, key);
  if (!target) return;
  if ((target as HTMLButtonElement).disabled) {
    ui.restoreFocus = key;
    return;
  }
  target.focus({ preventScroll: !explicit });
  if (key === ui.restoreFocus) delete ui.restoreFocus;
  if (!explicit && before.selection && target instanceof HTMLInputElement)
    target.setSelectionRange(before.selection[0], before.selection[1]);
}

function panel(app: App, id: PanelId): HTMLElement | null {
  const state = app.state()!;
  switch (id) {
    case 'setup':
      return setupPanel(app, state, setupMode(state, app.ui.relink)!);
    case 'next':
      return nextPanel(app, state);
    case 'commitments':
      return commitmentsPanel(app, state);
    case 'agenda':
      return agendaPanel(app, state);
    case 'private':
      return privatePanel(app, state);
    case 'cadence':
      return state.cadence ? cadencePanel(app, state.cadence) : null;
    case 'privacy':
      return state.privacy ? privacyPanel(app, state.privacy.extraViewers) : null;
    case 'status':
      return statusPanel(app, state);
    case 'settings':
      return settingsPanel(app, state);
  }
}

export function renderApp(root: HTMLElement, app: App): void {
  const before = captureFocus(root);
  const state = app.state();
  let content: (HTMLElement | null)[];
  if (state) {
    content = panelsFor(state, app.ui.relink).map((id) => panel(app, id));
  } else if (app.ui.loadError) {
    content = [
      h(
        'section',
        { class: 'panel' },
        h('p', { class: 'message error', role: 'alert' }, app.ui.loadError),
        button(app, { key: 'reload', label: 'Try again', kind: 'primary', onClick: () => void app.load() }),
      ),
    ];
  } else {
    content = [h('p', { class: 'panel muted loading' }, spinner(), 'Loading…')];
  }
  root.setAttribute('aria-busy', state ? 'false' : String(app.ui.loading));
  root.replaceChildren(...content.filter((node): node is HTMLElement => node !== null));
  restoreFocus(root, before, app);
}
