import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressThrottleKey, canonicalIpAddress, clientAddress, UNKNOWN_ADDRESS } from './client-address.ts';

describe('canonicalIpAddress', () => {
  it('reads IPv4 with or without a port', () => {
    assert.equal(canonicalIpAddress('203.0.113.7'), '203.0.113.7');
    assert.equal(canonicalIpAddress(' 203.0.113.7:51234 '), '203.0.113.7');
    assert.equal(canonicalIpAddress('010.0.0.1'), '10.0.0.1');
  });

  it('writes IPv6 in one canonical form whatever the notation', () => {
    const forms = ['2001:db8::1', '2001:DB8:0:0:0:0:0:1', '[2001:db8::1]:443', '[2001:db8::1]', '2001:0db8::0001'];
    for (const form of forms) assert.equal(canonicalIpAddress(form), '2001:db8:0:0:0:0:0:1', form);
    assert.equal(canonicalIpAddress('::1'), '0:0:0:0:0:0:0:1');
    assert.equal(canonicalIpAddress('fe80::1%eth0'), 'fe80:0:0:0:0:0:0:1');
    assert.equal(canonicalIpAddress('64:ff9b::192.0.2.1'), '64:ff9b:0:0:0:0:c000:201');
  });

  it('turns an IPv4-mapped IPv6 address (a dual-stack socket) into the IPv4 address', () => {
    assert.equal(canonicalIpAddress('::ffff:198.51.100.4'), '198.51.100.4');
    assert.equal(canonicalIpAddress('::FFFF:c633:6404'), '198.51.100.4');
  });

  it('refuses what is not an IP address', () => {
    for (const text of [
      '',
      'unknown',
      'evil.example',
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.5',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      ':::',
      '12345::1',
      '::1.2.3.256',
      "'; DROP TABLE x",
      '1'.repeat(200),
    ]) {
      assert.equal(canonicalIpAddress(text), null, JSON.stringify(text));
    }
  });
});

describe('clientAddress', () => {
  it('uses the socket and ignores X-Forwarded-For when no proxy is trusted', () => {
    assert.equal(
      clientAddress({ socketAddress: '::ffff:192.0.2.9', forwardedFor: '198.51.100.1', trustedProxyHops: 0 }),
      '192.0.2.9',
    );
  });

  it('takes the Nth address from the right of X-Forwarded-For with N trusted hops', () => {
    const forwardedFor = '198.51.100.66, 203.0.113.5, 10.0.0.2';
    const at = (hops: number) => clientAddress({ socketAddress: '10.0.0.3', forwardedFor, trustedProxyHops: hops });
    assert.equal(at(1), '10.0.0.2');
    assert.equal(at(2), '203.0.113.5');
    assert.equal(at(3), '198.51.100.66');
  });

  it('ignores addresses a client prepends to the header', () => {
    const spoofed = (prefix: string) =>
      clientAddress({ socketAddress: '10.0.0.3', forwardedFor: `${prefix}203.0.113.5`, trustedProxyHops: 1 });
    assert.equal(spoofed(''), '203.0.113.5');
    assert.equal(spoofed('1.1.1.1, 2.2.2.2, '), '203.0.113.5');
  });

  it('uses the leftmost address when the request came through fewer proxies than trusted', () => {
    assert.equal(
      clientAddress({ socketAddress: '10.0.0.3', forwardedFor: '203.0.113.5', trustedProxyHops: 3 }),
      '203.0.113.5',
    );
    assert.equal(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: null, trustedProxyHops: 1 }), '10.0.0.3');
    assert.equal(clientAddress({ socketAddress: '10.0.0.3', forwardedFor: '', trustedProxyHops: 1 }), '10.0.0.3');
  });

  it('falls back to the hop that reported an entry that is not an IP address', () => {
    assert.equal(
      clientAddress({ socketAddress: '10.0.0.3', forwardedFor: '203.0.113.5, garbage', trustedProxyHops: 1 }),
      '10.0.0.3',
    );
    assert.equal(
      clientAddress({ socketAddress: '10.0.0.3', forwardedFor: 'garbage, 10.0.0.2', trustedProxyHops: 2 }),
      '10.0.0.2',
    );
  });

  it('reports an unknown address when there is no socket and no trusted header', () => {
    assert.equal(
      clientAddress({ socketAddress: null, forwardedFor: '203.0.113.5', trustedProxyHops: 0 }),
      UNKNOWN_ADDRESS,
    );
    assert.equal(
      clientAddress({ socketAddress: 'nonsense', forwardedFor: null, trustedProxyHops: 0 }),
      UNKNOWN_ADDRESS,
    );
  });
});

describe('addressThrottleKey', () => {
  it('keys IPv4 by the address and IPv6 by its /64 network', () => {
    assert.equal(addressThrottleKey('203.0.113.5'), '203.0.113.5');
    assert.equal(addressThrottleKey('2001:db8:1:2:aaaa:0:0:1'), '2001:db8:1:2::/64');
    assert.equal(
      addressThrottleKey(canonicalIpAddress('2001:db8:1:2::ffff') ?? ''),
      addressThrottleKey(canonicalIpAddress('2001:db8:1:2:1234::') ?? ''),
    );
    assert.equal(addressThrottleKey(UNKNOWN_ADDRESS), UNKNOWN_ADDRESS);
  });
});
