// The settings' selects, as Setup and Settings both show them: their choices come from shared/settings.ts, their words from the catalog.
import {
  DATE_FORMAT_OPTIONS,
  DEFAULT_SETTINGS,
  dateExample,
  NOTES_LANGUAGE_OPTIONS,
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
  /** Said under the choices, when they need it. */
  help?: M;
  /** The key's last part: `settings-lead`, `setup-template`. */
  key: 'lead' | 'position' | 'template' | 'date' | 'language';
  /**
   * The current value is offered even when it is not a usual choice (a lead time set by an older version); `values`
   * are the form's choices so far, which some choices are worded by (a date, in the notes' language).
   */
  choices(current: Settings[F], values: Partial<Settings>): readonly Option<Settings[F]>[];
}

/** Each option in the user's language, by its value: a new option without words fails to compile. */
const worded = <V extends string>(options: readonly Option<V>[], words: Record<V, M>): Option<V>[] =>
  options.map((o) => ({ value: o.value, label: t(words[o.value]) }));

const POSITION_WORDS: Record<Position, M> = {
  'newest-first': M['settings.position.newest-first'],
  'oldest-first': M['settings.position.oldest-first'],
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
  // Languages are offered by their own names, which no catalog translates (shared/settings.ts).
  notesLanguage: {
    label: M['settings.language'],
    help: M['settings.languageHelp'],
    key: 'language',
    choices: () => NOTES_LANGUAGE_OPTIONS,
  },
  // Each format by the date it writes, in the language the notes are set to (or being set to).
  dateFormat: {
    label: M['settings.date'],
    key: 'date',
    choices: (_current, values) =>
      DATE_FORMAT_OPTIONS.map((o) => ({
        value: o.value,
        label: dateExample(o.value, values.notesLanguage ?? DEFAULT_SETTINGS.notesLanguage),
      })),
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
  return fields.map((field) => settingSelect(form, field, values, onChange));
}

function settingSelect<F extends keyof Settings>(
  form: 'setup' | 'settings',
  field: F,
  values: Pick<Settings, F>,
  onChange: SettingChange<F>,
): HTMLElement {
  const { label, help, key, choices }: Field<F> = FIELDS[field];
  const value = values[field];
  const options = choices(value, values);
  const said = help === undefined ? undefined : t(help);
  return select(t(label), `${form}-${key}`, value, options, (chosen) => onChange(field, chosen), said);
}
