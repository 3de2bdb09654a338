// Just enough of a DOM to see what the sidebar's code builds (elements, attributes, listeners, text) and to parse nothing.

export interface FakeText {
  text: string;
}

export class FakeElement {
  attributes: Record<string, string> = {};
  children: (FakeElement | FakeText)[] = [];
  dataset: Record<string, string> = {};
  listeners: string[] = [];
  /** What each listener does, so that a test can press a button as a person would. */
  private handlers: { type: string; listener: (event: unknown) => void }[] = [];
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string) {
    this.attributes[name] = String(value);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.push(type);
    this.handlers.push({ type, listener });
  }
  /** Runs this element's listeners of `type`, as the browser would for a click or a change. */
  dispatch(type: string): void {
    for (const handler of this.handlers) if (handler.type === type) handler.listener({ type, target: this });
  }
  append(...children: (FakeElement | string)[]) {
    for (const child of children) this.children.push(typeof child === 'string' ? { text: child } : child);
  }
  // The ways a string becomes markup: a fake that parsed nothing would let them pass unseen, so each one throws.
  set innerHTML(_value: string) {
    throw new Error('innerHTML must never be used');
  }
  set outerHTML(_value: string) {
    throw new Error('outerHTML must never be used');
  }
  insertAdjacentHTML(): never {
    throw new Error('insertAdjacentHTML must never be used');
  }
  get textContent(): string {
    return this.children.map((c) => (c instanceof FakeElement ? c.textContent : c.text)).join('');
  }
  /** This element and every element inside it, in document order. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => (c instanceof FakeElement ? c.all() : []))];
  }
  /** Every text node inside it, each as it was added. */
  texts(): string[] {
    return this.children.flatMap((c) => (c instanceof FakeElement ? c.texts() : [c.text]));
  }
}

/** Installs `document` with createElement only, for the tests of one file (beforeAll/afterAll). */
export function useFakeDocument(): void {
  beforeAll(() => {
    (globalThis as { document?: unknown }).document = { createElement: (tag: string) => new FakeElement(tag) };
  });
  afterAll(() => {
    delete (globalThis as { document?: unknown }).document;
  });
}
