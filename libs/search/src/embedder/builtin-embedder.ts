import { analyze, type Token } from '../text/analyzer.js';
import { fnv1a } from '../text/hash.js';
import type { MentorDocument } from '../types.js';
import { Embedder, normalizeVector, type DocumentEmbedding, type EmbeddingSpace, type QueryEmbedding } from './embedder.js';

export interface BuiltinEmbedderOptions {
  /** Vector dimension (default 256). */
  dimension?: number;
}

/** Field weights: what a mentor lists as skills and expertise counts more than the free-text bio. */
export const DENSE_FIELD_WEIGHTS = { skills: 3, expertise: 2, bio: 1 } as const;
const WORD_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.5;
const CHARGRAM_TOTAL = 0.8;
const VERSION = 1;

/**
 * Deterministic multilingual embedder that needs no model: analysed terms (aliases, transliteration,
 * RU/EN stems), word bigrams and character 3/4-grams are hashed (signed feature hashing) into a fixed
 * dimension with sublinear term frequency and field weights, then L2-normalised.
 */
export class BuiltinEmbedder extends Embedder {
  readonly id: string;
  override readonly kind = 'hashing' as const;
  readonly dimension: number;
  readonly spaces: readonly EmbeddingSpace[];

  constructor(options: BuiltinEmbedderOptions = {}) {
    super();
    this.dimension = Math.max(16, Math.floor(options.dimension ?? 256));
    this.id = `builtin-hash-v${VERSION}-${this.dimension}`;
    this.spaces = [{ id: this.id, dimension: this.dimension, minSimilarity: 0.15 }];
  }

  async embedDocument(doc: MentorDocument): Promise<DocumentEmbedding> {
    return { [this.id]: this.documentVector(doc) };
  }

  async embedQuery(text: string): Promise<QueryEmbedding> {
    return { space: this.id, vector: this.queryVector(text) };
  }

  documentVector(doc: MentorDocument): Float32Array {
    const features = new Map<number, number>();
    const vector = new Float32Array(this.dimension);
    addField(features, analyze((doc.skills ?? []).join(' , ')));
    this.flush(features, vector, DENSE_FIELD_WEIGHTS.skills);
    addField(features, analyze(doc.expertise));
    this.flush(features, vector, DENSE_FIELD_WEIGHTS.expertise);
    addField(features, analyze(doc.bio));
    this.flush(features, vector, DENSE_FIELD_WEIGHTS.bio);
    normalizeVector(vector);
    return vector;
  }

  queryVector(text: string): Float32Array {
    const features = new Map<number, number>();
    const vector = new Float32Array(this.dimension);
    addField(features, analyze(text));
    this.flush(features, vector, 1);
    normalizeVector(vector);
    return vector;
  }

  private flush(features: Map<number, number>, vector: Float32Array, weight: number): void {
    for (const [h, tf] of features) {
      const bucket = h % this.dimension;
      const sign = h & 0x80000000 ? -1 : 1;
      vector[bucket]! += sign * weight * Math.log1p(tf);
    }
    features.clear();
  }
}

function add(features: Map<number, number>, h: number, weight: number): void {
  features.set(h, (features.get(h) ?? 0) + weight);
}

/** A word's character 3- and 4-gram feature hashes (of `^word$`) and the weight of each. */
interface CharGrams {
  hashes: Uint32Array;
  weight: number;
}

/**
 * Words and terms recur across profiles, so their feature hashes are memoised (bounded like the
 * analyser's caches): building the gram strings and hashing them was most of the embedding's cost.
 */
const FEATURE_CACHE_LIMIT = 50_000;
const termHashes = new Map<string, number>();
const charGramCache = new Map<string, CharGrams>();

function termHash(term: string): number {
  let h = termHashes.get(term);
  if (h === undefined) {
    if (termHashes.size >= FEATURE_CACHE_LIMIT) termHashes.clear();
    termHashes.set(term, (h = fnv1a(`w:${term}`)));
  }
  return h;
}

function charGrams(word: string): CharGrams {
  let grams = charGramCache.get(word);
  if (!grams) {
    const padded = `^${word}$`;
    const hashes: number[] = [];
    for (const n of [3, 4]) for (let j = 0; j + n <= padded.length; j++) hashes.push(fnv1a(`c:${padded.slice(j, j + n)}`));
    if (charGramCache.size >= FEATURE_CACHE_LIMIT) charGramCache.clear();
    charGramCache.set(word, (grams = { hashes: Uint32Array.from(hashes), weight: CHARGRAM_TOTAL / Math.max(1, hashes.length) }));
  }
  return grams;
}

function addField(features: Map<number, number>, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    add(features, termHash(t.term), WORD_WEIGHT);
    if (i + 1 < tokens.length) add(features, fnv1a(`b:${t.term} ${tokens[i + 1]!.term}`), BIGRAM_WEIGHT);
    const { hashes, weight } = charGrams(t.word);
    for (let g = 0; g < hashes.length; g++) add(features, hashes[g]!, weight);
  }
}
