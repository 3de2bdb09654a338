// The Doc's view: its state read and refreshed, the write every Doc panel's action goes through, and its Next 1:1 panel.
import type { SidebarPatch, SidebarState } from '../../shared/types';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import type { ServerArgs, ServerName, ServerResult } from '../rpc';
import * as store from '../store';
import type { ControlKey, DraftKey } from '../ui';
import { draftProblem, type PanelId, prepareNote } from '../view';
import { act, read } from './calls';
import { type Context, docState, refuse } from './context';
import { afterState } from './series';

/** Calls whose answer is the sidebar's fresh state, or a part of it (a patch). */
type StateCall = {
  [K in ServerName]: ServerResult<K> extends SidebarState | SidebarPatch ? K : never;
}[ServerName];

export interface MutateOptions {
  panel: PanelId;
  /** The control that is busy meanwhile. */
  key: ControlKey;
  busyLabel?: string;
  change?: store.Change;
  /** The line shown in the panel afterwards, if any. */
  success?: (state: SidebarState) => string | undefined;
  failed?: () => void;
}

/**
 * One line typed into a field and sent (a topic, a private point): checked first, so a mistake is said before anything
 * is sent; the field is emptied at once, and the text comes back into it if the call fails, so nothing typed is lost.
 */
export function addTyped(
  ctx: Context,
  field: { draft: 'topic' | 'note'; panel: PanelId; empty: M; limit: number | undefined },
  send: { name: 'addAgendaItem' | 'addPrivateNote'; key: ControlKey; change: (text: string) => store.Change },
): void {
  const { ui } = ctx;
  const typed = ui.drafts[field.draft] ?? '';
  const problem = draftProblem(typed, field.limit, field.empty);
  if (problem) {
    ui.focusNext = field.draft;
    refuse(ctx, field.panel, problem);
    return;
  }
  const text = typed.trim();
  ui.drafts[field.draft] = '';
  void mutate(ctx, send.name, [text], {
    panel: field.panel,
    key: send.key,
    change: send.change(text),
    failed: () => {
      if (!ui.drafts[field.draft]) ui.drafts[field.draft] = text;
    },
  });
}

/** `args` is a function when they are worked out as the call is sent, after the calls queued before it. */
export function mutate<K extends StateCall>(
  ctx: Context,
  name: K,
  args: ServerArgs<K> | (() => ServerArgs<K>),
  options: MutateOptions,
): Promise<boolean> {
  const { change, success } = options;
  return act(ctx, {
    ...options,
    begin: change && (() => store.begin(ctx.doc, change)),
    send: () =>
      ctx.deps.call(name, ...(typeof args === 'function' ? args() : args)) as Promise<SidebarState | SidebarPatch>,
    // A patch is laid over the state the sidebar has: what the success line and the setup see is that state.
    absorb: (answer) => store.settle(ctx.doc, change, answer),
    success: () => {
      const now = docState(ctx);
      return now && success?.(now);
    },
    after: () => {
      const now = docState(ctx);
      if (now) afterState(ctx, now);
    },
    undo: () => store.rollBack(ctx.doc, change),
  });
}

export function load(ctx: Context): Promise<void> {
  return read(
    ctx,
    ctx.ui,
    () => ctx.deps.call('getSidebarState'),
    (state) => {
      store.settle(ctx.doc, undefined, state);
      afterState(ctx, state);
    },
    { clear: true },
  );
}

/** The Doc's state read again behind another call, whose answer says it may have changed. */
export async function reloadDoc(ctx: Context): Promise<void> {
  const fresh = await ctx.enqueue(() => ctx.deps.call('getSidebarState'));
  store.settle(ctx.doc, undefined, fresh);
  ctx.ui.overview.docStale = false;
  afterState(ctx, fresh);
}

/** A late answer (after its call was given up on) is still the freshest state, or part of it, there is. */
export function lateAnswer(ctx: Context, value: unknown): void {
  if (store.looksLikeOverview(value)) store.settle(ctx.overview, undefined, value);
  else if (store.looksLikeState(value) || store.looksLikePatch(value)) store.settle(ctx.doc, undefined, value);
  else return;
  ctx.render();
}

export function docActions(ctx: Context) {
  return {
    load: () => load(ctx),
    lateAnswer: (value: unknown) => lateAnswer(ctx, value),

    prepare(): void {
      void mutate(ctx, 'prepareNow', [], {
        panel: 'next',
        key: 'prepare',
        busyLabel: t(M['next.preparing']),
        success: (next) => prepareNote(next.status, next.linked),
      });
    },

    refresh(): void {
      void mutate(ctx, 'getSidebarState', [], {
        panel: 'status',
        key: 'refresh',
        busyLabel: t(M['common.refreshing']),
      });
    },

    /** The Doc's sharing looked up now: the server otherwise looks at most hourly. Its answer is the privacy part. */
    checkSharing(): void {
      void mutate(ctx, 'checkSharingAgain', [], {
        panel: 'privacy',
        key: 'check-sharing',
        busyLabel: t(M['privacy.checking']),
      });
    },

    /** Typing does not re-render: the field already shows it. */
    setDraft(key: DraftKey, text: string): void {
      ctx.ui.drafts[key] = text;
    },
  };
}

export type DocActions = ReturnType<typeof docActions>;
