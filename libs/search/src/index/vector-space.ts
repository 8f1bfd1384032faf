import usearch, { type Index as AnnIndex } from 'usearch';
import { Bitset, forEachBit, hasBit } from './bitset.js';

/** HNSW parameters (the defaults keep recall@10 >= 0.99 at 100k). */
export interface HnswOptions {
  connectivity?: number;
  expansionAdd?: number;
  expansionSearch?: number;
}

/** HNSW defaults: recall@10 >= 0.99 vs exact float32 at 100k synthetic mentors (bench/search). */
export const DEFAULT_HNSW = { connectivity: 16, expansionAdd: 64, expansionSearch: 128 } as const;
/** The graph is asked for this many neighbours beyond those needed; all are re-scored from the float16 copy. */
const ANN_EXTRA = 32;

/** The slots a search may return (bitset words) and how many there are. */
export interface DenseFilter {
  words: Uint32Array;
  count: number;
}

/** Dense candidates: slots with their cosine to the query (stored vectors). */
export interface DenseCandidates {
  slots: number[];
  cosines: number[];
}

/**
 * The vectors of one embedding space: a float16 copy of each in one contiguous array (slot ·
 * dimension), which gives the cosines a search scores with, and an int8 usearch HNSW graph over
 * them, which picks candidates. Keys of the graph are slots. Float16 halves the float32 copy (100 →
 * 50 MiB at 100k × 256 d); a cosine moves by about 1e-4 (see docs/search-index.md for recall and relevance).
 */
export class VectorSpace {
  private data = new Float16Array(0);
  private readonly present = new Bitset();
  private readonly graph: AnnIndex;

  constructor(
    readonly dimension: number,
    options: HnswOptions = {},
  ) {
    this.graph = new usearch.Index({
      dimensions: dimension,
      metric: usearch.MetricKind.IP,
      // int8 graph: cheaper distances than float32 (about half the search time at ef 128); candidates are re-scored in float32.
      quantization: usearch.ScalarKind.I8,
      connectivity: options.connectivity ?? DEFAULT_HNSW.connectivity,
      expansion_add: options.expansionAdd ?? DEFAULT_HNSW.expansionAdd,
      expansion_search: options.expansionSearch ?? DEFAULT_HNSW.expansionSearch,
      multi: false,
    });
  }

  has(slot: number): boolean {
    return this.present.has(slot);
  }

  /** Writes the graph to `graphPath`; answers the float16 vectors of the first `slots` slots and which slots have one. */
  save(graphPath: string, slots: number): { vectors: Float16Array; present: Uint32Array } {
    this.graph.save(graphPath);
    return { vectors: this.data.subarray(0, slots * this.dimension), present: this.present.words };
  }

  /** Takes what `save` wrote (the space is empty): the graph file, the vectors and the present slots. */
  load(graphPath: string, vectors: Float16Array<ArrayBuffer>, present: Uint32Array<ArrayBuffer>): void {
    if (vectors.length % this.dimension !== 0) throw new Error('the snapshot vectors are not of this dimension');
    this.graph.load(graphPath);
    this.data = vectors;
    this.present.words = present;
  }

  /** Keeps the float16 copy of a slot's vector; `addToGraph` then indexes it (in batches). */
  store(slot: number, v: Float32Array): void {
    const end = (slot + 1) * this.dimension;
    if (end > this.data.length) {
      const next = new Float16Array(Math.max(end, Math.ceil((this.data.length * 1.25) / this.dimension) * this.dimension));
      next.set(this.data);
      this.data = next;
    }
    this.data.set(v, slot * this.dimension);
    this.present.set(slot);
  }

  /** Adds stored vectors to the graph (one call per batch; large batches use every core). */
  addToGraph(slots: readonly number[], vectors: readonly Float32Array[]): void {
    const flat = new Float32Array(vectors.length * this.dimension);
    vectors.forEach((v, i) => flat.set(v, i * this.dimension));
    this.graph.add(BigUint64Array.from(slots, BigInt), flat, slots.length > 64 ? 0 : 1);
  }

  remove(slot: number): void {
    if (!this.present.has(slot)) return;
    this.graph.remove(BigInt(slot));
    this.present.clear(slot);
    this.data.fill(0, slot * this.dimension, (slot + 1) * this.dimension);
  }

  /** Cosine of a slot's vector with `vector` (0 when the slot has none). */
  cosine(slot: number, vector: Float32Array): number {
    return this.present.has(slot) ? clampFinite(dotAt(this.data, slot * this.dimension, vector, this.dimension)) : 0;
  }

  /**
   * The k nearest slots that pass the filter, with cosine >= `min` when scanned exactly: ANN with
   * oversampling by the filter's selectivity (widened until enough pass), or an exact scan when the
   * filtered set is at most `exactScanLimit` (default: chosen from k and the graph size).
   */
  candidates(vector: Float32Array, min: number, filter: DenseFilter, k: number, exactScanLimit?: number): DenseCandidates {
    const graphSize = this.graph.size();
    const exactLimit = exactScanLimit ?? Math.max(2_000, Math.ceil(Math.sqrt(4 * k * Math.max(1, graphSize))));
    if (filter.count <= exactLimit || graphSize <= exactLimit) return this.exact(vector, min, filter, k);
    let want = Math.min(graphSize, Math.ceil((k * graphSize) / Math.max(1, filter.count)) + ANN_EXTRA);
    for (;;) {
      const m = this.graph.search(vector, want, 1);
      const slots: number[] = [];
      const cosines: number[] = [];
      let belowMin = false;
      const found = m.keys.length;
      const dim = this.dimension;
      for (let i = 0; i < found && slots.length < k; i++) {
        // The graph holds int8 vectors: its distances pick the candidates, the stored float16 vectors score them.
        if (1 - m.distances[i]! < min - 0.05) belowMin = true;
        const slot = Number(m.keys[i]);
        if (hasBit(filter.words, slot)) {
          slots.push(slot);
          cosines.push(clampFinite(dotAt(this.data, slot * dim, vector, dim)));
        }
      }
      if (slots.length >= k || want >= graphSize || belowMin || found < want) return { slots, cosines };
      want = Math.min(graphSize, want * 2);
    }
  }

  private exact(vector: Float32Array, min: number, filter: DenseFilter, k: number): DenseCandidates {
    const slots: number[] = [];
    const cosines: number[] = [];
    const present = this.present.words;
    const dim = this.dimension;
    const data = this.data;
    forEachBit(filter.words, (slot) => {
      if (!hasBit(present, slot)) return;
      const c = clampFinite(dotAt(data, slot * dim, vector, dim));
      if (c >= min) {
        slots.push(slot);
        cosines.push(c);
      }
    });
    if (slots.length <= k) return { slots, cosines };
    const order = slots.map((_, i) => i).sort((a, b) => cosines[b]! - cosines[a]! || slots[a]! - slots[b]!).slice(0, k);
    return { slots: order.map((i) => slots[i]!), cosines: order.map((i) => cosines[i]!) };
  }
}

function dotAt(data: Float16Array, offset: number, v: Float32Array, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let i = 0;
  for (; i + 1 < dim; i += 2) {
    s0 += data[offset + i]! * v[i]!;
    s1 += data[offset + i + 1]! * v[i + 1]!;
  }
  if (i < dim) s0 += data[offset + i]! * v[i]!;
  return s0 + s1;
}

function clampFinite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
