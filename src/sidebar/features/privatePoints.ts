// Private talking points: kept in this user's own storage, never in the Doc until "Add to agenda".

import { t } from '../i18n';
import { M } from '../i18n/keys';
import * as store from '../store';
import { DRAFT_LIMITS } from '../ui';
import type { Context } from './context';
import { addTyped, mutate } from './docView';

function addNote(ctx: Context): void {
  addTyped(
    ctx,
    { draft: 'note', panel: 'private', empty: M['private.typePoint'], limit: DRAFT_LIMITS.note },
    { name: 'addPrivateNote', key: 'add-note', change: store.addNote },
  );
}

export function privateActions(ctx: Context) {
  return {
    addNote: () => addNote(ctx),

    deleteNote(noteId: string): void {
      // The row goes at once; the focus moves to the field, since the row's buttons go with it.
      ctx.ui.focusNext = 'note';
      void mutate(ctx, 'deletePrivateNote', [noteId], {
        panel: 'private',
        key: `delete-note:${noteId}`,
        change: store.deleteNote(noteId),
      });
    },

    shareNote(noteId: string): void {
      void mutate(ctx, 'sharePrivateNote', [noteId], {
        panel: 'private',
        key: `share-note:${noteId}`,
        busyLabel: t(M['common.adding']),
        success: () => {
          ctx.ui.focusNext = 'note';
          return t(M['private.shared']);
        },
      });
    },
  };
}

export type PrivateActions = ReturnType<typeof privateActions>;
