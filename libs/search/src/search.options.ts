import type { RankingOptions } from './ranking/ranking.js';

/** Everything the search library needs; the app builds it from its validated config (libs/config). */
export interface SearchModuleOptions {
  /** Qdrant URL; absent = in-process index. */
  qdrantUrl?: string;
  qdrantApiKey?: string;
  /** Qdrant collection, default "mentors". */
  collection?: string;
  /** 'builtin' (default) or 'ollama' (needs ollamaUrl). */
  embedder?: 'builtin' | 'ollama';
  ollamaUrl?: string;
  /** Default "all-minilm". */
  ollamaModel?: string;
  /** Default 384 (all-minilm). */
  ollamaDimension?: number;
  /** Default 2000 ms. */
  embedTimeoutMs?: number;
  /**
   * In-process index (no qdrantUrl) on a worker thread of its own; default true. Needs the compiled
   * worker module next to the library (the built app); from TypeScript sources the index stays on the main thread.
   */
  indexThread?: boolean;
  /** Built-in embedder dimension, default 256. */
  builtinDimension?: number;
  /** Ranking overrides (weights, BM25 parameters, candidate pool); defaults suit mentor profiles. */
  ranking?: Partial<RankingOptions>;
}

export const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');
