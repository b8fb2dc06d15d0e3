import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_LOGIN_THROTTLE,
  decideLoginAttempt,
  type FailureCount,
  type LoginFailureHistory,
  loginAttemptRetentionSeconds,
  loginThrottleWindows,
  pairDelaySeconds,
} from './login-throttle.ts';

const policy = DEFAULT_LOGIN_THROTTLE;
const now = new Date('2026-11-28T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const none: FailureCount = { count: 0, oldestAt: null, latestAt: null };
const failures = (count: number, oldestSecondsAgo: number, latestSecondsAgo = 0): FailureCount => ({
  count,
  oldestAt: ago(oldestSecondsAgo),
  latestAt: ago(latestSecondsAgo),
});
const history = (counts: Partial<LoginFailureHistory>): LoginFailureHistory => ({
  account_address: none,
  address: none,
  account: none,
  global: none,
  ...counts,
});
const decide = (counts: Partial<LoginFailureHistory>) => decideLoginAttempt(policy, history(counts), now);

describe('pairDelaySeconds', () => {
  it('is 0 for the free failures, then doubles from the first delay up to the cap', () => {
    const delays = Array.from({ length: 13 }, (_, n) => pairDelaySeconds(policy, n));
    assert.deepEqual(delays, [0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('stays at the cap for any number of failures', () => {
    assert.equal(pairDelaySeconds(policy, 10_000), policy.pairMaxDelaySeconds);
  });

  it('starts back-off after the configured number of free failures', () => {
    const strict = { ...policy, pairFreeFailures: 1 };
    assert.deepEqual(
      [0, 1, 2].map((n) => pairDelaySeconds(strict, n)),
      [0, 30, 60],
    );
  });
});

describe('decideLoginAttempt', () => {
  it('allows an attempt with no failures anywhere', () => {
    assert.deepEqual(decide({}), { allowed: true });
  });

  it('allows the free failures of an account and address, then asks to wait from the last failure', () => {
    const counts = (count: number, latestSecondsAgo: number) => ({
      account_address: failures(count, 100, latestSecondsAgo),
      address: failures(count, 100, latestSecondsAgo),
      account: failures(count, 100, latestSecondsAgo),
    });
    assert.deepEqual(decide(counts(4, 0)), { allowed: true });
    assert.deepEqual(decide(counts(5, 0)), { allowed: false, retryAfterSeconds: 30, limits: ['account_address'] });
    assert.deepEqual(decide(counts(5, 10)), { allowed: false, retryAfterSeconds: 20, limits: ['account_address'] });
    assert.deepEqual(decide(counts(5, 30)), { allowed: true });
    assert.deepEqual(decide(counts(7, 100)), { allowed: false, retryAfterSeconds: 20, limits: ['account_address'] });
    assert.deepEqual(decide(counts(19, 0)), { allowed: false, retryAfterSeconds: 900, limits: ['account_address'] });
  });

  it('never asks an account and address to wait more than the cap after its last failure', () => {
    const decision = decide({ account_address: failures(5000, 86_000, 60) });
    assert.deepEqual(decision, { allowed: false, retryAfterSeconds: 840, limits: ['account_address'] });
  });

  it('rounds a wait up to whole seconds, and at least one', () => {
    const latestAt = new Date(now.getTime() - 29_999);
    const decision = decideLoginAttempt(
      policy,
      history({ account_address: { count: 5, oldestAt: latestAt, latestAt } }),
      now,
    );
    assert.deepEqual(decision, { allowed: false, retryAfterSeconds: 1, limits: ['account_address'] });
  });

  it('holds back an address with too many failures across accounts until the oldest leaves the window', () => {
    assert.deepEqual(decide({ address: failures(19, 600) }), { allowed: true });
    assert.deepEqual(decide({ address: failures(20, 600) }), {
      allowed: false,
      retryAfterSeconds: 300,
      limits: ['address'],
    });
  });

  it('enforces the account limit on an address that failed for the account', () => {
    const decision = decide({ account_address: failures(1, 10, 10), account: failures(30, 800) });
    assert.deepEqual(decision, { allowed: false, retryAfterSeconds: 100, limits: ['account'] });
  });

  it('lets an address without failures for the account in while the account is attacked from elsewhere', () => {
    assert.deepEqual(decide({ account: failures(10_000, 800) }), { allowed: true });
    assert.deepEqual(decide({ account: failures(10_000, 800), address: failures(19, 800) }), { allowed: true });
  });

  it('holds back everyone while the global limit is reached, for the rest of its window', () => {
    assert.deepEqual(decide({ global: failures(299, 20) }), { allowed: true });
    assert.deepEqual(decide({ global: failures(300, 20) }), {
      allowed: false,
      retryAfterSeconds: 10,
      limits: ['global'],
    });
  });

  it('names every limit that holds an attempt back and waits for the last of them', () => {
    const decision = decide({
      account_address: failures(6, 900, 0),
      address: failures(25, 300),
      account: failures(40, 850),
      global: failures(301, 29),
    });
    assert.deepEqual(decision, {
      allowed: false,
      retryAfterSeconds: 600,
      limits: ['account_address', 'address', 'account', 'global'],
    });
  });

  it('lets an attempt through once every window has moved past its failures', () => {
    const decision = decide({
      account_address: failures(5, 900, 30),
      address: failures(20, 900),
      account: failures(30, 900),
      global: failures(300, 30),
    });
    assert.deepEqual(decision, { allowed: true });
  });

  it('treats the limits as parameters', () => {
    const tight = { ...policy, addressMaxFailures: 2, addressWindowSeconds: 60 };
    assert.deepEqual(decideLoginAttempt(tight, history({ address: failures(2, 15) }), now), {
      allowed: false,
      retryAfterSeconds: 45,
      limits: ['address'],
    });
  });
});

describe('loginThrottleWindows', () => {
  it('counts each scope over its window and keeps failures as long as the longest', () => {
    assert.deepEqual(loginThrottleWindows(policy), {
      account_address: 86_400,
      address: 900,
      account: 900,
      global: 30,
    });
    assert.equal(loginAttemptRetentionSeconds(policy), 86_400);
  });
});
