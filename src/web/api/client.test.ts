import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ApiError, api, setCsrfToken } from './client.ts';

const realFetch = globalThis.fetch;
type Call = { url: string; init: RequestInit };

const headersOf = (call: Call | undefined) => (call?.init.headers ?? {}) as Record<string, string>;

/** Answers every request with this status and body, recording what was sent. */
const answer = (status: number, body: unknown): Call[] => {
  const calls: Call[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
};

describe('api client', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
    setCsrfToken(null);
  });

  it('sends the CSRF token on writes and not on reads', async () => {
    const calls = answer(200, { proposal: {} });
    setCsrfToken('token-1');
    await api.submit('p1');
    await api.proposal('p1');
    const [write, read] = calls;
    assert.equal(headersOf(write)['x-csrf-token'], 'token-1');
    assert.equal(write?.init.method, 'POST');
    assert.equal(headersOf(read)['x-csrf-token'], undefined);
    assert.equal(read?.url, '/api/v1/proposals/p1');
  });

  it('turns the error shape into an ApiError with field errors', async () => {
    answer(400, {
      error: {
        code: 'invalid_input',
        message: 'Invalid input',
        details: [{ path: 'content.layers.hardware.0.eccn', message: 'an ECCN' }],
        requestId: 'r1',
      },
    });
    await assert.rejects(api.saveDraft('p1', {} as never), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'invalid_input');
      assert.equal(error.requestId, 'r1');
      assert.deepEqual(error.fieldErrors(), { 'content.layers.hardware.0.eccn': 'an ECCN' });
      return true;
    });
  });

  it('builds the diff query with "draft" as the target', async () => {
    const calls = answer(200, { changes: [] });
    await api.diff('p1', 1, 'draft');
    assert.equal(calls[0]?.url, '/api/v1/proposals/p1/diff?from=1&to=draft');
  });
});
