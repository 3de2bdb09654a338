// The one path of every action that calls the server, and of every read, whichever view starts it.

import type { Message } from '../../shared/messages';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { word } from '../i18n/word';
import type { ControlKey } from '../ui';
import type { PanelId } from '../view';
import { type Context, clearMessages, focusedKey, say } from './context';

/** An action the person took: one call, its control busy meanwhile, its answer taken into the view's store. */
export interface Action<A extends { conflict?: Message }> {
  panel: PanelId;
  /** The control that is busy meanwhile. */
  key: ControlKey;
  busyLabel?: string;
  /** False when the action puts the focus back itself, once its answer is in. */
  holdFocus?: boolean;
  /** The optimistic change, shown at once. */
  begin?: () => void;
  send: () => Promise<A>;
  /** The answer into its store (and whatever must be read again after it). */
  absorb: (answer: A) => void | Promise<void>;
  /** The line shown in the panel afterwards, if any: a conflict the answer names is said instead. */
  success?: () => string | undefined;
  /** After the answer and its message. */
  after?: () => void;
  /** The optimistic change taken back, when the call failed. */
  undo?: () => void;
  failed?: () => void;
  /** Either way, before the last render. */
  finish?: () => void;
}

export async function act<A extends { conflict?: Message }>(ctx: Context, action: Action<A>): Promise<boolean> {
  const { ui } = ctx;
  const { panel, key } = action;
  clearMessages(ctx);
  ui.busy.set(key, action.busyLabel ?? t(M['common.saving']));
  if (action.holdFocus !== false && focusedKey() === key) ui.restoreFocus = key;
  action.begin?.();
  ctx.render();
  try {
    const answer = await ctx.enqueue(action.send);
    await action.absorb(answer);
    if (answer.conflict) say(ctx, panel, word(answer.conflict), true);
    else {
      const text = action.success?.();
      if (text) say(ctx, panel, text);
    }
    action.after?.();
    return true;
  } catch (error) {
    action.undo?.();
    ui.errors[panel] = (error as Error).message;
    action.failed?.();
    return false;
  } finally {
    action.finish?.();
    ui.busy.delete(key);
    ctx.render();
  }
}

/** A view read whole: `slot` says it is loading, or why it could not be. */
export async function read<T>(
  ctx: Context,
  slot: { loading: boolean; loadError?: string },
  send: () => Promise<T>,
  absorb: (answer: T) => void,
  options: { clear?: boolean } = {},
): Promise<void> {
  slot.loading = true;
  delete slot.loadError;
  if (options.clear) clearMessages(ctx);
  ctx.render();
  try {
    absorb(await ctx.enqueue(send));
  } catch (error) {
    slot.loadError = (error as Error).message;
  } finally {
    slot.loading = false;
    ctx.render();
  }
}
