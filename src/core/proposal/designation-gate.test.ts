import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DesignationGateInput, decideDesignationGate } from './designation-gate.ts';

const party = { kind: 'member', partyKey: 'company:c1', name: 'Atlas Compute Inc.' };
const fresh = { id: 'lv1', source: 'csl', asOf: '2026-11-30', ageDays: 2 };

/** A proposal that passes every gate: one screened party, no hits, three reviews, no conflicts. */
const clear = (): DesignationGateInput => ({
  findings: [{ code: 'us_content_low', severity: 'needs_review', title: 'U.S. content', explanation: 'Below 51%.' }],
  parties: [party],
  screenedParties: [{ ...party, id: 'sp1', screeningStatus: 'screened', screenedAt: '2026-12-01', lists: [fresh] }],
  hits: [{ id: 'h0', partyId: 'sp1', status: 'false_positive' }],
  maxListAgeDays: 7,
  submittedReviews: 3,
  requiredReviews: 3,
  assignments: [{ id: 'a1', reviewerName: 'Rae Reviewer', certification: 'certified', waived: false }],
  conflicts: [],
  overrides: [],
});

const blockerFinding = {
  code: 'member_controlled_from_country_of_concern',
  severity: 'blocker' as const,
  title: 'Member controlled from a country of concern',
  explanation: 'Huawei Technologies Co., Ltd. is located in CN.',
  subject: { path: 'consortium.members.0', label: 'Huawei Technologies Co., Ltd.' },
};

const verdict = (input: DesignationGateInput) => {
  const result = decideDesignationGate(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const codes = (input: DesignationGateInput) => verdict(input).blockers.map((b) => b.code);

describe('decideDesignationGate', () => {
  it('lets a package through when every gate holds (warnings and false positives do not block)', () => {
    assert.deepEqual(verdict(clear()), { designatable: true, blockers: [], overridden: [] });
  });

  it('blocks on a blocker finding, naming the finding and allowing an override', () => {
    const v = verdict({ ...clear(), findings: [blockerFinding] });
    assert.equal(v.designatable, false);
    assert.equal(v.blockers.length, 1);
    const [b] = v.blockers;
    assert.equal(b?.code, 'blocker_finding');
    assert.equal(b?.findingCode, blockerFinding.code);
    assert.equal(b?.overridable, true);
    assert.deepEqual(b?.object, { type: 'finding', id: blockerFinding.code, label: 'Huawei Technologies Co., Ltd.' });
    assert.match(b?.message ?? '', /Huawei Technologies Co., Ltd. is located in CN/);
  });

  it('blocks on a party never screened (no stored screening)', () => {
    const v = verdict({ ...clear(), screenedParties: [], hits: [] });
    assert.deepEqual(
      v.blockers.map((b) => [b.code, b.object.label, b.overridable]),
      [['party_not_screened', 'Atlas Compute Inc. (member)', false]],
    );
  });

  it('blocks on a party screened against no list', () => {
    const input = clear();
    assert.deepEqual(codes({ ...input, screenedParties: [{ ...input.screenedParties[0]!, lists: [] }] }), [
      'party_screened_against_no_list',
    ]);
  });

  it('blocks on a party screened only against lists older than the maximum list age', () => {
    const input = clear();
    const old = { ...fresh, asOf: '2026-07-31', ageDays: 124 };
    const v = verdict({ ...input, screenedParties: [{ ...input.screenedParties[0]!, lists: [old] }] });
    assert.deepEqual(
      v.blockers.map((b) => b.code),
      ['party_lists_stale'],
    );
    assert.match(v.blockers[0]!.message, /csl of 2026-07-31 \(124 days old\)/);
    // the same list within a larger maximum age (the demo's allowance) passes
    const allowed = {
      ...input,
      maxListAgeDays: 200,
      screenedParties: [{ ...input.screenedParties[0]!, lists: [old] }],
    };
    assert.deepEqual(codes(allowed), []);
  });

  it('does not count the party_not_screened finding twice: the party blocker stands for it', () => {
    const finding = { ...blockerFinding, code: 'party_not_screened', title: 'not screened' };
    assert.deepEqual(codes({ ...clear(), findings: [finding], screenedParties: [], hits: [] }), ['party_not_screened']);
  });

  it('blocks on an open hit and on a true match', () => {
    assert.deepEqual(codes({ ...clear(), hits: [{ id: 'h1', partyId: 'sp1', status: 'open' }] }), ['open_hit']);
    const v = verdict({
      ...clear(),
      hits: [{ id: 'h2', partyId: 'sp1', status: 'true_match', listName: 'Entity List', matchedName: 'ATLAS' }],
    });
    assert.deepEqual(
      v.blockers.map((b) => [b.code, b.overridable, b.object]),
      [
        [
          'true_match',
          false,
          { type: 'hit', id: 'h2', label: 'Atlas Compute Inc. (member) on the Entity List as "ATLAS"' },
        ],
      ],
    );
  });

  it('blocks when fewer reviews are submitted than required', () => {
    const v = verdict({ ...clear(), submittedReviews: 2 });
    assert.deepEqual(
      v.blockers.map((b) => [b.code, b.object.label]),
      [['reviews_missing', '2 of 3 reviews submitted']],
    );
    assert.deepEqual(codes({ ...clear(), submittedReviews: 5 }), []);
  });

  it('blocks on a recusal without waiver, not on a waived one', () => {
    const recused = { id: 'a2', reviewerName: 'Sam State', certification: 'recused', waived: false };
    assert.deepEqual(codes({ ...clear(), assignments: [recused] }), ['recusal_not_waived']);
    assert.deepEqual(codes({ ...clear(), assignments: [{ ...recused, waived: true }] }), []);
  });

  it('blocks on a computed conflict not waived (the seam for computed conflicts)', () => {
    const conflict = { id: 'c1', reviewerName: 'Sam State', companyName: 'Atlas Compute Inc.', waived: false };
    assert.deepEqual(codes({ ...clear(), conflicts: [conflict] }), ['conflict_not_waived']);
    assert.deepEqual(codes({ ...clear(), conflicts: [{ ...conflict, waived: true }] }), []);
  });

  it('lists every blocker when several hold at once', () => {
    const v = verdict({
      ...clear(),
      findings: [blockerFinding],
      hits: [
        { id: 'h1', partyId: 'sp1', status: 'open' },
        { id: 'h2', partyId: 'sp1', status: 'true_match' },
      ],
      submittedReviews: 0,
      assignments: [{ id: 'a2', reviewerName: 'Sam State', certification: 'recused', waived: false }],
      parties: [party, { kind: 'end-user', partyKey: 'name:x|CN', name: 'X Corp' }],
    });
    assert.deepEqual(
      v.blockers.map((b) => b.code),
      ['blocker_finding', 'party_not_screened', 'open_hit', 'true_match', 'reviews_missing', 'recusal_not_waived'],
    );
  });

  it('lifts a blocker finding overridden with a justification, and keeps it in the verdict', () => {
    const justification = 'The control finding rests on a stake divested on 2026-11-01; see the filing.';
    const v = verdict({
      ...clear(),
      findings: [blockerFinding],
      overrides: [{ findingCode: blockerFinding.code, justification }],
    });
    assert.deepEqual(v, {
      designatable: true,
      blockers: [],
      overridden: [
        {
          findingCode: blockerFinding.code,
          title: blockerFinding.title,
          label: 'Huawei Technologies Co., Ltd.',
          justification,
        },
      ],
    });
  });

  it('an override lifts the finding only: a true match on the same package still blocks', () => {
    const v = verdict({
      ...clear(),
      findings: [blockerFinding],
      hits: [{ id: 'h2', partyId: 'sp1', status: 'true_match' }],
      overrides: [{ findingCode: blockerFinding.code, justification: 'A justification long enough to count.' }],
    });
    assert.equal(v.designatable, false);
    assert.deepEqual(
      v.blockers.map((b) => b.code),
      ['true_match'],
    );
  });

  it('refuses an override without a written justification, of an absent finding, or of a party not screened', () => {
    const refusal = (overrides: DesignationGateInput['overrides']) => {
      const result = decideDesignationGate({ ...clear(), findings: [blockerFinding], overrides });
      return result.ok ? null : result.error;
    };
    const paths = (error: ReturnType<typeof refusal>) =>
      error?.code === 'invalid_input' && Array.isArray(error.details) ? error.details.map((d) => d.path) : null;
    assert.deepEqual(paths(refusal([{ findingCode: blockerFinding.code, justification: 'ok' }])), [
      'overrides.0.justification',
    ]);
    assert.deepEqual(paths(refusal([{ findingCode: 'no_such_finding', justification: 'x'.repeat(40) }])), [
      'overrides.0.findingCode',
    ]);
    const screening = refusal([{ findingCode: 'party_not_screened', justification: 'x'.repeat(40) }]);
    assert.deepEqual(paths(screening), ['overrides.0.findingCode']);
    assert.match(JSON.stringify(screening?.details), /cannot be overridden/);
  });
});
