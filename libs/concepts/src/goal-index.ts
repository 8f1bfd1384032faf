/**
 * Goals and problems in plain words ("сайт для незрячих", "прод падает по ночам"). A goal is a bag
 * of content stems: it matches a query holding all of them in any order and form, or, for goals of
 * two or more content words, stems that carry at least two thirds of its weight (then with a lower
 * coverage). A stem weighs less the more concepts' goals use it, so "расшифровать аудиозаписи"
 * matches on "аудиозаписи" alone, while "понять данные" does not match on "данные".
 */
import { stemKey } from './phrase-index.js';
import { isStopWord, normalizeText, tokenize } from './text.js';

interface Goal {
  conceptId: string;
  text: string;
  stems: string[];
}

export interface GoalMatch {
  conceptId: string;
  text: string;
  stems: string[];
  /** Weighted share of the goal's content stems found in the query (1 = all). */
  coverage: number;
}

const PARTIAL_COVERAGE = 2 / 3;

export class GoalIndex {
  private readonly goals: Goal[] = [];
  private readonly byStem = new Map<string, number[]>();
  private readonly concepts = new Map<string, Set<string>>();

  /** How much a stem tells: 1 / √(concepts whose goals use it), so "аудиозаписи" tells more than "данные". */
  private weight(stem: string): number {
    return 1 / Math.sqrt(this.concepts.get(stem)?.size ?? 1);
  }

  add(conceptId: string, text: string): void {
    const stems = [...new Set(tokenize(normalizeText(text)).filter((token) => !isStopWord(token)).map(stemKey))];
    if (stems.length === 0) return;
    const index = this.goals.push({ conceptId, text, stems }) - 1;
    for (const stem of stems) {
      if (!this.concepts.has(stem)) this.concepts.set(stem, new Set());
      this.concepts.get(stem)!.add(conceptId);
      if (!this.byStem.has(stem)) this.byStem.set(stem, []);
      this.byStem.get(stem)!.push(index);
    }
  }

  /**
   * Goals whose content stems the query's stem keys hold; the best goal per concept. A goal matched in
   * part must be carried by `freeStems`, the stems of words that named no concept ("react native" is
   * not a partial "react native tests").
   */
  match(queryStems: ReadonlySet<string>, freeStems: ReadonlySet<string>): GoalMatch[] {
    const hits = new Map<number, number>();
    for (const stem of queryStems) for (const index of this.byStem.get(stem) ?? []) hits.set(index, 0);
    const best = new Map<string, GoalMatch>();
    for (const index of hits.keys()) {
      const goal = this.goals[index];
      const weightOf = (stems: ReadonlySet<string>): number => goal.stems.reduce((sum, stem) => sum + (stems.has(stem) ? this.weight(stem) : 0), 0);
      const total = goal.stems.reduce((sum, stem) => sum + this.weight(stem), 0);
      const whole = goal.stems.every((stem) => queryStems.has(stem));
      const coverage = whole ? 1 : weightOf(freeStems) / total;
      if (!whole && !(goal.stems.length >= 2 && coverage >= PARTIAL_COVERAGE)) continue;
      const existing = best.get(goal.conceptId);
      if (!existing || coverage > existing.coverage || (coverage === existing.coverage && goal.stems.length > existing.stems.length)) {
        best.set(goal.conceptId, { conceptId: goal.conceptId, text: goal.text, stems: goal.stems.filter((stem) => queryStems.has(stem)), coverage });
      }
    }
    return [...best.values()];
  }
}
