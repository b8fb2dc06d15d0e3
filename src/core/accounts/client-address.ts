/**
 * Which address a request comes from, for the login limits. Pure: the HTTP layer passes the socket's peer
 * address and the raw `X-Forwarded-For` header; the setting AIEXPORTS_TRUSTED_PROXY_HOPS says how many proxies
 * in front of the server append to that header. With 0 hops the header is ignored (a client chooses it).
 */

/** The address used when nothing usable is known (a request without a socket, e.g. an in-process test call). */
export const UNKNOWN_ADDRESS = 'unknown';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/;

const parseIpv4 = (text: string): string | null => {
  const match = IPV4.exec(text);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.every((part) => part <= 255) ? parts.join('.') : null;
};

/** The eight 16-bit groups of an IPv6 address (with `::` and a trailing dotted IPv4 expanded), or null. */
const ipv6Groups = (raw: string): number[] | null => {
  let text = raw;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    // a trailing dotted IPv4 (`::ffff:1.2.3.4`) is the last two groups written another way
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const toGroups = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    return groups.every((group) => HEX_GROUP.test(group)) ? groups.map((group) => Number.parseInt(group, 16)) : null;
  };
  const head = toGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? toGroups(halves[1] ?? '') : [];
  if (head === null || rest === null) return null;
  const explicit = head.length + rest.length;
  if (halves.length === 1) return explicit === 8 ? head : null;
  return explicit <= 7 ? [...head, ...new Array<number>(8 - explicit).fill(0), ...rest] : null;
};

/**
 * The canonical text of an IP address, or null when the text is not one. Accepts what proxies and sockets write:
 * `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:443`, a zone (`fe80::1%eth0`, dropped); an
 * IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, what a dual-stack socket reports) becomes the IPv4 address.
 * IPv6 is written lowercase, every group without leading zeros, no `::` compression.
 */
export const canonicalIpAddress = (raw: string): string | null => {
  let text = raw.trim().toLowerCase();
  if (text.length === 0 || text.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1] ?? '';
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.indexOf(':'));
  const v4 = parseIpv4(text);
  if (v4 !== null) return v4;
  if (!text.includes(':')) return null;
  const groups = ipv6Groups(text.replace(/%[0-9a-z._~-]+$/, ''));
  if (groups === null) return null;
  const mapped = groups.slice(0, 6).join(',') === '0,0,0,0,0,65535';
  if (mapped) {
    const [high = 0, low = 0] = groups.slice(6);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return groups.map((group) => group.toString(16)).join(':');
};

/**
 * The client's address. With `trustedProxyHops` = 0 it is the socket's peer. With N > 0 it is the Nth address
 * from the right of `X-Forwarded-For` (the one the outermost trusted proxy saw connect), counting the socket's
 * peer as hop 0 — as Express's `trust proxy = N`. When the header holds fewer than N addresses, the leftmost one
 * is used (the request came through fewer proxies). An entry there that is not an IP address is not trusted:
 * the hop that reported it (the next address to its right) is used instead.
 */
export const clientAddress = (input: {
  socketAddress: string | null;
  forwardedFor: string | null;
  trustedProxyHops: number;
}): string => {
  const hops = Math.max(0, Math.floor(input.trustedProxyHops));
  const forwarded = hops > 0 && input.forwardedFor ? input.forwardedFor.split(',') : [];
  const chain = [...forwarded, input.socketAddress ?? ''];
  for (let index = Math.max(0, chain.length - 1 - hops); index < chain.length; index++) {
    const address = canonicalIpAddress(chain[index] ?? '');
    if (address !== null) return address;
  }
  return UNKNOWN_ADDRESS;
};

/**
 * The key the per-address limits count under: an IPv4 address itself, an IPv6 address by its /64 network (one
 * subscriber usually holds a whole /64, so counting single IPv6 addresses would give an attacker 2^64 keys).
 */
export const addressThrottleKey = (address: string): string => {
  if (!address.includes(':')) return address;
  const groups = address.split(':');
  return groups.length === 8 ? `${groups.slice(0, 4).join(':')}::/64` : address;
};
