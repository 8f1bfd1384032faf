/**
 * Goals and problems in plain words ("сайт для незрячих", "прод падает по ночам"). A goal is a bag
 * of content stems: it matches a query holding all of them in any order and form, or, for goals of
 * three or more content words, at least two thirds of them (then with a lower coverage).
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
  /** Share of the goal's content stems found in the query (1 = all). */
  coverage: number;
}

const PARTIAL_COVERAGE = 2 / 3;

export class GoalIndex {
  private readonly goals: Goal[] = [];
  private readonly byStem = new Map<string, number[]>();

  add(conceptId: string, text: string): void {
    const stems = [...new Set(tokenize(normalizeText(text)).filter((token) => !isStopWord(token)).map(stemKey))];
    if (stems.length === 0) return;
    const index = this.goals.push({ conceptId, text, stems }) - 1;
    for (const stem of stems) {
      if (!this.byStem.has(stem)) this.byStem.set(stem, []);
      this.byStem.get(stem)!.push(index);
    }
  }

  /** Goals whose content stems the query's stem keys hold; the best goal per concept. */
  match(queryStems: ReadonlySet<string>): GoalMatch[] {
    const hits = new Map<number, number>();
    for (const stem of queryStems) for (const index of this.byStem.get(stem) ?? []) hits.set(index, (hits.get(index) ?? 0) + 1);
    const best = new Map<string, GoalMatch>();
    for (const [index, found] of hits) {
      const goal = this.goals[index];
      const coverage = found / goal.stems.length;
      const enough = coverage === 1 || (goal.stems.length >= 3 && found >= 2 && coverage >= PARTIAL_COVERAGE);
      if (!enough) continue;
      const existing = best.get(goal.conceptId);
      if (!existing || coverage > existing.coverage || (coverage === existing.coverage && goal.stems.length > existing.stems.length)) {
        best.set(goal.conceptId, { conceptId: goal.conceptId, text: goal.text, stems: goal.stems.filter((stem) => queryStems.has(stem)), coverage });
      }
    }
    return [...best.values()];
  }
}
