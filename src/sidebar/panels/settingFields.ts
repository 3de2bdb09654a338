// The settings' selects, as Setup and Settings both show them: their choices and labels come from shared/settings.ts.
import {
  DATE_FORMAT_OPTIONS,
  type Option,
  POSITION_OPTIONS,
  type Settings,
  TEMPLATE_OPTIONS,
} from '../../shared/settings';
import { leadChoices, leadLabel } from '../format';
import { select } from './common';

interface Field<F extends keyof Settings> {
  label: string;
  /** The key's last part: `settings-lead`, `setup-template`. */
  key: 'lead' | 'position' | 'template' | 'date';
  /** The current value is offered even when it is not a usual choice (a lead time set by an older version). */
  choices(current: Settings[F]): readonly Option<Settings[F]>[];
}

const FIELDS: { readonly [F in keyof Settings]: Field<F> } = {
  leadHours: {
    label: 'Prepare each section',
    key: 'lead',
    choices: (current) => leadChoices(current).map((hours) => ({ value: hours, label: `${leadLabel(hours)} before` })),
  },
  position: { label: 'New sections go', key: 'position', choices: () => POSITION_OPTIONS },
  template: { label: 'Template', key: 'template', choices: () => TEMPLATE_OPTIONS },
  dateFormat: { label: 'Heading date', key: 'date', choices: () => DATE_FORMAT_OPTIONS },
};

/** Every setting, in the order the Settings panel shows them. */
export const ALL_SETTING_FIELDS = Object.keys(FIELDS) as (keyof Settings)[];

export type SettingChange<F extends keyof Settings> = <K extends F>(field: K, value: Settings[K]) => void;

/** One select per field, in the order given; `onChange` gets the field and its chosen value. */
export function settingSelects<F extends keyof Settings>(
  form: 'setup' | 'settings',
  fields: readonly F[],
  values: Pick<Settings, F>,
  onChange: SettingChange<F>,
): HTMLElement[] {
  return fields.map((field) => settingSelect(form, field, values[field], onChange));
}

function settingSelect<F extends keyof Settings>(
  form: 'setup' | 'settings',
  field: F,
  value: Settings[F],
  onChange: SettingChange<F>,
): HTMLElement {
  const { label, key, choices }: Field<F> = FIELDS[field];
  return select(label, `${form}-${key}`, value, choices(value), (chosen) => onChange(field, chosen));
}
