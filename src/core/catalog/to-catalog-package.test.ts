import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProposalContent } from '../../../test/builders/build-proposal-content.ts';
import { matchesCatalogFilter, toCatalogPackage } from './to-catalog-package.ts';

describe('toCatalogPackage', () => {
  const content = buildProposalContent({ bci: ['layers.hardware.*.valueUsd', 'summary', 'layers.models.0'] });
  const pkg = toCatalogPackage({
    id: 'p1',
    consortiumName: 'C',
    designatedAt: new Date('2026-01-02T00:00:00Z'),
    version: 2,
    content,
  });

  it('keeps public fields and drops BCI ones and the financing request', () => {
    assert.equal(pkg.summary, '');
    assert.ok(!('valueUsd' in pkg.layers.hardware[0]!));
    assert.deepEqual(pkg.layers.models, [], 'a whole BCI item is left out');
    assert.ok(!('financing' in pkg));
  });

  it('derives sectors and vendors', () => {
    assert.deepEqual(pkg.sectors, ['healthcare']);
    assert.deepEqual(pkg.vendors, [
      'Atlas Compute Inc.',
      'Harvest Data Systems GmbH',
      'Meridian Models LLC',
      'Sentinel Cyber Corp.',
    ]);
  });

  it('filters by country, sector and text', () => {
    assert.equal(matchesCatalogFilter(pkg, { country: 'ae' }), true);
    assert.equal(matchesCatalogFilter(pkg, { country: 'KE' }), false);
    assert.equal(matchesCatalogFilter(pkg, { sector: 'education' }), false);
    assert.equal(matchesCatalogFilter(pkg, { text: 'sentinel' }), true);
  });
});
