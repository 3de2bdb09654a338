// What every feature of the sidebar shares: its two stores, the UI, the server, messages, and the queue of calls.
import type { OverviewState, SidebarState } from '../../shared/types';
import type { Flags } from '../remember';
import type { Caller } from '../rpc';
import * as store from '../store';
import { initialUi, type Ui } from '../ui';
import type { PanelId } from '../view';

/**
 * How long a confirmation stays up when nothing else happens: it says what was just done, which is old news soon. A
 * warning (a conflict, a partial success) stays until the next action, since it explains what the user sees.
 */
export const NOTE_MS = 20_000;

export interface AppDeps {
  call: Caller;
  flags: Flags;
  render: () => void;
  now?: () => number;
  pollMs?: number;
  noteMs?: number;
}

export interface Context {
  deps: AppDeps;
  ui: Ui;
  /** The Doc's state, as its panels show it. */
  doc: store.Store<SidebarState>;
  /** All my 1:1s, the same way. */
  overview: store.Store<OverviewState>;
  render(): void;
  /** A call after the calls queued before it: google.script.run runs calls in parallel and in no set order. */
  enqueue<T>(work: () => Promise<T>): Promise<T>;
}

export function createContext(deps: AppDeps): Context {
  // Queued, each answer is newer than the last.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    deps,
    ui: initialUi(),
    doc: store.createStore<SidebarState>(),
    overview: store.createStore<OverviewState>(),
    render: () => deps.render(),
    enqueue<T>(work: () => Promise<T>): Promise<T> {
      const run = tail.then(work, work);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/** What the Doc's panels show. */
export const docState = (ctx: Context): SidebarState | undefined => store.shown(ctx.doc);

/** A message in a panel; a confirmation goes by itself after NOTE_MS, unless the next action took it first. */
export function say(ctx: Context, panel: PanelId, text: string, warning = false): void {
  const { ui } = ctx;
  const note = warning ? { text, warning } : { text };
  ui.notes[panel] = note;
  if (warning) return;
  const timer: unknown = setTimeout(() => {
    if (ui.notes[panel] !== note) return;
    delete ui.notes[panel];
    ctx.render();
  }, ctx.deps.noteMs ?? NOTE_MS);
  // Only tidying the screen: where a timer can say so (Node, under the unit tests), it keeps nothing running.
  (timer as { unref?: () => void }).unref?.();
}

/** Every message describes the state before this action: the action moves the state on, so they all go. */
export function clearMessages(ctx: Context): void {
  ctx.ui.notes = {};
  ctx.ui.errors = {};
}

/** A mistake in a form, or a choice not made, is said at once in its panel, and nothing is sent. */
export function refuse(ctx: Context, panel: PanelId, problem: string): void {
  clearMessages(ctx);
  ctx.ui.errors[panel] = problem;
  ctx.render();
}

export function focusedKey(): string | undefined {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  return (active?.closest?.('[data-key]') as HTMLElement | null)?.dataset.key;
}
