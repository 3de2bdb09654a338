// Private talking points: kept in the user's own properties, out of the Doc until "Add to agenda".
import type { SidebarState } from '../../shared/types';
import { h } from '../dom';
import type { DocActions } from '../features/docView';
import type { PrivateActions as PrivateFeature } from '../features/privatePoints';
import { t } from '../i18n';
import { M } from '../i18n/keys';
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
                  h('span', { class: 'meta saving' }, spinner(), t(M['common.saving'])),
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
                      label: t(M['private.share']),
                      ariaLabel: t(M['private.shareAbout'], { text: note.text }),
                      small: true,
                      onClick: () => act.shareNote(note.id),
                    }),
                    button(ui, {
                      key: `delete-note:${note.id}`,
                      label: t(M['common.delete']),
                      ariaLabel: t(M['common.deleteAbout'], { text: note.text }),
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
    t(M['private.title']),
    paragraph(t(M['private.intro']), 'muted'),
    notes,
    form(
      'inline',
      () => act.addNote(),
      textInput(ui, act, 'note', { label: t(M['private.newPoint']), placeholder: t(M['private.placeholder']) }),
      button(ui, { key: 'add-note', label: t(M['common.add']), type: 'submit' }),
      lengthCount(ui, 'note'),
    ),
    messages(ui),
  );
}
