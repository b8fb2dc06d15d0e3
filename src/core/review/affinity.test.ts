import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProposalContentSchema } from '../package/proposal.schema.ts';
import { computeAffinity, parseExpertiseTag, proposalProfile } from './affinity.ts';

const profile = { layers: ['hardware', 'models'] as const, sectors: ['healthcare'], targets: ['DE', 'FR', 'KE', 'VN'] };

describe('parseExpertiseTag', () => {
  it('reads layers, sectors, regions, country codes and names, and leaves the rest unknown', () => {
    assert.deepEqual(parseExpertiseTag('dataPipelines'), { kind: 'layer', layer: 'dataPipelines' });
    assert.deepEqual(parseExpertiseTag('Hardware'), { kind: 'layer', layer: 'hardware' });
    assert.deepEqual(parseExpertiseTag('energy'), { kind: 'sector', sector: 'energy' });
    assert.equal(parseExpertiseTag('EU').kind, 'region');
    assert.deepEqual(parseExpertiseTag('de'), { kind: 'country', country: 'DE' });
    assert.deepEqual(parseExpertiseTag('Kenya'), { kind: 'country', country: 'KE' });
    assert.deepEqual(parseExpertiseTag('quantum'), { kind: 'unknown', text: 'quantum' });
  });
});

describe('computeAffinity', () => {
  it('weighs layers 0.5, sectors 0.25 and countries 0.25, shared among the proposal’s own, term by term', () => {
    const result = computeAffinity({ expertise: ['hardware', 'healthcare', 'KE', 'quantum'], proposal: profile });
    assert.equal(result.source, 'tags');
    assert.deepEqual(
      result.terms.map((t) => [t.tag, t.weight]),
      [
        ['hardware', 0.25],
        ['healthcare', 0.25],
        ['KE', 0.0625],
      ],
    );
    assert.equal(result.score, 0.5625);
    assert.match(result.terms[0]?.why ?? '', /layer 1\. Hardware and infrastructure \(1 of its 2 layers\)/);
    assert.match(result.terms[2]?.why ?? '', /targets Kenya \(1 of its 4 target countries\)/);
  });

  it('lets a region tag cover its member countries, and a bloc target count as its members', () => {
    const byRegion = computeAffinity({ expertise: ['EU'], proposal: profile });
    assert.deepEqual(
      byRegion.terms.map((t) => [t.tag, t.weight]),
      [['EU', 0.125]],
    );
    assert.match(byRegion.terms[0]?.why ?? '', /2 of its 4 target countries in EU: Germany, France/);
    const blocTarget = computeAffinity({
      expertise: ['SA', 'AE'],
      proposal: { layers: [], sectors: [], targets: ['GCC'] },
    });
    assert.equal(blocTarget.score, Math.round((2 / 6) * 1e4) / 1e4);
  });

  it('passes the weight of a dimension the proposal lacks to the others, and reaches 1 at full cover', () => {
    const full = computeAffinity({
      expertise: ['hardware', 'models', 'Germany'],
      proposal: { layers: ['hardware', 'models'], sectors: [], targets: ['DE'] },
    });
    assert.equal(full.score, 1);
    assert.deepEqual(
      full.terms.map((t) => t.weight),
      [0.3333, 0.3333, 0.3333],
    );
    assert.equal(
      computeAffinity({ expertise: ['hardware'], proposal: { layers: [], sectors: [], targets: [] } }).score,
      0,
    );
  });

  it('uses a score given directly instead of the tags', () => {
    const result = computeAffinity({ expertise: ['hardware'], proposal: profile, given: 0.42 });
    assert.deepEqual(result, {
      score: 0.42,
      source: 'given',
      terms: [{ tag: '(given)', weight: 0.42, why: 'score given directly; expertise tags not used' }],
    });
  });
});

describe('proposalProfile', () => {
  it('takes the layers with items, the application sectors and the targets of a proposal', () => {
    const content = ProposalContentSchema.parse({
      title: 'Clinic AI',
      targets: ['KE', 'EU'],
      layers: {
        applications: [
          { name: 'Triage', provider: 'A', providerCountry: 'US', sector: 'healthcare' },
          { name: 'Notes', provider: 'A', providerCountry: 'US', sector: 'healthcare' },
        ],
        security: [{ name: 'SOC', provider: 'B', providerCountry: 'US' }],
      },
    });
    assert.deepEqual(proposalProfile(content), {
      layers: ['security', 'applications'],
      sectors: ['healthcare'],
      targets: ['KE', 'EU'],
    });
  });
});
