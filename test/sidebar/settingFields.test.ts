// The settings' selects (src/sidebar/panels/settingFields.ts): the language of the notes, and dates shown in it.
import { formatHeadingDate } from '../../src/core/dates';
import { DATE_EXAMPLES, DEFAULT_SETTINGS, NOTES_LANGUAGE_OPTIONS, type Settings } from '../../src/shared/settings';
import type { SidebarState } from '../../src/shared/types';
import { createApp } from '../../src/sidebar/controller';
import { ALL_SETTING_FIELDS, settingSelects } from '../../src/sidebar/panels/settingFields';
import { createFlags } from '../../src/sidebar/remember';
import { createCaller } from '../../src/sidebar/rpc';
import { type FakeElement, useFakeDocument } from './fakeDom';
import { fakeRunner } from './fakeRunner';

useFakeDocument();

/** Each select of the form by its data-key, with its options' labels and the one selected. */
function selects(elements: HTMLElement[]) {
  const all = (elements as unknown as FakeElement[]).flatMap((e) => e.all());
  return Object.fromEntries(
    all
      .filter((e) => e.tag === 'select')
      .map((select) => {
        const options = select.all().filter((e) => e.tag === 'option') as (FakeElement & { selected?: boolean })[];
        return [
          select.dataset.key!,
          { options: options.map((o) => o.textContent), selected: options.find((o) => o.selected)?.textContent },
        ];
      }),
  );
}

const settings = (extra: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

describe('the language of the notes', () => {
  it('is offered in Settings, each language by its own name, with a word on what it does', () => {
    const form = settingSelects('settings', ALL_SETTING_FIELDS, settings({ notesLanguage: 'pt-BR' }), () => {});
    expect(selects(form)['settings-language']).toEqual({
      options: ['English', 'English (UK)', 'Deutsch', 'Español', 'Français', 'Português (Brasil)', '日本語'],
      selected: 'Português (Brasil)',
    });
    const field = (form as unknown as FakeElement[]).find((f) =>
      f.all().some((e) => e.dataset.key === 'settings-language'),
    )!;
    const select = field.all().find((e) => e.tag === 'select')!;
    const help = field.all().find((e) => e.attributes.id === select.attributes['aria-describedby'])!;
    expect(help.textContent).toMatch(/^New sections, their headings and prompts are written in it/);
  });

  it.each(NOTES_LANGUAGE_OPTIONS.map((o) => o.value))('shows the date formats as %s writes them', (language) => {
    const form = settingSelects('settings', ['dateFormat'], settings({ notesLanguage: language }), () => {});
    const expected = (['weekday-short', 'iso', 'day-month-year'] as const).map((f) =>
      formatHeadingDate('2026-11-23', f, language),
    );
    expect(selects(form)['settings-date']!.options).toEqual(expected);
    expect(DATE_EXAMPLES[language]).toEqual([expected[0], expected[2]]);
  });

  it('shows the date formats again in a language chosen in the draft, before it is saved', async () => {
    const { runner, calls } = fakeRunner();
    let renders = 0;
    const app = createApp({
      call: createCaller({ runner, timeZone: () => 'UTC', requestId: () => 'request-0001' }),
      flags: createFlags(() => undefined),
      render: () => {
        renders++;
      },
    });
    const loading = app.load();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state: SidebarState = {
      linked: true,
      commitments: [],
      agenda: [],
      privateNotes: [],
      settings: DEFAULT_SETTINGS,
    };
    calls.shift()!.succeed(state);
    await loading;
    const before = renders;
    app.editSettings('template', 'career');
    expect(renders).toBe(before);
    app.editSettings('notesLanguage', 'de');
    expect(renders).toBe(before + 1);
    const form = settingSelects('settings', ALL_SETTING_FIELDS, app.ui.settingsDraft!, () => {});
    expect(selects(form)['settings-date']!.options[0]).toBe('Mo., 23. Nov. 2026');
  });
});
