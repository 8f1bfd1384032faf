import { Logger } from '@nestjs/common';
import type { MentorDocument } from '../types.js';
import type { BuiltinEmbedder } from './builtin-embedder.js';
import { Embedder, normalizeVector, type DocumentEmbedding, type EmbeddingSpace, type QueryEmbedding } from './embedder.js';

export interface OllamaEmbedderOptions {
  /** Base URL, e.g. http://ollama:11434 */
  url: string;
  /** Model name, e.g. all-minilm (384 dimensions). */
  model: string;
  /** Expected vector dimension; a response of another size counts as a failure. Default 384. */
  dimension?: number;
  /** Per-request timeout, default 2000 ms. */
  timeoutMs?: number;
  /** After a failure, skip the service for this long and answer from the fallback (default 30 s). */
  cooldownMs?: number;
  /** Cosine below which a profile is not a semantic match (default 0.3). */
  minSimilarity?: number;
  fallback: BuiltinEmbedder;
  /** Injectable for tests. */
  fetch?: typeof fetch;
}

const MAX_INPUT_CHARS = 8000;

/**
 * Ollama `/api/embed` adapter. Documents get both an Ollama vector and a built-in one, so when the
 * service is down a query is answered in the built-in space (degraded, never failing).
 */
export class OllamaEmbedder extends Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly spaces: readonly EmbeddingSpace[];
  private readonly logger = new Logger('OllamaEmbedder');
  private readonly fetchFn: typeof fetch;
  private unavailableUntil = 0;

  constructor(private readonly options: OllamaEmbedderOptions) {
    super();
    this.dimension = options.dimension ?? 384;
    this.id = `ollama-${options.model}-${this.dimension}`;
    this.fetchFn = options.fetch ?? fetch;
    this.spaces = [
      { id: this.id, dimension: this.dimension, minSimilarity: options.minSimilarity ?? 0.3 },
      ...options.fallback.spaces,
    ];
  }

  async embedDocument(doc: MentorDocument): Promise<DocumentEmbedding> {
    const result = await this.options.fallback.embedDocument(doc);
    const text = [doc.expertise, doc.skills?.length ? `Skills: ${doc.skills.join(', ')}` : '', doc.bio]
      .filter(Boolean)
      .join('\n');
    const vector = await this.tryEmbed(text);
    if (vector) result[this.id] = vector;
    return result;
  }

  async embedQuery(text: string): Promise<QueryEmbedding> {
    const vector = await this.tryEmbed(text);
    return vector ? { space: this.id, vector } : this.options.fallback.embedQuery(text);
  }

  /** Returns a normalised vector, or null on any failure (timeout, HTTP error, bad shape, NaN). */
  private async tryEmbed(text: string): Promise<Float32Array | null> {
    const input = (text ?? '').slice(0, MAX_INPUT_CHARS).trim();
    if (!input || Date.now() < this.unavailableUntil) return null;
    try {
      const res = await this.fetchFn(`${this.options.url.replace(/\/+$/, '')}/api/embed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: this.options.model, input }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 2000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { embeddings?: unknown };
      const first = Array.isArray(body.embeddings) ? body.embeddings[0] : undefined;
      if (!Array.isArray(first) || first.length !== this.dimension) throw new Error('unexpected embedding shape');
      const vector = Float32Array.from(first, (x) => (typeof x === 'number' ? x : Number.NaN));
      if (vector.some((x) => !Number.isFinite(x))) throw new Error('non-finite embedding');
      if (!normalizeVector(vector)) throw new Error('zero embedding');
      return vector;
    } catch (error) {
      this.unavailableUntil = Date.now() + (this.options.cooldownMs ?? 30_000);
      this.logger.warn(`Ollama embedding failed, using the built-in embedder: ${(error as Error).message}`);
      return null;
    }
  }
}
