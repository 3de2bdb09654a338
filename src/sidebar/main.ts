// The sidebar's script: shows the Doc's state from the server and offers "Prepare now". Every Doc string is shown as text.
import type { SidebarState } from '../shared/types';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

function call<T>(name: 'getSidebarState' | 'prepareNow'): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error));
    (runner[name] as () => void)();
  });
}

/** Builds an element whose text is set as text: a shared Doc is hostile input, so nothing from it becomes HTML. */
function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const app = document.getElementById('app') as HTMLElement;

function render(state: SidebarState, error?: string): void {
  app.replaceChildren();
  const prepare = el('button', 'Prepare now') as HTMLButtonElement;
  prepare.addEventListener('click', () => {
    prepare.disabled = true;
    prepare.textContent = 'Preparing…';
    call<SidebarState>('prepareNow')
      .then((next) => render(next))
      .catch((e: Error) => render(state, e.message));
  });
  app.append(
    el('h2', 'Next 1:1'),
    el('p', state.linked ? '' : 'Not linked to a calendar series yet.', 'muted'),
    prepare,
  );
  if (error) app.append(el('p', error, 'error'));

  app.append(
    el('h2', state.lastMeetingDate ? `Commitments from ${state.lastMeetingDate}` : 'Commitments from last time'),
  );
  const list = el('ul');
  for (const item of state.commitments) {
    const parts = [
      item.done ? '☑' : '☐',
      item.owner ? `${item.owner}:` : '',
      item.text,
      item.due ? `(due ${item.due})` : '',
    ];
    list.append(el('li', parts.filter(Boolean).join(' '), item.done ? 'done' : undefined));
  }
  if (state.commitments.length === 0) list.append(el('li', 'Nothing open from last time.', 'muted'));
  app.append(list);

  app.append(el('h2', 'Agenda'));
  const agenda = el('ul');
  for (const topic of state.agenda) agenda.append(el('li', topic.text));
  if (state.agenda.length === 0) agenda.append(el('li', 'No topics yet.', 'muted'));
  app.append(agenda);

  for (const notice of state.notices ?? []) app.append(el('p', notice, 'muted'));
  if (state.status)
    app.append(el('h2', 'Last run'), el('p', `${state.status.trigger}: ${state.status.message}`, 'muted'));
}

call<SidebarState>('getSidebarState')
  .then((state) => render(state))
  .catch((e: Error) => {
    app.replaceChildren(el('p', e.message, 'error'));
  });
