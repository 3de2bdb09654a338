// Private talking points: kept in this user's own storage, never in the Doc until "Add to agenda".
import * as store from '../store';
import { DRAFT_LIMITS } from '../ui';
import { draftProblem } from '../view';
import { type Context, refuse } from './context';
import { mutate } from './docView';

function addNote(ctx: Context): void {
  const { ui } = ctx;
  const typed = ui.drafts.note ?? '';
  const problem = draftProblem(typed, DRAFT_LIMITS.note, 'a talking point');
  if (problem) {
    ui.focusNext = 'note';
    refuse(ctx, 'private', problem);
    return;
  }
  const text = typed.trim();
  ui.drafts.note = '';
  void mutate(ctx, 'addPrivateNote', [text], {
    panel: 'private',
    key: 'add-note',
    change: store.addNote(text),
    failed: () => {
      if (!ui.drafts.note) ui.drafts.note = text;
    },
  });
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
        busyLabel: 'Adding…',
        success: () => {
          ctx.ui.focusNext = 'note';
          return 'Added to the agenda: it is in the Doc now.';
        },
      });
    },
  };
}

export type PrivateActions = ReturnType<typeof privateActions>;
