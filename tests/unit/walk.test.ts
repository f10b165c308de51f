/**
 * The field tree walk.ts reads from each schema, pinned for every collection
 * (as the editor reads it, and as the checker reads it for references) and for
 * the settings. The editor's configuration and the reference check are built
 * from this tree, so a zod upgrade or a change in how walk.ts reads the
 * schemas must leave it exactly as it is; a schema change updates the
 * snapshot on purpose (`npx vitest run tests/unit/walk.test.ts -u`).
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { referencesOf, slotOf } from '../../src/schemas/walk.ts';
import { editorSchema } from '../../src/editor/editor-config.ts';
import { imageChecker } from '../../src/check/images.ts';

const names = Object.keys(COLLECTIONS) as CollectionName[];
const checkerSchema = (name: CollectionName) => COLLECTIONS[name].schema({ image: imageChecker('.', '.') });

describe('the field tree of each schema', () => {
  for (const name of names) {
    it(`${name}, as the editor reads it`, () => {
      expect(slotOf(editorSchema(name))).toMatchSnapshot();
    });
    it(`${name}, as the checker reads it, and its references`, () => {
      expect(slotOf(checkerSchema(name))).toEqual(slotOf(editorSchema(name)));
      expect(referencesOf(checkerSchema(name))).toMatchSnapshot();
    });
  }
  it('the settings', () => {
    expect(slotOf(siteConfigSchema)).toMatchSnapshot();
  });
});
