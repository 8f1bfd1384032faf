import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import {
  cappedQuery, expandWithFeedback, rankCandidates, usesFeedback, weightedSparse, weightQuery, type Candidate, type TermStatistics, type WeightedQuery,
} from '../ranking/candidate-ranking.js';
import { encodeCursor, normalizeSearch, poolSize, startAfter, type NormalizedSearch } from '../ranking/paging.js';
import { browseScore, compareRanked, matchedTerms, type RankedEntry } from '../ranking/ranking.js';
import type { IndexHealth, MentorDocument, SearchHit, SearchPage, SearchParams, SparseTerms, SparseVector } from '../types.js';
import type { EncodedQuery, IndexedPayload, MentorEncoder } from './encoder.js';
import type { IndexMigrationLock } from './index-migration-lock.js';
import { MentorIndex } from './mentor-index.js';
import { ConceptReader } from '../understanding/query-understanding.js';
import { QdrantCalls } from './qdrant/qdrant-calls.js';
import { QdrantCollections } from './qdrant/qdrant-collections.js';

export interface QdrantIndexOptions {
  url: string;
  apiKey?: string;
  /** Alias of the current collection, default "mentors"; collections are named `<alias>_<schema hash>`. */
  collection?: string;
  /** Timeout of every request to Qdrant, default 5000 ms. */
  timeoutMs?: number;
  /** Serialises collection creation and alias moves between replicas (the app: a PostgreSQL advisory lock). */
  migrationLock?: IndexMigrationLock;
}

const LEXICAL = 'lexical';
const BATCH = 256;
/** Parallel document-frequency counts per search. */
const COUNTS_IN_FLIGHT = 8;
/** What scoring reads of a candidate. */
const RANKING_FIELDS = ['id', 'ratingScore', 'available', 'passages'];

/** What a point's payload holds: the index payload, the space of its main vector, its lexical term ids (for IDF counts), a long profile's passages. */
type Payload = IndexedPayload & { embedder: string; lexicalTerms: number[]; passages?: SparseVector[] };

/** Qdrant point ids must be UUIDs or integers: derive a stable UUID from any mentor id. */
export function pointId(id: string): string {
  const h = createHash('sha1').update(`mentor:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * MentorIndex on Qdrant. Qdrant retrieves, the application ranks: one batched Query API call returns
 * the candidates of the filtered dense and sparse prefetches (with the lexical vector and the payload
 * ranking needs) and their cosines; the shared ranking (candidate-ranking.ts) scores them as the
 * in-process index scores its own, with IDF from exact payload counts. Browsing orders by the stored
 * browse key. Every call has a timeout; failures are SearchIndexUnavailableError (retry) or
 * SearchIndexRequestError (our bug).
 */
export class QdrantMentorIndex extends MentorIndex {
  readonly backend = 'qdrant' as const;
  private readonly logger = new Logger('QdrantMentorIndex');
  private readonly client: QdrantClient;
  private readonly calls: QdrantCalls;
  private readonly collections: QdrantCollections;

  constructor(
    private readonly encoder: MentorEncoder,
    options: QdrantIndexOptions,
  ) {
    super();
    const timeoutMs = options.timeoutMs ?? 5000;
    // The client's minor version is pinned to the server's (compose, CI): the compatibility check stays on.
    this.client = new QdrantClient({ url: options.url, apiKey: options.apiKey, timeout: timeoutMs, checkCompatibility: true });
    this.calls = new QdrantCalls(this.logger, timeoutMs);
    this.collections = new QdrantCollections(this.client, this.calls, options.collection ?? 'mentors', encoder.schema, encoder.embedder.spaces, options.migrationLock);
  }

  /** The collection this replica reads and writes (its schema's). */
  get collection(): string {
    return this.collections.name;
  }

  async init(): Promise<boolean> {
    const created = await this.collections.open();
    this.logger.log(`Mentor index: Qdrant collection "${this.collection}"${created ? ' (new)' : ''}, alias "${this.collections.alias}"`);
    return created;
  }

  override async reconciled(): Promise<void> {
    await this.collections.promote();
  }

  async upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    const list = ((Array.isArray(docs) ? docs : [docs]) as readonly MentorDocument[]).filter((d) => d && typeof d.id === 'string' && d.id);
    for (let i = 0; i < list.length; i += BATCH) {
      const unique = [...new Map(list.slice(i, i + BATCH).map((d) => [d.id, d])).values()];
      const points: Schemas['PointStruct'][] = (await this.encoder.encodeMany(unique)).map((e) => {
        const vector: Record<string, number[] | Schemas['SparseVector']> = { [LEXICAL]: e.sparse };
        for (const [space, v] of Object.entries(e.vectors)) vector[space] = Array.from(v);
        const payload: Payload = { ...e.payload, embedder: e.embeddedBy, lexicalTerms: e.sparse.indices, ...(e.passages ? { passages: e.passages } : {}) };
        return { id: pointId(e.payload.id), vector, payload: { ...payload } };
      });
      await this.calls.run('upsert', () => this.client.upsert(this.collection, { wait: true, points }));
    }
  }

  async remove(ids: string | readonly string[]): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    for (let i = 0; i < list.length; i += BATCH) {
      const points = list.slice(i, i + BATCH).map(pointId);
      await this.calls.run('delete points', () => this.client.delete(this.collection, { wait: true, points }));
    }
  }

  async count(): Promise<number> {
    return (await this.calls.run('count', () => this.client.count(this.collection, { exact: true }))).count;
  }

  async fingerprints(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    let offset: Schemas['ExtendedPointId'] | undefined;
    do {
      const page = await this.calls.run('scroll', () => this.client.scroll(this.collection, { limit: 1000, offset, with_payload: ['id', 'fingerprint'], with_vector: false }));
      for (const p of page.points) out.set(String(p.payload?.id), String(p.payload?.fingerprint));
      const next = page.next_page_offset;
      offset = typeof next === 'string' || typeof next === 'number' ? next : undefined;
    } while (offset !== undefined);
    return out;
  }

  async health(): Promise<IndexHealth> {
    try {
      const info = await this.calls.run('get collection', () => this.client.getCollection(this.collection));
      return { ok: info.status !== 'red', backend: this.backend, documents: info.points_count ?? 0, detail: info.status };
    } catch (error) {
      return { ok: false, backend: this.backend, documents: 0, detail: (error as Error).message };
    }
  }

  async clear(): Promise<void> {
    await this.calls.run('clear', () => this.client.delete(this.collection, { wait: true, filter: { must: [] } }));
  }

  async search(params: SearchParams): Promise<SearchPage> {
    const n = normalizeSearch(params);
    const q = n.query ? await this.encoder.encodeQuery(n.query) : null;
    return q ? this.searchQuery(n, q) : this.browse(n);
  }

  private async searchQuery(n: NormalizedSearch, q: EncodedQuery): Promise<SearchPage> {
    const o = this.encoder.ranking;
    const k = poolSize(n, o.candidateLimit);
    const kDense = poolSize(n, Math.ceil(o.candidateLimit / 4)); // the in-process index's pool sizes
    const filter = this.filter(n);
    // The shared no-answer rule (ConceptReader.hasAnswer): does any profile under the filter hold each anchor term?
    const { concepts, words } = q.understanding.anchors;
    const held = new Set<number>();
    await Promise.all(
      [...concepts, ...words].map(async (term) => {
        const hit = await this.calls.run('anchor', () => this.client.query(this.collection, { query: { indices: [term], values: [1] }, using: LEXICAL, filter, limit: 1, with_payload: false, with_vector: false }));
        if (hit.points.length > 0) held.add(term);
      }),
    );
    if (!ConceptReader.hasAnswer(q.understanding, (term) => held.has(term))) {
      const suggestions = ConceptReader.suggestions(q.understanding, await this.conceptsHeld(q.understanding.neighbours.map((c) => c.id)));
      return { items: [], nextCursor: null, total: 0, ...(suggestions ? { suggestions } : {}) };
    }
    const stats = await this.termStatistics([...q.sparse.indices]);
    let query = cappedQuery(q.sparse, stats, o);
    let weighted = weightQuery(query, stats);
    if (usesFeedback(q.words, o) && weighted.terms.length) {
      const matches = await this.lexicalMatches(weighted, filter, 4 * o.feedbackDocs);
      query = expandWithFeedback(query, weighted, matches, o);
      await stats.add(query.indices);
      weighted = weightQuery(query, stats);
    }
    // Long profiles score their best passages, not the sum Qdrant's dot product gives: fetch twice the
    // lexical pool so the exact top-k is among the candidates.
    const { candidates, cosines } = await this.retrieve(q, weighted, filter, kDense, 2 * k);
    const ranked = rankCandidates(candidates, weighted, (id) => cosines.get(id) ?? 0, { lexical: k, dense: kDense, minSimilarity: q.space.minSimilarity }, o);
    const start = startAfter(ranked, n.after);
    const page = ranked.slice(start, start + n.limit);
    const payloads = await this.payloads(page.map((e) => e.id));
    const items: SearchHit[] = page.map((e) => ({
      id: e.id,
      score: e.score,
      matched: payloads.has(e.id) ? matchedTerms(payloads.get(e.id)!, q.surfaces, q.understanding.labels) : [],
    }));
    // Qdrant does not count the matches beyond its candidate pool: the pool's size, flagged as an estimate.
    return { ...this.pageOf(n, items, page, start + n.limit < ranked.length, ranked.length), totalIsEstimate: true };
  }

  /** Which of these concepts some mentor has (one scroll over the points that have any of them; best effort). */
  private async conceptsHeld(ids: readonly string[]): Promise<(id: string) => boolean> {
    if (!ids.length) return () => false;
    const res = await this.calls.run('scroll concepts', () =>
      this.client.scroll(this.collection, {
        filter: { should: ids.map((id) => ({ key: 'concepts', match: { value: id } })) },
        limit: 100,
        with_payload: ['concepts'],
        with_vector: false,
      }),
    );
    const held = new Set(res.points.flatMap((p) => (p.payload?.concepts as string[] | undefined) ?? []));
    return (id) => held.has(id);
  }

  /**
   * One batched call: the union of the dense and sparse prefetches (filters inside them) with what
   * ranking needs, and the same union re-scored by the query vector (cosines; a profile without a
   * vector in that space is absent there and counts 0).
   */
  private async retrieve(q: EncodedQuery, weighted: WeightedQuery, filter: Schemas['Filter'] | undefined, kDense: number, kLexical: number): Promise<{ candidates: Candidate[]; cosines: Map<string, number> }> {
    const dense = Array.from(q.embedding.vector);
    const prefetch: Schemas['Prefetch'][] = [{ query: dense, using: q.space.id, filter, limit: kDense, score_threshold: q.space.minSimilarity }];
    if (weighted.terms.length) prefetch.push({ query: weightedSparse(weighted), using: LEXICAL, filter, limit: kLexical });
    const limit = kDense + kLexical;
    const [union, rescored] = await this.calls.run('query batch', () =>
      this.client.queryBatch(this.collection, {
        searches: [
          { prefetch, query: { fusion: 'rrf' }, filter, limit, with_payload: RANKING_FIELDS, with_vector: [LEXICAL] },
          { prefetch, query: dense, using: q.space.id, filter, limit, with_payload: ['id'], with_vector: false },
        ],
      }),
    );
    const cosines = new Map<string, number>();
    for (const p of rescored?.points ?? []) cosines.set(String(p.payload?.id), p.score);
    return { candidates: (union?.points ?? []).map(candidateOf), cosines };
  }

  /** Lexical matches for pseudo-relevance feedback (the caller picks the best by exact score). */
  private async lexicalMatches(weighted: WeightedQuery, filter: Schemas['Filter'] | undefined, limit: number): Promise<Candidate[]> {
    const res = await this.calls.run('query', () =>
      this.client.query(this.collection, { query: weightedSparse(weighted), using: LEXICAL, filter, limit, with_payload: RANKING_FIELDS, with_vector: [LEXICAL] }),
    );
    return res.points.map(candidateOf);
  }

  /** IDF inputs from exact counts of live points (Qdrant's own IDF also counts deleted ones). */
  private async termStatistics(terms: number[]): Promise<TermStatistics & { add(terms: number[]): Promise<void> }> {
    const df = new Map<number, number>();
    const add = async (more: number[]): Promise<void> => {
      const todo = [...new Set(more)].filter((t) => !df.has(t));
      for (let i = 0; i < todo.length; i += COUNTS_IN_FLIGHT) {
        await Promise.all(todo.slice(i, i + COUNTS_IN_FLIGHT).map(async (term) => {
          const filter = { must: [{ key: 'lexicalTerms', match: { value: term } }] };
          df.set(term, (await this.calls.run('count', () => this.client.count(this.collection, { filter, exact: true }))).count);
        }));
      }
    };
    const [total] = await Promise.all([this.count(), add(terms)]);
    return { total, documentFrequency: (term) => df.get(term) ?? 0, add };
  }

  private async browse(n: NormalizedSearch): Promise<SearchPage> {
    const filter = this.filter(n);
    const total = (await this.calls.run('count', () => this.client.count(this.collection, { filter, exact: true }))).count;
    let fetch = n.limit + 20;
    let rows: RankedEntry[];
    let payloads = new Map<string, Payload>();
    for (;;) {
      const res = await this.calls.run('browse', () => this.client.query(this.collection, {
        query: { order_by: { key: 'browseKey', direction: 'desc', ...(n.after ? { start_from: n.after.key } : {}) } },
        filter,
        limit: fetch,
        with_payload: ['id', 'browseKey', 'ratingScore', 'available'],
        with_vector: false,
      }));
      payloads = new Map(res.points.map((p) => [String(p.payload?.id), p.payload as unknown as Payload]));
      const sorted = [...payloads.values()].map((p) => ({ id: p.id, score: p.browseKey })).sort(compareRanked);
      rows = sorted.slice(startAfter(sorted, n.after));
      if (rows.length > n.limit || res.points.length < fetch) break;
      fetch *= 2; // many ties on the cursor's key: widen
    }
    const page = rows.slice(0, n.limit);
    const items = page.map((e) => ({ id: e.id, score: browseScore(payloads.get(e.id)!, this.encoder.ranking), matched: [] }));
    return this.pageOf(n, items, page, rows.length > n.limit, total);
  }

  private pageOf(n: NormalizedSearch, items: SearchHit[], page: RankedEntry[], more: boolean, total: number): SearchPage {
    const last = page[page.length - 1];
    const served = (n.after?.served ?? 0) + page.length;
    return { items, nextCursor: last && more ? encodeCursor(n.fingerprint, last, served) : null, total };
  }

  private async payloads(ids: string[]): Promise<Map<string, Payload>> {
    if (!ids.length) return new Map();
    const points = await this.calls.run('retrieve', () =>
      this.client.retrieve(this.collection, { ids: ids.map(pointId), with_payload: ['id', 'skills', 'skillTerms', 'terms', 'concepts', 'skillConcepts'], with_vector: false }),
    );
    return new Map(points.map((p) => [String(p.payload?.id), p.payload as unknown as Payload]));
  }

  private filter(n: NormalizedSearch): Schemas['Filter'] | undefined {
    const must: Schemas['FieldCondition'][] = [];
    for (const key of n.skillKeys) must.push({ key: 'skillKeys', match: { value: key } });
    if (n.language) must.push({ key: 'languages', match: { value: n.language } });
    if (n.acceptingOnly) must.push({ key: 'available', match: { value: true } });
    return must.length ? { must } : undefined;
  }
}

/** A retrieved point as ranking reads it. */
function candidateOf(p: { payload?: Record<string, unknown> | null; vector?: unknown }): Candidate {
  const payload = (p.payload ?? {}) as Partial<Payload>;
  const lexical = (p.vector as Record<string, SparseVector> | undefined)?.[LEXICAL];
  return {
    id: String(payload.id),
    sparse: terms(lexical),
    passages: payload.passages?.map(terms),
    ratingScore: Number(payload.ratingScore) || 0,
    available: payload.available === true,
  };
}

function terms(v: SparseVector | undefined): SparseTerms {
  return { indices: Uint32Array.from(v?.indices ?? []), values: Float32Array.from(v?.values ?? []) };
}
