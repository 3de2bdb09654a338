// Tests for src/core/menu.ts: the add-on menu in the account's language, English for any other.
import { menuWords } from '../../src/core/menu';

describe('menuWords', () => {
  it('takes the locale as Session gives it: the row of its language, whatever its country', () => {
    expect(menuWords('de').open).toBe('Öffnen');
    expect(menuWords('de_AT').open).toBe('Öffnen');
    expect(menuWords('pt_BR').prepare).toBe('Preparar o próximo 1:1 agora');
    expect(menuWords('pt_PT').prepare).toBe('Preparar o próximo 1:1 agora');
    expect(menuWords('ja').overview).toBe('すべての 1:1');
  });

  it('reads the language in any case, and a country after a hyphen as after an underscore', () => {
    expect(menuWords('DE').open).toBe('Öffnen');
    expect(menuWords('Fr-CA').open).toBe('Ouvrir');
    expect(menuWords('pt-PT').overview).toBe('Todos os meus 1:1');
    expect(menuWords('es_419').prepare).toBe('Preparar ahora el próximo 1:1');
  });

  it('is English for a language it lacks, an empty or a missing locale', () => {
    for (const locale of ['nl', 'zh_TW', '', undefined, '__proto__', 'toString'])
      expect(menuWords(locale)).toEqual({ open: 'Open', prepare: 'Prepare the next 1:1 now', overview: 'All my 1:1s' });
  });
});
