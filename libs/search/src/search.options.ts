import { availableParallelism } from 'node:os';
import type { RankingOptions } from './ranking/ranking-options.js';

/** The in-process index runs on a thread of its own, unless the machine has a single core. */
export const DEFAULT_INDEX_THREADS = Math.min(1, availableParallelism() - 1);
/** Index threads run 10 nice steps below the process by default. */
export const DEFAULT_INDEX_THREAD_NICE = 10;

/** Everything the search library needs; the app builds it from its validated config (libs/config). */
export interface SearchModuleOptions {
  /** Qdrant URL; absent = in-process index. */
  qdrantUrl?: string;
  qdrantApiKey?: string;
  /** Alias of the current Qdrant collection, default "mentors" (collections are `<alias>_<schema hash>`). */
  collection?: string;
  /** Timeout of every Qdrant request, default 5000 ms. */
  qdrantTimeoutMs?: number;
  /** 'builtin' (default) or 'ollama' (needs ollamaUrl). */
  embedder?: 'builtin' | 'ollama';
  ollamaUrl?: string;
  /** Default "bge-m3" (multilingual). */
  ollamaModel?: string;
  /** The model's vector dimension; absent = probed from the model at start (see withEmbeddingDimension). */
  ollamaDimension?: number;
  /** Ask Ollama to truncate vectors to ollamaDimension (set when the dimension is configured). */
  ollamaTruncate?: boolean;
  /** How long Ollama keeps the model loaded after a request (`keep_alive`), default "24h". */
  ollamaKeepAlive?: string;
  /** How long start-up waits for the model to answer when probing its dimension, default 60000 ms. */
  ollamaStartupWaitMs?: number;
  /** Default 2000 ms. */
  embedTimeoutMs?: number;
  /**
   * 1 (or more) = the in-process index (no qdrantUrl) runs on a thread of its own, off the event loop;
   * 0 = on the calling thread. There is one copy of the index either way. Default DEFAULT_INDEX_THREADS
   * (1, or 0 on a one-core machine). Needs the compiled worker module next to the library (the built
   * app); from TypeScript sources the index stays on the calling thread.
   */
  indexThreads?: number;
  /**
   * File the in-process index is snapshotted to and restored from at start (its HNSW graph goes next
   * to it), so a restart loads instead of re-embedding. Absent = no snapshot (every start rebuilds).
   */
  snapshotPath?: string;
  /**
   * How many nice steps the index threads run below the process (Linux), so the event loop serving
   * HTTP gets the CPU first when searches saturate it; 0 = same priority. Default DEFAULT_INDEX_THREAD_NICE.
   */
  indexThreadNice?: number;
  /** Built-in embedder dimension, default 256. */
  builtinDimension?: number;
  /** Ranking overrides (weights, BM25 parameters, candidate pool); defaults suit mentor profiles. */
  ranking?: Partial<RankingOptions>;
}

export const SEARCH_OPTIONS = Symbol('SEARCH_OPTIONS');
