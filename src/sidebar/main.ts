// The sidebar's entry: loads the state through google.script.run, renders the panels, and marks the page ready.
import { createApp } from './controller';
import { createFlags } from './remember';
import { renderApp } from './render';
import { createCaller } from './rpc';

const root = document.getElementById('app') as HTMLElement;

const app = createApp({
  call: createCaller({ onLate: (_name, value) => app.lateAnswer(value) }),
  flags: createFlags(),
  render: () => renderApp(root, app),
});

app.load().then(() => {
  // For tests and the bench: the first real render (state or error) is on screen and its controls work.
  document.body.dataset.ready = 'true';
  performance.mark('sidebar-ready');
});
