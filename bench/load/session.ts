import { DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo/demo-data.ts';

/** The headers a logged-in request carries: the session cookie and the CSRF token. */
export type SessionHeaders = { cookie: string; 'x-csrf-token': string };

/** Logs a demo user in (by key: 'applicant', 'compliance', …) and returns the headers of its session. */
export const logInDemo = async (base: string, key: string): Promise<SessionHeaders> => {
  const email = DEMO_USERS.find((user) => user.key === key)?.email;
  if (!email) throw new Error(`no demo user "${key}"`);
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie || !body.csrfToken) {
    throw new Error(`demo user ${key} could not log in: ${response.status} ${JSON.stringify(body)}`);
  }
  return { cookie, 'x-csrf-token': body.csrfToken };
};

/** A JSON request with a session; throws unless the status is the one expected. */
export const sendJson = async <T>(
  base: string,
  session: SessionHeaders,
  request: { method: string; path: string; body?: unknown; expect: number },
): Promise<T> => {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: { ...session, 'content-type': 'application/json' },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  const text = await response.text();
  if (response.status !== request.expect) {
    throw new Error(`${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text) as T;
};
