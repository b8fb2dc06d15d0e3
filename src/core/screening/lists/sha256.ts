// SHA-256 (FIPS 180-4) in plain TypeScript, so the pure core can derive stable ids and fingerprints.
// Services hash whole files with node:crypto, which gives the same digests faster.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const encoder = new TextEncoder();
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** An incremental SHA-256: feed text (as UTF-8) or bytes, then read the hex digest once. */
export type Sha256 = { update: (data: string | Uint8Array) => Sha256; digestHex: () => string };

export const createSha256 = (): Sha256 => {
  const state = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const block = new Uint8Array(64);
  const w = new Uint32Array(64);
  let blockLength = 0;
  let totalBytes = 0;

  const compress = (): void => {
    for (let t = 0; t < 16; t++) {
      w[t] = (block[t * 4]! << 24) | (block[t * 4 + 1]! << 16) | (block[t * 4 + 2]! << 8) | block[t * 4 + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = state as unknown as number[];
    for (let t = 0; t < 64; t++) {
      const s1 = rotr(e!, 6) ^ rotr(e!, 11) ^ rotr(e!, 25);
      const ch = (e! & f!) ^ (~e! & g!);
      const t1 = (h! + s1 + ch + K[t]! + w[t]!) | 0;
      const s0 = rotr(a!, 2) ^ rotr(a!, 13) ^ rotr(a!, 22);
      const maj = (a! & b!) ^ (a! & c!) ^ (b! & c!);
      const t2 = (s0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d! + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a!, b!, c!, d!, e!, f!, g!, h!];
    for (let i = 0; i < 8; i++) state[i] = (state[i]! + next[i]!) | 0;
  };

  const hasher: Sha256 = {
    update: (data) => {
      const bytes = typeof data === 'string' ? encoder.encode(data) : data;
      totalBytes += bytes.length;
      for (let i = 0; i < bytes.length; i++) {
        block[blockLength++] = bytes[i]!;
        if (blockLength === 64) {
          compress();
          blockLength = 0;
        }
      }
      return hasher;
    },
    digestHex: () => {
      const bitLength = totalBytes * 8;
      block[blockLength++] = 0x80;
      if (blockLength > 56) {
        block.fill(0, blockLength);
        compress();
        blockLength = 0;
      }
      block.fill(0, blockLength, 56);
      const high = Math.floor(bitLength / 0x100000000);
      const low = bitLength >>> 0;
      for (let i = 0; i < 4; i++) {
        block[56 + i] = (high >>> (24 - i * 8)) & 0xff;
        block[60 + i] = (low >>> (24 - i * 8)) & 0xff;
      }
      compress();
      return [...state].map((word) => word.toString(16).padStart(8, '0')).join('');
    },
  };
  return hasher;
};

/** The SHA-256 of a text's UTF-8 bytes, as 64 hex digits. */
export const sha256Hex = (text: string): string => createSha256().update(text).digestHex();
