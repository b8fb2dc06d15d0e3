import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { walkOwnershipGraph } from '../consortium/walk-ownership-graph.ts';
import { extractProposalParties } from '../screening/extract-proposal-parties.ts';
import {
  affiliationCounts,
  CONFLICT_MATCH_THRESHOLD,
  type ConflictAffiliation,
  type ConflictParty,
  findConflicts,
  monthsBefore,
} from './conflicts.ts';
import { ReviewerProfileInputSchema } from './reviewer-profile.ts';

const affiliation = (over: Partial<ConflictAffiliation> = {}): ConflictAffiliation => ({
  id: 'a1',
  companyName: 'Atlas Compute Inc',
  country: 'US',
  relationship: 'employment',
  startDate: '2020-01-01',
  endDate: null,
  ...over,
});
const member = (name: string): ConflictParty => ({ kind: 'member', name, country: 'US', companyId: 'c1' });

describe('findConflicts', () => {
  it('conflicts when the affiliation names a member under another case, punctuation and legal form', () => {
    const found = findConflicts({
      affiliations: [affiliation()],
      parties: [member('ATLAS COMPUTE, INC.')],
      asOf: '2026-06-01',
    });
    assert.equal(found.length, 1);
    assert.equal(found[0]!.partyName, 'ATLAS COMPUTE, INC.');
    assert.equal(found[0]!.affiliationId, 'a1');
    assert.ok(found[0]!.score >= CONFLICT_MATCH_THRESHOLD);
    assert.match(found[0]!.reason, /employment with “Atlas Compute Inc”/);
    assert.match(found[0]!.reason, /a consortium member, “ATLAS COMPUTE, INC.”/);
    assert.match(found[0]!.reason, /5 CFR 2635\.502/);
  });

  it('does not conflict with a different company that shares a word or a close spelling', () => {
    for (const other of ['Atlas Networks LLC', 'Atlas Computing Inc', 'Orion Compute Inc']) {
      const found = findConflicts({ affiliations: [affiliation()], parties: [member(other)], asOf: '2026-06-01' });
      assert.deepEqual(found, [], other);
    }
  });

  it('uses the threshold both ways: a lower threshold makes the close spelling a conflict', () => {
    const found = findConflicts({
      affiliations: [affiliation()],
      parties: [member('Atlas Computing Inc')],
      asOf: '2026-06-01',
      threshold: 0.8,
    });
    assert.equal(found.length, 1);
  });

  it('counts an affiliation that ended within the last 12 months, and not one that ended before', () => {
    const parties = [member('Atlas Compute Inc')];
    const within = affiliation({ endDate: '2025-06-01' });
    const justOut = affiliation({ endDate: '2025-05-31' });
    assert.equal(findConflicts({ affiliations: [within], parties, asOf: '2026-06-01' }).length, 1);
    assert.equal(findConflicts({ affiliations: [justOut], parties, asOf: '2026-06-01' }).length, 0);
    assert.equal(affiliationCounts(within, '2026-06-01'), true);
    assert.equal(affiliationCounts(justOut, '2026-06-01'), false);
  });

  it('counts a continuing affiliation and one that starts in the future (negotiating employment)', () => {
    const parties = [member('Atlas Compute Inc')];
    const future = affiliation({ relationship: 'negotiating_employment', startDate: '2027-01-01' });
    const found = findConflicts({ affiliations: [future], parties, asOf: '2026-06-01' });
    assert.equal(found.length, 1);
    assert.match(found[0]!.reason, /negotiating employment/);
  });

  it('finds an owner reached through the ownership graph and a named end user', () => {
    const walk = walkOwnershipGraph(
      ['m1'],
      [
        { ownedId: 'm1', ownerId: 'h1', sharePercent: 60 },
        { ownedId: 'h1', ownerId: 'h2', sharePercent: 100 },
      ],
    );
    const companies = [
      { id: 'm1', legalName: 'Gulf Cloud LLC', kind: 'company' as const, countryOfIncorporation: 'AE' },
      { id: 'h1', legalName: 'Desert Holdings Ltd', kind: 'company' as const, countryOfIncorporation: 'AE' },
      { id: 'h2', legalName: 'Meridian Capital Partners LP', kind: 'company' as const, countryOfIncorporation: 'US' },
    ];
    const parties = extractProposalParties({
      content: {
        title: 'T',
        endUsers: [{ name: 'Ministry of Health Services', country: 'AE' }],
      } as never,
      memberIds: ['m1'],
      ownership: walk,
      companies,
    });
    const found = findConflicts({
      affiliations: [
        affiliation({ id: 'own', companyName: 'MERIDIAN CAPITAL PARTNERS, L.P.', relationship: 'financial_interest' }),
        affiliation({ id: 'eu', companyName: 'Ministry of Health Services', relationship: 'consultant' }),
        affiliation({ id: 'none', companyName: 'Helios Power' }),
      ],
      parties,
      asOf: '2026-06-01',
    });
    assert.deepEqual(
      found.map((c) => [c.affiliationId, c.partyKind, c.partyName]),
      [
        ['own', 'owner', 'Meridian Capital Partners LP'],
        ['eu', 'end-user', 'Ministry of Health Services'],
      ],
    );
    assert.match(found[0]!.reason, /an owner of a member \(ownership graph\)/);
  });
});

describe('monthsBefore', () => {
  it('steps back whole months and clamps to the month’s last day', () => {
    assert.equal(monthsBefore('2026-06-01', 12), '2025-06-01');
    assert.equal(monthsBefore('2024-02-29', 12), '2023-02-28');
    assert.equal(monthsBefore('2026-01-15', 13), '2024-12-15');
  });
});

describe('ReviewerProfileInputSchema', () => {
  it('takes layers, sectors and country or bloc codes, and names a bad tag, date or order', () => {
    const good = ReviewerProfileInputSchema.safeParse({
      expertise: ['hardware', 'healthcare', 'AE', 'GCC'],
      capacity: 4,
      affiliations: [{ companyName: 'Atlas', relationship: 'employment', startDate: '2020-01-01' }],
    });
    assert.equal(good.success, true);
    const bad = ReviewerProfileInputSchema.safeParse({
      expertise: ['hardware', 'quantum!'],
      capacity: -1,
      affiliations: [
        { companyName: 'Atlas', relationship: 'employment', startDate: '2020-02-30' },
        { companyName: 'Atlas', relationship: 'friend', startDate: '2020-01-01', endDate: '2019-01-01' },
      ],
    });
    assert.equal(bad.success, false);
    const paths = bad.error!.issues.map((i) => i.path.join('.')).sort();
    assert.deepEqual(paths, ['affiliations.0.startDate', 'affiliations.1.relationship', 'capacity', 'expertise.1']);
  });
});
