import { analyze, skillKey, type Token } from '../text/analyzer.js';
import { fnv1a } from '../text/hash.js';
import { conceptTerm } from '../understanding/query-understanding.js';
import type { MentorDocument, SparseTerms, SparseVector } from '../types.js';
import { DEFAULT_RANKING, type RankingOptions } from './ranking-options.js';

/**
 * Ranking, shared by every MentorIndex adapter so they agree:
 *
 *   relevance = semanticWeight * max(0, cosine) + lexicalWeight * L / (L + lexicalSaturation)
 *   score     = relevance + ratingWeight * ratingScore - (available ? 0 : unavailablePenalty)
 *
 * where L is BM25 over analysed terms (query-side IDF over the indexed corpus, document-side
 * saturated tf with field weights), ratingScore is the Bayesian average rating mapped to 0..1, and
 * the penalty (1) sinks mentors at capacity or not accepting below every available one.
 * A mentor matches a query when L > 0 or cosine >= the space's minSimilarity.
 */
/** Lexical field weights (term frequency multipliers). */
export const LEXICAL_FIELD_WEIGHTS = { skills: 3, expertise: 2, name: 1, bio: 1 } as const;
const MAX_STORED_TERMS = 512;
/**
 * Passages: a paragraph starts a new passage once the current one holds at least this many weighted
 * bio tokens, so list-like short lines merge while a sentence or a title (a paper) stands alone; at
 * most MAX_PASSAGES per profile.
 */
const MIN_PASSAGE_LENGTH = 5;
const MAX_PASSAGES = 32;

/** Non-empty paragraphs (line-separated) of a text. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return String(text)
    .split(/\r?\n/)
    .filter((p) => p.trim().length > 0);
}

/** What an index stores next to the vectors: filter keys, ranking inputs, and match explanations. */
export interface MentorPayload {
  id: string;
  skills: string[];
  /** Canonical skill keys for the skills filter ("javascript", "machin learn"). */
  skillKeys: string[];
  /** Stems of each skill, aligned with `skills` (space-separated). */
  skillTerms: string[];
  /** Unique stems of the profile (capped), for `matched`. */
  terms: string[];
  /** Concept ids of the profile (its own and their broader ones), for `matched`. */
  concepts: string[];
  /** The concept each skill names ('' for a free tag), aligned with `skills`, for `matched`. */
  skillConcepts: string[];
  languages: string[];
  available: boolean;
  ratingScore: number;
  createdAtMs: number;
  /** Single sortable number for browsing: availability, then rating, then newest. */
  browseKey: number;
}

/**
 * The Bayesian average rating (1..5): \`ratingPriorWeight\` virtual ratings of \`ratingPriorMean\` plus the
 * real ones, so a single 5-star rating does not outrank a hundred 4.8s. The one definition: the
 * mentors' stored \`rating_score\` and the search ranking both use it.
 */
export function bayesianRating(avg: number, count: number, o: Pick<RankingOptions, 'ratingPriorMean' | 'ratingPriorWeight'> = DEFAULT_RANKING): number {
  const n = Number.isFinite(count) && count > 0 ? count : 0;
  const a = Number.isFinite(avg) ? Math.min(5, Math.max(0, avg)) : 0;
  return (o.ratingPriorMean * o.ratingPriorWeight + a * n) / (o.ratingPriorWeight + n);
}

export function termId(term: string): number {
  return fnv1a(term);
}

/** Lexical term of two adjacent terms (a term never contains a space). */
export function bigramTerm(first: string, second: string): string {
  return `${first} ${second}`;
}

export function idf(totalDocs: number, docFreq: number): number {
  // Same formula as Qdrant's sparse-vector IDF modifier.
  return Math.log(1 + (totalDocs - docFreq + 0.5) / (docFreq + 0.5));
}

export interface EncodedDocumentText {
  sparse: SparseVector;
  /** Per-passage weights (each sorted by term id), only for profiles with more than `passageTopK` passages. */
  passages?: SparseVector[];
  payload: MentorPayload;
}

/** A profile's concepts (id -> term frequency) and the concept of one skill tag. */
export interface ProfileConcepts {
  all: ReadonlyMap<string, number>;
  ofSkill(skill: string): string | undefined;
}
const NO_CONCEPTS: ProfileConcepts = { all: new Map(), ofSkill: () => undefined };

export function encodeDocumentText(doc: MentorDocument, o: RankingOptions, profileConcepts: ProfileConcepts = NO_CONCEPTS): EncodedDocumentText {
  const concepts = profileConcepts.all;
  const terms = new Set<string>();
  // Passages: tf per passage, saturated per passage, summed over passages (document-centric BM25).
  const passages: { tf: Map<string, number>; length: number }[] = [];
  let current = { tf: new Map<string, number>(), length: 0 };
  const addTokens = (tokens: readonly Token[], weight: number): void => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      current.tf.set(t.term, (current.tf.get(t.term) ?? 0) + weight);
      current.length += weight;
      if (terms.size < MAX_STORED_TERMS) terms.add(t.term);
      if (o.bigramWeight > 0 && i > 0) {
        const pair = bigramTerm(tokens[i - 1]!.term, t.term);
        current.tf.set(pair, (current.tf.get(pair) ?? 0) + weight);
      }
    }
  };
  const skills = [...new Set((doc.skills ?? []).map((s) => String(s).trim()).filter(Boolean))];
  const skillTokens = skills.map((s) => analyze(s));
  for (const tokens of skillTokens) addTokens(tokens, LEXICAL_FIELD_WEIGHTS.skills);
  addTokens(analyze(doc.expertise), LEXICAL_FIELD_WEIGHTS.expertise);
  addTokens(analyze(doc.name), LEXICAL_FIELD_WEIGHTS.name);
  let bioLength = 0;
  for (const paragraph of paragraphs(doc.bio)) {
    const tokens = analyze(paragraph);
    if (!tokens.length) continue;
    // A paragraph starts a new passage once the current one holds enough bio text; short lines
    // (lists) merge, and the first paragraph always joins the skills/expertise/name head.
    if (bioLength >= MIN_PASSAGE_LENGTH && passages.length + 1 < MAX_PASSAGES) {
      passages.push(current);
      current = { tf: new Map(), length: 0 };
      bioLength = 0;
    }
    addTokens(tokens, LEXICAL_FIELD_WEIGHTS.bio);
    bioLength += tokens.length * LEXICAL_FIELD_WEIGHTS.bio;
  }
  if (current.length > 0) passages.push(current);
  // Concepts go to the head passage like extra skill words, not counted in its length.
  if (concepts.size > 0) {
    if (!passages.length) passages.push(current);
    const head = passages[0]!.tf;
    for (const [id, f] of concepts) head.set(conceptTerm(id), f);
  }

  const byId = new Map<number, number>();
  const keepPassages = o.passageTopK > 0 && passages.length > o.passageTopK;
  const perPassage: SparseVector[] = [];
  for (const passage of passages) {
    const norm = o.k1 * (1 - o.b + (o.b * passage.length) / Math.max(1, o.avgDocLength));
    const weights = new Map<number, number>();
    for (const [term, f] of passage.tf) {
      const id = termId(term);
      const w = (f * (o.k1 + 1)) / (f + norm);
      byId.set(id, (byId.get(id) ?? 0) + w);
      if (keepPassages) weights.set(id, (weights.get(id) ?? 0) + w);
    }
    if (keepPassages) {
      const ids = [...weights.keys()].sort((a, b) => a - b);
      perPassage.push({ indices: ids, values: ids.map((i) => weights.get(i)!) });
    }
  }
  const indices = [...byId.keys()].sort((a, b) => a - b);
  const available = Boolean(doc.acceptingRequests) && !doc.atCapacity;
  const ratingScore = (bayesianRating(doc.ratingAverage, doc.ratingCount, o) - 1) / 4;
  const createdAtMs = doc.createdAt instanceof Date && !Number.isNaN(doc.createdAt.getTime()) ? doc.createdAt.getTime() : 0;
  return {
    sparse: { indices, values: indices.map((i) => byId.get(i)!) },
    ...(keepPassages ? { passages: perPassage } : {}),
    payload: {
      id: doc.id,
      skills,
      skillKeys: [...new Set(skills.map(skillKey))],
      skillTerms: skillTokens.map((ts) => ts.map((t) => t.term).join(' ')),
      terms: [...terms],
      concepts: [...concepts.keys()],
      skillConcepts: skills.map((s) => profileConcepts.ofSkill(s) ?? ''),
      languages: [...new Set((doc.languages ?? []).map((l) => String(l).trim().toLowerCase()).filter(Boolean))],
      available,
      ratingScore,
      createdAtMs,
      browseKey: browseKey(available, ratingScore, createdAtMs),
    },
  };
}

/** availability (2e14) > rating (0..1e14, 4 decimals) > creation second. Exact in a double. */
export function browseKey(available: boolean, ratingScore: number, createdAtMs: number): number {
  const seconds = Math.min(9_999_999_999, Math.max(0, Math.floor(createdAtMs / 1000)));
  return (available ? 2e14 : 0) + Math.round(Math.min(1, Math.max(0, ratingScore)) * 1e4) * 1e10 + seconds;
}

export function browseScore(p: Pick<MentorPayload, 'ratingScore' | 'available'>, o: Pick<RankingOptions, 'unavailablePenalty'>): number {
  return round6(p.ratingScore - (p.available ? 0 : o.unavailablePenalty));
}

/**
 * A mentor's place in the browse order (no usable query): its sort key and its score, computed as the
 * index computes them, for another store that browses in the same order (the app's PostgreSQL fallback).
 */
export function browsePlace(
  doc: Pick<MentorDocument, 'acceptingRequests' | 'atCapacity' | 'ratingAverage' | 'ratingCount' | 'createdAt'>,
  o: RankingOptions = DEFAULT_RANKING,
): { key: number; score: number } {
  const available = Boolean(doc.acceptingRequests) && !doc.atCapacity;
  const ratingScore = (bayesianRating(doc.ratingAverage, doc.ratingCount, o) - 1) / 4;
  const createdAtMs = doc.createdAt instanceof Date && !Number.isNaN(doc.createdAt.getTime()) ? doc.createdAt.getTime() : 0;
  return { key: browseKey(available, ratingScore, createdAtMs), score: browseScore({ ratingScore, available }, o) };
}

export interface EncodedQueryText {
  /** Query term weights (sum 1, sublinear tf; bigrams scaled by bigramWeight); IDF is applied by the index. */
  sparse: SparseVector;
  /** Distinct words (terms other than bigrams) of the query. */
  words: number;
  /** term -> the words the user typed for it */
  surfaces: Map<string, string>;
}

/**
 * Query term weights: words (sublinear tf) and their bigrams, plus the query's concepts, each at
 * `conceptWeight` × its weight, shared among the detected concepts; normalised to sum 1.
 */
export function encodeQueryText(
  tokens: Token[],
  bigramWeight = 0,
  concepts: ReadonlyArray<{ id: string; weight: number; direct: boolean }> = [],
  conceptWeight = 0,
  covered: { words: ReadonlyMap<string, number>; weight: number } = { words: new Map(), weight: 1 },
): EncodedQueryText {
  const tf = new Map<string, number>();
  const pairs = new Map<string, number>();
  const surfaces = new Map<string, string>();
  tokens.forEach((t, i) => {
    tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
    if (!surfaces.has(t.term)) surfaces.set(t.term, t.surface);
    if (bigramWeight > 0 && i > 0) {
      const pair = bigramTerm(tokens[i - 1]!.term, t.term);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  });
  const byId = new Map<number, number>();
  let sum = 0;
  const add = (counts: Map<string, number>, scale: number): void => {
    for (const [term, f] of counts) {
      const w = scale * (1 + Math.log(f));
      const id = termId(term);
      byId.set(id, (byId.get(id) ?? 0) + w);
      sum += w;
    }
  };
  // Words a concept was read from weigh less (the concept stands for them); the rest weigh 1.
  const scale = new Map<string, number>();
  if (covered.weight !== 1 && covered.words.size) {
    for (const t of tokens) {
      const confidence = Math.min(...t.surface.split(' ').map((w) => covered.words.get(w) ?? 0));
      if (confidence > 0) scale.set(t.term, Math.min(scale.get(t.term) ?? 1, 1 - confidence * (1 - covered.weight)));
    }
  }
  for (const [term, f] of tf) {
    const w = (scale.get(term) ?? 1) * (1 + Math.log(f));
    if (w <= 0) {
      surfaces.delete(term); // not asked for: never named in `matched`
      continue;
    }
    const id = termId(term);
    byId.set(id, (byId.get(id) ?? 0) + w);
    sum += w;
  }
  const wordMass = sum;
  add(pairs, bigramWeight);
  const direct = concepts.filter((c) => c.direct).length;
  for (const c of conceptWeight > 0 ? concepts : []) {
    const id = termId(conceptTerm(c.id));
    const w = (conceptWeight * Math.max(1, wordMass) * c.weight) / Math.max(1, direct);
    byId.set(id, (byId.get(id) ?? 0) + w);
    sum += w;
  }
  const indices = [...byId.keys()].sort((a, b) => a - b);
  return { sparse: { indices, values: indices.map((i) => byId.get(i)! / (sum || 1)) }, words: tf.size, surfaces };
}

/**
 * Lexical score of a profile from its `k` best passages: Σ over the top k of (Σ_t weight_t · passage_t),
 * `weights` mapping term id -> query weight × IDF.
 */
export function topPassagesScore(passages: readonly SparseTerms[], weights: ReadonlyMap<number, number>, k: number): number {
  const scores: number[] = [];
  for (const p of passages) {
    let s = 0;
    for (let i = 0; i < p.indices.length; i++) {
      const w = weights.get(p.indices[i]!);
      if (w !== undefined) s += w * p.values[i]!;
    }
    if (s > 0) scores.push(s);
  }
  if (scores.length > k) scores.sort((a, b) => b - a).length = k;
  let sum = 0;
  for (const s of scores) sum += s;
  return sum;
}

export function relevance(cosine: number, lexical: number, o: RankingOptions): number {
  const c = Number.isFinite(cosine) ? Math.max(0, cosine) : 0;
  const l = Number.isFinite(lexical) && lexical > 0 ? lexical : 0;
  return o.semanticWeight * c + (o.lexicalWeight * l) / (l + o.lexicalSaturation);
}

/**
 * The final score from relevance and the mentor's query-independent parts, `ratingWeight · ratingScore`
 * and the penalty (`unavailablePenalty` when not available, else 0), which the index keeps per mentor.
 */
export function combineScore(rel: number, rating: number, penalty: number): number {
  const s = rel + rating - penalty;
  return Number.isFinite(s) ? round6(s) : 0;
}

/** Rounded so both adapters (float32 vs float64 arithmetic) order ties the same way. */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The query's concepts the profile has (their labels, `concepts` maps id -> label), then skills whose
 * terms all occur in the query, then query words found anywhere in the profile.
 */
export function matchedTerms(
  p: Pick<MentorPayload, 'skills' | 'skillTerms' | 'terms' | 'concepts' | 'skillConcepts'>,
  surfaces: Map<string, string>,
  concepts: ReadonlyMap<string, string> = new Map(),
): string[] {
  const out: string[] = [];
  // Skills that name one of the query's concepts, as the mentor wrote them; then the query's other concepts the profile has.
  const named = new Set<string>();
  p.skillConcepts?.forEach((id, i) => {
    if (id && concepts.has(id) && !out.includes(p.skills[i]!)) {
      out.push(p.skills[i]!);
      named.add(id);
    }
  });
  if (concepts.size && p.concepts?.length)
    for (const [id, label] of concepts) if (!named.has(id) && p.concepts.includes(id) && !out.includes(label)) out.push(label);
  const covered = new Set<string>();
  p.skillTerms.forEach((st, i) => {
    const ts = st.split(' ').filter(Boolean);
    if (ts.length && ts.every((t) => surfaces.has(t)) && !out.includes(p.skills[i]!)) {
      out.push(p.skills[i]!);
      ts.forEach((t) => covered.add(t));
    }
  });
  // A query usually has a handful of terms and a profile up to MAX_STORED_TERMS: scan the profile's
  // list per query term rather than building a set of all of them for every hit (long queries do).
  const profileTerms = surfaces.size > 16 ? new Set(p.terms) : null;
  for (const [term, surface] of surfaces) {
    if (!covered.has(term) && (profileTerms ? profileTerms.has(term) : p.terms.includes(term)) && !out.includes(surface)) out.push(surface);
    if (out.length >= 20) break;
  }
  return out;
}

export interface RankedEntry {
  id: string;
  score: number;
}

/** Total order of a result list: score desc, then id asc. */
export function compareRanked(a: RankedEntry, b: RankedEntry): number {
  return b.score - a.score || compareIds(a.id, b.id);
}

/** The tie-break of compareRanked: ids in code-unit order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
