import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildProposalContent } from '../../../test/builders/build-proposal-content.ts';
import { matchesCatalogFilter, toCatalogPackage } from './to-catalog-package.ts';

describe('toCatalogPackage', () => {
  const content = buildProposalContent({ bci: ['layers.hardware.*.valueUsd', 'summary', 'layers.models.0'] });
  const pkgInput = {
    id: 'p1',
    consortiumName: 'C',
    designatedAt: new Date('2026-01-02T00:00:00Z'),
    version: 2,
    content,
    today: '2026-11-28',
  };
  const pkg = toCatalogPackage(pkgInput);

  it('keeps public fields and drops BCI ones and the financing request', () => {
    assert.equal(pkg.summary, '');
    assert.ok(!('valueUsd' in pkg.layers.hardware[0]!));
    assert.deepEqual(pkg.layers.models, [], 'a whole BCI item is left out');
    assert.ok(!('financing' in pkg));
  });

  it('never falls back to a title or summary marked confidential (data stored before a title could not be)', () => {
    const stored = { ...buildProposalContent({ title: 'Secret Title', summary: 'Secret summary' }) };
    stored.bci = ['title', 'summary'];
    const marked = toCatalogPackage({ ...pkgInput, content: stored });
    assert.equal(marked.title, '');
    assert.equal(marked.summary, '');
    assert.ok(!JSON.stringify(marked).includes('Secret'));
    assert.equal(matchesCatalogFilter(marked, { text: 'secret' }), false);
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

  it('splits the targets by whether the hardware needs an export licence there', () => {
    const gulf = toCatalogPackage({
      id: 'p2',
      consortiumName: 'C',
      designatedAt: new Date('2026-01-02T00:00:00Z'),
      version: 1,
      content: buildProposalContent({ targets: ['GB', 'CN', 'SA'] }),
      today: '2026-11-28',
    });
    // 3A090.a: no licence to A:5 (GB); D:1/D:4/D:5 destinations (CN, SA) need one
    assert.deepEqual(gulf.delivery, { withoutLicense: ['GB'], licenseRequired: ['CN', 'SA'], asOf: '2026-11-28' });
  });

  it('filters by country, sector and text', () => {
    assert.equal(matchesCatalogFilter(pkg, { country: 'ae' }), true);
    assert.equal(matchesCatalogFilter(pkg, { country: 'KE' }), false);
    assert.equal(matchesCatalogFilter(pkg, { sector: 'education' }), false);
    assert.equal(matchesCatalogFilter(pkg, { text: 'sentinel' }), true);
  });
});
