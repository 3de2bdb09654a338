// Private talking points: kept in the user's own properties, out of the Doc until "Add to agenda".
import type { SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { h } from '../dom';
import { isPending } from '../store';
import { button, form, messages, panel, paragraph, spinner, textInput } from './common';

export function privatePanel(app: App, state: SidebarState): HTMLElement {
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
                    button(app, {
                      key: `share-note:${note.id}`,
                      label: 'Add to agenda',
                      ariaLabel: `Add to agenda: ${note.text}`,
                      small: true,
                      onClick: () => app.shareNote(note.id),
                    }),
                    button(app, {
                      key: `delete-note:${note.id}`,
                      label: 'Delete',
                      ariaLabel: `Delete: ${note.text}`,
                      kind: 'quiet',
                      small: true,
                      onClick: () => app.deleteNote(note.id),
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
      () => app.addNote(),
      textInput(app, 'note', { label: 'New private talking point', placeholder: 'Add a private point' }),
      button(app, { key: 'add-note', label: 'Add', type: 'submit' }),
    ),
    messages(app, 'private'),
  );
}
