/** The accepted range of the second byte after each lead byte (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
const secondByteRange = (lead: number): [number, number, number] | undefined => {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  return undefined;
};

/**
 * Where UTF-8 goes wrong in bytes: the index of the first byte that starts no valid sequence (for a lead byte
 * whose continuation is wrong, the lead byte), or -1 when every sequence is valid. A sequence cut off by the end
 * is not an error here (it may continue in the next chunk); `incompleteTail` says how many bytes it holds.
 */
export const utf8Problem = (bytes: Uint8Array): { invalidAt: number; incompleteTail: number } => {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const range = secondByteRange(lead);
    if (range === undefined) return { invalidAt: index, incompleteTail: 0 };
    const [follow, low, high] = range;
    for (let k = 1; k <= follow; k++) {
      if (index + k >= bytes.length) return { invalidAt: -1, incompleteTail: bytes.length - index };
      const next = bytes[index + k]!;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) {
        return { invalidAt: index, incompleteTail: 0 };
      }
    }
    index += follow + 1;
  }
  return { invalidAt: -1, incompleteTail: 0 };
};
