/**
 * API clients for server processes (test/support/server-process.ts): a demo user logged in on one server, or a
 * client that sends each request to the next of several servers, as a load balancer without sticky sessions does.
 */
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo/demo-data.ts';
import { type ApiClient, apiClient } from './api-client.ts';

/** The email of a demo user by key ('applicant', 'compliance', 'auditor', …; see src/services/demo/demo-data.ts). */
export const demoEmail = (key: string): string => {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user "${key}"`);
  return user.email;
};

/** Sends the request to `base` instead of the placeholder origin the client was built with. */
const sendTo = async (base: string, request: Request): Promise<Response> => {
  const { pathname, search } = new URL(request.url);
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return fetch(`${base}${pathname}${search}`, { method: request.method, headers: request.headers, body });
};

/**
 * A client whose requests go to the servers in turn (first, second, …, first again). `bases` is read at each
 * request, so a restarted server is followed.
 */
export const roundRobinClient = (bases: () => string[]): ApiClient => {
  let next = 0;
  return apiClient((request) => {
    const all = bases();
    const base = all[next % all.length];
    next += 1;
    if (!base) throw new Error('no server to send to');
    return sendTo(base, request);
  }, 'http://aiexports.invalid');
};

/** A demo user logged in (through the first server when several), its requests sent in turn to each server. */
export const demoClient = async (key: string, bases: () => string[]): Promise<ApiClient> => {
  const client = roundRobinClient(bases);
  const login = await client.login(demoEmail(key), DEMO_PASSWORD);
  if (login.status !== 200)
    throw new Error(`demo user ${key} could not log in: ${login.status} ${JSON.stringify(login.body)}`);
  return client;
};
