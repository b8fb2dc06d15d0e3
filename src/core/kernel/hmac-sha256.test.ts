import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { hmacSha256Hex, sameDigest } from './hmac-sha256.ts';

const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'hex'));
const repeat = (byte: number, length: number): Uint8Array => new Uint8Array(length).fill(byte);

// RFC 4231, section 4: the HMAC-SHA-256 results of test cases 1–7
const CASES: { name: string; key: Uint8Array; data: Uint8Array; mac: string; truncatedTo?: number }[] = [
  {
    name: '1 (20-byte key)',
    key: repeat(0x0b, 20),
    data: new TextEncoder().encode('Hi There'),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    name: '2 (a key shorter than the output)',
    key: new TextEncoder().encode('Jefe'),
    data: new TextEncoder().encode('what do ya want for nothing?'),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    name: '3 (combined length of key and data above 64 bytes)',
    key: repeat(0xaa, 20),
    data: repeat(0xdd, 50),
    mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  },
  {
    name: '4 (a 25-byte key)',
    key: hex('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    data: repeat(0xcd, 50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  {
    name: '5 (output truncated to 128 bits)',
    key: repeat(0x0c, 20),
    data: new TextEncoder().encode('Test With Truncation'),
    mac: 'a3b6167473100ee06e0c796c2955552b',
    truncatedTo: 32,
  },
  {
    name: '6 (a key larger than the block size)',
    key: repeat(0xaa, 131),
    data: new TextEncoder().encode('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    name: '7 (a key and data larger than the block size)',
    key: repeat(0xaa, 131),
    data: new TextEncoder().encode(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

describe('hmacSha256Hex', () => {
  for (const testCase of CASES) {
    it(`gives the RFC 4231 result when the input is test case ${testCase.name}`, () => {
      const mac = hmacSha256Hex(testCase.key, testCase.data);
      assert.equal(testCase.truncatedTo ? mac.slice(0, testCase.truncatedTo) : mac, testCase.mac);
    });
  }

  it('agrees with node:crypto when key and message are UTF-8 text', () => {
    const key = 'ключ-of-at-least-32-characters-ünïcode';
    const message = 'aiexports-audit-checkpoint/v1|12|abc|2026-12-02T00:00:00.000Z';
    assert.equal(hmacSha256Hex(key, message), createHmac('sha256', key).update(message).digest('hex'));
  });
});

describe('sameDigest', () => {
  it('is true only when the digests are equal', () => {
    assert.equal(sameDigest('abcd', 'abcd'), true);
    assert.equal(sameDigest('abcd', 'abce'), false);
    assert.equal(sameDigest('abcd', 'abc'), false);
  });
});
