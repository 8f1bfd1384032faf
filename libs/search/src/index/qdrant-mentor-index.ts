import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import { encodeCursor, normalizeSearch, poolSize, startAfter, type NormalizedSearch } from '../ranking/paging.js';
import { browseScore, compareRanked, matchedTerms, round6, type MentorPayload, type RankedEntry } from '../ranking/ranking.js';
import type { IndexHealth, MentorDocument, SearchHit, SearchPage, SearchParams } from '../types.js';
import type { EncodedQuery, MentorEncoder } from './encoder.js';
import { MentorIndex } from './mentor-index.js';
import { ConceptReader } from '../understanding/query-understanding.js';

export interface QdrantIndexOptions {
  url: string;
  apiKey?: string;
  /** Collection name, default "mentors". */
  collection?: string;
  /** Injectable for tests. */
  client?: QdrantClient;
}

const LEXICAL = 'lexical';
const BATCH = 256;
type Payload = MentorPayload & { fingerprint: string };

/** Qdrant point ids must be UUIDs or integers: derive a stable UUID from any mentor id. */
export function pointId(id: string): string {
  const h = createHash('sha1').update(`mentor:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * MentorIndex on Qdrant: one named dense vector per embedding space, a sparse lexical vector with
 * Qdrant's IDF modifier, payload indexes for the filters. Hybrid search is one Query API call:
 * filtered dense and sparse prefetches rescored by a formula equal to the shared ranking.
 */
export class QdrantMentorIndex extends MentorIndex {
  readonly backend = 'qdrant' as const;
  private readonly logger = new Logger('QdrantMentorIndex');
  private readonly client: QdrantClient;
  private readonly collection: string;

  constructor(
    private readonly encoder: MentorEncoder,
    options: QdrantIndexOptions,
  ) {
    super();
    this.client = options.client ?? new QdrantClient({ url: options.url, apiKey: options.apiKey, checkCompatibility: false });
    this.collection = options.collection ?? 'mentors';
  }

  async init(): Promise<boolean> {
    const { exists } = await this.client.collectionExists(this.collection);
    if (exists) {
      const info = await this.client.getCollection(this.collection);
      const schema = (info.config.metadata as Record<string, unknown> | null | undefined)?.schema;
      if (schema === this.encoder.schema) {
        this.logger.log(`Mentor index: Qdrant collection "${this.collection}" (${info.points_count ?? 0} points)`);
        return false;
      }
      this.logger.warn(`Qdrant collection "${this.collection}" has schema ${String(schema)}, expected ${this.encoder.schema}: rebuilding`);
      await this.client.deleteCollection(this.collection);
    }
    await this.create();
    return true;
  }

  async upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    const list = ((Array.isArray(docs) ? docs : [docs]) as readonly MentorDocument[]).filter((d) => d && typeof d.id === 'string' && d.id);
    for (let i = 0; i < list.length; i += BATCH) {
      const points: Schemas['PointStruct'][] = [];
      for (const doc of list.slice(i, i + BATCH)) {
        const e = await this.encoder.encode(doc);
        const vector: Record<string, number[] | Schemas['SparseVector']> = { [LEXICAL]: e.sparse };
        for (const [space, v] of Object.entries(e.vectors)) vector[space] = Array.from(v);
        points.push({ id: pointId(doc.id), vector, payload: { ...e.payload } });
      }
      await this.client.upsert(this.collection, { wait: true, points });
    }
  }

  async remove(ids: string | readonly string[]): Promise<void> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    for (let i = 0; i < list.length; i += BATCH) {
      await this.client.delete(this.collection, { wait: true, points: list.slice(i, i + BATCH).map(pointId) });
    }
  }

  async count(): Promise<number> {
    return (await this.client.count(this.collection, { exact: true })).count;
  }

  async fingerprints(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    let offset: Schemas['ExtendedPointId'] | undefined;
    do {
      const page = await this.client.scroll(this.collection, { limit: 1000, offset, with_payload: ['id', 'fingerprint'], with_vector: false });
      for (const p of page.points) out.set(String(p.payload?.id), String(p.payload?.fingerprint));
      const next = page.next_page_offset;
      offset = typeof next === 'string' || typeof next === 'number' ? next : undefined;
    } while (offset !== undefined);
    return out;
  }

  async health(): Promise<IndexHealth> {
    try {
      const info = await this.client.getCollection(this.collection);
      return { ok: info.status !== 'red', backend: this.backend, documents: info.points_count ?? 0, detail: info.status };
    } catch (error) {
      return { ok: false, backend: this.backend, documents: 0, detail: (error as Error).message };
    }
  }

  async clear(): Promise<void> {
    const { exists } = await this.client.collectionExists(this.collection);
    if (exists) await this.client.deleteCollection(this.collection);
    await this.create();
  }

  async search(params: SearchParams): Promise<SearchPage> {
    const n = normalizeSearch(params);
    const q = n.query ? await this.encoder.encodeQuery(n.query) : null;
    return q ? this.searchQuery(n, q) : this.browse(n);
  }

  private async searchQuery(n: NormalizedSearch, q: EncodedQuery): Promise<SearchPage> {
    const o = this.encoder.ranking;
    const k = poolSize(n, o.candidateLimit);
    const kDense = Math.ceil(o.candidateLimit / 4); // same pool sizes as the in-process index
    const filter = this.filter(n);
    // The shared no-answer rule (ConceptReader.hasAnswer): one sparse query, limit 1, per anchor term.
    const { concepts, words } = q.understanding.anchors;
    const held = new Set<number>();
    for (const term of [...concepts, ...words]) {
      const hit = await this.client.query(this.collection, { query: { indices: [term], values: [1] }, using: LEXICAL, filter, limit: 1, with_payload: false, with_vector: false });
      if (hit.points.length > 0) held.add(term);
    }
    if (!ConceptReader.hasAnswer(q.understanding, (term) => held.has(term))) {
      const suggestions = ConceptReader.suggestions(q.understanding, await this.conceptsHeld(q.understanding.neighbours.map((c) => c.id)));
      return { items: [], nextCursor: null, total: 0, ...(suggestions ? { suggestions } : {}) };
    }
    const res = await this.client.query(this.collection, {
      prefetch: [
        { query: Array.from(q.embedding.vector), using: q.space.id, filter, limit: kDense, score_threshold: q.space.minSimilarity },
        { query: q.sparse, using: LEXICAL, filter, limit: k },
      ],
      query: {
        formula: {
          sum: [
            { mult: [o.semanticWeight, '$score[0]'] },
            { div: { left: { mult: [o.lexicalWeight, '$score[1]'] }, right: { sum: ['$score[1]', o.lexicalSaturation] }, by_zero_default: 0 } },
            { mult: [o.ratingWeight, 'ratingScore'] },
            { mult: [-o.unavailablePenalty, { key: 'available', match: { value: false } }] },
          ],
        },
        defaults: { '$score[0]': 0, '$score[1]': 0, ratingScore: 0 },
      },
      filter,
      limit: k + kDense,
      with_payload: ['id'],
      with_vector: false,
    });
    const ranked = res.points
      .map((p) => ({ id: String(p.payload?.id), score: Number.isFinite(p.score) ? round6(p.score) : 0 }))
      .sort(compareRanked);
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
    const res = await this.client.scroll(this.collection, {
      filter: { should: ids.map((id) => ({ key: 'concepts', match: { value: id } })) },
      limit: 100,
      with_payload: ['concepts'],
      with_vector: false,
    });
    const held = new Set(res.points.flatMap((p) => (p.payload?.concepts as string[] | undefined) ?? []));
    return (id) => held.has(id);
  }

  private async browse(n: NormalizedSearch): Promise<SearchPage> {
    const filter = this.filter(n);
    const total = (await this.client.count(this.collection, { filter, exact: true })).count;
    let fetch = n.limit + 20;
    let rows: RankedEntry[];
    let payloads = new Map<string, Payload>();
    for (;;) {
      const res = await this.client.query(this.collection, {
        query: { order_by: { key: 'browseKey', direction: 'desc', ...(n.after ? { start_from: n.after.key } : {}) } },
        filter,
        limit: fetch,
        with_payload: true,
        with_vector: false,
      });
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
    const points = await this.client.retrieve(this.collection, { ids: ids.map(pointId), with_payload: true, with_vector: false });
    return new Map(points.map((p) => [String(p.payload?.id), p.payload as unknown as Payload]));
  }

  private filter(n: NormalizedSearch): Schemas['Filter'] | undefined {
    const must: Schemas['FieldCondition'][] = [];
    for (const key of n.skillKeys) must.push({ key: 'skillKeys', match: { value: key } });
    if (n.language) must.push({ key: 'languages', match: { value: n.language } });
    if (n.acceptingOnly) must.push({ key: 'available', match: { value: true } });
    return must.length ? { must } : undefined;
  }

  private async create(): Promise<void> {
    const vectors: Record<string, Schemas['VectorParams']> = {};
    for (const s of this.encoder.embedder.spaces) vectors[s.id] = { size: s.dimension, distance: 'Dot' };
    await this.client.createCollection(this.collection, {
      vectors,
      sparse_vectors: { [LEXICAL]: { modifier: 'idf' } },
      metadata: { schema: this.encoder.schema },
    });
    const indexes: [string, Schemas['PayloadSchemaType']][] = [
      ['id', 'keyword'], ['skillKeys', 'keyword'], ['languages', 'keyword'], ['available', 'bool'], ['browseKey', 'float'],
    ];
    for (const [field_name, field_schema] of indexes) {
      await this.client.createPayloadIndex(this.collection, { wait: true, field_name, field_schema });
    }
    this.logger.log(`Created Qdrant collection "${this.collection}" (schema ${this.encoder.schema})`);
  }
}
