import { createHash } from 'node:crypto';
import { SymSpell } from 'mnemonist';
import type {
  Ambiguity,
  Concept,
  ConceptData,
  ConceptHit,
  FormKind,
  MatchKind,
  QueryAnalysis,
  SkillSuggestion,
  WeightedConcept,
} from './concept.types.js';
import { GoalIndex } from './goal-index.js';
import { isRealWord } from './lexicon.js';
import { exactKey, PhraseIndex, soundKeyOf, stemKey, type PhraseMatch, type QueryToken, type TokenKey } from './phrase-index.js';
import { SuggestIndex } from './suggest-index.js';
import { isLatin, isStopWord, normalizeText, stemsAsLatinTypedRussian, tokenize } from './text.js';
import { formKey, validateConceptData } from './validate.js';

/** Weight of a detected concept by how it was reached. */
const MATCH_WEIGHT: Readonly<Record<MatchKind, number>> = { exact: 1, stem: 1, translit: 0.9, typo: 0.8, goal: 0.8, sound: 0.75 };
/** A form with several readings (ambiguities.json) gives each of its concepts this share. */
const AMBIGUOUS_SHARE = 0.6;
/** Expansion: children, grandchildren and related concepts carry these shares of the parent's weight. */
const NARROWER_SHARE = 0.6;
const RELATED_SHARE = 0.4;
/** Longer input is cut: a query or a tag is a line, not a document. */
const MAX_QUERY_CHARS = 1000;
const MAX_QUERY_TOKENS = 64;
const MIN_TYPO_LENGTH = 4;

export class ConceptGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`The concepts graph is inconsistent:\n- ${problems.join('\n- ')}`);
    this.name = 'ConceptGraphError';
  }
}

/**
 * The skills and concepts graph with its query-understanding indexes, built once (validation,
 * phrase trie, goal index, SymSpell vocabulary, autocomplete index); every method is then pure and
 * allocation-light.
 */
export class ConceptGraph {
  private readonly byId = new Map<string, Concept>();
  private readonly phrases = new PhraseIndex();
  private readonly goals = new GoalIndex();
  private readonly suggestions: SuggestIndex;
  private readonly knownKeys = new Set<string>();
  private readonly typos = new SymSpell({ maxDistance: 2, verbosity: 1 });
  /**
   * Short hash of the data the graph was built from (concepts and ambiguities as given), the same in every
   * process: any edit (an alias, a broader link, a label) changes it, so what was derived from the graph
   * (a search index) can tell that it is stale even when the number of concepts did not change.
   */
  readonly contentHash: string;

  private constructor(concepts: readonly ConceptData[], ambiguities: readonly Ambiguity[]) {
    this.contentHash = createHash('sha256').update(JSON.stringify([concepts, ambiguities])).digest('hex').slice(0, 12);
    const ambiguousForms = new Set(ambiguities.map((entry) => formKey(entry.form)));
    for (const data of concepts) this.byId.set(data.id, toConcept(data, concepts));
    for (const concept of this.byId.values()) {
      for (const [form, kind] of formsOf(concept)) {
        const tokens = tokenize(normalizeText(form));
        this.phrases.add(tokens, { conceptId: concept.id, form, kind, ambiguous: ambiguousForms.has(tokens.join(' ')) });
        for (const token of tokens) {
          this.knownKeys.add(exactKey(token)).add(stemKey(token));
          if (isTypoTerm(token)) this.typos.add(token);
        }
      }
      for (const goal of [...concept.goals.ru, ...concept.goals.en]) {
        this.goals.add(concept.id, goal);
        // The words of goals are real words ("много", "ветки"), never typos of a form ("монго", "сетки").
        for (const token of tokenize(normalizeText(goal))) this.knownKeys.add(exactKey(token)).add(stemKey(token));
      }
    }
    this.phrases.pruneAmbiguousSounds();
    this.suggestions = new SuggestIndex([...this.byId.values()].flatMap((concept) => formsOf(concept).map(([form, kind]) => ({ concept, form, kind }))));
  }

  /** Validates the data and builds the indexes; throws ConceptGraphError listing every problem. */
  static fromData(concepts: readonly ConceptData[], ambiguities: readonly Ambiguity[]): ConceptGraph {
    const problems = validateConceptData(concepts, ambiguities);
    if (problems.length > 0) throw new ConceptGraphError(problems);
    return new ConceptGraph(concepts, ambiguities);
  }

  get size(): number {
    return this.byId.size;
  }

  concept(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  concepts(): IterableIterator<Concept> {
    return this.byId.values();
  }

  /**
   * Query understanding: longest-phrase concept detection over exact words, stems, Latin-typed
   * Russian, cross-script sound keys and SymSpell typo corrections; then goal phrases; then
   * expansion to narrower and related concepts.
   */
  analyze(query: string): QueryAnalysis {
    const normalized = normalizeText(query.slice(0, MAX_QUERY_CHARS));
    const tokens = tokenize(normalized).slice(0, MAX_QUERY_TOKENS);
    const corrections = new Map<number, string>();
    const queryTokens = tokens.map((token, position) => this.keysOf(token, position, corrections));
    const matches = this.phrases.match(queryTokens);

    const hits = new Map<string, ConceptHit>();
    const keep = (hit: ConceptHit): void => {
      const existing = hits.get(hit.id);
      if (!existing || hit.weight > existing.weight) hits.set(hit.id, hit);
    };
    const covered = new Set<number>();
    const usedCorrections: Array<{ from: string; to: string }> = [];
    for (const match of matches) {
      for (let position = match.start; position < match.end; position++) {
        covered.add(position);
        if (match.match === 'typo' && corrections.has(position)) usedCorrections.push({ from: tokens[position], to: corrections.get(position)! });
      }
      for (const hit of this.hitsOf(match, tokens)) keep(hit);
    }

    // Goals are matched on the query's own content words (their stems, and the Russian stems of Latin-typed
    // words), not on stop words ("меня" would be "меню") nor on what a word was corrected to.
    const stemsOf = (token: QueryToken): string[] => (token.stop ? [] : token.keys.filter((key) => key.key.startsWith('~') && key.match !== 'typo').map((key) => key.key));
    const stems = new Set(queryTokens.flatMap(stemsOf));
    const freeStems = new Set(queryTokens.flatMap((token, position) => (covered.has(position) ? [] : stemsOf(token))));
    const goalStems = new Set<string>();
    for (const goal of this.goals.match(stems, freeStems)) {
      // A cue (goal words said otherwise) is weak evidence: its weight falls with the square of its coverage.
      keep({ id: goal.conceptId, weight: MATCH_WEIGHT.goal * goal.coverage ** 2, match: 'goal', text: goal.text, form: goal.text });
      for (const stem of goal.stems) goalStems.add(stem);
    }

    const otherTerms = tokens.filter(
      (token, position) => !covered.has(position) && !queryTokens[position].stop && !queryTokens[position].keys.some((key) => goalStems.has(key.key)),
    );
    this.confirmByContext(hits);
    const concepts = [...hits.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    return { normalized, concepts, expanded: this.expand(concepts), otherTerms, corrections: usedCorrections };
  }

  /** Concepts plus their narrower (two levels) and related concepts with lower weights, strongest first. */
  expand(concepts: ReadonlyArray<{ id: string; weight: number }>): WeightedConcept[] {
    const result = new Map<string, WeightedConcept>();
    const offer = (candidate: WeightedConcept): void => {
      const existing = result.get(candidate.id);
      if (!existing || candidate.weight > existing.weight) result.set(candidate.id, candidate);
    };
    for (const { id, weight } of concepts) {
      const concept = this.byId.get(id);
      if (!concept) continue;
      offer({ id, weight, via: 'query' });
      for (const child of concept.narrower) {
        offer({ id: child, weight: weight * NARROWER_SHARE, via: 'narrower', from: id });
        for (const grandchild of this.byId.get(child)!.narrower) {
          offer({ id: grandchild, weight: weight * NARROWER_SHARE * NARROWER_SHARE, via: 'narrower', from: id });
        }
      }
      for (const related of concept.related) offer({ id: related, weight: weight * RELATED_SHARE, via: 'related', from: id });
    }
    return [...result.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  }

  /**
   * The concept a free tag names ("ReactJS", "реакт", "Pyton", "machine learning"), or undefined
   * when the tag is not one concept as a whole (then it stays a free tag).
   */
  canonicalSkill(tag: string): string | undefined {
    const tokens = tokenize(normalizeText(tag.slice(0, MAX_QUERY_CHARS))).slice(0, MAX_QUERY_TOKENS);
    if (tokens.length === 0) return undefined;
    const matches = this.phrases.match(tokens.map((token, position) => this.keysOf(token, position, new Map())));
    if (matches.length !== 1) return undefined;
    const [match] = matches;
    const uncovered = tokens.some((token, position) => (position < match.start || position >= match.end) && !isStopWord(token));
    const ids = new Set(match.entries.map((entry) => entry.conceptId));
    return !uncovered && ids.size === 1 ? match.entries[0].conceptId : undefined;
  }

  /** Autocomplete: prefix over every form in both scripts, then fuzzy prefix; one entry per concept. */
  suggest(prefix: string, limit = 10): SkillSuggestion[] {
    return this.suggestions.suggest(prefix, limit);
  }

  /**
   * A form with several readings is confirmed by its neighbours: when another concept of the query
   * is linked to it ("ios swift", "бэкенд на го"), it gets the full weight of its match back.
   */
  private confirmByContext(hits: Map<string, ConceptHit>): void {
    for (const hit of hits.values()) {
      // Below its kind's weight, a phrase hit was discounted for ambiguity (a goal hit, for coverage: not confirmed here).
      if (hit.match === 'goal' || hit.weight >= MATCH_WEIGHT[hit.match]) continue;
      const concept = this.byId.get(hit.id)!;
      const linked = [...concept.broader, ...concept.narrower, ...concept.related].some((id) => id !== hit.id && hits.has(id));
      if (linked) hit.weight = MATCH_WEIGHT[hit.match];
    }
  }

  private hitsOf(match: PhraseMatch, tokens: readonly string[]): ConceptHit[] {
    const text = tokens.slice(match.start, match.end).join(' ');
    return match.entries.map((entry) => {
      const share = match.entries.length > 1 || entry.ambiguous ? AMBIGUOUS_SHARE : 1;
      return { id: entry.conceptId, weight: MATCH_WEIGHT[match.match] * share, match: match.match, text, form: entry.form };
    });
  }

  private keysOf(token: string, position: number, corrections: Map<number, string>): QueryToken {
    const keys = new Map<string, TokenKey>();
    const add = (key: string | undefined, match: TokenKey['match']): void => {
      if (key && !keys.has(key)) keys.set(key, { key, match });
    };
    add(exactKey(token), 'exact');
    add(stemKey(token), 'stem');
    if (isStopWord(token)) return { keys: [...keys.values()], stop: true };
    if (isLatin(token)) {
      for (const russianStem of stemsAsLatinTypedRussian(token)) add(`~${russianStem}`, 'translit');
    }
    add(soundKeyOf(token, 'query'), 'sound');
    const known = [...keys.keys()].some((key) => this.knownKeys.has(key));
    // A real Russian or English word is not a typo ("года" is not "нода", "coming" is not "coding").
    if (!known && token.length >= MIN_TYPO_LENGTH && !isRealWord(token)) {
      // Russian words inflect, so two edits from a small vocabulary too often land on another word.
      const allowed = token.length >= 9 && isLatin(token) ? 2 : 1;
      const [best] = this.typos.search(token).filter((candidate) => candidate.distance <= allowed);
      if (best) {
        corrections.set(position, best.term);
        add(exactKey(best.term), 'typo');
        add(stemKey(best.term), 'typo');
      }
    }
    return { keys: [...keys.values()], stop: false };
  }
}

/** A word of a form that the typo corrector may correct a query word to (its SymSpell vocabulary). */
export function isTypoTerm(token: string): boolean {
  return token.length >= MIN_TYPO_LENGTH && /^[\p{L}]+$/u.test(token);
}

/** Every surface form of a concept with its kind. */
export function formsOf(concept: Concept): Array<[string, FormKind]> {
  return [
    [concept.labels.en, 'label'],
    [concept.labels.ru, 'label'],
    [concept.id.replaceAll('-', ' '), 'id'],
    ...concept.aliases.map((form): [string, FormKind] => [form, 'alias']),
    ...concept.transliterations.map((form): [string, FormKind] => [form, 'transliteration']),
    ...concept.slang.map((form): [string, FormKind] => [form, 'slang']),
    ...concept.misspellings.map((form): [string, FormKind] => [form, 'misspelling']),
  ];
}

function toConcept(data: ConceptData, all: readonly ConceptData[]): Concept {
  const narrower = new Set(data.narrower ?? []);
  const related = new Set(data.related);
  for (const other of all) {
    if (other.broader.includes(data.id)) narrower.add(other.id);
    if (other.related.includes(data.id)) related.add(other.id);
  }
  for (const id of [...data.broader, ...narrower]) related.delete(id);
  return {
    id: data.id,
    labels: { ...data.labels },
    aliases: [...data.aliases],
    transliterations: [...data.transliterations],
    slang: [...data.slang],
    misspellings: [...data.misspellings],
    broader: [...data.broader],
    narrower: [...narrower],
    related: [...related],
    goals: { ru: [...data.goals.ru], en: [...data.goals.en] },
  };
}
