// The sidebar's entry: shows the last-known state showSidebar embedded, refreshes it through google.script.run, and marks the page ready.
// Opened from the menu's "All my 1:1s", it shows the overview showOverview embedded instead, with no call at all.
import { readLastKnown } from '../shared/lastKnown';
import { LAST_KNOWN_ELEMENT_ID, OVERVIEW_ELEMENT_ID } from '../shared/page';
import { createApp } from './controller';
import { currentLocale } from './i18n';
import { renderAsOf } from './lastKnown';
import { overviewFrom } from './panels/overview';
import { createFlags } from './remember';
import { renderApp } from './render';
import { type Caller, createCaller } from './rpc';
import { looksLikeState } from './store';

const root = document.getElementById('app') as HTMLElement;
const asOfLine = document.getElementById('as-of') as HTMLElement;
// A screen reader reads the page in the language its words are in, which is the catalog's, not the browser's.
document.documentElement.lang = currentLocale();

/**
 * This user's last view of the Doc, if showSidebar put one in the page: on screen before any round trip, until a call
 * answers with a fresh state. Ticks made meanwhile name items by id and wait behind the refresh; the server checks
 * them against the Doc as it is then.
 */
let lastKnown = readLastKnown(document.getElementById(LAST_KNOWN_ELEMENT_ID)?.textContent);

const answered = (value: unknown) => {
  if (looksLikeState(value)) lastKnown = undefined;
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

const overviewStart = overviewFrom(document.getElementById(OVERVIEW_ELEMENT_ID)?.textContent);

/** The first view is on screen and its controls work: the bench measures the load to here (scripts/bench-sidebar.ts). */
function ready(): void {
  document.body.dataset.ready = 'true';
  performance.mark('sidebar-ready');
}

if (overviewStart) {
  // Everything it shows is in the page; the Doc's own panels wait until asked for ("← This Doc"), and are read fresh.
  lastKnown = undefined;
  app.startOnOverview(overviewStart);
  ready();
} else {
  // The same path as any state that arrives outside a call: it becomes what the panels show.
  if (lastKnown) app.lateAnswer(lastKnown.state);
  void app.load().then(ready);
}
