// Pieces every panel uses: the panel frame with its heading, buttons with a busy state, messages, form fields.
import type { AutomationHealth } from '../../shared/types';
import { type Child, h } from '../dom';
import type { DocActions } from '../features/docView';
import type { OverviewActions } from '../features/overview';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import { type ControlKey, DRAFT_LIMITS, type DraftKey, type PanelUi, type Ui } from '../ui';
import { automationWarning, lengthLine, type PanelId } from '../view';

export function panel(id: PanelId, title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': `${id}-title` },
    // Focusable from script only: after Link or Unlink the focus moves to the panel that now matters.
    h('h2', { id: `${id}-title`, tabindex: '-1', key: `${id}-heading` }, title),
    ...children,
  );
}

export const spinner = () => h('span', { class: 'spinner', 'aria-hidden': 'true' });

export interface ButtonOptions {
  key: ControlKey;
  label: string;
  kind?: 'primary' | 'secondary' | 'danger' | 'quiet';
  type?: 'button' | 'submit';
  ariaLabel?: string;
  onClick?: () => void;
  small?: boolean;
}

/** While its call runs, a button is disabled, aria-busy, and says what it is doing next to a spinner. */
export function button(ui: Pick<PanelUi, 'busy'>, options: ButtonOptions): HTMLButtonElement {
  const busy = ui.busy.get(options.key);
  const classes = ['btn', options.kind ?? 'secondary', options.small ? 'small' : ''].filter(Boolean).join(' ');
  return h(
    'button',
    {
      type: options.type ?? 'button',
      class: classes,
      key: options.key,
      disabled: busy !== undefined,
      'aria-busy': busy !== undefined ? 'true' : undefined,
      'aria-label': busy === undefined ? options.ariaLabel : undefined,
      on: options.onClick ? { click: options.onClick } : undefined,
    },
    busy !== undefined ? [spinner(), busy] : options.label,
  );
}

export const paragraph = (text: string, className?: string) => h('p', className ? { class: className } : null, text);

export function callout(kind: 'warning' | 'error' | 'info', ...children: (Child | Child[])[]): HTMLElement {
  return h('div', { class: `callout ${kind}` }, ...children);
}

/** This user's hourly preparation has stopped: said, with the one click that sets it up again for all their Docs. */
export function automationCallout(
  health: AutomationHealth,
  ui: Pick<PanelUi, 'busy'> & { now: number },
  act: Pick<OverviewActions, 'restoreAutomation'>,
): HTMLElement {
  return callout(
    'warning',
    h('p', null, automationWarning(health, { now: ui.now })),
    button(ui, {
      key: 'restore-automation',
      label: t(M['automation.turnBackOn']),
      small: true,
      onClick: () => act.restoreAutomation(),
    }),
  );
}

/** The panel's last error (an alert, read out at once) and its last note (a polite status). */
export function messages({ error, note }: PanelUi): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (error) out.push(h('p', { class: 'message error', role: 'alert' }, error));
  if (note) out.push(h('p', { class: `message ${note.warning ? 'warning' : 'note'}`, role: 'status' }, note.text));
  return out;
}

export const actions = (...children: (Child | Child[])[]) => h('div', { class: 'actions' }, ...children);

/** A labelled select; `onChange` gets the chosen value. */
export function select<T extends string | number>(
  label: string,
  key: ControlKey,
  value: T,
  options: readonly { value: T; label: string }[],
  onChange: (value: T) => void,
  help?: string,
): HTMLElement {
  const field = h(
    'select',
    {
      key,
      'aria-describedby': help ? `help-${key}` : undefined,
      on: {
        change: (event) => {
          const raw = (event.target as HTMLSelectElement).value;
          const chosen = options.find((o) => String(o.value) === raw);
          if (chosen) onChange(chosen.value);
        },
      },
    },
    options.map((o) => h('option', { value: String(o.value), selected: o.value === value }, o.label)),
  );
  const labelledField = labelled(label, field);
  if (help) labelledField.append(h('p', { class: 'meta', id: `help-${key}` }, help));
  return labelledField;
}

/**
 * A field with its label above it, tied by id rather than by nesting: a control nested in its label would have
 * its current value read out as part of its name ("Owner Me").
 */
export function labelled(label: string, control: HTMLElement): HTMLElement {
  const id = `field-${control.dataset.key}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { class: 'field-label', for: id }, label), control);
}

/** A text input whose typed value lives in ui.drafts, so a re-render in the middle of typing keeps it. */
export function textInput(
  ui: Pick<Ui, 'drafts'>,
  actions: Pick<DocActions, 'setDraft'>,
  key: DraftKey,
  props: { label: string; placeholder?: string; type?: string; visibleLabel?: boolean },
): HTMLInputElement {
  // No maxlength: a browser cuts pasted text there without a word. The count says the limit instead.
  const limit = DRAFT_LIMITS[key];
  return h('input', {
    type: props.type ?? 'text',
    key,
    value: ui.drafts[key] ?? '',
    placeholder: props.placeholder,
    size: props.placeholder ? placeholderSize(props.placeholder) : undefined,
    'aria-label': props.visibleLabel ? undefined : props.label,
    'aria-describedby': limit === undefined ? undefined : countId(key),
    autocomplete: 'off',
    on: {
      input: (event) => {
        const input = event.target as HTMLInputElement;
        actions.setDraft(key, input.value);
        // Typing does not re-render: the count beside the field is told directly.
        const count = input.ownerDocument.getElementById(countId(key));
        if (count && limit !== undefined) showCount(count, input.value, limit);
      },
    },
  });
}

/**
 * The field's width in characters (its `size`), enough for its placeholder: a field beside its button takes this as
 * its starting width (style.css, form.inline), so the button moves to the next line before a placeholder is cut, in
 * a language whose words are long ("Privaten Punkt hinzufügen") or wide: a CJK or kana character takes two columns
 * ("非公開の話題を追加").
 */
export const placeholderSize = (placeholder: string): number =>
  placeholder.length * (/[\u2e80-\u9fff]/.test(placeholder) ? 2 : 1) + 2;

const countId = (key: DraftKey) => `count-${key}`;

function showCount(count: HTMLElement, value: string, limit: number): void {
  const line = lengthLine(value.trim().length, limit);
  count.textContent = line?.text ?? '';
  count.setAttribute('class', line?.over ? 'meta count over' : 'meta count');
}

/** The line under a field with a limit, which counts its characters once the limit is near. */
export function lengthCount(ui: Pick<Ui, 'drafts'>, key: DraftKey): HTMLElement | null {
  const limit = DRAFT_LIMITS[key];
  if (limit === undefined) return null;
  const count = h('p', { class: 'meta count', id: countId(key), 'aria-live': 'polite' });
  showCount(count, ui.drafts[key] ?? '', limit);
  return count;
}

/** A form whose submit (Enter or its button) runs `onSubmit` and never navigates. */
export function form(className: string, onSubmit: () => void, ...children: (Child | Child[])[]): HTMLFormElement {
  return h(
    'form',
    {
      class: className,
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          onSubmit();
        },
      },
    },
    ...children,
  );
}
