/** What the search library needs to know about a mentor. Plain data: no ORM entity. */
export interface MentorDocument {
  id: string;
  name: string;
  expertise: string;
  bio: string;
  skills: string[];
  languages: string[];
  acceptingRequests: boolean;
  atCapacity: boolean;
  /** Mean of the mentor's ratings (1..5); 0 when there are none. */
  ratingAverage: number;
  ratingCount: number;
  createdAt: Date;
}

export interface SearchParams {
  /** Free text (Russian or English). Empty, whitespace, emoji or stop words only = browse by rating. */
  query?: string | null;
  /** Mentor must have ALL of these skills (compared after normalisation and aliasing: "JS" = "javascript"). */
  skills?: string[] | null;
  /** Mentor must speak this language (case-insensitive exact match on MentorDocument.languages). */
  language?: string | null;
  /** Only mentors accepting requests and not at capacity. */
  acceptingOnly?: boolean | null;
  /** 1..100, default 20. */
  limit?: number | null;
  /** Opaque cursor from a previous page's nextCursor. */
  cursor?: string | null;
}

export interface SearchHit {
  id: string;
  /** Finite ranking score (higher is better). Comparable within one result list only. */
  score: number;
  /** Skills (as the mentor wrote them) and query words that matched the profile. */
  matched: string[];
}

/** A concept of the skills graph, named in the query's script. */
export interface ConceptRef {
  id: string;
  label: string;
}

export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
  /**
   * Number of mentors matching the query and filters: the same for every `limit` and page. Exact, unless
   * `totalIsEstimate` (an index that cannot count its matches reports the size of its candidate pool).
   */
  total: number;
  totalIsEstimate?: boolean;
  /**
   * A text query without an answer (it names no concept and no word any mentor has, or the specific
   * things it names no mentor has): no items, and what to try instead.
   */
  suggestions?: { didYouMean: string | null; concepts: ConceptRef[] };
}

export interface IndexHealth {
  ok: boolean;
  backend: 'in-process' | 'qdrant';
  documents: number;
  detail?: string;
}

/** A stored document's sparse vector: typed arrays (uint32 term ids ascending, float32 weights). */
export interface SparseTerms {
  readonly indices: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/** A sparse vector: parallel arrays of uint32 term ids and weights. */
export interface SparseVector {
  indices: number[];
  values: number[];
}
