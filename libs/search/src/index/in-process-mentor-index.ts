import { Logger } from '@nestjs/common';
import usearch, { type Index as AnnIndex } from 'usearch';
import { dot } from '../embedder/embedder.js';
import { encodeCursor, normalizeSearch, poolSize, startAfter, type NormalizedSearch } from '../ranking/paging.js';
import {
  browseScore, compareRanked, finalScore, idf, matchedTerms, relevance, type MentorPayload, type RankedEntry,
} from '../ranking/ranking.js';
import type { IndexHealth, MentorDocument, SearchPage, SearchParams, SparseVector } from '../types.js';
import type { EncodedMentor, EncodedQuery, MentorEncoder } from './encoder.js';
import { MentorIndex } from './mentor-index.js';
import { Postings } from './postings.js';

export interface InProcessIndexOptions {
  /** Filtered sets up to this size are scored exactly instead of through the ANN graph. */
  exactScanLimit?: number;
  /** HNSW parameters (defaults tuned for recall >= 0.99 at 100k). */
  connectivity?: number;
  expansionAdd?: number;
  expansionSearch?: number;
}

type Payload = MentorPayload & { fingerprint: string };

/**
 * Default MentorIndex: everything in memory. Dense vectors live in a usearch HNSW graph per space
 * (plus a Float32Array copy for exact rescoring), lexical terms in an inverted index with live
 * document frequencies, filters in posting sets, so filters are applied before ranking and paging.
 */
export class InProcessMentorIndex extends MentorIndex {
  readonly backend = 'in-process' as const;
  private readonly logger = new Logger('InProcessMentorIndex');
  private readonly slotOf = new Map<string, number>();
  private readonly payloads: (Payload | undefined)[] = [];
  private readonly sparse: (SparseVector | undefined)[] = [];
  private readonly vectors = new Map<string, (Float32Array | undefined)[]>();
  private readonly ann = new Map<string, AnnIndex>();
  private readonly postings = new Map<number, Postings>();
  private readonly bySkill = new Map<string, Set<number>>();
  private readonly byLanguage = new Map<string, Set<number>>();
  private readonly freeSlots: number[] = [];
  private browseOrder: (RankedEntry & { slot: number })[] | null = null;
  private readonly exactScanLimit: number;

  constructor(
    private readonly encoder: MentorEncoder,
    private readonly options: InProcessIndexOptions = {},
  ) {
    super();
    this.exactScanLimit = options.exactScanLimit ?? 20_000;
    this.createGraphs();
  }

  async init(): Promise<boolean> {
    this.logger.log(`Mentor index: in-process (usearch), schema ${this.encoder.schema}`);
    return this.slotOf.size === 0;
  }

  async upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    const list = (Array.isArray(docs) ? docs : [docs]) as readonly MentorDocument[];
    const encoded: EncodedMentor[] = [];
    for (const doc of list) if (doc && typeof doc.id === 'string' && doc.id) encoded.push(await this.encoder.encode(doc));
    const pending = new Map<string, { keys: bigint[]; vecs: Float32Array[] }>();
    for (const e of encoded) {
      this.removeOne(e.payload.id);
      const slot = this.freeSlots.pop() ?? this.payloads.length;
      this.slotOf.set(e.payload.id, slot);
      this.payloads[slot] = e.payload;
      this.sparse[slot] = e.sparse;
      e.sparse.indices.forEach((t, i) => this.postingsFor(t).add(slot, e.sparse.values[i]!));
      for (const k of e.payload.skillKeys) setFor(this.bySkill, k).add(slot);
      for (const l of e.payload.languages) setFor(this.byLanguage, l).add(slot);
      for (const space of this.encoder.embedder.spaces) {
        const v = e.vectors[space.id];
        this.vectors.get(space.id)![slot] = v;
        if (!v) continue;
        const p = pending.get(space.id) ?? { keys: [], vecs: [] };
        p.keys.push(BigInt(slot));
        p.vecs.push(v);
        pending.set(space.id, p);
      }
    }
    for (const [space, p] of pending) this.ann.get(space)!.add(BigUint64Array.from(p.keys), p.vecs, 0);
    this.browseOrder = null;
    this.available = null;
  }

  async remove(ids: string | readonly string[]): Promise<void> {
    for (const id of typeof ids === 'string' ? [ids] : ids) this.removeOne(id);
    this.browseOrder = null;
    this.available = null;
  }

  async count(): Promise<number> {
    return this.slotOf.size;
  }

  async fingerprints(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [id, slot] of this.slotOf) out.set(id, this.payloads[slot]!.fingerprint);
    return out;
  }

  async health(): Promise<IndexHealth> {
    return { ok: true, backend: this.backend, documents: this.slotOf.size };
  }

  async clear(): Promise<void> {
    for (const id of [...this.slotOf.keys()]) this.removeOne(id);
    this.payloads.length = 0;
    this.sparse.length = 0;
    this.freeSlots.length = 0;
    this.postings.clear();
    this.createGraphs();
    this.browseOrder = null;
    this.available = null;
  }

  async search(params: SearchParams): Promise<SearchPage> {
    const n = normalizeSearch(params);
    const q = n.query ? await this.encoder.encodeQuery(n.query) : null;
    const accept = this.filterFor(n);
    const ranked = q ? this.rank(n, q, accept) : this.browse(accept);
    const start = startAfter(ranked, n.after);
    const page = ranked.slice(start, start + n.limit);
    const items = page.map((e) => {
      const p = this.payloads[this.slotOf.get(e.id)!]!;
      return q
        ? { id: e.id, score: e.score, matched: matchedTerms(p, q.surfaces) }
        : { id: e.id, score: browseScore(p, this.encoder.ranking), matched: [] };
    });
    const served = (n.after?.served ?? 0) + page.length;
    const last = page[page.length - 1];
    const nextCursor = last && start + n.limit < ranked.length ? encodeCursor(n.fingerprint, last, served) : null;
    return { items, nextCursor, total: ranked.length };
  }

  /** Exact ANN recall check helper for benchmarks: top-k slots ids by ANN for a vector. */
  annSearch(space: string, vector: Float32Array, k: number): string[] {
    const graph = this.ann.get(space);
    if (!graph || graph.size() === 0) return [];
    const m = graph.search(vector, Math.min(k, graph.size()), 0);
    return Array.from(m.keys, (key) => this.payloads[Number(key)]?.id).filter((x): x is string => !!x);
  }

  /** Exact top-k by cosine over every stored vector (reference for recall measurements). */
  exactSearch(space: string, vector: Float32Array, k: number): string[] {
    const vs = this.vectors.get(space) ?? [];
    const scored: RankedEntry[] = [];
    vs.forEach((v, slot) => v && this.payloads[slot] && scored.push({ id: this.payloads[slot]!.id, score: dot(v, vector) }));
    return scored.sort(compareRanked).slice(0, k).map((e) => e.id);
  }

  private rank(n: NormalizedSearch, q: EncodedQuery, accept: Filter): RankedEntry[] {
    const o = this.encoder.ranking;
    const k = poolSize(n, o.candidateLimit);
    const vs = this.vectors.get(q.space.id) ?? [];
    const candidates = new Set<number>(this.denseCandidates(q, accept, k, vs));
    // Dense accumulator + touched list: much cheaper than a Map for long posting lists.
    const acc = new Float64Array(this.payloads.length);
    const touched: number[] = [];
    const total = this.slotOf.size;
    q.sparse.indices.forEach((term, i) => {
      const posting = this.postings.get(term);
      if (!posting || posting.size === 0) return;
      const w = q.sparse.values[i]! * idf(total, posting.size);
      posting.forEach((slot, value) => {
        if (!accept.test(slot)) return;
        if (acc[slot] === 0) touched.push(slot);
        acc[slot]! += w * value;
      });
    });
    const lexical = { get: (slot: number): number => acc[slot] ?? 0 };
    if (touched.length > k) touched.sort((a, b) => acc[b]! - acc[a]! || a - b);
    for (const slot of touched.slice(0, k)) candidates.add(slot);
    const out: RankedEntry[] = [];
    for (const slot of candidates) {
      const v = vs[slot];
      const cosine = v ? dot(v, q.embedding.vector) : 0;
      const lex = lexical.get(slot);
      if (lex <= 0 && cosine < q.space.minSimilarity) continue;
      const p = this.payloads[slot]!;
      out.push({ id: p.id, score: finalScore(relevance(cosine, lex, o), p, o) });
    }
    return out.sort(compareRanked);
  }

  private denseCandidates(q: EncodedQuery, accept: Filter, k: number, vs: (Float32Array | undefined)[]): number[] {
    const min = q.space.minSimilarity;
    const graph = this.ann.get(q.space.id);
    const pool = accept.slots ?? null;
    const size = pool ? pool.length : this.slotOf.size;
    if (!graph || size <= this.exactScanLimit || graph.size() <= this.exactScanLimit) {
      const scored = new Map<number, number>();
      const consider = (slot: number): void => {
        const v = vs[slot];
        if (v && accept.test(slot)) {
          const c = dot(v, q.embedding.vector);
          if (c >= min) scored.set(slot, c);
        }
      };
      if (pool) pool.forEach(consider);
      else for (const slot of this.slotOf.values()) consider(slot);
      return topK(scored, k).map(([slot]) => slot);
    }
    // ANN with oversampling by the filter's selectivity; widen until enough pass the filter.
    const graphSize = graph.size();
    let want = Math.min(graphSize, Math.ceil((k * graphSize) / Math.max(1, accept.estimate ?? graphSize)) + 32);
    for (;;) {
      const m = graph.search(q.embedding.vector, want, 0);
      const hits: number[] = [];
      let belowMin = false;
      for (let i = 0; i < m.keys.length; i++) {
        const slot = Number(m.keys[i]);
        if (1 - m.distances[i]! < min - 0.05) belowMin = true;
        if (this.payloads[slot] && accept.test(slot)) hits.push(slot);
      }
      if (hits.length >= k || want >= graphSize || belowMin) return hits.slice(0, k);
      want = Math.min(graphSize, want * 2);
    }
  }

  private browse(accept: Filter): RankedEntry[] {
    if (!this.browseOrder) {
      this.browseOrder = [];
      for (const [id, slot] of this.slotOf) this.browseOrder.push({ id, score: this.payloads[slot]!.browseKey, slot });
      this.browseOrder.sort(compareRanked);
    }
    if (accept.all) return this.browseOrder;
    if (accept.slots) {
      // Posting-set filter: sort just the matching slots.
      return accept.slots.map((slot) => ({ id: this.payloads[slot]!.id, score: this.payloads[slot]!.browseKey })).sort(compareRanked);
    }
    return this.browseOrder.filter((e) => accept.test(e.slot));
  }

  private filterFor(n: NormalizedSearch): Filter {
    const sets: Set<number>[] = [];
    for (const key of n.skillKeys) sets.push(this.bySkill.get(key) ?? new Set());
    if (n.language) sets.push(this.byLanguage.get(n.language) ?? new Set());
    const test = (slot: number): boolean => {
      const p = this.payloads[slot];
      return !!p && (!n.acceptingOnly || p.available) && sets.every((s) => s.has(slot));
    };
    if (!sets.length) {
      if (!n.acceptingOnly) return { all: true, test: (slot) => !!this.payloads[slot] };
      return { all: false, test, estimate: this.availableCount() };
    }
    const smallest = sets.reduce((a, b) => (a.size <= b.size ? a : b));
    const slots = [...smallest].filter(test);
    return { all: false, test, slots, estimate: slots.length };
  }

  private available: number | null = null;
  private availableCount(): number {
    if (this.available === null) {
      this.available = 0;
      for (const slot of this.slotOf.values()) if (this.payloads[slot]!.available) this.available++;
    }
    return this.available;
  }

  private removeOne(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const p = this.payloads[slot]!;
    const s = this.sparse[slot];
    s?.indices.forEach((t) => this.postings.get(t)?.remove(slot));
    for (const k of p.skillKeys) this.bySkill.get(k)?.delete(slot);
    for (const l of p.languages) this.byLanguage.get(l)?.delete(slot);
    for (const [space, graph] of this.ann) {
      if (this.vectors.get(space)![slot]) graph.remove(BigInt(slot));
      this.vectors.get(space)![slot] = undefined;
    }
    this.payloads[slot] = undefined;
    this.sparse[slot] = undefined;
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
  }

  private postingsFor(term: number): Postings {
    let p = this.postings.get(term);
    if (!p) this.postings.set(term, (p = new Postings()));
    return p;
  }

  private createGraphs(): void {
    for (const space of this.encoder.embedder.spaces) {
      this.vectors.set(space.id, []);
      this.ann.set(
        space.id,
        new usearch.Index({
          dimensions: space.dimension,
          metric: usearch.MetricKind.IP,
          quantization: usearch.ScalarKind.F32,
          connectivity: this.options.connectivity ?? 24,
          expansion_add: this.options.expansionAdd ?? 128,
          expansion_search: this.options.expansionSearch ?? 256,
          multi: false,
        }),
      );
    }
  }
}

interface Filter {
  all?: boolean;
  test: (slot: number) => boolean;
  /** Explicit candidate slots when a posting-set filter (skills, language) applies. */
  slots?: number[];
  /** Estimated number of matching documents (for ANN oversampling). */
  estimate?: number;
}

function setFor<K>(map: Map<K, Set<number>>, key: K): Set<number> {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  return s;
}

function topK(scores: Map<number, number>, k: number): [number, number][] {
  const all = [...scores];
  if (all.length > k) all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return all.length > k ? all.slice(0, k) : all;
}
