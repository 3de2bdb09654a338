// The sidebar's behaviour, as named actions: each feature's actions over one shared context (features/).

import { agendaActions } from './features/agenda';
import { type AppDeps, createContext, docState } from './features/context';
import { docActions } from './features/docView';
import { itemActions } from './features/items';
import { linkingActions } from './features/linking';
import { overviewActions } from './features/overview';
import { privateActions } from './features/privatePoints';
import type { ControlKey } from './ui';
import { focusAfterRender } from './ui';

export type App = ReturnType<typeof createApp>;

export function createApp(deps: AppDeps) {
  const ctx = createContext(deps);
  return {
    ui: ctx.ui,
    now: deps.now ?? (() => Date.now()),
    state: () => docState(ctx),
    focusAfterRender: <T>(
      focused: ControlKey | undefined,
      find: (key: ControlKey) => { target: T; enabled: boolean } | undefined,
    ) => focusAfterRender(ctx.ui, focused, find),
    ...docActions(ctx),
    ...itemActions(ctx),
    ...agendaActions(ctx),
    ...privateActions(ctx),
    ...linkingActions(ctx),
    ...overviewActions(ctx),
  };
}
