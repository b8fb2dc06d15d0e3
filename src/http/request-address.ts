import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { clientAddress } from '../core/accounts/client-address.ts';

/** The socket's peer address, or null when the request did not come through the Node server (an in-process call). */
const socketAddress = (c: Context): string | null => {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null;
  }
};

/**
 * The client's address: the socket's peer, or with `trustedProxyHops` > 0 the address that many proxies reported
 * in `X-Forwarded-For` (src/core/accounts/client-address.ts). Setting AIEXPORTS_TRUSTED_PROXY_HOPS.
 */
export const requestClientAddress = (c: Context, trustedProxyHops: number): string =>
  clientAddress({
    socketAddress: socketAddress(c),
    forwardedFor: c.req.header('x-forwarded-for') ?? null,
    trustedProxyHops,
  });
