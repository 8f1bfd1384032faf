/**
 * Goals and problems in plain words ("сайт для незрячих", "прод падает по ночам"). A goal is a bag
 * of content stems: it matches a query holding all of them in any order and form.
 *
 * People rarely say a goal the way it was written, so the goals of a concept also work as a
 * vocabulary: each content word of the query that named no concept votes for the concepts whose
 * goals use it, with the weight of a rare word (ln(concepts / concepts using it)). A concept is read
 * as a cue when its votes reach MIN_CUE_SCORE (about one word only its goals use, or two words each
 * shared by some twenty concepts) and come near the best concept's: "хочу рисовать экраны для
 * приложений" reads UI design, "рисовать маслом" (one word shared by several concepts) reads nothing.
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
  /** The goal phrase, or for a cue the query's stems that voted for it. */
  text: string;
  stems: string[];
  /** 1 for a whole goal; CUE_COVERAGE for a concept read from cue words. */
  coverage: number;
}

const MIN_CUE_SCORE = 6;
/** A cue concept must score at least this share of the best one. */
const CUE_SHARE_OF_BEST = 0.7;
const MAX_CUES = 3;
const CUE_COVERAGE = 0.7;

export class GoalIndex {
  private readonly goals: Goal[] = [];
  private readonly byStem = new Map<string, number[]>();
  /** Stem -> the concepts whose goals use it. */
  private readonly conceptsOfStem = new Map<string, Set<string>>();
  private readonly conceptsWithGoals = new Set<string>();

  add(conceptId: string, text: string): void {
    const stems = [...new Set(tokenize(normalizeText(text)).filter((token) => !isStopWord(token)).map(stemKey))];
    if (stems.length === 0) return;
    const index = this.goals.push({ conceptId, text, stems }) - 1;
    this.conceptsWithGoals.add(conceptId);
    for (const stem of stems) {
      if (!this.conceptsOfStem.has(stem)) this.conceptsOfStem.set(stem, new Set());
      this.conceptsOfStem.get(stem)!.add(conceptId);
      if (!this.byStem.has(stem)) this.byStem.set(stem, []);
      this.byStem.get(stem)!.push(index);
    }
  }

  /**
   * The goals whose content stems the query's stem keys all hold (the best per concept), then the
   * concepts the query's `freeStems` (stems of words that named no concept) point to as cues.
   */
  match(queryStems: ReadonlySet<string>, freeStems: ReadonlySet<string>): GoalMatch[] {
    const best = new Map<string, GoalMatch>();
    for (const stem of queryStems) {
      for (const index of this.byStem.get(stem) ?? []) {
        const goal = this.goals[index];
        if (!goal.stems.every((s) => queryStems.has(s))) continue;
        const existing = best.get(goal.conceptId);
        if (!existing || goal.stems.length > existing.stems.length) best.set(goal.conceptId, { conceptId: goal.conceptId, text: goal.text, stems: goal.stems, coverage: 1 });
      }
    }
    for (const cue of this.cues(freeStems)) if (!best.has(cue.conceptId)) best.set(cue.conceptId, cue);
    return [...best.values()];
  }

  private cues(freeStems: ReadonlySet<string>): GoalMatch[] {
    const votes = new Map<string, { score: number; stems: string[] }>();
    for (const stem of freeStems) {
      const concepts = this.conceptsOfStem.get(stem);
      if (!concepts) continue;
      const weight = Math.log(this.conceptsWithGoals.size / concepts.size);
      for (const conceptId of concepts) {
        const vote = votes.get(conceptId) ?? { score: 0, stems: [] };
        vote.score += weight;
        vote.stems.push(stem);
        votes.set(conceptId, vote);
      }
    }
    const top = Math.max(0, ...[...votes.values()].map((v) => v.score));
    return [...votes]
      .filter(([, v]) => v.score >= MIN_CUE_SCORE && v.score >= CUE_SHARE_OF_BEST * top)
      .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
      .slice(0, MAX_CUES)
      .map(([conceptId, v]) => ({ conceptId, text: v.stems.map((s) => s.slice(1)).join(' '), stems: v.stems, coverage: CUE_COVERAGE }));
  }
}
