// The settings' selects, as Setup and Settings both show them: their choices come from shared/settings.ts, their words from the catalog.
import {
  DATE_FORMAT_OPTIONS,
  type HeadingDateFormat,
  type Option,
  POSITION_OPTIONS,
  type Position,
  type Settings,
  TEMPLATE_OPTIONS,
} from '../../shared/settings';
import { leadChoices, leadLabel } from '../format';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { TEMPLATE_WORDS } from '../i18n/word';
import { select } from './common';

interface Field<F extends keyof Settings> {
  label: M;
  /** The key's last part: `settings-lead`, `setup-template`. */
  key: 'lead' | 'position' | 'template' | 'date';
  /** The current value is offered even when it is not a usual choice (a lead time set by an older version). */
  choices(current: Settings[F]): readonly Option<Settings[F]>[];
}

/** Each option in the user's language, by its value: a new option without words fails to compile. */
const worded = <V extends string>(options: readonly Option<V>[], words: Record<V, M>): Option<V>[] =>
  options.map((o) => ({ value: o.value, label: t(words[o.value]) }));

const POSITION_WORDS: Record<Position, M> = {
  'newest-first': M['settings.position.newest-first'],
  'oldest-first': M['settings.position.oldest-first'],
};
const DATE_WORDS: Record<HeadingDateFormat, M> = {
  'weekday-short': M['settings.date.weekday-short'],
  iso: M['settings.date.iso'],
  'day-month-year': M['settings.date.day-month-year'],
};

const FIELDS: { readonly [F in keyof Settings]: Field<F> } = {
  leadHours: {
    label: M['settings.lead'],
    key: 'lead',
    choices: (current) =>
      leadChoices(current).map((hours) => ({
        value: hours,
        label: t(M['settings.leadBefore'], { lead: leadLabel(hours) }),
      })),
  },
  position: {
    label: M['settings.position'],
    key: 'position',
    choices: () => worded(POSITION_OPTIONS, POSITION_WORDS),
  },
  template: {
    label: M['settings.template'],
    key: 'template',
    choices: () => worded(TEMPLATE_OPTIONS, TEMPLATE_WORDS),
  },
  dateFormat: {
    label: M['settings.date'],
    key: 'date',
    choices: () => worded(DATE_FORMAT_OPTIONS, DATE_WORDS),
  },
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
  return select(t(label), `${form}-${key}`, value, choices(value), (chosen) => onChange(field, chosen));
}
