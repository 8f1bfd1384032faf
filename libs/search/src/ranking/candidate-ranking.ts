import { capQueryTerms, feedbackQuery } from '../index/query-expansion.js';
import type { SparseTerms, SparseVector } from '../types.js';
import { combineScore, compareRanked, idf, relevance, topPassagesScore, type RankedEntry } from './ranking.js';
import { type RankingOptions } from './ranking-options.js';

/**
 * The shared ranking applied to candidates a remote index retrieved (Qdrant): it scores them exactly as
 * the in-process index scores its own candidates (same BM25 weights and IDF, term capping, feedback,
 * passages, rating and availability), so both backends answer the same order for the same candidates.
 */

/** What ranking needs of a retrieved profile. */
export interface Candidate {
  id: string;
  /** Document-side lexical weights (float32 values, as stored). */
  sparse: SparseTerms;
  /** Per-passage weights of a long profile (see RankingOptions.passageTopK). */
  passages?: readonly SparseTerms[];
  ratingScore: number;
  available: boolean;
}

/** Corpus statistics for IDF: live documents, and how many of them hold each term. */
export interface TermStatistics {
  total: number;
  documentFrequency: (term: number) => number;
}

/** A query as the lexical score applies it: terms in query order, with weight · idf > 0. */
export interface WeightedQuery {
  terms: number[];
  weights: number[];
}

/** Query weights × IDF for the terms the corpus holds (LexicalQuery's rule). */
export function weightQuery(query: SparseVector, stats: TermStatistics): WeightedQuery {
  const out: WeightedQuery = { terms: [], weights: [] };
  for (let t = 0; t < query.indices.length; t++) {
    const df = stats.documentFrequency(query.indices[t]!);
    if (!(df > 0)) continue;
    const w = query.values[t]! * idf(stats.total, df);
    if (!(w > 0)) continue;
    out.terms.push(query.indices[t]!);
    out.weights.push(w);
  }
  return out;
}

/** The weighted query as a sparse query vector (what a dot product with document weights scores). */
export function weightedSparse(q: WeightedQuery): SparseVector {
  return { indices: [...q.terms], values: [...q.weights] };
}

/**
 * A candidate's lexical score: Σ in query order of weight · float32 document weight, a long profile
 * re-scored by its best passages (kept > 0 when it matched at all).
 */
export function lexicalScore(c: Candidate, q: WeightedQuery, o: Pick<RankingOptions, 'passageTopK'>): number {
  const byTerm = new Map<number, number>();
  for (let i = 0; i < c.sparse.indices.length; i++) byTerm.set(c.sparse.indices[i]!, c.sparse.values[i]!);
  let s = 0;
  for (let t = 0; t < q.terms.length; t++) {
    const v = byTerm.get(q.terms[t]!);
    if (v !== undefined) s += q.weights[t]! * Math.fround(v);
  }
  if (s > 0 && o.passageTopK > 0 && c.passages?.length) {
    const weights = new Map(q.terms.map((t, i) => [t, q.weights[i]!]));
    return Math.max(Number.MIN_VALUE, topPassagesScore(c.passages, weights, o.passageTopK));
  }
  return s;
}

/** The query after term capping (verbose queries keep their maxQueryTerms most informative terms). */
export function cappedQuery(query: SparseVector, stats: TermStatistics, o: Pick<RankingOptions, 'maxQueryTerms'>): SparseVector {
  return capQueryTerms(query, o.maxQueryTerms, stats.total, stats.documentFrequency);
}

/** Whether pseudo-relevance feedback applies to a query of this many distinct words. */
export function usesFeedback(words: number, o: Pick<RankingOptions, 'feedbackDocs' | 'feedbackMinQueryTerms'>): boolean {
  return o.feedbackDocs > 0 && words >= o.feedbackMinQueryTerms;
}

/**
 * Pseudo-relevance feedback from lexical matches: the `feedbackDocs` best of `matches` (by lexical score,
 * then id) feed the expanded query; the query is returned unchanged when none matched.
 */
export function expandWithFeedback(query: SparseVector, weighted: WeightedQuery, matches: readonly Candidate[], o: RankingOptions): SparseVector {
  const scored = matches.map((c) => ({ c, s: lexicalScore(c, weighted, o) })).filter((x) => x.s > 0);
  scored.sort((a, b) => b.s - a.s || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  const best = scored.slice(0, o.feedbackDocs);
  if (!best.length) return query;
  const slots = Int32Array.from(best.keys());
  const sparse = best.map((x) => x.c.sparse);
  return feedbackQuery(query, slots, Float64Array.from(best.map((x) => x.s)), (slot) => sparse[slot], o);
}

/**
 * Ranks the retrieved candidates as the in-process index ranks its pool: the lexical top-k (by exact
 * score) and the dense top-kDense (cosine ≥ minSimilarity) are the pool, and each profile in it scores
 * relevance(cosine, lexical) + rating − penalty. `cosine(id)` is 0 for a profile without a vector in
 * the query's space.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  q: WeightedQuery,
  cosine: (id: string) => number,
  pool: { lexical: number; dense: number; minSimilarity: number },
  o: RankingOptions,
): RankedEntry[] {
  const scored = candidates.map((c) => ({ c, lex: lexicalScore(c, q, o), cos: cosine(c.id) }));
  const byId = (a: { c: Candidate }, b: { c: Candidate }): number => (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
  const inPool = new Set<Candidate>();
  for (const x of scored.filter((x) => x.lex > 0).sort((a, b) => b.lex - a.lex || byId(a, b)).slice(0, pool.lexical)) inPool.add(x.c);
  for (const x of scored.filter((x) => x.cos >= pool.minSimilarity).sort((a, b) => b.cos - a.cos || byId(a, b)).slice(0, pool.dense)) inPool.add(x.c);
  const ranked: RankedEntry[] = [];
  for (const x of scored) {
    if (!inPool.has(x.c) || (x.lex <= 0 && x.cos < pool.minSimilarity)) continue;
    const penalty = x.c.available ? 0 : o.unavailablePenalty;
    ranked.push({ id: x.c.id, score: combineScore(relevance(x.cos, x.lex, o), o.ratingWeight * x.c.ratingScore, penalty) });
  }
  return ranked.sort(compareRanked);
}
