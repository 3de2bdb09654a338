// Private talking points: kept in the user's own properties, out of the Doc until "Add to agenda".
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { DocActions } from '../features/docView';
import type { PrivateActions as PrivateFeature } from '../features/privatePoints';
import { isPending } from '../store';
import type { PanelUi, Ui } from '../ui';
import { button, form, lengthCount, messages, panel, paragraph, spinner, textInput } from './common';

export type PrivateUi = PanelUi & Pick<Ui, 'drafts'>;
export type PrivateActions = Pick<PrivateFeature, 'addNote' | 'shareNote' | 'deleteNote'> &
  Pick<DocActions, 'setDraft'>;

export function privatePanel(
  state: Pick<SidebarState, 'privateNotes'>,
  ui: PrivateUi,
  act: PrivateActions,
): HTMLElement {
  const notes =
    state.privateNotes.length > 0
      ? h(
          'ul',
          { class: 'notes' },
          state.privateNotes.map((note) =>
            isPending(note)
              ? h(
                  'li',
                  { class: 'pending' },
                  h('span', { class: 'note-text' }, note.text),
                  h('span', { class: 'meta saving' }, spinner(), 'Saving…'),
                )
              : h(
                  'li',
                  null,
                  h('span', { class: 'note-text' }, note.text),
                  h(
                    'span',
                    { class: 'row-actions' },
                    button(ui, {
                      key: `share-note:${note.id}`,
                      label: 'Add to agenda',
                      ariaLabel: `Add to agenda: ${note.text}`,
                      small: true,
                      onClick: () => act.shareNote(note.id),
                    }),
                    button(ui, {
                      key: `delete-note:${note.id}`,
                      label: 'Delete',
                      ariaLabel: `Delete: ${note.text}`,
                      kind: 'quiet',
                      small: true,
                      onClick: () => act.deleteNote(note.id),
                    }),
                  ),
                ),
          ),
        )
      : null;
  return panel(
    'private',
    'Private talking points',
    paragraph('Only you can see these. They stay out of the Doc until you add one to the agenda.', 'muted'),
    notes,
    form(
      'inline',
      () => act.addNote(),
      textInput(ui, act, 'note', { label: 'New private talking point', placeholder: 'Add a private point' }),
      button(ui, { key: 'add-note', label: 'Add', type: 'submit' }),
      lengthCount(ui, 'note'),
    ),
    messages(ui),
  );
}
