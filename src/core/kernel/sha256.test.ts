import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { createSha256, sha256Hex } from './sha256.ts';

// FIPS 180-4 / NIST CSRC examples (SHA256.pdf, "SHA-2 Additional Examples")
const ONE_BLOCK = 'abc';
const TWO_BLOCKS = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
const FOUR_BLOCKS =
  'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digest when the message is empty', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the FIPS 180-4 digest when the message is "abc" (one block)', () => {
    assert.equal(sha256Hex(ONE_BLOCK), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the FIPS 180-4 digest when the message is 448 bits (padding spills into a second block)', () => {
    assert.equal(TWO_BLOCKS.length * 8, 448);
    assert.equal(sha256Hex(TWO_BLOCKS), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('gives the NIST digest when the message is 896 bits', () => {
    assert.equal(sha256Hex(FOUR_BLOCKS), 'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
  });

  it('gives the FIPS 180-4 digest when the message is a million "a"', () => {
    assert.equal(sha256Hex('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes text as UTF-8 when it holds non-ASCII characters', () => {
    assert.equal(sha256Hex('é'), sha256Hex(new Uint8Array([0xc3, 0xa9])));
    assert.equal(sha256Hex('Ωmega – 東京'), createHash('sha256').update('Ωmega – 東京').digest('hex'));
  });

  it('equals node:crypto when the message length is around every block boundary', () => {
    const bytes = new Uint8Array(200).map((_v, i) => (i * 31 + 7) & 0xff);
    for (let length = 0; length <= bytes.length; length++) {
      const message = bytes.subarray(0, length);
      assert.equal(sha256Hex(message), createHash('sha256').update(message).digest('hex'), `length ${length}`);
    }
  });
});

describe('createSha256', () => {
  it('gives the one-shot digest when a million "a" arrive in uneven pieces across many blocks', () => {
    const hasher = createSha256();
    const sizes = [1, 63, 64, 65, 127, 1000, 4096, 7];
    let fed = 0;
    for (let i = 0; fed < 1_000_000; i++) {
      const size = Math.min(sizes[i % sizes.length]!, 1_000_000 - fed);
      hasher.update('a'.repeat(size));
      fed += size;
    }
    assert.equal(hasher.digestHex(), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('gives the one-shot digest when text and bytes are mixed across chunks', () => {
    const text = 'The quick brown fox jumps over the lazy dog'.repeat(7);
    const hasher = createSha256();
    for (let i = 0; i < text.length; i += 13) {
      const piece = text.slice(i, i + 13);
      hasher.update(i % 2 === 0 ? piece : new TextEncoder().encode(piece));
    }
    assert.equal(hasher.digestHex(), sha256Hex(text));
  });

  it('refuses more input when the digest was already read', () => {
    const hasher = createSha256().update('abc');
    hasher.digestHex();
    assert.throws(() => hasher.update('d'), /after digestHex/);
  });
});
