import { z } from 'zod';
import { AGENCIES } from '../accounts/roles.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { LAYER_KEYS } from '../package/proposal.schema.ts';

/**
 * A call for proposals, as the program office publishes one in the Federal Register (the first: the Call for
 * Proposals for Pre-Set Consortia, FR Doc 2026-06952, April 10, 2026). Every proposal answers one call; a
 * first submission after the call's closing time is refused; the program office may extend the deadline.
 */

/** Regions a call may be limited to (World Bank regions); none listed means every region. */
export const CALL_REGIONS = [
  'East Asia and Pacific',
  'Europe and Central Asia',
  'Latin America and the Caribbean',
  'Middle East and North Africa',
  'North America',
  'South Asia',
  'Sub-Saharan Africa',
] as const;
export type CallRegion = (typeof CALL_REGIONS)[number];

const INSTANT = z.iso.datetime({ offset: true, error: 'a date and time, e.g. 2027-03-31T21:00:00Z' });

export const CallInputSchema = z
  .object({
    title: z.string().trim().min(3, 'a title of at least 3 characters').max(200, 'at most 200 characters'),
    /** the program's reference, e.g. the Federal Register document number */
    reference: z.string().trim().min(2, 'a reference such as FR Doc 2026-06952').max(60, 'at most 60 characters'),
    opensAt: INSTANT,
    closesAt: INSTANT,
    regions: z.array(z.enum(CALL_REGIONS)).max(CALL_REGIONS.length).default([]),
    layers: z.array(z.enum(LAYER_KEYS)).max(LAYER_KEYS.length).default([]),
    /** the rubric version reviewers score this call's proposals on */
    rubricVersion: z.number().int('a whole number').min(1, 'at least 1').default(1),
    reviewersPerProposal: z.number().int('a whole number').min(1, 'at least 1').max(10, 'at most 10').default(3),
    requiredAgencies: z.array(z.enum(AGENCIES)).max(AGENCIES.length).default([]),
    noticeUrl: z
      .url({ protocol: /^https$/, error: 'a link starting with https://' })
      .max(500, 'at most 500 characters'),
  })
  .refine((c) => Date.parse(c.closesAt) > Date.parse(c.opensAt), {
    path: ['closesAt'],
    message: 'must be after the opening time',
  })
  .refine((c) => c.requiredAgencies.length <= c.reviewersPerProposal, {
    path: ['requiredAgencies'],
    message: 'cannot require more agencies than reviewers per proposal',
  });
export type CallInput = z.infer<typeof CallInputSchema>;
/** What a client sends: the defaulted fields may be left out. */
export type CallCreateRequest = z.input<typeof CallInputSchema>;

export type Call = CallInput & { id: string };

export type CallPhase = 'upcoming' | 'open' | 'closed';

/** Where a call stands at an instant: open from its opening time up to (not including) its closing time. */
export const callPhase = (call: Pick<Call, 'opensAt' | 'closesAt'>, now: Date): CallPhase => {
  const t = now.getTime();
  if (t < Date.parse(call.opensAt)) return 'upcoming';
  return t < Date.parse(call.closesAt) ? 'open' : 'closed';
};

const when = (iso: string): string => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Whether a proposal may be started or first submitted under the call now; the refusal says what to do. */
export const checkCallOpen = (call: Call, now: Date): Result<Call> => {
  const phase = callPhase(call, now);
  if (phase === 'open') return ok(call);
  return err(
    appError(
      'call_closed',
      phase === 'upcoming'
        ? `The call “${call.title}” (${call.reference}) opens on ${when(call.opensAt)}; proposals can be submitted from then.`
        : `The call “${call.title}” (${call.reference}) closed on ${when(call.closesAt)}. Proposals can no longer be submitted to it; ask the program office whether the deadline will be extended.`,
      { callId: call.id, opensAt: call.opensAt, closesAt: call.closesAt, phase },
    ),
  );
};

/** Which call a new proposal answers: the one named, or the only open one; never a guess among several. */
export const chooseCall = (input: { callId?: string; calls: readonly Call[]; now: Date }): Result<Call> => {
  if (input.callId !== undefined) {
    const call = input.calls.find((c) => c.id === input.callId);
    if (!call) {
      return err(appError('invalid_input', 'No such call.', [{ path: 'callId', message: 'choose one of the calls' }]));
    }
    return checkCallOpen(call, input.now);
  }
  const open = input.calls.filter((c) => callPhase(c, input.now) === 'open');
  if (open.length === 1) return ok(open[0] as Call);
  if (open.length === 0) {
    return err(
      appError(
        'call_closed',
        'No call for proposals is open now, so no proposal can be started. Open calls are listed on the Calls page.',
        { phase: 'none_open' },
      ),
    );
  }
  return err(
    appError('invalid_input', 'Several calls are open: say which one this proposal answers.', [
      { path: 'callId', message: `choose one of: ${open.map((c) => c.reference).join(', ')}` },
    ]),
  );
};

export const ExtendCallInputSchema = z.object({
  closesAt: INSTANT,
  reason: z.string().trim().min(3, 'give the reason for the extension (at least 3 characters)').max(2000),
});
export type ExtendCallInput = z.infer<typeof ExtendCallInputSchema>;

/** A deadline may only move later than it is now; the reason is recorded in the audit trail. */
export const checkExtension = (call: Call, input: ExtendCallInput): Result<Call> =>
  Date.parse(input.closesAt) > Date.parse(call.closesAt)
    ? ok({ ...call, closesAt: new Date(input.closesAt).toISOString() })
    : err(
        appError('invalid_input', 'An extension must move the closing time later.', [
          { path: 'closesAt', message: `must be after the current closing time, ${when(call.closesAt)}` },
        ]),
      );
