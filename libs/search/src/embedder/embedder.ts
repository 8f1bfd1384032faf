import type { MentorDocument } from '../types.js';

/** A vector space: vectors are only comparable within one space (same embedder id and dimension). */
export interface EmbeddingSpace {
  id: string;
  dimension: number;
  /** Cosine below which a profile does not count as a semantic match for a query. */
  minSimilarity: number;
}

export interface QueryEmbedding {
  /** Id of the space the vector belongs to (the embedder's own, or a fallback's). */
  space: string;
  /** L2-normalised, finite. */
  vector: Float32Array;
}

/** Vectors of one document, keyed by space id. Always contains the last space of `spaces`. */
export type DocumentEmbedding = Record<string, Float32Array>;

/**
 * Port: turns mentor profiles and queries into dense vectors. Used as the Nest injection token.
 * Implementations never throw for bad input and never return NaN; an adapter backed by a remote
 * service degrades to its fallback space instead of failing.
 */
export abstract class Embedder {
  /** Stable id stored with the index; a change forces a rebuild. */
  abstract readonly id: string;
  abstract readonly dimension: number;
  /** Every space this embedder may answer in: its own first, then fallbacks. */
  abstract readonly spaces: readonly EmbeddingSpace[];
  /** `hashing`: word-piece vectors (the built-in one); `model`: a trained embedding model. Picks the ranking weights. */
  readonly kind: 'hashing' | 'model' = 'model';
  abstract embedDocument(doc: MentorDocument): Promise<DocumentEmbedding>;
  abstract embedQuery(text: string): Promise<QueryEmbedding>;
  /** Several documents; an adapter of a remote model sends them in batches. */
  async embedDocuments(docs: readonly MentorDocument[]): Promise<DocumentEmbedding[]> {
    const out: DocumentEmbedding[] = [];
    for (const doc of docs) out.push(await this.embedDocument(doc));
    return out;
  }
  /**
   * Registers a callback for when a remote model answers again after an outage: profiles embedded by
   * the fallback meanwhile should be re-embedded then. A local embedder never calls it.
   */
  onRecovered(_listener: () => void): void {}
  /** Stops background probes. */
  close(): void {}
}

/** L2-normalises in place; replaces non-finite components by 0. Returns false for a zero vector. */
export function normalizeVector(v: Float32Array): boolean {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    if (!Number.isFinite(x)) v[i] = 0;
    else n += x * x;
  }
  if (n === 0 || !Number.isFinite(n)) return false;
  const inv = 1 / Math.sqrt(n);
  for (let i = 0; i < v.length; i++) v[i]! *= inv;
  return true;
}

export function dot(a: Float32Array, b: Float32Array): number {
  const n = Math.min(a.length, b.length);
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return Number.isFinite(s) ? s : 0;
}
