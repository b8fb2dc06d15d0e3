/**
 * A cookie-keeping JSON client for API tests: logs in like a browser and sends the CSRF header. A call names the
 * body it expects with a wire type inferred from the route schemas (src/http/routes/<area>/<area>.schemas.ts,
 * ErrorBody from src/http/route-helpers.ts); without one the body is `unknown`, to be narrowed before use.
 */
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { Session } from '../../src/http/routes/auth/auth.schemas.ts';

export type ApiResponse<T = unknown> = { status: number; body: T; text: string };

export type ApiClient = {
  login: (email: string, password?: string) => Promise<ApiResponse<Session | ErrorBody>>;
  get: <T = unknown>(path: string) => Promise<ApiResponse<T>>;
  send: <T = unknown>(method: string, path: string, body?: unknown) => Promise<ApiResponse<T>>;
  csrfToken: () => string | null;
};

/** The password of every user the test builders create. */
export const TEST_PASSWORD = 'test-password-2026';

export const apiClient = (
  fetchImpl: (request: Request) => Promise<Response>,
  base = 'http://test.local',
): ApiClient => {
  let cookie: string | null = null;
  let csrf: string | null = null;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (cookie) headers.cookie = cookie;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    const response = await fetchImpl(
      new Request(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    );
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    const isExport = /x-ndjson|text\/csv/.test(response.headers.get('content-type') ?? '');
    // exports (JSON Lines, CSV) are kept as text
    return { status: response.status, body: (text ? (isExport ? text : JSON.parse(text)) : {}) as T, text };
  };
  return {
    login: async (email, password = TEST_PASSWORD) => {
      const response = await call<Session | ErrorBody>('POST', '/api/v1/auth/login', { email, password });
      csrf = 'csrfToken' in response.body ? response.body.csrfToken : null;
      return response;
    },
    get: (path) => call('GET', path),
    send: (method, path, body) => call(method, path, body),
    csrfToken: () => csrf,
  };
};
