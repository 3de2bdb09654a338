// Items and triage: ticks, "Still on?" (Drop, Keep), and what the Commitments panel shows of them.

import { t } from '../i18n';
import { M } from '../i18n/keys';
import type { ServerArgs } from '../rpc';
import * as store from '../store';
import { type Context, docState } from './context';
import { mutate } from './docView';

/** Remembered once dismissed: the hint is said once, not every time the sidebar opens. */
export const NATIVE_HINT_FLAG = 'native-checklist-hint-dismissed';

/** What the person sees of an item as they act on it, sent as the server's answers then stand (store.seenWhenSent). */
function seenOf(ctx: Context, itemId: string): () => string {
  const shown = docState(ctx)?.commitments.find((c) => c.id === itemId);
  return () =>
    store.seenWhenSent(
      shown,
      ctx.doc.base?.commitments.find((c) => c.id === itemId),
    );
}

export function itemActions(ctx: Context) {
  const { ui } = ctx;
  return {
    hintDismissed: () => ctx.deps.flags.get(NATIVE_HINT_FLAG),

    tick(itemId: string, done: boolean): void {
      const seen = seenOf(ctx, itemId);
      void mutate(ctx, 'setItemDone', (): ServerArgs<'setItemDone'> => [itemId, done, seen()], {
        panel: 'commitments',
        key: `tick:${itemId}`,
        change: store.tickItem(itemId, done),
      });
    },

    /** "Still on?" … Drop: the item is struck through with ✗ in every copy and never carried again. */
    drop(itemId: string): void {
      // The question's buttons go with it: the focus stays on the item's row.
      ui.focusNext = `tick:${itemId}`;
      const seen = seenOf(ctx, itemId);
      void mutate(ctx, 'dropItem', (): ServerArgs<'dropItem'> => [itemId, seen()], {
        panel: 'commitments',
        key: `drop:${itemId}`,
        busyLabel: t(M['common.dropping']),
        change: store.dropItem(itemId),
      });
    },

    /** "Still on?" … Keep: not asked again until the item is carried again. */
    keep(itemId: string): void {
      ui.focusNext = `tick:${itemId}`;
      const seen = seenOf(ctx, itemId);
      void mutate(ctx, 'keepItem', (): ServerArgs<'keepItem'> => [itemId, seen()], {
        panel: 'commitments',
        key: `keep:${itemId}`,
        change: store.keepItem(itemId),
      });
    },

    dismissNativeHint(): void {
      ctx.deps.flags.set(NATIVE_HINT_FLAG);
      ui.focusNext = 'commitments-heading';
      ctx.render();
    },

    showAllCommitments(): void {
      ui.showAllCommitments = true;
      ui.focusNext = 'commitments-heading';
      ctx.render();
    },
  };
}

export type ItemActions = ReturnType<typeof itemActions>;
