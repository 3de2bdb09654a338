// Settings of the linked Doc (shared by both people) and Unlink, which removes only this user's triggers.
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { SidebarState } from '../../shared/types';
import type { App } from '../controller';
import type { PanelUi, Ui } from '../ui';
import { actions, button, messages, panel, paragraph } from './common';
import { ALL_SETTING_FIELDS, settingSelects } from './settingFields';

export type SettingsUi = PanelUi & Pick<Ui, 'settingsDraft' | 'confirmUnlink'>;
export type SettingsActions = Pick<App, 'editSettings' | 'saveSettings' | 'askUnlink' | 'cancelUnlink' | 'unlink'>;

export function settingsPanel(
  state: Pick<SidebarState, 'settings'>,
  ui: SettingsUi,
  act: SettingsActions,
): HTMLElement {
  const current = ui.settingsDraft ?? state.settings ?? DEFAULT_SETTINGS;
  const unlink = ui.confirmUnlink
    ? [
        paragraph('Unlinking turns off automatic preparation for you. The Doc and all its notes stay as they are.'),
        actions(
          button(ui, { key: 'unlink', label: 'Unlink', kind: 'danger', onClick: () => act.unlink() }),
          button(ui, { key: 'unlink-cancel', label: 'Cancel', onClick: () => act.cancelUnlink() }),
        ),
      ]
    : [actions(button(ui, { key: 'unlink-ask', label: 'Unlink…', kind: 'quiet', onClick: () => act.askUnlink() }))];
  return panel(
    'settings',
    'Settings',
    paragraph('Shared by both of you: they apply to this Doc.', 'muted'),
    settingSelects('settings', ALL_SETTING_FIELDS, current, act.editSettings),
    actions(
      button(ui, { key: 'save-settings', label: 'Save settings', kind: 'primary', onClick: () => act.saveSettings() }),
    ),
    messages(ui),
    ...unlink,
  );
}
