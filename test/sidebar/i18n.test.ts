// The sidebar's catalogs: each as complete as English, messages filled and counted right, no words outside a catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { Message as ServerMessage } from '../../src/shared/messages';
import { formatDay, formatMeeting } from '../../src/sidebar/format';
import { type Catalog, en, type Plural } from '../../src/sidebar/i18n/en';
import {
  CATALOGS,
  chooseCatalog,
  fill,
  pluralForm,
  setLanguages,
  t,
  tn,
  userLocales,
} from '../../src/sidebar/i18n/index';
import { M, P } from '../../src/sidebar/i18n/keys';
import { word } from '../../src/sidebar/i18n/word';

type Message = string | Plural;

/** A catalog by its messages' names ("next.title"), not the numbers the enums give them. */
const named = (catalog: Catalog): Record<string, Message> =>
  Object.fromEntries(Object.entries(catalog).map(([id, message]) => [M[Number(id)] ?? P[Number(id)] ?? id, message]));

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
const forms = (message: Message): [string, string][] =>
  typeof message === 'string' ? [['', message]] : (Object.entries(message) as [string, string][]);

/**
 * What is wrong with `catalog` against English: a key missing or extra, a plain message where English counts or the
 * reverse, a placeholder English does not have or lacks ({count} is free in plural forms: "carried once"), or a plural
 * form the language's Intl.PluralRules never picks or picks but the message lacks.
 */
function catalogProblems(locale: string, catalog: Record<string, Message>): string[] {
  const problems: string[] = [];
  const reference = named(en);
  for (const key of Object.keys(reference)) if (!(key in catalog)) problems.push(`${key}: missing`);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  for (const [key, message] of Object.entries(catalog)) {
    const english = reference[key];
    if (english === undefined) {
      problems.push(`${key}: not in English`);
      continue;
    }
    if (typeof english !== typeof message) {
      problems.push(`${key}: ${typeof english === 'string' ? 'plain' : 'plural'} in English`);
      continue;
    }
    const want = new Set(forms(english).flatMap(([, text]) => placeholders(text)));
    for (const [form, text] of forms(message)) {
      const have = new Set(placeholders(text));
      const free = form === '' ? [] : ['count'];
      const differs =
        [...want].some((name) => !have.has(name) && !free.includes(name)) ||
        [...have].some((name) => !want.has(name) && !free.includes(name));
      if (differs) problems.push(`${key}${form ? `.${form}` : ''}: placeholders {${[...have].join('}, {')}}`);
      if (form && !categories.includes(form)) problems.push(`${key}.${form}: not a plural form in ${locale}`);
    }
    if (typeof message !== 'string')
      for (const form of categories)
        if (!(form in message)) problems.push(`${key}.${form}: missing, ${locale} uses it`);
  }
  return problems;
}

describe('catalogs', () => {
  it.each(Object.keys(CATALOGS))('%s has every English key, no other, with the same placeholders', (locale) => {
    expect(catalogProblems(locale, named(CATALOGS[locale] as Catalog))).toEqual([]);
  });

  it('says a key is missing, extra, or has placeholders that differ from English', () => {
    const { 'next.title': _gone, ...rest } = named(en);
    const broken: Record<string, Message> = {
      ...rest,
      'next.extra': 'Extra',
      'setup.linkedTo': 'Verknüpft mit „{titel}“.',
      'setup.next': 'Next: {when} {where}',
      'field.count': '{length} characters',
      'commitments.carried': 'carried {count} times',
      'overview.reading': { one: 'Read {done} of {count} Doc…', other: 'Read of {count} Docs…' },
    };
    expect(catalogProblems('en', broken).sort()).toEqual(
      [
        'next.title: missing',
        'next.extra: not in English',
        'setup.linkedTo: placeholders {titel}',
        'setup.next: placeholders {when}, {where}',
        'field.count: placeholders {length}',
        'commitments.carried: plural in English',
        'overview.reading.other: placeholders {count}',
      ].sort(),
    );
  });

  // The same three faults put into each catalog in turn: the check above is only as good as this one.
  it.each(Object.keys(CATALOGS).filter((locale) => locale !== 'en'))(
    '%s broken: a key missing, a key extra, a placeholder renamed in a plain and in a plural form',
    (locale) => {
      const { 'next.title': _gone, ...rest } = named(CATALOGS[locale] as Catalog);
      const carried = rest['commitments.carried'] as Plural;
      const broken: Record<string, Message> = {
        ...rest,
        'next.titel': 'Next',
        'setup.linkedTo': (rest['setup.linkedTo'] as string).replace('{title}', '{titel}'),
        'commitments.carried': { ...carried, other: carried.other.replace('{count}', '{anzahl}') },
      };
      expect(catalogProblems(locale, broken).sort()).toEqual(
        [
          'next.title: missing',
          'next.titel: not in English',
          'setup.linkedTo: placeholders {titel}',
          'commitments.carried.other: placeholders {anzahl}',
        ].sort(),
      );
    },
  );

  it('says a plural form the language does not use, or one it uses that is missing', () => {
    const polish = { ...named(en), 'commitments.carried': { one: 'raz', other: '{count} razy', two: 'dwa' } };
    expect(catalogProblems('pl', polish)).toEqual(
      expect.arrayContaining([
        'commitments.carried.two: not a plural form in pl',
        'commitments.carried.few: missing, pl uses it',
        'commitments.carried.many: missing, pl uses it',
      ]),
    );
  });
});

describe('t and tn', () => {
  afterEach(() => setLanguages(undefined));

  it('fills every placeholder, and leaves one without a value as written', () => {
    setLanguages(['en-US']);
    expect(t(M['setup.with.two'], { first: 'ana@example.com', second: 'dev@example.com' })).toBe(
      'With ana@example.com and dev@example.com',
    );
    expect(fill('{a} and {a}, {b}', { a: 1 })).toBe('1 and 1, {b}');
  });

  it('picks the plural form by the language’s Intl.PluralRules, with the count filled', () => {
    setLanguages(['en']);
    expect(tn(P['commitments.carried'], 1)).toBe('carried once');
    expect(tn(P['commitments.carried'], 0)).toBe('carried 0 times');
    expect(tn(P['overview.reading'], 60, { done: 12 })).toBe('Read 12 of 60 Docs…');
    const polish = {
      one: '{count} dzień',
      few: '{count} dni (few)',
      many: '{count} dni (many)',
      other: '{count} dnia',
    };
    expect([1, 2, 5, 22, 1.5].map((n) => fill(pluralForm(polish, n, 'pl'), { count: n }))).toEqual([
      '1 dzień',
      '2 dni (few)',
      '5 dni (many)',
      '22 dni (few)',
      '1.5 dnia',
    ]);
    expect(pluralForm({ other: 'x' }, 1, 'en')).toBe('x');
  });

  it('speaks the browser’s language when it has a catalog, else English', () => {
    expect(chooseCatalog(['en-GB']).locale).toBe('en');
    expect(chooseCatalog(['nl', 'zh-TW']).locale).toBe('en');
    expect(chooseCatalog([]).catalog).toBe(en);
    setLanguages(['zh-TW']);
    expect(t(M['next.title'])).toBe('Next 1:1');
  });

  it('takes the first preferred language it has: the exact tag, its language, or another country’s form of it', () => {
    const chosen = (tags: string[]) => chooseCatalog(tags).locale;
    expect(chosen(['de-AT'])).toBe('de');
    expect(chosen(['es-419'])).toBe('es');
    expect(chosen(['fr-CA'])).toBe('fr');
    expect(chosen(['pt-br'])).toBe('pt-BR');
    expect(chosen(['pt-PT'])).toBe('pt-BR');
    expect(chosen(['pt'])).toBe('pt-BR');
    expect(chosen(['ja-JP'])).toBe('ja');
    expect(chosen(['nl-NL', 'de-DE', 'en-US'])).toBe('de');
    // A tag Intl rejects is passed over, never a reason for every date to throw.
    expect(chooseCatalog(['not a tag!', 'fr']).formats).toEqual(['fr']);
  });

  it('counts by the catalog’s language: French and Portuguese say “de” from a million, Japanese has one form', () => {
    setLanguages(['fr-FR']);
    expect([1, 2, 1_000_000].map((n) => tn(P['settings.lead.days'], n))).toEqual([
      '1\u00a0jour',
      '2\u00a0jours',
      '1\u202f000\u202f000\u00a0de jours',
    ]);
    setLanguages(['pt-BR']);
    expect(tn(P['overview.since'], 1_000_000)).toBe('1.000.000 de dias desde o último 1:1');
    setLanguages(['ja']);
    expect([1, 5].map((n) => tn(P['commitments.carried'], n))).toEqual(['1 回繰り越し', '5 回繰り越し']);
  });
});

describe('a browser language without a catalog (nl, zh-TW)', () => {
  afterEach(() => setLanguages(undefined));
  const NOW = Date.parse('2026-11-20T15:00:00Z');

  it('reads English words, with dates, times and numbers in the browser’s own format', () => {
    setLanguages(['nl-NL']);
    expect(userLocales()).toEqual(['nl-NL']);
    expect(t(M['field.count'], { length: 1200, limit: 2000 })).toBe('1.200 of 2.000 characters');
    expect(t(M['common.due'], { date: formatDay('2026-11-09', { now: NOW }) })).toBe('due 9 nov');
    const meeting = formatMeeting('2026-11-23T15:00:00Z', '', { now: NOW, timeZone: 'Europe/Amsterdam' });
    expect(meeting).toBe('ma 23 nov, 16:00');
    setLanguages(['zh-TW']);
    expect(t(M['next.title'])).toBe('Next 1:1');
    expect(formatDay('2026-11-09', { now: NOW, weekday: true })).toBe('11月9日週一');
  });

  it('formats in the browser’s locale, not the catalog’s, when the catalog is another preferred language', () => {
    setLanguages(['nl', 'de']);
    expect(t(M['next.title'])).toBe('Nächstes 1:1');
    expect(formatDay('2026-11-09', { now: NOW })).toBe('9 nov');
    expect(t(M['field.count'], { length: 1200, limit: 2000 })).toBe('1.200 von 2.000 Zeichen');
    setLanguages(['en-GB']);
    expect(formatDay('2026-11-09', { now: NOW })).toBe('9 Nov');
  });
});

// ——— No words outside the catalog ———

const SIDEBAR = path.join(__dirname, '../../src/sidebar');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Literals that look like words and are not shown to a person: link attributes; a programming error h() throws,
 * which only a developer breaking its rule can meet.
 */
const NOT_WORDS = new Set(['noopener noreferrer', 'h(): the attribute is not allowed']);

/** Text a literal may show: a string, or a template's own text with its values left out; spaces as one. */
function literalText(node: ts.Node): string | undefined {
  const pieces =
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? [node.text]
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
        : undefined;
  return pieces?.join(' ').replace(/\s+/g, ' ').trim();
}

/** The expression a literal is part of, through choices and templates: `a ? 'x' : 'y'`, `${'x'}`, `a ?? 'x'`. */
function outermost(node: ts.Node): ts.Node {
  let at = node;
  while (
    ts.isConditionalExpression(at.parent) ||
    ts.isParenthesizedExpression(at.parent) ||
    ts.isTemplateSpan(at.parent) ||
    ts.isTemplateExpression(at.parent) ||
    (ts.isBinaryExpression(at.parent) && at.parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
  )
    at = at.parent;
  return at;
}

/**
 * Not shown, by where it stands: an import, a type, a property's name, a value compared against, a class list (the
 * `class` attribute, setAttribute('class', …), paragraph()'s second argument).
 */
function inCodePosition(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    if ([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(op)) return true;
  }
  const whole = outermost(node);
  const holder = whole.parent;
  if (ts.isPropertyAssignment(holder) && holder.name.getText() === 'class') return true;
  if (!ts.isCallExpression(holder) || holder.arguments[1] !== whole) return false;
  const callee = holder.expression.getText();
  return callee === 'paragraph' || (callee.endsWith('.setAttribute') && holder.arguments[0]?.getText() === "'class'");
}

/** Looks like words for a person: a letter and a space or an ellipsis, or one capitalised word ("Save"). */
function looksLikeWords(text: string): boolean {
  if (!/\p{L}/u.test(text) || NOT_WORDS.has(text)) return false;
  return text.includes(' ') || text.includes('…') || /^\p{Lu}\p{Ll}+[.!?]?$/u.test(text);
}

function hardCodedWords(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined && !inCodePosition(node) && looksLikeWords(literal)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${path.relative(SIDEBAR, file)}:${line + 1}: ${literal}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words outside the catalog', () => {
  it('src/sidebar shows no hard-coded words: each comes from i18n/', () => {
    expect(sourceFiles(SIDEBAR).flatMap((file) => hardCodedWords(file))).toEqual([]);
  });

  it('finds words in strings, templates, labels and aria-labels, never in classes, keys or compared values', () => {
    const code = [
      "h('p', { class: busy ? 'meta saving' : `item \u0024{kind}` }, 'Saving…'); paragraph('Held', 'meta tally');",
      "button(ui, { key: 'add', label: 'Save' });",
      "h('div', { 'aria-label': `Still on: \u0024{about}?` });",
      "if (status === 'nothing to do') say(`\u0024{n} more not shown`);",
      "import { x } from './y'; type A = 'a b';",
    ].join('\n');
    expect(hardCodedWords(path.join(SIDEBAR, 'x.ts'), code)).toEqual([
      'x.ts:1: Saving…',
      'x.ts:1: Held',
      'x.ts:2: Save',
      'x.ts:3: Still on: ?',
      'x.ts:4: more not shown',
    ]);
  });
});

describe('a server message worded', () => {
  it('shows values of a kind it does not know as text, and an unknown code as an unknown failure, never breaking', () => {
    setLanguages(['en']);
    const odd = { code: 'run.added', values: { heading: null } } as unknown as ServerMessage;
    expect(word(odd)).toBe('Added the section “null”.');
    const template = {
      code: 'notice.templateSettled',
      values: { used: { template: 'x' }, current: { template: 'first' } },
    };
    expect(word(template as unknown as ServerMessage)).toBe(
      '“x” was used for one section, as it is meant to be; new sections use “First 1:1” again.',
    );
    expect(word({ code: 'toString' } as unknown as ServerMessage)).toBe('Something went wrong. Try again.');
    expect(word({ code: 'run.redated', values: { count: 2 } })).toBe('Re-dated 2 moved meetings.');
  });
});
