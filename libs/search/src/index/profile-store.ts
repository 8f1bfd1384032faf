import type { MentorPayload } from '../ranking/ranking.js';
import type { SparseTerms } from '../types.js';
import { Bitset } from './bitset.js';
import { FALLBACK_MARK, type IndexedPayload } from './encoder.js';
import { SlotRuns, type SlotRunsState } from './slot-runs.js';

/** What the store gives back of a profile (its payload without the words and creation time, which only made the browse key). */
export type StoredProfile = Pick<MentorPayload, 'id' | 'skills' | 'skillTerms' | 'skillKeys' | 'skillConcepts' | 'concepts' | 'languages' | 'available' | 'ratingScore'>;

/** What a snapshot stores of a ProfileStore: typed columns, and the few things that are not. */
export interface ProfileColumns {
  slots: number;
  /** Per slot the mentor id, or null for a free slot. */
  ids: (string | null)[];
  /** The interned strings the `text` runs point to. */
  strings: string[];
  fingerprints: Uint32Array;
  browseKeys: Float64Array;
  ratingScores: Float64Array;
  available: Uint8Array;
  text: SlotRunsState;
  terms: SlotRunsState;
  /** Per-passage terms of the long profiles: [slot, [term ids, weights] per passage]. */
  passages: [number, [Uint32Array, Float32Array][]][];
}

/**
 * The profiles of an in-process index, by slot, in columns: one array of ids, typed arrays for the
 * numbers, and the lexical terms and the short lists (skills, their keys and stems, languages) as
 * runs in flat typed arrays, the lists' strings interned once. A hundred thousand payload objects
 * with five arrays each were most of the index's heap; this keeps a few large arrays instead, which
 * a snapshot writes and reads back as they are. A page's payloads are rebuilt from the columns.
 */
export class ProfileStore {
  private ids: (string | undefined)[] = [];
  private fingerprints: Uint32Array = new Uint32Array(0);
  /** The slots whose vectors the fallback embedder made (few: only during a model outage). */
  private readonly embeddedByFallback = new Set<number>();
  private browseKeys: Float64Array = new Float64Array(0);
  private ratingScores: Float64Array = new Float64Array(0);
  private available: Uint8Array = new Uint8Array(0);
  /** Per slot: [skills, keys, languages, concepts] counts, then skills, skill stems, skill concepts, skill keys, languages, concepts (string ids). */
  private readonly text = new SlotRuns(false);
  /** Per slot its lexical terms: term ids ascending, float32 weights. */
  readonly terms = new SlotRuns(true);
  /** Per-passage terms of the profiles with more than passageTopK passages (few, usually none). */
  readonly passages = new Map<number, SparseTerms[]>();
  /** The slots in `passages`. */
  readonly longProfiles = new Bitset();
  private strings: string[] = [];
  private stringIds = new Map<string, number>();
  /** Highest slot ever used + 1. */
  slots = 0;

  id(slot: number): string | undefined {
    return this.ids[slot];
  }

  browseKey(slot: number): number {
    return this.browseKeys[slot]!;
  }

  ratingScore(slot: number): number {
    return this.ratingScores[slot]!;
  }

  isAvailable(slot: number): boolean {
    return this.available[slot] === 1;
  }

  fingerprint(slot: number): string {
    const stored = this.fingerprints[slot]!;
    return this.embeddedByFallback.has(slot) ? (~stored >>> 0).toString(36) + FALLBACK_MARK : stored.toString(36);
  }

  put(slot: number, p: IndexedPayload, sparse: SparseTerms, passages?: SparseTerms[]): void {
    if (slot >= this.fingerprints.length) this.grow(Math.max(1024, (slot + 1) * 2));
    this.slots = Math.max(this.slots, slot + 1);
    this.ids[slot] = p.id;
    // The encoder's fingerprints are uint32 in base 36. One marked as made by the fallback embedder
    // is kept with its bits inverted, so that even after a snapshot (which keeps no marks) it never
    // equals a current fingerprint and a reconcile re-embeds it.
    const fallback = p.fingerprint.endsWith(FALLBACK_MARK);
    const base = fallback ? p.fingerprint.slice(0, -FALLBACK_MARK.length) : p.fingerprint;
    const fingerprint = Number.parseInt(base, 36);
    if (!(fingerprint >= 0 && fingerprint <= 0xffffffff) || fingerprint.toString(36) !== base) throw new Error(`not an index fingerprint: ${p.fingerprint}`);
    this.fingerprints[slot] = fallback ? ~fingerprint >>> 0 : fingerprint;
    if (fallback) this.embeddedByFallback.add(slot);
    else this.embeddedByFallback.delete(slot);
    this.browseKeys[slot] = p.browseKey;
    this.ratingScores[slot] = p.ratingScore;
    this.available[slot] = p.available ? 1 : 0;
    const text = [p.skills.length, p.skillKeys.length, p.languages.length, p.concepts.length];
    for (const list of [p.skills, p.skillTerms, p.skillConcepts, p.skillKeys, p.languages, p.concepts]) for (const s of list) text.push(this.intern(s));
    this.text.set(slot, text);
    this.terms.set(slot, sparse.indices, sparse.values);
    if (passages) {
      this.passages.set(slot, passages);
      this.longProfiles.set(slot);
    }
  }

  delete(slot: number): void {
    this.ids[slot] = undefined;
    this.embeddedByFallback.delete(slot);
    this.text.delete(slot);
    this.terms.delete(slot);
    this.passages.delete(slot);
    this.longProfiles.clear(slot);
  }

  /** The slot's profile, rebuilt from the columns (for a page's hits, filters and removal); its words: see hasTerm. */
  payload(slot: number): StoredProfile | undefined {
    const id = this.ids[slot];
    if (id === undefined) return undefined;
    const keys = this.text.keys;
    let at = this.text.start(slot);
    const [skills, skillKeys, languages, concepts] = [keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!];
    at += 4;
    const take = (n: number): string[] => {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push(this.strings[keys[at++]!]!);
      return out;
    };
    return {
      id, skills: take(skills), skillTerms: take(skills), skillConcepts: take(skills), skillKeys: take(skillKeys), languages: take(languages), concepts: take(concepts),
      available: this.available[slot] === 1, ratingScore: this.ratingScores[slot]!,
    };
  }

  /** The slot's lexical terms as views of the store (valid until the next change). */
  sparse(slot: number): SparseTerms | undefined {
    if (this.ids[slot] === undefined) return undefined;
    const { terms } = this;
    const from = terms.start(slot);
    const to = terms.end(slot);
    return { indices: terms.keys.subarray(from, to), values: terms.weights!.subarray(from, to) };
  }

  /** Whether the profile has this term (a binary search in its sorted term ids). */
  hasTerm(slot: number, term: number): boolean {
    const keys = this.terms.keys;
    let lo = this.terms.start(slot);
    let hi = this.terms.end(slot);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.terms.end(slot) && keys[lo] === term;
  }

  clear(): void {
    this.ids = [];
    this.embeddedByFallback.clear();
    this.fingerprints = new Uint32Array(0);
    this.browseKeys = new Float64Array(0);
    this.ratingScores = new Float64Array(0);
    this.available = new Uint8Array(0);
    this.text.clear();
    this.terms.clear();
    this.passages.clear();
    this.longProfiles.words = new Uint32Array(4);
    this.strings = [];
    this.stringIds.clear();
    this.slots = 0;
  }

  /** Everything, compacted, for a snapshot. */
  columns(): ProfileColumns {
    const n = this.slots;
    return {
      slots: n,
      ids: Array.from({ length: n }, (_, slot) => this.ids[slot] ?? null),
      strings: this.strings,
      fingerprints: this.fingerprints.slice(0, n),
      browseKeys: this.browseKeys.slice(0, n),
      ratingScores: this.ratingScores.slice(0, n),
      available: this.available.slice(0, n),
      text: this.text.state(n),
      terms: this.terms.state(n),
      passages: [...this.passages].map(([slot, ps]) => [slot, ps.map((p) => [Uint32Array.from(p.indices), Float32Array.from(p.values)])]),
    };
  }

  /** Takes a snapshot's columns as they are (the store is empty). */
  restore(c: ProfileColumns): void {
    const n = c.slots;
    if (c.ids.length !== n || c.fingerprints.length !== n || c.browseKeys.length !== n || c.ratingScores.length !== n || c.available.length !== n) throw new Error('the snapshot columns are inconsistent');
    this.clear();
    this.ids = c.ids.map((id) => id ?? undefined);
    this.fingerprints = c.fingerprints;
    this.browseKeys = c.browseKeys;
    this.ratingScores = c.ratingScores;
    this.available = c.available;
    this.text.restore(c.text);
    this.terms.restore(c.terms);
    this.strings = c.strings;
    this.stringIds = new Map(c.strings.map((s, i) => [s, i]));
    for (const [slot, ps] of c.passages) {
      this.passages.set(slot, ps.map(([indices, values]) => ({ indices, values })));
      this.longProfiles.set(slot);
    }
    this.slots = n;
  }

  private intern(s: string): number {
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    return id;
  }

  private grow(size: number): void {
    const fingerprints = new Uint32Array(size);
    fingerprints.set(this.fingerprints);
    this.fingerprints = fingerprints;
    const browseKeys = new Float64Array(size);
    browseKeys.set(this.browseKeys);
    this.browseKeys = browseKeys;
    const ratingScores = new Float64Array(size);
    ratingScores.set(this.ratingScores);
    this.ratingScores = ratingScores;
    const available = new Uint8Array(size);
    available.set(this.available);
    this.available = available;
  }
}
