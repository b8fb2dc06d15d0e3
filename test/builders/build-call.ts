import { type CallInput, CallInputSchema, callPhase } from '../../src/core/calls/call.ts';
import { type CallRecord, listCalls } from '../../src/db/repos/calls.repo.ts';
import { createCall } from '../../src/services/calls/create-call.ts';
import type { TestApp } from '../support/test-app.ts';
import { type BuiltUser, buildUser } from './build-user.ts';
import { expectOk } from './expect-ok.ts';

let sequence = 0;

/**
 * A call for proposals published through the service by a program officer (a new one unless given). By
 * default it opened a year before the test clock and stays open ten years after it, so tests that move the
 * clock by days or months keep it open; pass opensAt/closesAt to test the deadline.
 */
export const buildCall = async (
  t: TestApp,
  options: Partial<CallInput> & { programOfficer?: BuiltUser } = {},
): Promise<CallRecord> => {
  const { programOfficer, ...overrides } = options;
  const officer = programOfficer ?? (await buildUser(t, { role: 'program_officer' }));
  sequence += 1;
  const input = CallInputSchema.parse({
    title: `Test call ${sequence}`,
    reference: `TEST-CALL-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    opensAt: new Date(t.deps.clock().getTime() - 365 * 86_400_000).toISOString(),
    closesAt: new Date(t.deps.clock().getTime() + 3650 * 86_400_000).toISOString(),
    noticeUrl: 'https://www.federalregister.gov/d/2026-06952',
    ...overrides,
  });
  return expectOk(await createCall(t.deps, officer.actor, input), 'buildCall');
};

/** The id of a call open now: the first open one, or a new default call when none is open. */
export const openCallId = async (t: TestApp): Promise<string> => {
  const now = t.deps.clock();
  const open = (await listCalls(t.deps.db)).find((c) => callPhase(c, now) === 'open');
  return open ? open.id : (await buildCall(t)).id;
};
