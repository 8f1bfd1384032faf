import { idf } from '../ranking/ranking.js';
import { type RankingOptions } from '../ranking/ranking-options.js';
import type { SparseTerms, SparseVector } from '../types.js';

/**
 * Verbose queries: keeps the `max` distinct terms with the highest weight × IDF (ties: lower term id),
 * re-normalised to sum 1. `documentFrequency(term)` is the size of the term's posting list.
 */
export function capQueryTerms(sparse: SparseVector, max: number, total: number, documentFrequency: (term: number) => number): SparseVector {
  if (!(max > 0) || sparse.indices.length <= max) return sparse;
  const scored = sparse.indices.map((term, i) => ({ term, w: sparse.values[i]!, s: sparse.values[i]! * idf(total, documentFrequency(term)) }));
  scored.sort((a, b) => b.s - a.s || a.term - b.term);
  return normalizedSparse(new Map(scored.slice(0, max).map((x) => [x.term, x.w])));
}

/**
 * RM3-style pseudo-relevance feedback: the feedback model is the score-weighted mixture of the
 * normalised term weights of the best lexical matches (`matches`, their scores in `scores[slot]`, their
 * document vectors `docs(slot)`); its `feedbackTerms` heaviest terms are interpolated into the query
 * with weight `feedbackWeight`. The query is returned as is when the matches carry no weight.
 */
export function feedbackQuery(
  query: SparseVector,
  matches: Int32Array,
  scores: Float64Array,
  docs: (slot: number) => SparseTerms | undefined,
  o: Pick<RankingOptions, 'feedbackTerms' | 'feedbackWeight'>,
): SparseVector {
  const top = Array.from(matches).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const best = scores[top[0]!]!;
  const model = new Map<number, number>();
  for (const slot of top) {
    const doc = docs(slot);
    if (!doc || !(best > 0)) continue;
    let sum = 0;
    for (let i = 0; i < doc.values.length; i++) sum += doc.values[i]!;
    if (!(sum > 0)) continue;
    const scale = scores[slot]! / best / sum;
    for (let i = 0; i < doc.indices.length; i++) model.set(doc.indices[i]!, (model.get(doc.indices[i]!) ?? 0) + scale * doc.values[i]!);
  }
  const terms = [...model].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.feedbackTerms);
  const modelSum = terms.reduce((s, [, w]) => s + w, 0);
  if (!(modelSum > 0)) return query;
  const beta = Math.min(1, Math.max(0, o.feedbackWeight));
  const mixed = new Map<number, number>();
  query.indices.forEach((t, i) => mixed.set(t, (1 - beta) * query.values[i]!));
  for (const [t, w] of terms) mixed.set(t, (mixed.get(t) ?? 0) + (beta * w) / modelSum);
  return normalizedSparse(mixed);
}

/** A sparse vector from term weights: indices ascending, values divided by their sum. */
export function normalizedSparse(weights: Map<number, number>): SparseVector {
  const indices = [...weights.keys()].sort((a, b) => a - b);
  let sum = 0;
  for (const w of weights.values()) sum += w;
  return { indices, values: indices.map((t) => weights.get(t)! / (sum || 1)) };
}
