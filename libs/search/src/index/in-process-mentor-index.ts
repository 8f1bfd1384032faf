import { Logger } from '@nestjs/common';
import { encodeCursor, normalizeSearch, poolSize, startAfterIn, type NormalizedSearch } from '../ranking/paging.js';
import { browseScore, combineScore, compareIds, matchedTerms, relevance, termId } from '../ranking/ranking.js';
import { type RankingOptions } from '../ranking/ranking-options.js';
import type { IndexHealth, MentorDocument, SearchHit, SearchPage, SearchParams, SparseTerms } from '../types.js';
import type { EncodedMentor, EncodedQuery, MentorEncoder } from './encoder.js';
import { LexicalQuery, LexicalSearch, type LexicalCorpus } from './lexical-search.js';
import { type Filter, FilterSets } from './filter-sets.js';
import { MentorIndex } from './mentor-index.js';
import { Postings } from './postings.js';
import { capQueryTerms, feedbackQuery } from './query-expansion.js';
import { BrowseOrder } from './browse-order.js';
import { type HnswOptions, VectorSpace } from './vector-space.js';
import { ProfileStore } from './profile-store.js';
import { WriteQueue } from './write-queue.js';
import { ConceptReader, conceptTermId } from '../understanding/query-understanding.js';
import { IndexSnapshots } from './index-snapshot.js';

export interface InProcessIndexOptions extends HnswOptions {
  /**
   * Filtered sets up to this size are scored exactly (brute force over the matching vectors) instead
   * of through the ANN graph. Default: chosen per query from the pool size and the index size.
   */
  exactScanLimit?: number;
  /**
   * File the index is snapshotted to (`saveSnapshot`) and restored from at start (`loadSnapshot`),
   * so a restart loads instead of re-embedding everything. Absent: no snapshot.
   */
  snapshotPath?: string;
}

/** Above this many changed documents the browse order is re-sorted lazily instead of patched in place. */
const INCREMENTAL_BROWSE_LIMIT = 64;

/**
 * Default MentorIndex: everything in memory. Dense vectors live in a usearch HNSW graph per space
 * (int8, for candidates) plus a contiguous Float16Array (for scores), lexical terms in an inverted index with live
 * document frequencies, filters in bitsets (skills, languages, availability), so filters are applied
 * before ranking and paging; the profiles themselves in columns (ProfileStore). Browsing walks a
 * maintained (browseKey desc, id asc) order.
 *
 * All index work of a search runs synchronously after the (possibly remote) query embedding, so the
 * per-index scratch buffers are never shared between concurrent searches.
 */
export class InProcessMentorIndex extends MentorIndex {
  readonly backend = 'in-process' as const;
  private readonly logger = new Logger('InProcessMentorIndex');
  private readonly slotOf = new Map<string, number>();
  /** The profiles by slot: ids, browse keys, lists, lexical terms. */
  private readonly store = new ProfileStore();
  private readonly spaces = new Map<string, VectorSpace>();
  private readonly postings = new Map<number, Postings>();
  private readonly filters = new FilterSets();
  private freeSlots: number[] = [];
  /** Live slots in browse order (browseKey desc, id asc); null = re-sort on next browse. */
  private readonly browseOrder = new BrowseOrder((slot) => this.store.id(slot)!, (slot) => this.store.browseKey(slot));
  /** Lexical top-k (and its scratch), and the stamps that tell lexical candidates apart (both grown with the slot count). */
  private readonly lexical = new LexicalSearch();
  private stamp = new Uint32Array(0);
  private epoch = 0;
  /** Candidate scratch of a search: slots and scores, then their ranked order. */
  private candidateSlots = new Int32Array(0);
  private candidateScores = new Float64Array(0);
  /** An upsert awaits its embedder (a remote one takes milliseconds): a remove or a search called meanwhile must not overtake it. */
  private readonly writes = new WriteQueue();
  private readonly snapshots: IndexSnapshots;

  constructor(
    private readonly encoder: MentorEncoder,
    private readonly options: InProcessIndexOptions = {},
  ) {
    super();
    this.createSpaces();
    this.snapshots = new IndexSnapshots(options.snapshotPath, {
      schema: encoder.schema, store: this.store, spaces: this.spaces, reset: () => this.reset(), restored: () => this.restored(),
    });
  }

  async init(): Promise<boolean> {
    this.logger.log(`Mentor index: in-process (usearch), schema ${this.encoder.schema}`);
    return this.slotOf.size === 0;
  }

  upsert(docs: MentorDocument | readonly MentorDocument[]): Promise<void> {
    return this.writes.run(async () => {
      const list = (Array.isArray(docs) ? docs : [docs]) as readonly MentorDocument[];
      // Embedded in batches (one request per batch to a remote model).
      const encoded: EncodedMentor[] = await this.encoder.encodeMany(list.filter((doc) => doc && typeof doc.id === 'string' && doc.id));
      // Last write wins within a batch.
      this.write([...new Map(encoded.map((e) => [e.payload.id, e])).values()]);
    });
  }

  /**
   * Writes the whole index and `watermark` (the owner's position in its change feed) to the snapshot
   * file; false when no snapshot file is configured. Searches wait while it is written.
   */
  override saveSnapshot(watermark: string): Promise<boolean> {
    return this.writes.run(() => this.snapshots.save(watermark));
  }

  /**
   * Replaces the contents with the snapshot file's when it exists and was written with this encoder's
   * schema; answers its watermark, or null (no snapshot, another schema, unreadable: start empty).
   */
  override loadSnapshot(): Promise<string | null> {
    return this.writes.run(() => this.snapshots.load());
  }

  /** After a snapshot load: everything derived from the store (slots, filters, score parts, postings at their exact size). */
  private restored(): void {
    const { store } = this;
    const frequency = new Map<number, number>();
    const { keys } = store.terms;
    for (let slot = 0; slot < store.slots; slot++) {
      const p = store.payload(slot);
      if (!p) {
        this.freeSlots.push(slot);
        continue;
      }
      this.slotOf.set(p.id, slot);
      this.filters.add(slot, p);
      for (let i = store.terms.start(slot), end = store.terms.end(slot); i < end; i++) frequency.set(keys[i]!, (frequency.get(keys[i]!) ?? 0) + 1);
    }
    this.freeSlots.reverse();
    for (const [term, n] of frequency) this.postings.set(term, new Postings(n));
    for (let slot = 0; slot < store.slots; slot++) this.addPostings(slot);
    this.browseOrder.invalidate();
  }

  /** Puts a profile in a free slot: payload, lexical terms, score parts, filters (vectors are the spaces' part). */
  private place(slot: number, e: EncodedMentor): void {
    this.slotOf.set(e.payload.id, slot);
    this.store.put(slot, e.payload, e.sparse, e.passages?.map(typedSparse));
    this.filters.add(slot, e.payload);
    this.addPostings(slot);
  }

  private addPostings(slot: number): void {
    const { terms } = this.store;
    const { keys, weights } = terms;
    for (let i = terms.start(slot), end = terms.end(slot); i < end; i++) this.postingsFor(keys[i]!).add(slot, weights![i]!);
  }

  private write(unique: readonly EncodedMentor[]): void {
    const incremental = this.browseOrder.isMaintained && unique.length <= INCREMENTAL_BROWSE_LIMIT;
    if (!incremental) this.browseOrder.invalidate();
    const pending = new Map<string, { keys: number[]; vecs: Float32Array[] }>();
    for (const e of unique) {
      this.removeOne(e.payload.id);
      const slot = this.freeSlots.pop() ?? this.store.slots;
      this.place(slot, e);
      for (const [id, space] of this.spaces) {
        const v = e.vectors[id];
        if (!v || v.length !== space.dimension) continue;
        space.store(slot, v);
        const p = pending.get(id) ?? { keys: [], vecs: [] };
        p.keys.push(slot);
        p.vecs.push(v);
        pending.set(id, p);
      }
      if (incremental) this.browseOrder.insert(slot);
    }
    for (const [id, p] of pending) {
      this.spaces.get(id)!.addToGraph(p.keys, p.vecs);
    }
  }

  remove(ids: string | readonly string[]): Promise<void> {
    return this.writes.run(async () => {
      const list = typeof ids === 'string' ? [ids] : ids;
      if (list.length > INCREMENTAL_BROWSE_LIMIT) this.browseOrder.invalidate();
      for (const id of list) this.removeOne(id);
    });
  }

  async count(): Promise<number> {
    await this.writes.settled();
    return this.slotOf.size;
  }

  async fingerprints(): Promise<Map<string, string>> {
    await this.writes.settled();
    const out = new Map<string, string>();
    for (const [id, slot] of this.slotOf) out.set(id, this.store.fingerprint(slot));
    return out;
  }

  async health(): Promise<IndexHealth> {
    return { ok: true, backend: this.backend, documents: this.slotOf.size };
  }

  clear(): Promise<void> {
    return this.writes.run(async () => this.reset());
  }

  private reset(): void {
    this.slotOf.clear();
    this.store.clear();
    this.postings.clear();
    this.filters.clear();
    this.freeSlots = [];
    this.browseOrder.reset();
    this.createSpaces();
  }

  async search(params: SearchParams): Promise<SearchPage> {
    await this.writes.settled();
    const n = normalizeSearch(params);
    const q = n.query ? await this.encoder.encodeQuery(n.query) : null;
    // Everything below is synchronous (shares scratch buffers).
    const filter = this.filters.filter(n.skillKeys, n.language, n.acceptingOnly);
    return q ? this.searchQuery(n, q, filter) : this.browse(n, filter);
  }

  // --- text queries ------------------------------------------------------------------------------

  private searchQuery(n: NormalizedSearch, q: EncodedQuery, filter: Filter): SearchPage {
    if (!this.answerable(q, filter)) {
      const suggestions = ConceptReader.suggestions(q.understanding, (id) => (this.postings.get(conceptTermId(id))?.size ?? 0) > 0);
      return { items: [], nextCursor: null, total: 0, ...(suggestions ? { suggestions } : {}) };
    }
    const ranked = filter.count ? this.rank(n, q, filter) : { slots: EMPTY_SLOTS, scores: EMPTY_SCORES, matches: 0 };
    const total = ranked.matches;
    const count = ranked.slots.length;
    const start = startAfterIn(count, (i) => ranked.scores[i]!, (i) => this.store.id(ranked.slots[i]!)!, n.after);
    const items: SearchHit[] = [];
    for (let i = start; i < Math.min(count, start + n.limit); i++) {
      const slot = ranked.slots[i]!;
      const p = this.store.payload(slot)!;
      // The query's terms the profile has, from its lexical terms (the store keeps no list of its words).
      const terms = [...q.surfaces.keys()].filter((term) => this.store.hasTerm(slot, termId(term)));
      const matched = matchedTerms({ skills: p.skills, skillTerms: p.skillTerms, terms, concepts: p.concepts, skillConcepts: p.skillConcepts }, q.surfaces, q.understanding.labels);
      items.push({ id: p.id, score: ranked.scores[i]!, matched });
    }
    const last = items[items.length - 1];
    const served = (n.after?.served ?? 0) + items.length;
    const nextCursor = last && start + n.limit < count ? encodeCursor(n.fingerprint, last, served) : null;
    return { items, nextCursor, total };
  }

  /** The shared no-answer rule (ConceptReader.hasAnswer) over this index's postings under the filter. */
  private answerable(q: EncodedQuery, filter: Filter): boolean {
    return ConceptReader.hasAnswer(q.understanding, (term) => {
      const list = this.postings.get(term);
      if (!list || list.size === 0) return false;
      if (filter.all) return true;
      for (let i = 0; i < list.size; i++) {
        const slot = list.slots[i]!;
        if (((filter.words[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0) return true;
      }
      return false;
    });
  }

  /**
   * Candidate pool (top-k lexical ∪ top-k dense, both under the filter), scored by the shared ranking.
   * `matches` counts every lexical match plus the dense-only candidates of a pool that does not depend
   * on the page: the same total for every limit and page.
   */
  private rank(n: NormalizedSearch, q: EncodedQuery, filter: Filter): Ranked {
    const o = this.encoder.ranking;
    const k = poolSize(n, o.candidateLimit);
    const vector = q.embedding.vector;
    const inSpace = this.spaces.get(q.space.id);
    const space = inSpace && vector.length === inSpace.dimension ? inSpace : undefined;
    this.ensureScratch();
    const inLexical = this.nextEpoch();
    const done = this.nextEpoch();
    const { stamp } = this;

    // Lexical: exact top-k of the term-at-a-time scores (LexicalSearch), long profiles by their best passages.
    const corpus = this.lexicalCorpus(o);
    const capped = capQueryTerms(q.sparse, o.maxQueryTerms, this.slotOf.size, (term) => this.postings.get(term)?.size ?? 0);
    let query = new LexicalQuery(capped, corpus);
    let lexical: Int32Array;
    if (o.feedbackDocs > 0 && q.words >= o.feedbackMinQueryTerms) {
      const best = this.lexical.top(query, filter, o.feedbackDocs);
      if (best.length > 0) {
        query = new LexicalQuery(feedbackQuery(capped, best, this.lexical.acc.scores, corpus.sparse, o), corpus);
        lexical = this.lexical.top(query, filter, k);
      } else lexical = best;
    } else lexical = this.lexical.top(query, filter, k);
    const scores = this.lexical.acc.scores;
    let matches = this.lexical.matches(query, filter);
    for (let i = 0; i < lexical.length; i++) stamp[lexical[i]!] = inLexical;

    // Dense: ANN (or exact scan of a small filtered set); cosines come back with the slots.
    // The dense list is a quarter of the lexical one (the ANN's cost grows with it); both grow with page depth.
    const kDense = Math.ceil(o.candidateLimit / 4);
    const dense = space ? space.candidates(vector, q.space.minSimilarity, filter, kDense, this.options.exactScanLimit) : null;

    // Candidates go to scratch arrays as (slot, score): no payload is rebuilt until the page is cut.
    const { store } = this;
    const { ratingWeight, unavailablePenalty } = o;
    const slots = this.candidateSlots.length >= k + kDense ? this.candidateSlots : (this.candidateSlots = new Int32Array(2 * (k + kDense)));
    const values = this.candidateScores.length >= slots.length ? this.candidateScores : (this.candidateScores = new Float64Array(slots.length));
    let count = 0;
    const consider = (slot: number, lex: number, cosine: number): void => {
      if (lex <= 0 && cosine < q.space.minSimilarity) return;
      slots[count] = slot;
      // The query-independent parts of the final score (see combineScore).
      values[count++] = combineScore(relevance(cosine, lex, o), ratingWeight * store.ratingScore(slot), store.isAvailable(slot) ? 0 : unavailablePenalty);
    };
    if (dense) {
      for (let i = 0; i < dense.slots.length; i++) {
        const slot = dense.slots[i]!;
        // A dense candidate outside the lexical top-k still counts its full lexical score.
        const lex = stamp[slot] === inLexical ? scores[slot]! : this.lexical.score(query, slot);
        if (lex <= 0 && dense.cosines[i]! >= q.space.minSimilarity) matches++;
        consider(slot, lex, dense.cosines[i]!);
        stamp[slot] = done;
      }
    }
    for (let i = 0; i < lexical.length; i++) {
      const slot = lexical[i]!;
      if (stamp[slot] === done) continue;
      consider(slot, scores[slot]!, space ? space.cosine(slot, vector) : 0);
    }
    this.lexical.reset();
    // compareRanked order: score desc, then id (read only to break a tie).
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => values[b]! - values[a]! || compareIds(this.store.id(slots[a]!)!, this.store.id(slots[b]!)!));
    const ranked: Ranked = { slots: new Int32Array(count), scores: new Float64Array(count), matches };
    for (let i = 0; i < count; i++) {
      ranked.slots[i] = slots[order[i]!]!;
      ranked.scores[i] = values[order[i]!]!;
    }
    return ranked;
  }

  private lexicalCorpus(o: RankingOptions): LexicalCorpus {
    const { store } = this;
    return { postings: this.postings, sparse: (slot) => store.sparse(slot), passages: store.passages, passageSlots: store.longProfiles.words, total: this.slotOf.size, passageTopK: o.passageTopK };
  }

  // --- browsing ----------------------------------------------------------------------------------

  /** A page of the maintained browse order from the cursor, under the filter bitset. */
  private browse(n: NormalizedSearch, filter: Filter): SearchPage {
    const { slots, more } = this.browseOrder.page(this.slotOf.values(), n.after && { key: n.after.key, id: n.after.id }, n.limit, filter);
    const o = this.encoder.ranking;
    const items: SearchHit[] = slots.map((slot) => ({ id: this.store.id(slot)!, score: browseScore(this.store.payload(slot)!, o), matched: [] }));
    const last = slots[slots.length - 1];
    const served = (n.after?.served ?? 0) + slots.length;
    return { items, nextCursor: last !== undefined && more ? encodeCursor(n.fingerprint, { id: this.store.id(last)!, score: this.store.browseKey(last) }, served) : null, total: filter.count };
  }

  // --- filters and storage -----------------------------------------------------------------------

  private removeOne(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.browseOrder.remove(slot);
    const { terms } = this.store;
    for (let i = terms.start(slot), end = terms.end(slot); i < end; i++) this.postings.get(terms.keys[i]!)?.remove(slot);
    this.filters.remove(slot, this.store.payload(slot)!);
    for (const space of this.spaces.values()) space.remove(slot);
    this.store.delete(slot);
    this.slotOf.delete(id);
    this.freeSlots.push(slot);
  }

  private ensureScratch(): void {
    const size = this.store.slots;
    this.lexical.ensure(size);
    if (this.stamp.length >= size) return;
    this.stamp = new Uint32Array(Math.max(1024, size * 2));
    this.epoch = 0;
  }

  private nextEpoch(): number {
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  private postingsFor(term: number): Postings {
    let p = this.postings.get(term);
    if (!p) this.postings.set(term, (p = new Postings()));
    return p;
  }

  private createSpaces(): void {
    this.spaces.clear();
    for (const space of this.encoder.embedder.spaces) this.spaces.set(space.id, new VectorSpace(space.dimension, this.options));
  }
}

/** A sparse vector as the index keeps it: 8 bytes a term in two typed arrays. */
function typedSparse(v: { indices: ArrayLike<number>; values: ArrayLike<number> }): SparseTerms {
  return { indices: Uint32Array.from(v.indices), values: Float32Array.from(v.values) };
}

const EMPTY_SLOTS = new Int32Array(0);
const EMPTY_SCORES = new Float64Array(0);

/** Ranked candidates of a search: slots and their final scores, in compareRanked order; how many mentors match. */
interface Ranked {
  slots: Int32Array;
  scores: Float64Array;
  matches: number;
}
