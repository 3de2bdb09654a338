// A tiny element helper: every string becomes a text node, never markup, because Doc and calendar text is hostile input.
import type { ControlKey } from './ui';

/** What may go inside an element: nodes, or strings (added as text), with gaps for conditional parts. */
export type Child = Node | string | null | undefined | false;
type Listener = (event: Event) => void;

/** Attributes, plus `key` (data-key: how focus survives a re-render) and `on` (event listeners). */
export interface Props {
  key?: ControlKey;
  on?: Record<string, Listener>;
  [name: string]: unknown;
}

/** Set as properties, not attributes: they are live state (an attribute only sets the default). */
const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected', 'open']);

/**
 * The only href the sidebar writes: https URLs. A Doc or an event can hold `javascript:` or `data:` links, and an
 * http page would leave Google's TLS; both are dropped rather than rewritten.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'on') {
      for (const [type, listener] of Object.entries(value as Record<string, Listener>))
        node.addEventListener(type, listener);
    } else if (name === 'key') {
      node.dataset.key = String(value);
    } else if (name === 'href') {
      const href = safeHref(value);
      if (href) node.setAttribute('href', href);
    } else if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') {
      // Inline handlers and styles would be a second way to run or show text as code: never allowed.
      throw new Error(`h(): the attribute ${name} is not allowed`);
    } else if (PROPERTIES.has(name)) {
      (node as unknown as Record<string, unknown>)[name] = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  // append() adds strings as text nodes: this is what keeps `<img onerror>` in a Doc a harmless string.
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A link out of the sidebar (to Calendar): https only, in a new tab, with no handle back on this frame. */
export function externalLink(url: string | undefined, text: string): HTMLElement | null {
  const href = safeHref(url);
  if (!href) return null;
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}
