import { dot } from '../embedder/embedder.js';
import type { MentorEncoder } from '../index/encoder.js';
import {
  cappedQuery, expandWithFeedback, rankCandidates, usesFeedback, weightQuery, type Candidate, type TermStatistics,
} from '../ranking/candidate-ranking.js';
import type { RankedEntry } from '../ranking/ranking.js';
import type { MentorDocument } from '../types.js';

/**
 * The shared ranking computed by brute force over a whole (small) corpus: every profile is a
 * candidate, IDF counts every profile. What both index backends must answer for the same corpus
 * (the ranking-parity cases of the contract suite); `limit` is the page size the pools grow with.
 */
export async function referenceRanking(encoder: MentorEncoder, corpus: readonly MentorDocument[], query: string, accept: (d: MentorDocument) => boolean = () => true, limit = 20): Promise<RankedEntry[]> {
  const o = encoder.ranking;
  const q = await encoder.encodeQuery(query);
  if (!q) return [];
  const encoded = await encoder.encodeMany(corpus);
  const df = new Map<number, number>();
  for (const e of encoded) for (const t of e.sparse.indices) df.set(t, (df.get(t) ?? 0) + 1);
  const stats: TermStatistics = { total: encoded.length, documentFrequency: (t) => df.get(t) ?? 0 };
  const kept = encoded.filter((_, i) => accept(corpus[i]!));
  const candidates: Candidate[] = kept.map((e) => ({
    id: e.payload.id,
    sparse: { indices: Uint32Array.from(e.sparse.indices), values: Float32Array.from(e.sparse.values) },
    passages: e.passages?.map((p) => ({ indices: Uint32Array.from(p.indices), values: Float32Array.from(p.values) })),
    ratingScore: e.payload.ratingScore,
    available: e.payload.available,
  }));
  let sparse = cappedQuery(q.sparse, stats, o);
  if (usesFeedback(q.words, o)) sparse = expandWithFeedback(sparse, weightQuery(sparse, stats), candidates, o);
  const cosines = new Map(kept.map((e) => [e.payload.id, e.vectors[q.space.id] ? dot(e.vectors[q.space.id]!, q.embedding.vector) : 0]));
  const pool = { lexical: Math.max(o.candidateLimit, 2 * limit), dense: Math.max(Math.ceil(o.candidateLimit / 4), 2 * limit), minSimilarity: q.space.minSimilarity };
  return rankCandidates(candidates, weightQuery(sparse, stats), (id) => cosines.get(id) ?? 0, pool, o);
}
