// The sidebar's words: a message from the catalog of the browser's language (English when there is none), filled in.
import { de } from './de';
import { type Catalog, en, type Plural } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import type { M, P } from './keys';
import { ptBR } from './pt-BR';

/** Every catalog, by language tag: adding a language is adding its file here (docs/ARCHITECTURE.md#languages). */
export const CATALOGS: Readonly<Record<string, Catalog>> = { en, de, es, fr, 'pt-BR': ptBR, ja };

export type Values = Readonly<Record<string, string | number>>;

interface Chosen {
  /** The catalog's tag: plural forms are chosen by its rules. */
  locale: string;
  catalog: Catalog;
  /** The browser's own tags, for Intl: dates, times and numbers stay in the user's format whatever the catalog. */
  formats: readonly string[];
  /** Made once: a render fills hundreds of messages. */
  numbers?: Intl.NumberFormat;
}

const language = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? '';

/** The catalog for one tag: the exact tag ("pt-BR"), else its language ("de-AT" → "de", "pt-PT" → "pt-BR"). */
function catalogFor(tag: string): string | undefined {
  const known = Object.keys(CATALOGS);
  return (
    known.find((k) => k.toLowerCase() === tag.toLowerCase()) ??
    known.find((k) => k === language(tag)) ??
    known.find((k) => language(k) === language(tag))
  );
}

/** Tags Intl accepts, in the order given; one it rejects would make every date and number throw. */
function validTags(tags: readonly string[]): string[] {
  return tags.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  });
}

/** The catalog for a list of preferred tags: the first that has one, else English; Intl keeps the whole list. */
export function chooseCatalog(preferred: readonly string[]): Chosen {
  const formats = validTags(preferred);
  for (const tag of formats) {
    const locale = catalogFor(tag);
    if (locale) return { locale, catalog: CATALOGS[locale] as Catalog, formats };
  }
  return { locale: 'en', catalog: en, formats };
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

/**
 * The user's own locales for Intl, which are the browser's, not the catalog's: a Dutch browser reads English words
 * with "ma 23 nov." and "1.200". Empty when the browser says none: Intl then uses its own default.
 */
export const userLocales = (): string[] => [...current().formats];

/** `{name}` replaced by its value, a number in the user's format; a placeholder without a value stays as written. */
export function fill(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name];
    if (typeof value !== 'number') return String(value);
    const chosen = current();
    chosen.numbers ??= new Intl.NumberFormat(chosen.formats as string[]);
    return chosen.numbers.format(value);
  });
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
