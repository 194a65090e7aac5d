/** What Pagefind's index files hold: CBOR arrays of unsigned and negative integers and text. */
export type CborValue = number | string | CborValue[];

/**
 * Decodes the subset of CBOR (RFC 8949) that Pagefind 1.6.0 writes: integers, text and definite-length
 * arrays. Anything else means the file is not what this reader was written for, so it throws rather
 * than guess; the search then says it failed instead of showing wrong results.
 */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const text = new TextDecoder();
  let at = 0;

  function byte(): number {
    if (at >= bytes.length) throw new Error('The search index ends too early');
    return bytes[at++]!;
  }

  function argument(info: number): number {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (!size) throw new Error(`The search index holds a CBOR length this reader does not know (${info})`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + byte();
    return value;
  }

  function item(): CborValue {
    const head = byte();
    const type = head >> 5;
    const value = argument(head & 31);
    if (type === 0) return value;
    if (type === 1) return -1 - value;
    if (type === 3) {
      if (at + value > bytes.length) throw new Error('The search index ends too early');
      return text.decode(bytes.subarray(at, (at += value)));
    }
    // Every item takes at least a byte: a longer array can only come from a damaged file.
    if (type === 4) {
      if (value > bytes.length - at) throw new Error('The search index ends too early');
      return Array.from({ length: value }, item);
    }
    throw new Error(`The search index holds a CBOR type this reader does not know (${type})`);
  }

  return item();
}
