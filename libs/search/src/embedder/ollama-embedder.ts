import { Logger } from '@nestjs/common';
import { fnv1a } from '../text/hash.js';
import type { MentorDocument } from '../types.js';
import type { BuiltinEmbedder } from './builtin-embedder.js';
import { Embedder, normalizeVector, type DocumentEmbedding, type EmbeddingSpace, type QueryEmbedding } from './embedder.js';

export interface OllamaEmbedderOptions {
  /** Base URL, e.g. http://ollama:11434 */
  url: string;
  /** Model name, e.g. all-minilm, nomic-embed-text, bge-m3. */
  model: string;
  /** Vector dimension (see probeOllamaDimension); sent as `dimensions` when `truncate` is set. */
  dimension: number;
  /** Ask Ollama to truncate the model's vectors to `dimension` (Matryoshka models). */
  truncate?: boolean;
  /** Per-request timeout, default 2000 ms (a batch of documents gets twice as long). */
  timeoutMs?: number;
  /** After a failure, skip the service for this long and answer from the fallback (default 30 s). */
  cooldownMs?: number;
  /** How long Ollama keeps the model loaded after a request (`keep_alive`), default "24h". */
  keepAlive?: string;
  /** Documents per request, default 32. */
  batchSize?: number;
  /** Query/document prefixes; default: the model family's (embeddingPrefixes). */
  prefixes?: EmbeddingPrefixes;
  /** Cosine below which a profile is not a semantic match (default 0.3). */
  minSimilarity?: number;
  fallback: BuiltinEmbedder;
  /** Injectable for tests. */
  fetch?: typeof fetch;
}

export interface EmbeddingPrefixes {
  query: string;
  document: string;
}

const MAX_INPUT_CHARS = 8000;

/**
 * The prefixes a model family was trained with (its model card): nomic-embed-text `search_query: ` /
 * `search_document: `, the e5 family `query: ` / `passage: `, mxbai-embed-large and snowflake-arctic-embed
 * an instruction before queries only; none for the others (all-minilm, bge-m3, ...).
 */
export function embeddingPrefixes(model: string): EmbeddingPrefixes {
  const name = model.toLowerCase().replace(/^.*\//, '');
  if (name.startsWith('nomic-embed-text')) return { query: 'search_query: ', document: 'search_document: ' };
  if (/(^|-)e5(-|:|$)/.test(name)) return { query: 'query: ', document: 'passage: ' };
  if (name.startsWith('mxbai-embed-large') || name.startsWith('snowflake-arctic-embed')) {
    return { query: 'Represent this sentence for searching relevant passages: ', document: '' };
  }
  return { query: '', document: '' };
}

/** The text a profile is embedded from. */
export function documentText(doc: MentorDocument): string {
  return [doc.expertise, doc.skills?.length ? `Skills: ${doc.skills.join(', ')}` : '', doc.bio].filter(Boolean).join('\n');
}

/**
 * Asks the model for one vector and answers its length: the dimension when the configuration leaves it
 * out. Retries until `waitMs` passed (the model may still be downloading), then throws.
 */
export async function probeOllamaDimension(o: { url: string; model: string; timeoutMs?: number; waitMs?: number; keepAlive?: string; fetch?: typeof fetch }): Promise<number> {
  const deadline = Date.now() + (o.waitMs ?? 60_000);
  let last: unknown;
  do {
    try {
      const [vector] = await embedRequest(o.fetch ?? fetch, o.url, { model: o.model, input: ['dimension probe'], keep_alive: o.keepAlive ?? '24h' }, o.timeoutMs ?? 30_000);
      if (vector?.length) return vector.length;
      last = new Error('empty embedding');
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 2000));
  } while (Date.now() < deadline);
  throw new Error(`Search: Ollama model "${o.model}" at ${o.url} did not answer (${(last as Error)?.message}); set OLLAMA_DIMENSION or make it reachable`);
}

/**
 * Ollama `/api/embed` adapter. Documents get both an Ollama vector and a built-in one, so when the
 * service is down a query is answered in the built-in space (degraded, never failing). Documents are
 * sent in batches (`input` arrays); the model stays loaded (`keep_alive`). After a failure it probes the
 * model every cooldown and tells `onRecovered` listeners when it answers again.
 */
export class OllamaEmbedder extends Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly spaces: readonly EmbeddingSpace[];
  private readonly logger = new Logger('OllamaEmbedder');
  private readonly fetchFn: typeof fetch;
  private readonly prefixes: EmbeddingPrefixes;
  private readonly recoveredListeners = new Set<() => void>();
  private unavailableUntil = 0;
  private down = false;
  private probe?: NodeJS.Timeout;

  constructor(private readonly options: OllamaEmbedderOptions) {
    super();
    this.dimension = options.dimension;
    this.prefixes = options.prefixes ?? embeddingPrefixes(options.model);
    // The space records what made its vectors: model, dimension, and the document prefix if any.
    const prefixTag = this.prefixes.document || this.prefixes.query ? `-p${fnv1a(`${this.prefixes.query}|${this.prefixes.document}`).toString(36)}` : '';
    this.id = `ollama-${options.model}-${this.dimension}${prefixTag}`;
    this.fetchFn = options.fetch ?? fetch;
    this.spaces = [
      { id: this.id, dimension: this.dimension, minSimilarity: options.minSimilarity ?? 0.3 },
      ...options.fallback.spaces,
    ];
  }

  async embedDocument(doc: MentorDocument): Promise<DocumentEmbedding> {
    return (await this.embedDocuments([doc]))[0]!;
  }

  override async embedDocuments(docs: readonly MentorDocument[]): Promise<DocumentEmbedding[]> {
    const out: DocumentEmbedding[] = [];
    for (const doc of docs) out.push(await this.options.fallback.embedDocument(doc));
    const size = this.options.batchSize ?? 32;
    for (let i = 0; i < docs.length; i += size) {
      const texts = docs.slice(i, i + size).map((d) => this.prefixes.document + documentText(d));
      const vectors = await this.tryEmbed(texts, 2 * (this.options.timeoutMs ?? 2000));
      vectors?.forEach((v, j) => {
        if (v) out[i + j]![this.id] = v;
      });
    }
    return out;
  }

  async embedQuery(text: string): Promise<QueryEmbedding> {
    const [vector] = (await this.tryEmbed([this.prefixes.query + (text ?? '')], this.options.timeoutMs ?? 2000)) ?? [];
    return vector ? { space: this.id, vector } : this.options.fallback.embedQuery(text);
  }

  override onRecovered(listener: () => void): void {
    this.recoveredListeners.add(listener);
  }


  override close(): void {
    clearTimeout(this.probe);
    this.probe = undefined;
  }

  /**
   * Normalised vectors (null for an empty text), or null for the whole batch on any failure (timeout,
   * HTTP error, bad shape, NaN). `force` skips the cooldown (the recovery probe).
   */
  private async tryEmbed(texts: string[], timeoutMs: number, force = false): Promise<(Float32Array | null)[] | null> {
    const inputs = texts.map((t) => String(t ?? '').slice(0, MAX_INPUT_CHARS).trim());
    const asked = inputs.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    if (!asked.length || (!force && Date.now() < this.unavailableUntil)) return null;
    try {
      const body: Record<string, unknown> = { model: this.options.model, input: asked.map((i) => inputs[i]!), keep_alive: this.options.keepAlive ?? '24h' };
      if (this.options.truncate) body.dimensions = this.dimension;
      const vectors = await embedRequest(this.fetchFn, this.options.url, body, timeoutMs);
      if (vectors.length !== asked.length) throw new Error(`expected ${asked.length} embeddings, got ${vectors.length}`);
      const out: (Float32Array | null)[] = inputs.map(() => null);
      vectors.forEach((raw, j) => {
        if (raw.length !== this.dimension) throw new Error(`embedding of ${raw.length} dimensions, expected ${this.dimension}`);
        const vector = Float32Array.from(raw, (x) => (typeof x === 'number' ? x : Number.NaN));
        if (vector.some((x) => !Number.isFinite(x))) throw new Error('non-finite embedding');
        if (!normalizeVector(vector)) throw new Error('zero embedding');
        out[asked[j]!] = vector;
      });
      this.answered();
      return out;
    } catch (error) {
      this.failed(error);
      return null;
    }
  }

  private answered(): void {
    if (!this.down) return;
    this.down = false;
    this.close();
    this.logger.log(`Ollama model ${this.options.model} answers again: profiles embedded by the fallback meanwhile are re-embedded`);
    for (const listener of this.recoveredListeners) listener();
  }

  private failed(error: unknown): void {
    const cooldown = this.options.cooldownMs ?? 30_000;
    this.unavailableUntil = Date.now() + cooldown;
    if (!this.down) this.logger.warn(`Ollama embedding failed, using the built-in embedder: ${(error as Error).message}`);
    this.down = true;
    if (!this.probe) {
      // Without traffic nothing would notice the model is back: probe it every cooldown.
      this.probe = setTimeout(() => {
        this.probe = undefined;
        void this.tryEmbed(['probe'], this.options.timeoutMs ?? 2000, true);
      }, cooldown);
      this.probe.unref();
    }
  }
}

/** POST /api/embed; answers `embeddings` or throws (HTTP error, timeout, bad body). */
async function embedRequest(fetchFn: typeof fetch, url: string, body: Record<string, unknown>, timeoutMs: number): Promise<unknown[][]> {
  const res = await fetchFn(`${url.replace(/\/+$/, '')}/api/embed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const parsed = (await res.json()) as { embeddings?: unknown };
  if (!Array.isArray(parsed.embeddings) || !parsed.embeddings.every(Array.isArray)) throw new Error('unexpected embedding shape');
  return parsed.embeddings as unknown[][];
}

