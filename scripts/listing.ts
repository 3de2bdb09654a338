// The Marketplace listing's images, made from the playground and drawn icons at the sizes Google's store-listing page asks for (docs/listing.md).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../dev/browser';
import { startPlayground } from '../playground/server';
import { post } from './playgroundPost';
import { pngSize } from './png';

/** Where `npm run screenshots` writes them: git-ignored, to upload, never to commit. */
export const LISTING_DIR = 'listing-assets';

/**
 * Each image and the size it is made at. Sizes: https://developers.google.com/workspace/marketplace/create-listing
 * (Graphic assets: icons of 128 × 128 and 32 × 32, a card banner of 220 × 140, one to five screenshots of 1280 × 800,
 * square-cornered and full bleed) and https://support.google.com/cloud/answer/15549049 (the OAuth consent screen's
 * logo, square, 120 × 120). docs/listing.md says which field each goes in.
 */
export const LISTING_IMAGES = {
  'icon-128.png': { width: 128, height: 128 },
  'icon-32.png': { width: 32, height: 32 },
  'card-banner.png': { width: 220, height: 140 },
  'consent-logo.png': { width: 120, height: 120 },
  'screenshot-1-sidebar.png': { width: 1280, height: 800 },
  'screenshot-2-section.png': { width: 1280, height: 800 },
  'screenshot-3-triage.png': { width: 1280, height: 800 },
  'screenshot-4-overview.png': { width: 1280, height: 800 },
} as const;

export type ListingImage = keyof typeof LISTING_IMAGES;

const BLUE = '#1a73e8';
const FONT = "'Liberation Sans', Arial, sans-serif";

/** The add-on's mark: "1:1" on a rounded blue square, with a yellow line for the agenda it prepares. */
function iconSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="${BLUE}"/>
  <text x="64" y="79" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="56" fill="#fff">1:1</text>
  <rect x="30" y="94" width="68" height="9" rx="4.5" fill="#fbbc04"/>
</svg>`;
}

function bannerHtml(): string {
  return `<body style="margin:0;width:220px;height:140px;display:flex;align-items:center;gap:12px;padding:0 16px;
    box-sizing:border-box;background:#fff;font-family:${FONT};color:#202124">
  ${iconSvg(64)}
  <div><div style="font-size:19px;font-weight:700;line-height:1.15">1:1 Companion</div>
  <div style="font-size:11px;color:#5f6368;margin-top:6px;line-height:1.3">Every 1:1 prepared, last time's items carried over</div></div>
</body>`;
}

/** One image drawn at exactly `width` × `height` CSS pixels, one device pixel each. */
async function draw(browser: Browser, html: string, file: string, width: number, height: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head>${html}</html>`);
    await page.screenshot({ path: file, omitBackground: true });
  } finally {
    await context.close();
  }
}

async function drawIcons(browser: Browser, out: (name: ListingImage) => string): Promise<void> {
  for (const name of ['icon-128.png', 'icon-32.png', 'consent-logo.png'] as const) {
    const { width } = LISTING_IMAGES[name];
    await draw(browser, `<body style="margin:0">${iconSvg(width)}</body>`, out(name), width, width);
  }
  await draw(browser, bannerHtml(), out('card-banner.png'), 220, 140);
}

/** The playground as a person sees Docs: the page and the sidebar, without its toolbar, status and editing help. */
const AS_IN_DOCS = `
  .bar, .status, .message, .doc-name, .doc-tools, .key-badge { display: none !important; }
  .page [data-key] { border-left: 0 !important; padding-left: 0 !important; margin-left: 0 !important; }`;

async function openAsInDocs(page: Page, url: string): Promise<void> {
  // No simulated round trip: the pictures show the sidebar settled, not a call in flight.
  await page.goto(`${url}/?delay=0`);
  await page.addStyleTag({ content: AS_IN_DOCS });
  await page.frameLocator('iframe').locator('body[data-ready]').waitFor();
}

/** The four scenes, in the order the playground's story reaches them. */
async function screens(page: Page, url: string, out: (name: ListingImage) => string): Promise<void> {
  const sidebar = page.frameLocator('iframe');
  // Ben links the Doc, the clock jumps to just before the next 1:1, and his hourly trigger adds its section.
  await post(url, '/api/link');
  await post(url, '/api/clock/next-1on1');
  await post(url, '/api/fire', { handler: 'onHourlyTick' });
  await openAsInDocs(page, url);
  await page.screenshot({ path: out('screenshot-1-sidebar.png') });
  await page
    .locator('#doc [data-key]')
    .first()
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: out('screenshot-2-section.png') });
  // Two more meetings pass with nobody ticking: the oldest open items are carried a third time, and the sidebar asks.
  for (let week = 0; week < 2; week++) await post(url, '/api/clock/next-1on1');
  await openAsInDocs(page, url);
  const commitments = sidebar.getByRole('region', { name: /From last time/ });
  await commitments.getByText('Still on?').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('screenshot-3-triage.png') });
  // Ana, who keeps several 1:1 Docs, links this one too and opens All my 1:1s.
  await post(url, '/api/user', { email: 'ana@example.com' });
  await post(url, '/api/link');
  await openAsInDocs(page, url);
  await sidebar.getByRole('button', { name: 'All my 1:1s' }).click();
  await sidebar.locator('.overview-docs > li').nth(2).waitFor();
  await page.screenshot({ path: out('screenshot-4-overview.png') });
}

/** Makes every listing image in `outDir`, checks each one's size from its PNG header, and answers their paths. */
export async function makeListingAssets(outDir: string, root = process.cwd()): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const out = (name: ListingImage) => path.join(outDir, name);
  const statePath = path.join(mkdtempSync(path.join(tmpdir(), 'listing-')), 'state.json');
  const playground = await startPlayground({ port: 0, statePath, root, reset: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    await drawIcons(browser, out);
    // The people in the seed live in New York: show the pages as their browsers would.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      timezoneId: 'America/New_York',
      locale: 'en-US',
    });
    await screens(await context.newPage(), playground.url, out);
    await context.close();
  } finally {
    await browser.close();
    await playground.close();
  }
  const files = (Object.keys(LISTING_IMAGES) as ListingImage[]).map(out);
  for (const file of files) {
    const { width, height } = pngSize(readFileSync(file));
    const want = LISTING_IMAGES[path.basename(file) as ListingImage];
    if (width !== want.width || height !== want.height)
      throw new Error(`${file} is ${width} × ${height}, not the ${want.width} × ${want.height} Google asks for`);
  }
  return files;
}
