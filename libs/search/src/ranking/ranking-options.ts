/**
 * The ranking's knobs (see ranking.ts for the formula) and the profiles chosen by embedder: the
 * built-in hashing embedder leaves the ranking to words and concepts, a trained model's cosine
 * carries as much as the lexical side.
 */
export interface RankingOptions {
  semanticWeight: number;
  lexicalWeight: number;
  lexicalSaturation: number;
  ratingWeight: number;
  unavailablePenalty: number;
  /** Bayesian prior: `priorWeight` virtual ratings of `priorMean`. */
  ratingPriorMean: number;
  ratingPriorWeight: number;
  /**
   * BM25 parameters. A profile is scored as the sum of its passages (document-centric): the head
   * passage is skills + expertise + name + the first bio paragraph, every further bio paragraph is a
   * passage of its own; tf saturates per passage and avgDocLength is the average passage length in
   * weighted tokens (a typical one-paragraph profile is ~60).
   */
  k1: number;
  b: number;
  avgDocLength: number;
  /** Size of the lexical candidate list before blending (the dense list is a quarter of it); grows with page depth. */
  candidateLimit: number;
  /** Long (verbose) queries keep only this many distinct terms, the ones with the highest weight × IDF. */
  maxQueryTerms: number;
  /**
   * Pseudo-relevance feedback (RM3-style) for queries with at least `feedbackMinQueryTerms` distinct
   * terms: the query is interpolated (weight `feedbackWeight`) with the `feedbackTerms` heaviest terms
   * of the `feedbackDocs` best lexical matches. 0 docs disables it. In-process index only.
   */
  feedbackDocs: number;
  feedbackTerms: number;
  feedbackWeight: number;
  feedbackMinQueryTerms: number;
  /**
   * A profile with more passages than this is scored by its `passageTopK` best-matching passages
   * (top-k CombSUM, as in document-centric expert finding) instead of all of them, so the weak matches
   * of a long profile's off-topic passages do not add up. 0 sums every passage. In-process index only.
   */
  passageTopK: number;
  /**
   * Adjacent-term pairs (bigrams, within a field or paragraph) are indexed as extra lexical terms,
   * saturated per passage like words but not counted in the passage length; a query's own bigrams get
   * this weight relative to its words, and pseudo-relevance feedback can pick them up like words
   * (phrase evidence). 0 disables them (no bigram is indexed then).
   */
  bigramWeight: number;
  /**
   * Concepts of the query (skills and concepts graph) against the concepts of the profiles: weight of
   * the detected concepts relative to the query's words (which weigh 1 together); expansions weigh less.
   */
  conceptWeight: number;
  /**
   * Weight of a query word a concept was read from for sure ("нейросети" → neural networks), relative to
   * other words: the concept stands for it. A word read with less confidence (an ambiguous form, a typo)
   * keeps more: 1 − confidence × (1 − coveredWordWeight).
   */
  coveredWordWeight: number;
}

export const DEFAULT_RANKING: RankingOptions = {
  semanticWeight: 0.2,
  lexicalWeight: 0.6,
  lexicalSaturation: 2,
  ratingWeight: 0.05,
  unavailablePenalty: 1,
  ratingPriorMean: 3.5,
  ratingPriorWeight: 5,
  k1: 1.2,
  b: 0.3,
  avgDocLength: 60,
  candidateLimit: 200,
  maxQueryTerms: 30,
  feedbackDocs: 5,
  feedbackTerms: 20,
  feedbackWeight: 0.5,
  feedbackMinQueryTerms: 8,
  passageTopK: 10,
  bigramWeight: 0.1,
  conceptWeight: 1,
  coveredWordWeight: 0,
};

/**
 * Ranking weights by the kind of embedder in use. The built-in hashing embedder only sees shared word
 * pieces, so words and concepts carry the ranking (`DEFAULT_RANKING`); a real multilingual model reads
 * meaning across languages and phrasings, so its cosine carries as much as the lexical side.
 */
export const RANKING_PROFILES: Readonly<Record<'hashing' | 'model', RankingOptions>> = {
  hashing: DEFAULT_RANKING,
  model: { ...DEFAULT_RANKING, semanticWeight: 0.45, lexicalWeight: 0.45 },
};

/** The ranking for an embedder: its kind's profile, then explicit overrides. */
export function rankingFor(embedder: { readonly kind: 'hashing' | 'model' }, overrides: Partial<RankingOptions> = {}): RankingOptions {
  return { ...RANKING_PROFILES[embedder.kind], ...overrides };
}
