// Tests of the settings: the options hold together, stored values are kept or reset one by one, one rule per field.
import { formatHeadingDate } from '../../src/core/dates';
import { readStoredSettings, SETTINGS_FIELDS } from '../../src/core/settings';
import { TEMPLATES } from '../../src/core/templates';
import { checkSettingsPatch } from '../../src/core/validate';
import {
  DATE_FORMAT_OPTIONS,
  DEFAULT_SETTINGS,
  LEAD_CHOICES,
  LEAD_HOURS_MAX,
  LEAD_HOURS_MIN,
  POSITION_OPTIONS,
  TEMPLATE_OPTIONS,
} from '../../src/shared/settings';

describe('the options', () => {
  const lists = { template: TEMPLATE_OPTIONS, position: POSITION_OPTIONS, dateFormat: DATE_FORMAT_OPTIONS };

  it('have distinct values and labels, and the default among them', () => {
    for (const [field, options] of Object.entries(lists)) {
      const values = options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
      expect(values).toContain(DEFAULT_SETTINGS[field as keyof typeof lists]);
    }
  });

  it('offer lead times within the bounds, the default among them', () => {
    for (const hours of LEAD_CHOICES) expect(hours >= LEAD_HOURS_MIN && hours <= LEAD_HOURS_MAX).toBe(true);
    expect(LEAD_CHOICES).toContain(DEFAULT_SETTINGS.leadHours);
  });

  it('label each heading date format with the heading it writes', () => {
    for (const { value, label } of DATE_FORMAT_OPTIONS) expect(formatHeadingDate('2026-11-23', value)).toBe(label);
  });

  it('have sections and prompts for every template', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual(TEMPLATE_OPTIONS.map((o) => o.value).sort());
  });
});

describe('one rule per field', () => {
  const candidates: unknown[] = [
    ...TEMPLATE_OPTIONS.map((o) => o.value),
    ...POSITION_OPTIONS.map((o) => o.value),
    ...DATE_FORMAT_OPTIONS.map((o) => o.value),
    ...LEAD_CHOICES,
    0,
    169,
    24.5,
    '24',
    'Default',
    'ISO',
    '',
    null,
    true,
    [],
    {},
  ];

  it('keeps a stored value exactly when the sidebar may send it', () => {
    for (const field of SETTINGS_FIELDS)
      for (const value of candidates) {
        const stored = readStoredSettings(JSON.stringify({ [field]: value }));
        const sent = checkSettingsPatch({ [field]: value });
        expect({ field, value, kept: stored.problems.length === 0 }).toEqual({ field, value, kept: sent.ok });
        if (sent.ok) expect(stored.settings[field]).toEqual(value);
      }
  });
});

describe('readStoredSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    for (const nothing of [null, undefined, ''])
      expect(readStoredSettings(nothing)).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: [],
        unstated: SETTINGS_FIELDS,
      });
  });

  it('keeps sound stored values', () => {
    const raw = JSON.stringify({ leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso' });
    // Stored before the notes had a language: they were English, and linking may still choose one.
    expect(readStoredSettings(raw)).toEqual({
      settings: { leadHours: 48, position: 'oldest-first', template: 'career', dateFormat: 'iso', notesLanguage: 'en' },
      problems: [],
      unstated: ['notesLanguage'],
    });
    const de = JSON.stringify({ ...JSON.parse(raw), notesLanguage: 'de' });
    expect(readStoredSettings(de)).toMatchObject({ settings: { notesLanguage: 'de' }, unstated: [] });
  });

  it('resets an unreadable value to the defaults and says so', () => {
    for (const raw of ['{not json', '[1,2]', '"text"', 'null']) {
      const result = readStoredSettings(raw);
      expect(result.settings).toEqual(DEFAULT_SETTINGS);
      expect(result.problems).toEqual(['all settings']);
    }
  });

  it('resets only the fields that are wrong', () => {
    const raw = JSON.stringify({ leadHours: 0.5, position: 'sideways', template: 'career', dateFormat: '<b>' });
    const result = readStoredSettings(raw);
    expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, template: 'career' });
    expect(result.problems).toEqual(['lead time', 'position', 'date format']);
  });

  it('bounds the lead time to one hour … seven days', () => {
    expect(readStoredSettings(JSON.stringify({ leadHours: 1 })).settings.leadHours).toBe(1);
    expect(readStoredSettings(JSON.stringify({ leadHours: 168 })).settings.leadHours).toBe(168);
    expect(readStoredSettings(JSON.stringify({ leadHours: 169 })).problems).toEqual(['lead time']);
  });

  it('ignores prototype-pollution keys', () => {
    const result = readStoredSettings('{"__proto__": {"template": "career"}, "constructor": 1}');
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(({} as Record<string, unknown>).template).toBeUndefined();
  });
});
