// Settings of the linked Doc (shared by both people), stopping automatic preparation for oneself, and unlinking for both.
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { SidebarState } from '../../shared/types';
import type { LinkingActions } from '../features/linking';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import type { PanelUi, Ui } from '../ui';
import { actions, button, messages, panel, paragraph } from './common';
import { ALL_SETTING_FIELDS, settingSelects } from './settingFields';

export type SettingsUi = PanelUi & Pick<Ui, 'settingsDraft' | 'confirmUnlink'>;
export type SettingsActions = Pick<
  LinkingActions,
  'editSettings' | 'saveSettings' | 'askUnlink' | 'cancelUnlink' | 'unlink' | 'stopForMe'
>;

/**
 * Two ways out, which say what they do: stopping is this user's alone and needs no confirmation; unlinking changes
 * the Doc for both people, so it asks first.
 */
function leaving(state: Pick<SidebarState, 'series'>, ui: SettingsUi, act: SettingsActions): HTMLElement[] {
  if (ui.confirmUnlink)
    return [
      paragraph(t(M['settings.unlinkAsk'])),
      actions(
        button(ui, { key: 'unlink', label: t(M['settings.unlinkBoth']), kind: 'danger', onClick: () => act.unlink() }),
        button(ui, { key: 'unlink-cancel', label: t(M['common.cancel']), onClick: () => act.cancelUnlink() }),
      ),
    ];
  const automatic = Boolean(state.series?.automatic);
  const parts: (HTMLElement | null)[] = [
    automatic ? paragraph(t(M['settings.stopAlone']), 'muted') : null,
    actions(
      automatic
        ? button(ui, {
            key: 'stop-mine',
            label: t(M['settings.stopForMe']),
            kind: 'quiet',
            onClick: () => act.stopForMe(),
          })
        : null,
      button(ui, {
        key: 'unlink-ask',
        label: t(M['settings.unlinkStart']),
        kind: 'quiet',
        onClick: () => act.askUnlink(),
      }),
    ),
  ];
  return parts.filter((node): node is HTMLElement => node !== null);
}

export function settingsPanel(
  state: Pick<SidebarState, 'settings' | 'series'>,
  ui: SettingsUi,
  act: SettingsActions,
): HTMLElement {
  const current = ui.settingsDraft ?? state.settings ?? DEFAULT_SETTINGS;
  return panel(
    'settings',
    t(M['settings.title']),
    paragraph(t(M['settings.shared']), 'muted'),
    settingSelects('settings', ALL_SETTING_FIELDS, current, act.editSettings),
    actions(
      button(ui, {
        key: 'save-settings',
        label: t(M['settings.save']),
        kind: 'primary',
        onClick: () => act.saveSettings(),
      }),
    ),
    messages(ui),
    ...leaving(state, ui, act),
  );
}
