import { createSha256 } from './sha256.ts';

// HMAC-SHA256 (RFC 2104, FIPS 198-1) on top of the product's own pure SHA-256: signs audit checkpoints with a
// key the database does not hold.

const BLOCK_BYTES = 64;
const encoder = new TextEncoder();

const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? encoder.encode(data) : data);

const hexToBytes = (hex: string): Uint8Array => {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

/** The HMAC-SHA256 of a message under a key (text is taken as UTF-8), as 64 hex digits. */
export const hmacSha256Hex = (key: string | Uint8Array, message: string | Uint8Array): string => {
  let keyBytes = bytesOf(key);
  if (keyBytes.length > BLOCK_BYTES) keyBytes = hexToBytes(createSha256().update(keyBytes).digestHex());
  const inner = new Uint8Array(BLOCK_BYTES).fill(0x36);
  const outer = new Uint8Array(BLOCK_BYTES).fill(0x5c);
  for (let i = 0; i < keyBytes.length; i += 1) {
    inner[i] = inner[i]! ^ keyBytes[i]!;
    outer[i] = outer[i]! ^ keyBytes[i]!;
  }
  const innerHex = createSha256().update(inner).update(bytesOf(message)).digestHex();
  return createSha256().update(outer).update(hexToBytes(innerHex)).digestHex();
};

/** Compares two hex digests in time independent of where they first differ. */
export const sameDigest = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
};
