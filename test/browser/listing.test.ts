// The Marketplace listing's images as npm run screenshots makes them: every one the store listing needs, each at the size Google's page asks for, read from the PNG's own header.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeListingAssets } from '../../scripts/listing';
import { pngSize } from '../../scripts/png';

const root = path.resolve(__dirname, '../..');

/**
 * What Google asks for, by the kind of image: https://developers.google.com/workspace/marketplace/create-listing
 * (Graphic assets: "one sized to 128 x 128 pixels and another to 32 x 32 pixels"; the card banner "Sized to 220 x 140
 * pixels"; one to five screenshots, "1280 x 800 pixels") and https://support.google.com/cloud/answer/15549049 (the
 * consent screen's logo, "square and 120px by 120px").
 */
const ASKED = [
  { kind: 'icon', prefix: 'icon-', sizes: ['128 × 128', '32 × 32'] },
  { kind: 'card banner', prefix: 'card-banner', sizes: ['220 × 140'] },
  { kind: 'screenshot', prefix: 'screenshot-', sizes: ['1280 × 800'] },
  { kind: 'consent screen logo', prefix: 'consent-logo', sizes: ['120 × 120'] },
];

describe('npm run screenshots: the listing images', () => {
  it('makes every image the store listing needs, each at the size Google asks for', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'listing-'));
    await makeListingAssets(out, root);
    const made = readdirSync(out)
      .filter((f) => f.endsWith('.png'))
      .map((file) => {
        const { width, height } = pngSize(readFileSync(path.join(out, file)));
        return { file, size: `${width} × ${height}`, kind: ASKED.find((a) => file.startsWith(a.prefix))?.kind };
      });
    expect(made.filter((m) => !m.kind)).toEqual([]);
    for (const { kind, sizes } of ASKED) {
      const ofKind = made.filter((m) => m.kind === kind);
      expect(ofKind.filter((m) => !sizes.includes(m.size))).toEqual([]);
      // Every size asked for is there: both icons; one to five screenshots.
      expect([...new Set(ofKind.map((m) => m.size))].sort()).toEqual([...sizes].sort());
      if (kind === 'screenshot') expect(ofKind.length).toBeLessThanOrEqual(5);
    }
    // docs/listing.md says which field of the listing each file goes in.
    const listing = readFileSync(path.join(root, 'docs/listing.md'), 'utf8');
    expect(made.filter((m) => !listing.includes(`\`${m.file}\``)).map((m) => m.file)).toEqual([]);
  });
});
