// Settings of the linked Doc (shared by both people) and Unlink, which removes only this user's triggers.
import type { SettingsView, SidebarState } from '../../shared/types';
import type { App } from '../controller';
import { leadChoices, leadLabel } from '../format';
import { DATE_FORMAT_LABELS, DEFAULT_SETTINGS, POSITION_LABELS, TEMPLATE_LABELS } from '../view';
import { actions, button, messages, panel, paragraph, select } from './common';

export function settingsPanel(app: App, state: SidebarState): HTMLElement {
  const ui = app.ui;
  const current = ui.settingsDraft ?? state.settings ?? DEFAULT_SETTINGS;
  const set =
    <K extends keyof SettingsView>(key: K) =>
    (value: SettingsView[K]) => {
      ui.settingsDraft = { ...(ui.settingsDraft ?? state.settings ?? DEFAULT_SETTINGS), [key]: value };
    };
  const unlink = ui.confirmUnlink
    ? [
        paragraph('Unlinking turns off automatic preparation for you. The Doc and all its notes stay as they are.'),
        actions(
          button(app, { key: 'unlink', label: 'Unlink', kind: 'danger', onClick: () => app.unlink() }),
          button(app, {
            key: 'unlink-cancel',
            label: 'Cancel',
            onClick: () => {
              ui.confirmUnlink = false;
              ui.focusNext = 'unlink-ask';
              app.render();
            },
          }),
        ),
      ]
    : [
        actions(
          button(app, {
            key: 'unlink-ask',
            label: 'Unlink…',
            kind: 'quiet',
            onClick: () => {
              ui.confirmUnlink = true;
              ui.focusNext = 'unlink-cancel';
              app.render();
            },
          }),
        ),
      ];
  return panel(
    'settings',
    'Settings',
    paragraph('Shared by both of you: they apply to this Doc.', 'muted'),
    select(
      'Prepare each section',
      'settings-lead',
      current.leadHours,
      leadChoices(current.leadHours).map((hours) => ({ value: hours, label: `${leadLabel(hours)} before` })),
      set('leadHours'),
    ),
    select(
      'New sections go',
      'settings-position',
      current.position,
      (['newest-first', 'oldest-first'] as const).map((value) => ({ value, label: POSITION_LABELS[value] })),
      set('position'),
    ),
    select(
      'Template',
      'settings-template',
      current.template,
      (['default', 'first', 'career'] as const).map((value) => ({ value, label: TEMPLATE_LABELS[value] })),
      set('template'),
    ),
    select(
      'Heading date',
      'settings-date',
      current.dateFormat,
      (['weekday-short', 'iso', 'day-month-year'] as const).map((value) => ({
        value,
        label: DATE_FORMAT_LABELS[value],
      })),
      set('dateFormat'),
    ),
    actions(
      button(app, { key: 'save-settings', label: 'Save settings', kind: 'primary', onClick: () => app.saveSettings() }),
    ),
    messages(app, 'settings'),
    ...unlink,
  );
}
