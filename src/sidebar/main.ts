// The sidebar's entry: shows the last-known state showSidebar embedded, refreshes it through google.script.run, and marks the page ready.
// Opened from the menu's "All my 1:1s", it shows the overview showOverview embedded instead, with no call at all.
import { createApp } from './controller';
import { renderAsOf } from './lastKnown';
import { overviewFrom } from './panels/overview';
import { createFlags } from './remember';
import { renderApp } from './render';
import { type Caller, createCaller } from './rpc';
import { lastKnownFrom } from './store';

const root = document.getElementById('app') as HTMLElement;
const asOfLine = document.getElementById('as-of') as HTMLElement;

/**
 * This user's last view of the Doc, if showSidebar put one in the page (the element src/core/lastKnown.ts names): on
 * screen before any round trip, until a call answers with a fresh state. Ticks made meanwhile name items by id and
 * wait behind the refresh; the server checks them against the Doc as it is then.
 */
let lastKnown = lastKnownFrom(document.getElementById('last-known')?.textContent);

const isState = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Array.isArray((value as { commitments?: unknown }).commitments);
const answered = (value: unknown) => {
  if (isState(value)) lastKnown = undefined;
};

const caller = createCaller({
  onLate: (_name, value) => {
    answered(value);
    app.lateAnswer(value);
  },
});
const call: Caller = (name, ...args) =>
  caller(name, ...args).then((value) => {
    answered(value);
    return value;
  });

const app = createApp({
  call,
  flags: createFlags(),
  render: () => {
    renderApp(root, app);
    renderAsOf(
      asOfLine,
      lastKnown && app.ui.view === 'doc'
        ? {
            record: lastKnown,
            now: app.now(),
            loading: app.ui.loading,
            ...(app.ui.loadError ? { error: app.ui.loadError } : {}),
            ui: app.ui,
            retry: () => void app.load(),
          }
        : undefined,
    );
  },
});

const overviewStart = overviewFrom(document.getElementById('overview-start')?.textContent);

if (overviewStart) {
  // Everything it shows is in the page; the Doc's own panels wait until asked for ("← This Doc"), and are read fresh.
  lastKnown = undefined;
  app.startOnOverview(overviewStart);
  document.body.dataset.ready = 'true';
  document.body.dataset.shown = 'overview';
  performance.mark('sidebar-ready');
} else {
  if (lastKnown) {
    // The same path as any state that arrives outside a call: it becomes what the panels show.
    app.lateAnswer(lastKnown.state);
    document.body.dataset.shown = 'last-known';
    performance.mark('sidebar-shown');
  }

  app.load().then(() => {
    // For tests and the bench: the first answer (state or error) is on screen and its controls work.
    document.body.dataset.ready = 'true';
    document.body.dataset.shown ??= 'fresh';
    performance.mark('sidebar-ready');
  });
}
