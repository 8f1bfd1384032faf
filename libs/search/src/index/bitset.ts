/** Growable bitset over index slots; the filters (skills, languages, availability, liveness) are kept as these. */
export class Bitset {
  words = new Uint32Array(4);

  set(slot: number): void {
    const w = slot >>> 5;
    if (w >= this.words.length) this.grow(w + 1);
    this.words[w]! |= 1 << (slot & 31);
  }

  clear(slot: number): void {
    const w = slot >>> 5;
    if (w < this.words.length) this.words[w]! &= ~(1 << (slot & 31));
  }

  has(slot: number): boolean {
    return ((this.words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  private grow(minWords: number): void {
    let size = this.words.length;
    while (size < minWords) size *= 2;
    const next = new Uint32Array(size);
    next.set(this.words);
    this.words = next;
  }
}

/** Number of set bits in a word array. */
export function popcount(words: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    let v = words[i]!;
    if (v === 0) continue;
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
  }
  return n;
}

/** `base` AND every one of `others` (missing words count as 0), as a new word array. */
export function intersect(base: Uint32Array, others: readonly Uint32Array[]): Uint32Array {
  return intersectInto(new Uint32Array(base.length), base, others);
}

/** `base` AND every one of `others` written into `out` (at least as long as `base`); returns the view of its first base.length words. */
export function intersectInto(out: Uint32Array, base: Uint32Array, others: readonly Uint32Array[]): Uint32Array {
  const words = out.length === base.length ? out : out.subarray(0, base.length);
  words.set(base);
  for (const o of others) {
    const n = Math.min(words.length, o.length);
    for (let i = 0; i < n; i++) words[i]! &= o[i]!;
    words.fill(0, n);
  }
  return words;
}

export function hasBit(words: Uint32Array, slot: number): boolean {
  return ((words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}

/** Calls fn for every set bit, in ascending slot order. */
export function forEachBit(words: Uint32Array, fn: (slot: number) => void): void {
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    while (w !== 0) {
      const low = w & -w;
      fn((i << 5) + 31 - Math.clz32(low));
      w ^= low;
    }
  }
}
