import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogTitle } from './catalog-title.ts';

describe('catalogTitle', () => {
  it('shows the title when there is one', () => {
    assert.equal(catalogTitle({ title: 'Gulf Health AI Stack' }), 'Gulf Health AI Stack');
  });

  it('shows a neutral label when the title is empty (never a confidential value)', () => {
    assert.equal(catalogTitle({ title: '' }), 'Designated package');
    assert.equal(catalogTitle({ title: '  ' }), 'Designated package');
  });
});
