// SHA-256 (FIPS 180-4) in plain TypeScript: the one hash of the product (session tokens, the audit chain,
// list content, entry ids and fingerprints). It works on the bytes in place, one 64-byte block at a time,
// and allocates nothing per block, so whole list files hash at close to native speed.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = new TextEncoder();
/** the message schedule: rewritten whole for every block and used synchronously, so every hasher shares it */
const w = new Int32Array(64);

/** Hashes `blocks` 64-byte blocks of `bytes`, from `offset`, into `state`. */
const compressBlocks = (state: Int32Array, bytes: Uint8Array, offset: number, blocks: number): void => {
  let h0 = state[0]!;
  let h1 = state[1]!;
  let h2 = state[2]!;
  let h3 = state[3]!;
  let h4 = state[4]!;
  let h5 = state[5]!;
  let h6 = state[6]!;
  let h7 = state[7]!;
  let p = offset;
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++, p += 4) {
      w[t] = (bytes[p]! << 24) | (bytes[p + 1]! << 16) | (bytes[p + 2]! << 8) | bytes[p + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + s1 + ch + K[t]! + w[t]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + s0 + maj) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
};

/** An incremental SHA-256: feed text (as UTF-8) or bytes, in as many pieces as wanted, then read the hex digest once. */
export type Sha256 = { update: (data: string | Uint8Array) => Sha256; digestHex: () => string };

export const createSha256 = (): Sha256 => {
  const state = new Int32Array(INITIAL_STATE);
  /** the bytes of a block not yet complete */
  const pending = new Uint8Array(64);
  let pendingLength = 0;
  let totalBytes = 0;
  let finished = false;

  const hasher: Sha256 = {
    update: (data) => {
      if (finished) throw new Error('sha256: update after digestHex');
      const bytes = typeof data === 'string' ? encoder.encode(data) : data;
      totalBytes += bytes.length;
      let offset = 0;
      if (pendingLength > 0) {
        const take = Math.min(64 - pendingLength, bytes.length);
        pending.set(bytes.subarray(0, take), pendingLength);
        pendingLength += take;
        offset = take;
        if (pendingLength < 64) return hasher;
        compressBlocks(state, pending, 0, 1);
        pendingLength = 0;
      }
      const blocks = (bytes.length - offset) >>> 6;
      if (blocks > 0) {
        compressBlocks(state, bytes, offset, blocks);
        offset += blocks * 64;
      }
      if (offset < bytes.length) {
        pending.set(bytes.subarray(offset), 0);
        pendingLength = bytes.length - offset;
      }
      return hasher;
    },
    digestHex: () => {
      if (finished) throw new Error('sha256: digestHex called twice');
      finished = true;
      pending[pendingLength++] = 0x80;
      if (pendingLength > 56) {
        pending.fill(0, pendingLength);
        compressBlocks(state, pending, 0, 1);
        pendingLength = 0;
      }
      pending.fill(0, pendingLength, 56);
      const high = Math.floor(totalBytes / 0x20000000);
      const low = (totalBytes * 8) >>> 0;
      for (let i = 0; i < 4; i++) {
        pending[56 + i] = (high >>> (24 - i * 8)) & 0xff;
        pending[60 + i] = (low >>> (24 - i * 8)) & 0xff;
      }
      compressBlocks(state, pending, 0, 1);
      let hex = '';
      for (let i = 0; i < 8; i++) hex += (state[i]! >>> 0).toString(16).padStart(8, '0');
      return hex;
    },
  };
  return hasher;
};

/** The SHA-256 of a text's UTF-8 bytes (or of bytes), as 64 lowercase hex digits. */
export const sha256Hex = (data: string | Uint8Array): string => createSha256().update(data).digestHex();
