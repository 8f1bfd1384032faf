import { mulberry32 } from '@app/common';
import { idf, topPassagesScore } from '../ranking/ranking.js';
import type { SparseVector } from '../types.js';
import { Bitset } from './bitset.js';
import { LexicalQuery, LexicalSearch, type LexicalCorpus } from './lexical-search.js';
import { Postings } from './postings.js';

/** A small corpus that changes like the index does: documents added, removed, slots reused. */
class Corpus {
  readonly postings = new Map<number, Postings>();
  readonly sparse: (SparseVector | undefined)[] = [];
  readonly passages = new Map<number, SparseVector[]>();
  readonly long = new Bitset();
  readonly alive = new Bitset();
  total = 0;

  add(slot: number, doc: SparseVector, passages?: SparseVector[]): void {
    this.sparse[slot] = doc;
    doc.indices.forEach((t, i) => {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Postings()));
      p.add(slot, doc.values[i]!);
    });
    if (passages) {
      this.passages.set(slot, passages);
      this.long.set(slot);
    }
    this.alive.set(slot);
    this.total++;
  }

  remove(slot: number): void {
    for (const t of this.sparse[slot]!.indices) this.postings.get(t)!.remove(slot);
    this.sparse[slot] = undefined;
    this.passages.delete(slot);
    this.long.clear(slot);
    this.alive.clear(slot);
    this.total--;
  }

  view(passageTopK: number): LexicalCorpus {
    return { postings: this.postings, sparse: (slot) => this.sparse[slot], passages: this.passages, passageSlots: this.long.words, total: this.total, passageTopK };
  }
}

/** The definition: every posting accumulated in query order, long profiles re-scored, (score desc, slot asc). */
function reference(c: Corpus, query: SparseVector, filter: (slot: number) => boolean, k: number, passageTopK: number): { slot: number; score: number }[] {
  const weights = new Map<number, number>();
  query.indices.forEach((t, i) => {
    const size = c.postings.get(t)?.size ?? 0;
    const w = size ? query.values[i]! * idf(c.total, size) : 0;
    if (w > 0) weights.set(t, w);
  });
  const out: { slot: number; score: number }[] = [];
  c.sparse.forEach((doc, slot) => {
    if (!doc || !filter(slot)) return;
    let s = 0;
    for (const t of query.indices) {
      const i = doc.indices.indexOf(t);
      const w = weights.get(t);
      if (i >= 0 && w !== undefined) s += w * Math.fround(doc.values[i]!);
    }
    if (!(s > 0)) return;
    if (passageTopK > 0 && c.passages.has(slot)) s = Math.max(Number.MIN_VALUE, topPassagesScore(c.passages.get(slot)!, weights, passageTopK));
    out.push({ slot, score: s });
  });
  return out.sort((a, b) => b.score - a.score || a.slot - b.slot).slice(0, k);
}

function randomDocument(rand: () => number, vocabulary: number, long: boolean): { doc: SparseVector; passages?: SparseVector[] } {
  // Few distinct weights, so equal scores (ties) are common.
  const weight = (): number => (rand() < 0.7 ? [0.5, 1, 1.25, 2][Math.floor(rand() * 4)]! : 0.1 + rand() * 2);
  const passage = (): SparseVector => {
    const terms = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => Math.floor(rand() * vocabulary)))].sort((a, b) => a - b);
    return { indices: terms, values: terms.map(weight) };
  };
  const parts = long ? Array.from({ length: 3 + Math.floor(rand() * 3) }, passage) : [passage()];
  // Like the encoder: a document's weight of a term is the sum over its passages.
  const sum = new Map<number, number>();
  for (const p of parts) p.indices.forEach((t, i) => sum.set(t, (sum.get(t) ?? 0) + p.values[i]!));
  const indices = [...sum.keys()].sort((a, b) => a - b);
  return { doc: { indices, values: indices.map((t) => sum.get(t)!) }, ...(long ? { passages: parts } : {}) };
}

describe('LexicalSearch', () => {
  it('returns exactly the brute-force top-k (order, ties, scores) and match count across filters, long profiles and changes', () => {
    const rand = mulberry32(12345);
    const vocabulary = 12;
    const c = new Corpus();
    const search = new LexicalSearch();
    const free: number[] = [];
    let next = 0;
    const insert = (): void => {
      const slot = free.pop() ?? next++;
      const { doc, passages } = randomDocument(rand, vocabulary, rand() < 0.1);
      c.add(slot, doc, passages);
    };
    for (let i = 0; i < 400; i++) insert();
    let checked = 0;
    for (let round = 0; round < 12; round++) {
      // Change the corpus between rounds: removals, reused slots, new documents (impact orders kept up to date).
      for (let i = 0; i < 40; i++) {
        const live = c.sparse.flatMap((d, slot) => (d ? [slot] : []));
        const slot = live[Math.floor(rand() * live.length)]!;
        c.remove(slot);
        free.push(slot);
      }
      for (let i = 0; i < 30 + Math.floor(rand() * 30); i++) insert();
      search.ensure(next);
      for (let trial = 0; trial < 20; trial++) {
        const terms = [...new Set(Array.from({ length: 1 + Math.floor(rand() * (trial % 3 === 0 ? 1 : 4)) }, () => Math.floor(rand() * (vocabulary + 2))))].sort((a, b) => a - b);
        const query: SparseVector = { indices: terms, values: terms.map(() => 1 / terms.length) };
        const selective = rand() < 0.5;
        const words = new Uint32Array(c.alive.words.length);
        c.alive.words.forEach((w, i) => (words[i] = selective ? w & Math.floor(rand() * 0x100000000) : w));
        const filter = { all: !selective, words };
        const passes = (slot: number): boolean => (words[slot >>> 5]! & (1 << (slot & 31))) !== 0;
        const passageTopK = rand() < 0.8 ? 2 : 0;
        const k = [1, 3, 10, 50, 1000][Math.floor(rand() * 5)]!;
        const q = new LexicalQuery(query, c.view(passageTopK));
        const got = Array.from(search.top(q, filter, k))
          .map((slot) => ({ slot, score: search.acc.scores[slot]! }))
          .sort((a, b) => b.score - a.score || a.slot - b.slot);
        const expected = reference(c, query, passes, k, passageTopK);
        expect(got).toEqual(expected);
        expect(search.matches(q, filter)).toBe(reference(c, query, passes, Infinity, passageTopK).length);
        // Any other slot that passes the filter (as a dense candidate would) gets its exact full score.
        const all = new Map(reference(c, query, passes, Infinity, passageTopK).map((e) => [e.slot, e.score]));
        for (let slot = 0; slot < next; slot++) if (c.sparse[slot] && passes(slot)) expect(search.score(q, slot)).toBe(all.get(slot) ?? 0);
        search.reset();
        expect(search.acc.scores.some((x) => x !== 0)).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(240);
  });

  it('keeps the impact order of a posting list current through adds and removes', () => {
    const rand = mulberry32(7);
    const list = new Postings();
    const present = new Map<number, number>();
    const check = (): void => {
      const { slots, weights } = list.byImpact();
      const expected = [...present].map(([slot, w]) => ({ slot, w: Math.fround(w) })).sort((a, b) => b.w - a.w || a.slot - b.slot);
      expect(Array.from(slots.subarray(0, list.size))).toEqual(expected.map((e) => e.slot));
      expect(Array.from(weights.subarray(0, list.size))).toEqual(expected.map((e) => e.w));
    };
    for (let slot = 0; slot < 50; slot++) present.set(slot, [1, 2, 3][slot % 3]!);
    for (const [slot, w] of present) list.add(slot, w);
    check();
    for (let i = 0; i < 500; i++) {
      const slot = Math.floor(rand() * 300);
      if (present.has(slot)) {
        list.remove(slot);
        present.delete(slot);
      } else {
        const w = rand() < 0.5 ? [1, 2, 3][Math.floor(rand() * 3)]! : rand() * 3;
        list.add(slot, w);
        present.set(slot, w);
      }
      if (i % 25 === 0) check();
    }
    check();
  });
});
