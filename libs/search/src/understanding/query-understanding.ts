import type { ConceptGraph } from '@app/concepts';
import { analyze } from '../text/analyzer.js';
import { fnv1a } from '../text/hash.js';
import type { ConceptRef, MentorDocument } from '../types.js';

/**
 * Query understanding with the skills and concepts graph (`@app/concepts`), done once per query
 * upstream of every index adapter, and the concepts a mentor's profile carries.
 *
 * Concepts become lexical terms of their own (`concept:<id>`, which no word can be): a profile
 * indexes the concepts of its skills, expertise and bio plus their broader concepts, and a query
 * asks for its detected concepts and their expansion with the graph's weights. So "фронтендер"
 * meets a React mentor (React's broader concept is frontend) through the same BM25 machinery, in
 * both adapters, as words do.
 */

/** Lexical term of a concept; analysed words never contain ':'. */
export function conceptTerm(id: string): string {
  return `concept:${id}`;
}

export function conceptTermId(id: string): number {
  return fnv1a(conceptTerm(id));
}

/** Profile side: a concept of a skill counts like a skill word, of the expertise like expertise, of the bio like bio. */
const DOC_CONCEPT_WEIGHT = { skills: 3, expertise: 2, bio: 1 } as const;
/** A profile also carries the broader concepts of its own (a React mentor is a frontend mentor), at this share per level. */
const ANCESTOR_SHARE = 0.5;
const ANCESTOR_LEVELS = 1;
/** Profile text only yields concepts found as written (exact or inflected phrase), never by typo, sound or goal. */
const TEXT_MATCHES = new Set(['exact', 'stem']);
/** Query side: at most this many concepts (the detected ones first, then their small broader ones). */
const MAX_QUERY_CONCEPTS = 8;
/**
 * Concepts too general to tell mentors apart ("программист", "web development"): the roots of the graph
 * and concepts with more than this many narrower concepts below them. They still rank, but a query
 * that also names something specific is answered only if that specific thing is.
 */
const BROAD_DESCENDANTS = 60;
const MAX_SUGGESTIONS = 5;
const MIN_MATCHED_WEIGHT = 0.5;
/**
 * A concept read this weakly (a cue of goal words) decides whether a query has an answer only when the query
 * names nothing more surely ("fortran legacy code" asks for Fortran, not for anyone with a word on legacy code).
 */
const MIN_ANCHOR_WEIGHT = 0.5;
/** Words beside an absent concept that still make a question of their own (see `hasAnswer`). */
const DESCRIPTIVE_WORDS = 3;
/**
 * A mentor of a small broader concept answers the narrower question too ("нейросети" → a deep learning
 * mentor; "SwiftUI" → an iOS mentor): a detected concept's broader concepts with at most this many
 * concepts below them join the query at PARENT_SHARE of its weight, and answer it. A large one does not
 * ("rust" is not answered by any mentor of some programming language).
 */
const NARROW_PARENT_DESCENDANTS = 30;
/** Profile sentences whose concepts are memoised (a cold build analyses each distinct sentence once). */
const MAX_MEMOISED_SENTENCES = 100_000;
const PARENT_SHARE = 0.5;

/** Concept id -> term frequency it adds to a profile's head passage. */
export type DocumentConcepts = Map<string, number>;

/** What the ranking needs to know about a query beyond its words. */
export interface QueryUnderstanding {
  /** Concepts to ask for: the detected ones, then their small broader ones; weight 0..1. */
  concepts: Array<{ id: string; weight: number; direct: boolean }>;
  /**
   * Lexical terms some mentor must have for the query to have an answer (see `hasAnswer`): the specific
   * concepts detected (or the broad ones when that is all the query names) and the words that reached
   * no concept. Both empty: the query names nothing searchable. `named`: the query surely names a
   * specific concept (not only a cue of goal words).
   */
  anchors: { concepts: number[]; words: number[]; named: boolean };
  /** The query with typo corrections applied, when a word was read as another ("pyton" -> "python"). */
  didYouMean: string | null;
  /** Concepts linked to the detected ones (broader, related, narrower), candidates for suggestions. */
  neighbours: ConceptRef[];
  /** Concept id -> label in the query's script, for `matched`. */
  labels: Map<string, string>;
  /** The query's words (normalised) that a concept was read from, with that concept's weight: it stands for them in ranking. */
  coveredWords: Map<string, number>;
}

/** Understands queries and profiles with one concept graph; memoises per-tag and per-concept work. */
export class ConceptReader {
  private readonly skillConcepts = new Map<string, string | null>();
  /** Sentence -> its concepts (textConcepts), bounded: emptied when full. */
  private readonly sentenceConcepts = new Map<string, readonly string[]>();
  private readonly ancestors = new Map<string, Array<[string, number]>>();
  private readonly broad = new Set<string>();
  /** Concept id -> its broader concepts small enough to answer for it. */
  private readonly narrowParents = new Map<string, string[]>();

  constructor(readonly graph: ConceptGraph) {
    const below = new Map<string, number>();
    for (const concept of graph.concepts()) {
      below.set(concept.id, this.descendants(concept.id));
      if (concept.broader.length === 0 || below.get(concept.id)! > BROAD_DESCENDANTS) this.broad.add(concept.id);
    }
    for (const concept of graph.concepts()) {
      this.narrowParents.set(concept.id, concept.broader.filter((id) => below.get(id)! <= NARROW_PARENT_DESCENDANTS && !this.broad.has(id)));
    }
  }

  /** The concepts of a profile (with the term frequency each adds) and of each of its skills. */
  profileConcepts(doc: Pick<MentorDocument, 'skills' | 'expertise' | 'bio'>): { all: DocumentConcepts; ofSkill: (skill: string) => string | undefined } {
    return { all: this.documentConcepts(doc), ofSkill: (skill) => this.skillConcept(skill) };
  }

  /** The concepts of a profile with the term frequency each adds (skills, expertise, bio; then broader ones). */
  documentConcepts(doc: Pick<MentorDocument, 'skills' | 'expertise' | 'bio'>): DocumentConcepts {
    const own = new Map<string, number>();
    const add = (id: string, tf: number): void => {
      own.set(id, Math.max(own.get(id) ?? 0, tf));
    };
    for (const skill of doc.skills ?? []) {
      const id = this.skillConcept(String(skill));
      if (id) add(id, DOC_CONCEPT_WEIGHT.skills);
    }
    for (const id of this.textConcepts(doc.expertise)) add(id, DOC_CONCEPT_WEIGHT.expertise);
    for (const paragraph of String(doc.bio ?? '').split(/\r?\n|(?<=[.!?;])\s+/)) {
      for (const id of this.textConcepts(paragraph)) add(id, DOC_CONCEPT_WEIGHT.bio);
    }
    const all = new Map(own);
    for (const [id, tf] of own) {
      for (const [ancestor, share] of this.ancestorsOf(id)) all.set(ancestor, Math.max(all.get(ancestor) ?? 0, tf * share));
    }
    return all;
  }

  understand(query: string): QueryUnderstanding {
    const analysis = this.graph.analyze(query);
    const cyrillic = /[а-яё]/i.test(query);
    const direct = new Set(analysis.concepts.map((c) => c.id));
    // The detected concepts and their small broader ones. Not the graph's expansion to narrower and related
    // concepts: profiles carry their broader concepts, which reaches the narrower ones from the other side,
    // and a query of one concept stays one posting list (see docs/concepts.md for the measurements).
    const weights = new Map(analysis.concepts.map((c) => [c.id, c.weight]));
    const specificHits = analysis.concepts.filter((c) => !this.broad.has(c.id));
    const strongHits = specificHits.filter((c) => c.weight >= MIN_ANCHOR_WEIGHT);
    const anchorHits = strongHits.length ? strongHits : specificHits;
    const parents = specificHits.flatMap((c) => this.narrowParents.get(c.id)!.map((id) => [id, c.weight * PARENT_SHARE] as const));
    for (const [id, weight] of parents) if (weight > (weights.get(id) ?? 0)) weights.set(id, weight);
    const concepts = [...weights]
      .sort((a, b) => Number(direct.has(b[0])) - Number(direct.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, Math.max(MAX_QUERY_CONCEPTS, direct.size))
      .map(([id, weight]) => ({ id, weight, direct: direct.has(id) }));
    const anchorParents = anchorHits.flatMap((c) => this.narrowParents.get(c.id)!);
    const specific = [...anchorHits.map((c) => c.id), ...anchorParents].map(conceptTermId);
    const words = analysis.otherTerms.flatMap((word) => analyze(word).map((t) => fnv1a(t.term)));
    // Broad concepts anchor a query that names nothing else surely: "программист", "что-то про дизайн".
    const broadToo = strongHits.length === 0 && words.length === 0;
    const anchors = {
      concepts: [...new Set([...specific, ...(broadToo ? analysis.concepts.filter((c) => this.broad.has(c.id)).map((c) => conceptTermId(c.id)) : [])])],
      words: [...new Set(words)],
      named: strongHits.length > 0,
    };
    let didYouMean: string | null = null;
    if (analysis.corrections.length) {
      const fixes = new Map(analysis.corrections.map((c) => [c.from, c.to]));
      didYouMean = analysis.normalized.split(/\s+/).map((w) => fixes.get(w) ?? w).join(' ');
    }
    const label = (id: string): string => {
      const c = this.graph.concept(id)!;
      return cyrillic ? c.labels.ru : c.labels.en;
    };
    const neighbours: ConceptRef[] = [];
    const seen = new Set(direct);
    // Neighbours of what the query asked for specifically ("1С" → ERP), not of a broad word beside it ("программист").
    for (const hit of specificHits.length ? specificHits : analysis.concepts) {
      const c = this.graph.concept(hit.id)!;
      for (const id of [...c.related, ...c.broader, ...c.narrower]) {
        if (seen.has(id) || this.broad.has(id)) continue;
        seen.add(id);
        neighbours.push({ id, label: label(id) });
      }
    }
    // `matched` names the concepts read in the query (a cue too: "сайт долго грузится" → web performance) and the
    // small broader ones of the surer reads, not the looser related ones.
    const labels = new Map(concepts.filter((c) => c.direct || c.weight >= MIN_MATCHED_WEIGHT).map((c) => [c.id, label(c.id)]));
    const coveredWords = new Map<string, number>();
    for (const hit of analysis.concepts) {
      if (hit.match === 'goal') continue;
      for (const word of hit.text.split(' ')) coveredWords.set(word, Math.max(coveredWords.get(word) ?? 0, hit.weight));
    }
    return { concepts, anchors, didYouMean, neighbours, labels, coveredWords };
  }

  /**
   * The no-answer rule, given which lexical terms some mentor under the filters has: a concept anchor
   * is enough; otherwise at least half of the query's other words must occur ("help me write a wedding
   * speech" is not answered by the mentors who "write" code; "cobol haskell" is, by the Haskell ones).
   * A query that names a specific concept no mentor has is answered by its other words only when they
   * describe more than a modifier does: "квантовые вычисления с нуля" is not answered by the mentors
   * who teach something "с нуля", a paragraph that mentions an absent concept in passing still is.
   */
  static hasAnswer(u: QueryUnderstanding, has: (term: number) => boolean): boolean {
    if (u.anchors.concepts.some(has)) return true;
    const words = u.anchors.words;
    if (u.anchors.named && words.length < DESCRIPTIVE_WORDS) return false;
    return words.length > 0 && 2 * words.filter(has).length >= words.length;
  }

  /**
   * Suggestions for a query without an answer: the corrected query and up to five neighbours that some
   * mentor has; undefined when there is neither (an empty index, gibberish).
   */
  static suggestions(u: QueryUnderstanding, hasMentors: (conceptId: string) => boolean): { didYouMean: string | null; concepts: ConceptRef[] } | undefined {
    const concepts = u.neighbours.filter((c) => hasMentors(c.id)).slice(0, MAX_SUGGESTIONS);
    return u.didYouMean || concepts.length ? { didYouMean: u.didYouMean, concepts } : undefined;
  }

  private skillConcept(tag: string): string | undefined {
    let id = this.skillConcepts.get(tag);
    if (id === undefined) {
      id = this.graph.canonicalSkill(tag) ?? null;
      if (this.skillConcepts.size > 50_000) this.skillConcepts.clear();
      this.skillConcepts.set(tag, id);
    }
    return id ?? undefined;
  }

  /** The concepts found as written in a sentence; memoised (profiles share sentences: "5 лет в Python", a template bio). */
  private textConcepts(text: string | null | undefined): readonly string[] {
    if (!text || !text.trim()) return [];
    let ids = this.sentenceConcepts.get(text);
    if (!ids) {
      ids = this.graph
        .analyze(text)
        .concepts.filter((c) => TEXT_MATCHES.has(c.match) && c.weight >= 1 && (c.text.length > 2 || this.isName(c.id, c.text)))
        .map((c) => c.id);
      if (this.sentenceConcepts.size >= MAX_MEMOISED_SENTENCES) this.sentenceConcepts.clear();
      this.sentenceConcepts.set(text, ids);
    }
    return ids;
  }

  /** Whether a short form is the concept's label or alias ("ml", "qa"), not a transliteration or slang ("1s" in "1:1s"). */
  private isName(id: string, text: string): boolean {
    const c = this.graph.concept(id)!;
    return [c.labels.en, c.labels.ru, ...c.aliases].some((form) => form.toLowerCase() === text);
  }

  private ancestorsOf(id: string): Array<[string, number]> {
    let list = this.ancestors.get(id);
    if (!list) {
      const found = new Map<string, number>();
      let level = [id];
      for (let depth = 1; depth <= ANCESTOR_LEVELS; depth++) {
        const next: string[] = [];
        for (const child of level) {
          for (const parent of this.graph.concept(child)?.broader ?? []) {
            if (parent === id || found.has(parent)) continue;
            found.set(parent, ANCESTOR_SHARE ** depth);
            next.push(parent);
          }
        }
        level = next;
      }
      this.ancestors.set(id, (list = [...found]));
    }
    return list;
  }

  private descendants(id: string): number {
    const seen = new Set<string>();
    const walk = (from: string): void => {
      for (const child of this.graph.concept(from)?.narrower ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        walk(child);
      }
    };
    walk(id);
    return seen.size;
  }
}
