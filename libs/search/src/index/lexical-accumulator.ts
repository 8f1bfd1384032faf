import { idf } from '../ranking/ranking.js';
import type { SparseVector } from '../types.js';
import type { Postings } from './postings.js';

/** Which slots a search may score: all live ones, or those whose bit is set. */
export interface SlotFilter {
  all: boolean;
  words: Uint32Array;
  /** How many slots pass (when known). */
  count?: number;
}

/**
 * Term-at-a-time lexical scoring scratch of one index, reused by every search (searches run one at a
 * time): a score per slot, the slots touched so far in first-touch order, and a bounded heap for the
 * top k. `reset()` zeroes only what was touched.
 */
export class LexicalAccumulator {
  /** Accumulated score per slot; 0 = not touched. */
  scores = new Float64Array(0);
  /** The first `count` entries are the touched slots. */
  touched = new Int32Array(0);
  count = 0;
  private heapSlots = new Int32Array(0);
  private heapScores = new Float64Array(0);

  /** Room for `slots` slots (grown with headroom; call with nothing touched). */
  ensure(slots: number): void {
    if (this.scores.length >= slots) return;
    const cap = Math.max(1024, slots * 2);
    this.scores = new Float64Array(cap);
    this.touched = new Int32Array(cap);
  }

  /** scores[slot] += query weight · idf · document weight, for every posting that passes the filter. */
  add(sparse: SparseVector, postings: ReadonlyMap<number, Postings>, total: number, filter: SlotFilter): void {
    for (let t = 0; t < sparse.indices.length; t++) {
      const posting = postings.get(sparse.indices[t]!);
      if (!posting || posting.size === 0) continue;
      const w = sparse.values[t]! * idf(total, posting.size);
      if (w > 0) this.addTerm(w, posting, filter);
    }
  }

  /** scores[slot] += w · document weight, for every posting of one term that passes the filter. */
  addTerm(w: number, posting: Postings, filter: SlotFilter): void {
    const { scores: acc, touched } = this;
    const { slots, weights, size } = posting;
    const words = filter.words;
    let count = this.count;
    if (filter.all) {
      // Every posting is of a live slot: no filter test.
      for (let i = 0; i < size; i++) {
        const slot = slots[i]!;
        const before = acc[slot]!;
        if (before === 0) touched[count++] = slot;
        acc[slot] = before + w * weights[i]!;
      }
    } else {
      for (let i = 0; i < size; i++) {
        const slot = slots[i]!;
        if (((words[slot >>> 5] ?? 0) & (1 << (slot & 31))) === 0) continue;
        const before = acc[slot]!;
        if (before === 0) touched[count++] = slot;
        acc[slot] = before + w * weights[i]!;
      }
    }
    this.count = count;
  }

  reset(): void {
    const { scores, touched } = this;
    for (let i = 0; i < this.count; i++) scores[touched[i]!] = 0;
    this.count = 0;
  }

  /**
   * The k touched slots with the highest accumulated score (ties: lower slot first), unordered.
   * One pass with a bounded heap (worst kept entry on top, scratch reused): most touched slots lose a
   * single comparison against the current k-th best, so there is no copy or selection over all of them.
   */
  top(k: number): Int32Array {
    const { scores: acc, touched, count } = this;
    if (count <= k) return touched.slice(0, count);
    if (this.heapSlots.length < k) {
      this.heapSlots = new Int32Array(k);
      this.heapScores = new Float64Array(k);
    }
    const hs = this.heapSlots;
    const hv = this.heapScores;
    // Min-heap on (score asc, slot desc): the root is the entry every better candidate displaces.
    for (let i = 0; i < k; i++) {
      const slot = touched[i]!;
      const s = acc[slot]!;
      let j = i;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        const ps = hv[parent]!;
        if (ps < s || (ps === s && hs[parent]! > slot)) break;
        hs[j] = hs[parent]!;
        hv[j] = ps;
        j = parent;
      }
      hs[j] = slot;
      hv[j] = s;
    }
    let rootScore = hv[0]!;
    let rootSlot = hs[0]!;
    for (let i = k; i < count; i++) {
      const slot = touched[i]!;
      const s = acc[slot]!;
      if (s < rootScore || (s === rootScore && slot > rootSlot)) continue;
      // Replace the root and sift down.
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        if (l >= k) break;
        let c = l;
        let cs = hv[l]!;
        const r = l + 1;
        if (r < k) {
          const rs = hv[r]!;
          if (rs < cs || (rs === cs && hs[r]! > hs[l]!)) {
            c = r;
            cs = rs;
          }
        }
        if (s < cs || (s === cs && slot > hs[c]!)) break;
        hs[j] = hs[c]!;
        hv[j] = cs;
        j = c;
      }
      hs[j] = slot;
      hv[j] = s;
      rootScore = hv[0]!;
      rootSlot = hs[0]!;
    }
    return hs.slice(0, k);
  }
}
