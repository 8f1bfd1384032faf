/** A concept as written in libs/concepts/data/*.json. `narrower` is optional: it is derived from `broader`. */
export interface ConceptData {
  id: string;
  labels: { en: string; ru: string };
  aliases: string[];
  transliterations: string[];
  slang: string[];
  misspellings: string[];
  broader: string[];
  narrower?: string[];
  related: string[];
  goals: { ru: string[]; en: string[] };
}

/**
 * A surface form with more than one reading (libs/concepts/data/ambiguities.json): either listed on
 * several concepts on purpose ("pm": product or project management), or on one concept while being
 * an everyday word too ("go", "кафка"). Either way it reaches its concepts with a lower weight.
 */
export interface Ambiguity {
  form: string;
  concepts: string[];
  reason: string;
}

/** A loaded concept: links complete in both directions (narrower mirrors broader, related is symmetric). */
export interface Concept {
  readonly id: string;
  readonly labels: { readonly en: string; readonly ru: string };
  readonly aliases: readonly string[];
  readonly transliterations: readonly string[];
  readonly slang: readonly string[];
  readonly misspellings: readonly string[];
  readonly broader: readonly string[];
  readonly narrower: readonly string[];
  readonly related: readonly string[];
  readonly goals: { readonly ru: readonly string[]; readonly en: readonly string[] };
}

/** Where a surface form of a concept comes from. `id` is the concept id read as words ("machine-learning"). */
export type FormKind = 'label' | 'id' | 'alias' | 'transliteration' | 'slang' | 'misspelling';

/**
 * How a concept was reached in a query: `exact` surface form, `stem` (inflected form), `translit`
 * (Latin-typed Russian), `sound` (cross-script sound key), `typo` (SymSpell correction), `goal`
 * (a goal or problem phrase of the concept).
 */
export type MatchKind = 'exact' | 'stem' | 'translit' | 'sound' | 'typo' | 'goal';

/** A concept detected in a query. */
export interface ConceptHit {
  id: string;
  weight: number;
  match: MatchKind;
  /** The query's own words that matched (normalised), or the goal phrase for `goal`. */
  text: string;
  /** The concept's form that was matched (a label, alias, slang..., or the goal phrase). */
  form: string;
}

/** A concept with the weight it carries for a query, and why. */
export interface WeightedConcept {
  id: string;
  weight: number;
  /** `query`: detected in the query; `narrower` / `related`: reached by expansion from `from`. */
  via: 'query' | 'narrower' | 'related';
  from?: string;
}

/** The analysis of a free-text query before ranking. */
export interface QueryAnalysis {
  /** Normalised query text. */
  normalized: string;
  /** Concepts detected in the query (longest phrases first, then goals), strongest weight per concept. */
  concepts: ConceptHit[];
  /** Detected concepts plus narrower and related ones with lower weights, strongest first. */
  expanded: WeightedConcept[];
  /** Words that reached no concept and are not stop words (for the term ranker, or to judge "no answer"). */
  otherTerms: string[];
  /** Typo corrections that led to a concept: the query word and the vocabulary word it was read as. */
  corrections: Array<{ from: string; to: string }>;
}

/** One autocomplete entry. */
export interface SkillSuggestion {
  id: string;
  labels: { en: string; ru: string };
  /** The form the typed prefix matched (a label, alias, transliteration...). */
  matched: string;
}
