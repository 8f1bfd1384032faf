import { idf, topPassagesScore } from '../ranking/ranking.js';
import type { SparseTerms, SparseVector } from '../types.js';
import { LexicalAccumulator, type SlotFilter } from './lexical-accumulator.js';
import type { Postings } from './postings.js';

/** What the lexical search reads of an index. */
export interface LexicalCorpus {
  postings: ReadonlyMap<number, Postings>;
  /** A live slot's document vector, indices sorted by term id (as its postings hold it). */
  sparse(slot: number): SparseTerms | undefined;
  /** Per-passage vectors of the long profiles (few, usually none). */
  passages: ReadonlyMap<number, readonly SparseTerms[]>;
  /** Bitset words of the slots in `passages`. */
  passageSlots: Uint32Array;
  /** Live documents (the IDF's N). */
  total: number;
  /** A long profile scores its best passageTopK passages (0: all of them, no re-scoring). */
  passageTopK: number;
}

/**
 * A query as term-at-a-time accumulation applies it: in query order, the terms with a non-empty
 * posting list and a positive weight · idf.
 */
export class LexicalQuery {
  readonly terms: number[] = [];
  /** Query weight · idf, per term. */
  readonly weights: number[] = [];
  readonly lists: Postings[] = [];
  /** Bitset words of the long profiles whose scores the passage re-score replaces; null when there are none. */
  readonly longSlots: Uint32Array | null;
  private passageWeights: Map<number, number> | null = null;

  constructor(
    sparse: SparseVector,
    private readonly corpus: LexicalCorpus,
  ) {
    this.longSlots = corpus.passageTopK > 0 && corpus.passages.size > 0 ? corpus.passageSlots : null;
    for (let t = 0; t < sparse.indices.length; t++) {
      const posting = corpus.postings.get(sparse.indices[t]!);
      if (!posting || posting.size === 0) continue;
      const w = sparse.values[t]! * idf(corpus.total, posting.size);
      if (!(w > 0)) continue;
      this.terms.push(sparse.indices[t]!);
      this.weights.push(w);
      this.lists.push(posting);
    }
  }

  /** Live documents. */
  get total(): number {
    return this.corpus.total;
  }

  get size(): number {
    return this.terms.length;
  }

  /**
   * The lexical score of one slot, bit for bit what accumulating every posting list in query order
   * gives (`0 + w·x₁ + w·x₂ …`, float32 document weights), long profiles re-scored by their best
   * passages. Random access: a binary search per term in the document's sorted vector.
   */
  score(slot: number): number {
    const doc = this.corpus.sparse(slot);
    if (!doc) return 0;
    const indices = doc.indices;
    const values = doc.values;
    const n = indices.length;
    const { terms, weights } = this;
    let s = 0;
    let lo = 0;
    let previous = -1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      if (term < previous) lo = 0;
      previous = term;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (indices[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      if (lo < n && indices[lo] === term) s += weights[t]! * Math.fround(values[lo]!);
    }
    return s > 0 && this.isLong(slot) ? this.passageScore(slot) : s;
  }

  /** A long profile's score from its best passages; stays > 0 (the slot is a match). */
  passageScore(slot: number): number {
    return Math.max(Number.MIN_VALUE, topPassagesScore(this.corpus.passages.get(slot)!, this.termWeights(), this.corpus.passageTopK));
  }

  isLong(slot: number): boolean {
    const words = this.longSlots;
    return words !== null && ((words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
  }

  /** term id -> query weight · idf. */
  private termWeights(): Map<number, number> {
    if (!this.passageWeights) this.passageWeights = new Map(this.terms.map((t, i) => [t, this.weights[i]!]));
    return this.passageWeights;
  }
}

/** Relative slack on the bound of a long profile: its passage re-score undoes the float32 rounding of its weights. */
const EPS = 1e-6;

/**
 * Exact lexical top-k: the k slots with the highest term-at-a-time score under the filter (ties: lower
 * slot first), as LexicalAccumulator gives them, with the long profiles re-scored by their best passages.
 *
 * - A query of one term needs no accumulation: scores are w · weight, so the top k is a prefix of the
 *   list in impact order (weight desc, slot asc) — read until k slots pass the filter, plus the ones
 *   that tie with the k-th (w · weight can round equal for different weights) and the long profiles on
 *   the way (their re-score only lowers them, up to float32 rounding). O(k) instead of O(list), unless a
 *   selective filter makes the walk long.
 * - Otherwise every list is accumulated in query order (so scores are bit for bit the same) and a bounded
 *   heap keeps the k best.
 *
 * The scores of the returned slots are in `acc.scores` until the next search or `reset()`; `score()`
 * gives any other slot's.
 */
export class LexicalSearch {
  readonly acc = new LexicalAccumulator();
  /** Whether acc.scores holds the full score of every slot the last query touched (else: random access). */
  private accumulated = false;

  ensure(slots: number): void {
    this.acc.ensure(slots);
  }

  reset(): void {
    this.acc.reset();
  }

  top(q: LexicalQuery, filter: SlotFilter, k: number): Int32Array {
    const acc = this.acc;
    acc.reset();
    // One term: the impact order, unless the filter is so selective that reading it until k slots pass
    // (about k · total / passing entries, in random slot order) would cost more than half a plain scan.
    const one = q.size === 1 && (filter.all || filter.count === undefined || k * q.total < (q.lists[0]!.size * filter.count) / 2);
    this.accumulated = !one;
    if (one) return this.topOfOne(q, filter, k);
    for (let t = 0; t < q.size; t++) acc.addTerm(q.weights[t]!, q.lists[t]!, filter);
    if (q.longSlots) {
      const { scores, touched, count } = acc;
      for (let j = 0; j < count; j++) if (q.isLong(touched[j]!)) scores[touched[j]!] = q.passageScore(touched[j]!);
    }
    return acc.top(k);
  }

  /**
   * How many slots under the filter match the query lexically (score > 0), after `top` (the same query):
   * every touched slot when the lists were accumulated, else the one list's entries that pass the filter.
   */
  matches(q: LexicalQuery, filter: SlotFilter): number {
    if (this.accumulated || q.size === 0) return this.accumulated ? this.acc.count : 0;
    const list = q.lists[0]!;
    if (filter.all) return list.size;
    // Branch-free: whether a slot passes is as good as random (a branch per posting mispredicts often).
    let n = 0;
    const words = filter.words;
    const { slots, size } = list;
    for (let i = 0; i < size; i++) {
      const slot = slots[i]!;
      n += ((words[slot >>> 5] ?? 0) >>> (slot & 31)) & 1;
    }
    return n;
  }

  /** The lexical score of a slot that passes the filter, after `top` (the same query). */
  score(q: LexicalQuery, slot: number): number {
    return this.accumulated ? this.acc.scores[slot]! : q.score(slot);
  }

  private topOfOne(q: LexicalQuery, filter: SlotFilter, k: number): Int32Array {
    const acc = this.acc;
    const w = q.weights[0]!;
    const list = q.lists[0]!;
    const { slots, weights } = list.byImpact();
    const size = list.size;
    const words = filter.words;
    const { scores, touched } = acc;
    let count = 0;
    let kept = 0;
    let kth = 0;
    for (let i = 0; i < size; i++) {
      const slot = slots[i]!;
      if (!filter.all && ((words[slot >>> 5] ?? 0) & (1 << (slot & 31))) === 0) continue;
      const s = w * weights[i]!;
      if (kept >= k && s * (1 + EPS) < kth) break;
      touched[count++] = slot;
      if (q.isLong(slot)) scores[slot] = q.passageScore(slot);
      else {
        scores[slot] = s;
        if (++kept === k) kth = s;
      }
    }
    acc.count = count;
    return acc.top(k);
  }
}
