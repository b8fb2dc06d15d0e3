import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSha256, sha256Hex } from './sha256.ts';

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    assert.equal(sha256Hex('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes text as UTF-8 when it holds non-ASCII characters', () => {
    assert.equal(
      sha256Hex('é'),
      createSha256()
        .update(new Uint8Array([0xc3, 0xa9]))
        .digestHex(),
    );
  });

  it('gives the same digest when the input arrives in pieces', () => {
    const text = 'The quick brown fox jumps over the lazy dog'.repeat(7);
    const hasher = createSha256();
    for (let i = 0; i < text.length; i += 13) hasher.update(text.slice(i, i + 13));
    assert.equal(hasher.digestHex(), sha256Hex(text));
  });
});
