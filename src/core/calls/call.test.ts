import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Call, CallInputSchema, callPhase, checkCallOpen, checkExtension, chooseCall } from './call.ts';

const call = (id: string, opensAt: string, closesAt: string): Call => ({
  ...CallInputSchema.parse({
    title: `Call ${id}`,
    reference: `REF-${id}`,
    opensAt,
    closesAt,
    noticeUrl: 'https://www.federalregister.gov/d/2026-06952',
  }),
  id,
});

describe('call', () => {
  const a = call('a', '2026-04-10T00:00:00Z', '2026-06-30T21:00:00Z');

  it('is open from its opening instant up to, not including, its closing instant', () => {
    assert.equal(callPhase(a, new Date('2026-04-09T23:59:59Z')), 'upcoming');
    assert.equal(callPhase(a, new Date('2026-04-10T00:00:00Z')), 'open');
    assert.equal(callPhase(a, new Date('2026-06-30T20:59:59Z')), 'open');
    assert.equal(callPhase(a, new Date('2026-06-30T21:00:00Z')), 'closed');
  });

  it('says when an upcoming call opens and when a closed call closed', () => {
    const early = checkCallOpen(a, new Date('2026-04-01T00:00:00Z'));
    assert.ok(!early.ok && /opens on 2026-04-10 00:00 UTC/.test(early.error.message));
    const late = checkCallOpen(a, new Date('2026-07-01T00:00:00Z'));
    assert.ok(
      !late.ok && late.error.code === 'call_closed' && /closed on 2026-06-30 21:00 UTC/.test(late.error.message),
    );
  });

  it('chooses the only open call, refuses when none is open, and asks when several are', () => {
    const b = call('b', '2026-06-01T00:00:00Z', '2026-12-31T00:00:00Z');
    const only = chooseCall({ calls: [a, b], now: new Date('2026-08-01T00:00:00Z') });
    assert.ok(only.ok && only.value.id === 'b');
    const none = chooseCall({ calls: [a], now: new Date('2026-08-01T00:00:00Z') });
    assert.ok(!none.ok && none.error.code === 'call_closed');
    const several = chooseCall({ calls: [a, b], now: new Date('2026-06-15T00:00:00Z') });
    assert.ok(!several.ok && several.error.code === 'invalid_input');
    const named = chooseCall({ callId: 'a', calls: [a, b], now: new Date('2026-06-15T00:00:00Z') });
    assert.ok(named.ok && named.value.id === 'a');
    const closedByName = chooseCall({ callId: 'a', calls: [a, b], now: new Date('2026-08-01T00:00:00Z') });
    assert.ok(!closedByName.ok && closedByName.error.code === 'call_closed');
  });

  it('extends only to a later closing time', () => {
    assert.ok(!checkExtension(a, { closesAt: '2026-06-30T21:00:00Z', reason: 'same' }).ok);
    const later = checkExtension(a, { closesAt: '2026-07-15T21:00:00+00:00', reason: 'notice' });
    assert.ok(later.ok && later.value.closesAt === '2026-07-15T21:00:00.000Z');
  });

  it('refuses more required agencies than reviewers per proposal', () => {
    const parsed = CallInputSchema.safeParse({
      title: 'Narrow',
      reference: 'N-1',
      opensAt: '2026-04-10T00:00:00Z',
      closesAt: '2026-05-10T00:00:00Z',
      reviewersPerProposal: 1,
      requiredAgencies: ['State', 'Energy'],
      noticeUrl: 'https://example.gov/n',
    });
    assert.ok(!parsed.success && parsed.error.issues[0]?.path.join('.') === 'requiredAgencies');
  });
});
