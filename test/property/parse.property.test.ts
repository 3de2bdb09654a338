// Property tests for parseDoc: it reads random Docs as their model says, never throws on chaos, and its spans read back the right text.
import fc from 'fast-check';
import { assertValidDocument } from '../../dev/docsEngine';
import { parseHeadingDate } from '../../src/core/dates';
import { languageOf } from '../../src/core/languages';
import type { ParsedDoc } from '../../src/core/model';
import { parseDoc } from '../../src/core/parse';
import { ALL_PROMPT_LINES } from '../../src/core/templates';
import type { Document } from '../../src/types/docs-api';
import {
  bigModelDocArb,
  chaosDocArb,
  type DocModel,
  expectedSections,
  modelDocArb,
  propertyTest,
  reportCases,
} from '../support/arbitraries';
import { bodyContent, ensure, indexedBody, keepsAllText, parse } from './oracles';

reportCases('parse.property');

/** Every span the parser gives points at the text it describes, inside the body, in order. */
function checkSpans(doc: Document, parsed: ParsedDoc): void {
  const { slice } = indexedBody(doc);
  const content = bodyContent(doc);
  const end = content[content.length - 1]?.endIndex ?? 1;
  ensure(parsed.bodyEndIndex === end, 'bodyEndIndex is the end of the body');
  let previousEnd = 1;
  for (const section of parsed.sections) {
    const { span, heading } = section;
    const at = `section ${JSON.stringify(section.headingText)}`;
    ensure(span.startIndex === heading.startIndex, `${at} starts at its heading`);
    ensure(span.startIndex >= previousEnd, `${at} starts after the section before it ends`);
    ensure(span.endIndex <= end && heading.endIndex < span.endIndex, `${at} ends inside the body, after its heading`);
    previousEnd = span.endIndex;
    ensure(slice(heading).trim() === section.headingText, `${at}: its heading span reads its heading text`);
    // Dated as its heading reads; a heading keyed by the add-on that no longer reads as a date, by its key's date.
    const read = parseHeadingDate(section.headingText, languageOf(parsed.language).dayFirst);
    const keyDate = /\|(\d{4}-\d{2}-\d{2})[^|]*$/.exec(section.key ?? '')?.[1];
    ensure(
      read ? read.date === section.date : keyDate === section.date,
      () => `${at} is dated ${read?.date ?? keyDate}, not ${section.date}`,
    );
    // A key may name several ranges in a Doc of chaos; parsed.keys keeps the first.
    if (section.key !== undefined) ensure(section.key in parsed.keys, `${at}: its key is among the keys`);
    for (const sub of section.subsections) {
      ensure(
        sub.span.startIndex >= span.startIndex && sub.span.endIndex <= span.endIndex,
        `${at}: subsection ${sub.title} lies inside it`,
      );
      ensure(slice(sub.heading).trim() === sub.title, `${at}: subsection ${sub.title} reads its title`);
    }
    for (const item of section.items) {
      const { paragraph, body, marker } = item;
      const it = `${at}: item ${JSON.stringify(item.text)}`;
      ensure(paragraph.startIndex > heading.startIndex && paragraph.endIndex <= span.endIndex, `${it} lies inside`);
      ensure(slice(paragraph).endsWith('\n'), `${it}: its paragraph span ends with the newline`);
      if (marker) {
        const written = slice(marker);
        ensure(written.startsWith(marker.text), `${it}: its marker span reads ${marker.text}, not ${written}`);
        ensure(written.slice(marker.text.length).trim() === '', `${it}: only spaces follow the marker in its span`);
        ensure(body.startIndex === marker.endIndex, `${it}: its body starts after the marker`);
      } else {
        ensure(body.startIndex === paragraph.startIndex, `${it}: its body starts with the paragraph`);
      }
      ensure(body.endIndex === paragraph.endIndex - 1, `${it}: its body ends before the newline`);
      // The text is the body less owner, due and "(from …)", whitespace collapsed: its characters are there in order.
      const bodyText = slice(body);
      ensure(
        keepsAllText(item.text.replace(/ /g, ''), bodyText),
        () => `${it} is read from ${JSON.stringify(bodyText)}`,
      );
      ensure(item.sectionDate === section.date, `${it} has its section's date`);
    }
  }
  for (const [key, range] of Object.entries(parsed.keys))
    ensure(range.startIndex >= 1 && range.endIndex <= end, `key ${key} lies inside the body`);
}

function checkAgainstModel(model: DocModel, doc: Document): void {
  // The builder's output must always be a valid Doc (what the engine's put() and every write check).
  assertValidDocument(doc);
  const read = doc;
  // Numbers alone are written, and read, in the order of the Doc's language.
  const parsed = parseDoc(read, { promptLines: ALL_PROMPT_LINES, language: model.language });
  const got = parsed.sections.map((s) => ({
    date: s.date,
    cancelled: s.cancelled,
    ...(s.key !== undefined ? { key: s.key } : {}),
    headingText: s.headingText,
    items: s.items.map((i) => ({
      text: i.text,
      ...(i.owner ? { owner: i.owner.name } : {}),
      ...(i.due !== undefined ? { due: i.due } : {}),
      from: i.from,
      done: i.done,
      ...(i.marker ? { marker: i.marker.text } : {}),
      nativeChecklist: i.nativeChecklist,
    })),
  }));
  const expected = expectedSections(model);
  // JSON first (cheap); jest's diff only when they differ.
  if (JSON.stringify(got) !== JSON.stringify(expected)) expect(got).toEqual(expected);
  checkSpans(read, parsed);
}

describe('parseDoc', () => {
  propertyTest(
    'parseDoc reads the sections, items, owners, due dates and ticks a random Doc was built with',
    () =>
      fc.property(modelDocArb(), ({ model, doc }) => {
        checkAgainstModel(model, doc);
      }),
    3000,
  );

  propertyTest(
    'parseDoc never throws on chaos Docs, and every span it gives reads back the right text',
    () =>
      fc.property(chaosDocArb, (doc) => {
        assertValidDocument(doc);
        checkSpans(doc, parse(doc));
      }),
    3000,
  );

  propertyTest(
    'parseDoc reads big Docs (up to ~2 MB) just as well',
    () =>
      fc.property(bigModelDocArb, ({ model, doc }) => {
        checkAgainstModel(model, doc);
      }),
    3,
  );
});
