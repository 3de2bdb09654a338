// The add-on menu's words in the account's language: Docs builds the menu before any page of ours exists, so it cannot come from the sidebar's catalogs.
export interface MenuWords {
  open: string;
  prepare: string;
  overview: string;
}

/** One row per language the sidebar speaks (docs/ARCHITECTURE.md#languages); English for any other. */
const MENUS: Readonly<Record<string, MenuWords>> = {
  en: { open: 'Open', prepare: 'Prepare the next 1:1 now', overview: 'All my 1:1s' },
  de: { open: 'Öffnen', prepare: 'Nächstes 1:1 jetzt vorbereiten', overview: 'Alle meine 1:1s' },
  es: { open: 'Abrir', prepare: 'Preparar ahora el próximo 1:1', overview: 'Todos mis 1:1' },
  fr: { open: 'Ouvrir', prepare: 'Préparer le prochain 1:1 maintenant', overview: 'Tous mes 1:1' },
  'pt-BR': { open: 'Abrir', prepare: 'Preparar o próximo 1:1 agora', overview: 'Todos os meus 1:1' },
  ja: { open: '開く', prepare: '次の 1:1 を今すぐ準備', overview: 'すべての 1:1' },
};

/**
 * The menu for a locale as Session gives it ("de", "pt_BR", "en_GB"): the row of its language, whatever its country.
 * There is one row per language, so the language alone picks it; a second country's row (pt-PT beside pt-BR) would
 * need the exact form tried first, as the sidebar's catalogs are.
 */
export function menuWords(locale: string | undefined): MenuWords {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  const row = Object.keys(MENUS).find((known) => known.split('-')[0] === language);
  return MENUS[row ?? 'en']!;
}
