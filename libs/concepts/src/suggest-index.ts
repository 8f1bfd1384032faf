/**
 * Autocomplete over every surface form of every concept: a sorted array of keys searched by
 * binary search for the typed prefix. Keys are the normalised form, each later word of it ("kafka"
 * in "apache kafka"), and the Latin transliteration of Cyrillic forms; a Cyrillic prefix is also
 * looked up transliterated, so "реа" finds React and "mashin" finds "машинное обучение". When
 * prefixes give too few concepts, a bounded edit distance against key prefixes fills up ("kubr").
 */
import type { Concept, FormKind, SkillSuggestion } from './concept.types.js';
import { editDistance, isCyrillic, normalizeText, toLatin, tokenize } from './text.js';

interface SuggestKey {
  key: string;
  concept: Concept;
  form: string;
  /** Lower is better: the kind of form, plus a penalty for a later word or a transliteration. */
  rank: number;
}

const KIND_RANK: Readonly<Record<FormKind, number>> = { label: 0, id: 1, alias: 1, transliteration: 2, slang: 3, misspelling: 4 };
const INNER_WORD_PENALTY = 5;
const TRANSLITERATED_PENALTY = 2;
const FUZZY_PENALTY = 20;
const MAX_PREFIX_CHARS = 100;

export class SuggestIndex {
  private readonly keys: SuggestKey[];
  private readonly byFirstChar = new Map<string, SuggestKey[]>();

  constructor(forms: ReadonlyArray<{ concept: Concept; form: string; kind: FormKind }>) {
    const keys: SuggestKey[] = [];
    for (const { concept, form, kind } of forms) {
      const words = tokenize(normalizeText(form));
      if (words.length === 0) continue;
      const variants: Array<[string[], number]> = [[words, 0]];
      if (words.some(isCyrillic)) variants.push([words.map(toLatin), TRANSLITERATED_PENALTY]);
      for (const [variant, penalty] of variants) {
        for (let start = 0; start < variant.length; start++) {
          keys.push({ key: variant.slice(start).join(' '), concept, form, rank: KIND_RANK[kind] + penalty + (start > 0 ? INNER_WORD_PENALTY : 0) });
        }
      }
    }
    this.keys = keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank));
    for (const key of this.keys) {
      const bucket = this.byFirstChar.get(key.key[0]);
      if (bucket) bucket.push(key);
      else this.byFirstChar.set(key.key[0], [key]);
    }
  }

  suggest(prefix: string, limit: number): SkillSuggestion[] {
    const typed = tokenize(normalizeText(prefix.slice(0, MAX_PREFIX_CHARS))).join(' ');
    if (!typed || limit <= 0) return [];
    const best = new Map<string, { key: SuggestKey; score: number }>();
    const offer = (key: SuggestKey, score: number): void => {
      const existing = best.get(key.concept.id);
      if (!existing || score < existing.score) best.set(key.concept.id, { key, score });
    };
    const prefixes = isCyrillic(typed) ? [typed, toLatin(typed)] : [typed];
    for (const [index, candidate] of prefixes.entries()) {
      for (let at = this.lowerBound(candidate); at < this.keys.length && this.keys[at].key.startsWith(candidate); at++) {
        const key = this.keys[at];
        offer(key, key.rank + index * TRANSLITERATED_PENALTY + (key.key === candidate ? -1 : 0));
      }
    }
    if (best.size < limit && typed.length >= 3) {
      for (const [index, candidate] of prefixes.entries()) this.fuzzy(candidate, (key, distance) => offer(key, FUZZY_PENALTY + distance * 5 + key.rank + index * TRANSLITERATED_PENALTY));
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || a.key.concept.labels.en.length - b.key.concept.labels.en.length || a.key.concept.id.localeCompare(b.key.concept.id))
      .slice(0, limit)
      .map(({ key }) => ({ id: key.concept.id, labels: { ...key.concept.labels }, matched: key.form }));
  }

  /**
   * Keys whose start is within a small edit distance of the prefix. Typos rarely hit the first
   * letter, so only keys sharing it are compared, each distinct key start once.
   */
  private fuzzy(prefix: string, found: (key: SuggestKey, distance: number) => void): void {
    const allowed = prefix.length >= 6 ? 2 : 1;
    const distances = new Map<string, number>();
    for (const key of this.byFirstChar.get(prefix[0]) ?? []) {
      const head = key.key.slice(0, prefix.length);
      let distance = distances.get(head);
      if (distance === undefined) distances.set(head, (distance = editDistance(prefix, head, allowed)));
      if (distance <= allowed) found(key, distance);
    }
  }

  private lowerBound(prefix: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keys[middle].key < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
