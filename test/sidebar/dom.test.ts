// The element helper: strings become text nodes, only https links survive, inline handlers are refused.
import { externalLink, h, safeHref } from '../../src/sidebar/dom';
import { type FakeElement, useFakeDocument } from './fakeDom';

useFakeDocument();

describe('safeHref', () => {
  it('keeps https links only', () => {
    expect(safeHref('https://calendar.google.com/event?eid=abc')).toBe('https://calendar.google.com/event?eid=abc');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'http://x.test', '/rel', 7])
      expect(safeHref(bad)).toBeUndefined();
  });
});

describe('h', () => {
  it('adds strings as text, whatever they hold', () => {
    const node = h('li', null, '<img src=x onerror=alert(1)>', false, null) as unknown as FakeElement;
    expect(node.children).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
  });

  it('drops unsafe hrefs, and refuses inline handlers and styles', () => {
    expect((h('a', { href: 'javascript:alert(1)' }) as unknown as FakeElement).attributes.href).toBeUndefined();
    expect(() => h('div', { onclick: 'alert(1)' })).toThrow(/not allowed/);
    expect(() => h('div', { style: 'color:red' })).toThrow(/not allowed/);
  });

  it('sets keys, listeners, boolean attributes and properties', () => {
    const node = h('input', {
      key: 'tick:1',
      on: { change: () => {} },
      'aria-busy': 'true',
      disabled: true,
      hidden: false,
    }) as unknown as FakeElement & { disabled?: boolean };
    expect(node.dataset.key).toBe('tick:1');
    expect(node.listeners).toEqual(['change']);
    expect(node.attributes['aria-busy']).toBe('true');
    expect(node.disabled).toBe(true);
    expect(node.attributes.hidden).toBeUndefined();
  });

  it('links out in a new tab with no opener, and not at all when the URL is not https', () => {
    const link = externalLink('https://calendar.google.com/e', 'Open') as unknown as FakeElement;
    expect(link.attributes).toEqual({
      href: 'https://calendar.google.com/e',
      target: '_blank',
      rel: 'noopener noreferrer',
    });
    expect(externalLink('javascript:alert(1)', 'Open')).toBeNull();
    expect(externalLink(undefined, 'Open')).toBeNull();
  });
});
