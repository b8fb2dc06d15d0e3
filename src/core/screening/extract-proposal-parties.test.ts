import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { walkOwnershipGraph } from '../consortium/walk-ownership-graph.ts';
import { ProposalContentSchema } from '../package/proposal.schema.ts';
import { extractProposalParties } from './extract-proposal-parties.ts';

const company = (id: string, legalName: string, kind: 'company' | 'person' | 'government' = 'company') => ({
  id,
  legalName,
  kind,
  countryOfIncorporation: kind === 'person' ? 'AE' : 'US',
});

const companies = [
  company('m1', 'Atlas Compute Inc'),
  company('m2', 'Harvest Data LLC'),
  company('h1', 'Atlas Holdings Ltd'),
  company('p1', 'Jane Q Investor', 'person'),
];
const ownership = walkOwnershipGraph(
  ['m1', 'm2'],
  [
    { ownerId: 'h1', ownedId: 'm1', sharePercent: 80 },
    { ownerId: 'p1', ownedId: 'h1', sharePercent: 60 },
    { ownerId: 'm1', ownedId: 'm2', sharePercent: 10 },
  ],
);

describe('extractProposalParties', () => {
  it('lists members, then owners up the graph, then the named parties when all are present', () => {
    const content = ProposalContentSchema.parse({
      title: 'Sovereign AI stack',
      operatingModel: {
        description: '',
        builder: { name: 'Gulf Builders', country: 'AE' },
        owner: { name: 'National Data Co', country: 'AE' },
        operator: { name: 'Atlas Compute Inc', country: 'US', companyId: 'm1' },
      },
      endUsers: [
        { name: 'Ministry of Health', country: 'AE' },
        { name: 'Ministry of Energy', country: 'AE' },
      ],
    });
    const parties = extractProposalParties({ content, memberIds: ['m1', 'm2'], ownership, companies });
    assert.deepEqual(
      parties.map((p) => [p.kind, p.partyKey, p.type]),
      [
        ['member', 'company:m1', 'company'],
        ['member', 'company:m2', 'company'],
        ['owner', 'company:h1', 'company'],
        ['owner', 'company:p1', 'person'],
        ['builder', 'name:gulf builders|AE', 'unknown'],
        ['owner', 'name:national data co|AE', 'unknown'],
        ['operator', 'company:m1', 'company'],
        ['end-user', 'name:ministry of health|AE', 'unknown'],
        ['end-user', 'name:ministry of energy|AE', 'unknown'],
      ],
    );
    assert.deepEqual(parties[3], {
      kind: 'owner',
      partyKey: 'company:p1',
      name: 'Jane Q Investor',
      type: 'person',
      country: 'AE',
      companyId: 'p1',
    });
  });

  it('keeps a party once per kind when the same name is given twice', () => {
    const content = ProposalContentSchema.parse({
      title: 'Twice named',
      endUsers: [
        { name: 'Ministry of Health', country: 'AE' },
        { name: 'MINISTRY  of health', country: 'AE' },
        { name: 'Ministry of Health', country: 'SA' },
      ],
    });
    const parties = extractProposalParties({ content, memberIds: [], ownership: { owners: [] }, companies: [] });
    assert.deepEqual(
      parties.map((p) => p.partyKey),
      ['name:ministry of health|AE', 'name:ministry of health|SA'],
    );
    assert.equal(parties[0]!.name, 'MINISTRY  of health');
  });

  it('leaves out a member or owner when its company is not among the loaded companies', () => {
    const content = ProposalContentSchema.parse({ title: 'Members only' });
    const parties = extractProposalParties({
      content,
      memberIds: ['m1', 'gone'],
      ownership: { owners: [{ companyId: 'ghost', depth: 1 }] },
      companies,
    });
    assert.deepEqual(
      parties.map((p) => p.partyKey),
      ['company:m1'],
    );
  });

  it('gives only the members when the operating model names nobody and there are no end users', () => {
    const content = ProposalContentSchema.parse({ title: 'Bare' });
    const parties = extractProposalParties({ content, memberIds: ['m2'], ownership: { owners: [] }, companies });
    assert.deepEqual(parties, [
      {
        kind: 'member',
        partyKey: 'company:m2',
        name: 'Harvest Data LLC',
        type: 'company',
        country: 'US',
        companyId: 'm2',
      },
    ]);
  });
});
