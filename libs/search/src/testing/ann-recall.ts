import { Bitset } from '../index/bitset.js';
import { VectorSpace } from '../index/vector-space.js';

/** Graph candidates taken beyond k and re-scored, as a search oversamples them. */
const EXTRA = 32;

/**
 * Recall@k of the HNSW candidates, taken as a search takes them (int8 graph, with no filter and the
 * exact scan disabled; k + 32 candidates re-scored from the index's float16 copy), against exact float32
 * search over the same vectors: a graph of `vectors` built as the in-process index builds its own,
 * asked with each of `queries`.
 */
export function annRecall(vectors: readonly Float32Array[], queries: readonly Float32Array[], k = 10): number {
  if (vectors.length === 0) return 1;
  const space = new VectorSpace(vectors[0]!.length);
  const alive = new Bitset();
  const slots = vectors.map((v, slot) => {
    space.store(slot, v);
    alive.set(slot);
    return slot;
  });
  for (let i = 0; i < slots.length; i += 5000) space.addToGraph(slots.slice(i, i + 5000), vectors.slice(i, i + 5000));
  const all = { words: alive.words, count: vectors.length };
  const top = (scored: { slot: number; score: number }[]): number[] => scored.sort((a, b) => b.score - a.score || a.slot - b.slot).slice(0, k).map((e) => e.slot);
  let hits = 0;
  let total = 0;
  for (const q of queries) {
    const exact = new Set(top(vectors.map((v, slot) => ({ slot, score: dot(v, q) }))));
    const found = space.candidates(q, -Infinity, all, k + EXTRA, 0);
    hits += top(found.slots.map((slot, i) => ({ slot, score: found.cosines[i]! }))).filter((slot) => exact.has(slot)).length;
    total += exact.size;
  }
  return total ? hits / total : 1;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
