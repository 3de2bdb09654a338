// The sidebar's words: a message from the catalog of the browser's language (English when there is none), filled in.
import { type Catalog, en, type Plural } from './en';
import type { M, P } from './keys';

/** Every catalog, by language tag: adding a language is adding its file here. */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en };

export type Values = Readonly<Record<string, string | number>>;

interface Chosen {
  locale: string;
  catalog: Catalog;
}

/** The catalog for a list of preferred tags: an exact tag ("pt-BR"), then its language ("pt"), else English. */
export function chooseCatalog(preferred: readonly string[]): Chosen {
  for (const tag of preferred) {
    const exact = Object.keys(CATALOGS).find((known) => known.toLowerCase() === tag.toLowerCase());
    const base = tag.split('-')[0]?.toLowerCase() ?? '';
    const locale = exact ?? (base in CATALOGS ? base : undefined);
    if (locale) return { locale, catalog: CATALOGS[locale] as Catalog };
  }
  return { locale: 'en', catalog: en };
}

function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  return list.filter((tag): tag is string => typeof tag === 'string' && tag !== '');
}

let chosen: Chosen | undefined;

/** Read once: the browser's language does not change while the sidebar is open. Tests set it. */
export function setLanguages(preferred: readonly string[] | undefined): void {
  chosen = preferred ? chooseCatalog(preferred) : undefined;
}

const current = (): Chosen => {
  chosen ??= chooseCatalog(browserLanguages());
  return chosen;
};

/** The language the sidebar speaks: plural rules follow it, so an English fallback counts as English does. */
export const currentLocale = (): string => current().locale;

/** `{name}` replaced by its value; a placeholder without a value stays as written, so a slip shows rather than vanishes. */
export function fill(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A message in the user's language. */
export function t(key: M, values?: Values): string {
  return fill(current().catalog[key], values);
}

/** A message whose words depend on `count`, in the form Intl.PluralRules picks for the user's language. */
export function tn(key: P, count: number, values: Values = {}): string {
  const { locale, catalog } = current();
  return fill(pluralForm(catalog[key], count, locale), { ...values, count });
}

/** The form of a plural message Intl.PluralRules picks for `count` in `locale`; `other` when the catalog lacks it. */
export function pluralForm(forms: Plural, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count) as keyof Plural;
  return forms[form] ?? forms.other;
}
