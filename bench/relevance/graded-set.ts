/**
 * Graded mentor sets with kinds of query: the held-out set (heldout-set.json, never tuned on) and the dev set
 * (dev-set.json, for tuning). Loading one checks its consistency (known ids and kinds, grades 1–3,
 * `no-answer` ⇔ no judgements, `no-shared-word` queries really share no word or stem with the profiles they
 * grade); evaluation reports nDCG@10 by kind of query and, for the `no-answer` queries, the share a ranker
 * answers with an empty list.
 */
import { readFileSync } from 'node:fs';
import snowball from 'snowball-stemmers';
import { gradedNdcg } from './metrics.js';
import { profilesFromRows, type MentorRow } from './mentor-set.js';
import type { Profile, Ranker } from './rankers.js';

export const QUERY_KINDS = [
  'ru', 'en', 'mixed', 'translit', 'no-shared-word', 'vague', 'slang', 'typo', 'several-skills', 'near-miss', 'no-answer',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface GradedQuery {
  q: string;
  kind: QueryKind[];
  j: Record<string, number>;
}
export interface GradedSet {
  profiles: Profile[];
  queries: GradedQuery[];
}
/** One ranker's outcome on one query: nDCG@10 (null for a `no-answer` query) and whether it returned nothing. */
export interface QueryOutcome {
  ndcg10: number | null;
  empty: boolean;
}

export function loadGradedSet(path: string): GradedSet {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { mentors: MentorRow[]; queries: GradedQuery[] };
  const set = { profiles: profilesFromRows(data.mentors), queries: data.queries };
  const problems = gradedSetProblems(set);
  if (problems.length) throw new Error(`${path} is inconsistent:\n${problems.join('\n')}`);
  return set;
}

export function gradedSetProblems(set: GradedSet): string[] {
  const text = new Map(set.profiles.map((p) => [p.id, p.text]));
  const problems: string[] = [];
  if (text.size !== set.profiles.length) problems.push('duplicate mentor ids');
  for (const { q, kind, j } of set.queries) {
    const bad = (why: string): number => problems.push(`"${q}": ${why}`);
    if (!kind.length || kind.some((k) => !QUERY_KINDS.includes(k))) bad(`kinds must be some of ${QUERY_KINDS.join(', ')}`);
    for (const [id, grade] of Object.entries(j)) {
      if (!text.has(id)) bad(`unknown mentor ${id}`);
      if (![1, 2, 3].includes(grade)) bad(`grade ${grade} of ${id} is not 1–3 (leave 0 out)`);
    }
    const graded = Object.keys(j).length > 0;
    if (kind.includes('no-answer') === graded) bad('a no-answer query has no judgements, every other query has some');
    if (!kind.includes('no-shared-word')) continue;
    for (const id of Object.keys(j)) {
      const shared = sharedStems(q, text.get(id) ?? '');
      if (shared.length) bad(`marked no-shared-word but shares ${shared.join(', ')} with ${id}`);
    }
  }
  return problems;
}

const FUNCTION_WORDS = new Set(
  ('для как что это все или так мой моя мое моим мои свой свою чтобы только даже где сам без при над под про его она они ' +
    'нас нам наш нашем вас вам уже еще тоже если когда the and for with how what who that can from your you are not but ' +
    'all about into does did has have had this these those there their they them its was were will would should').split(' '),
);

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');
const stem = (word: string): string => (/[а-я]/.test(word) ? russian : english).stem(word);

/**
 * Query words that share a stem with a profile word: the same Snowball stem, or a common prefix of five letters
 * (the whole word if it has four), which also catches what the stemmer leaves apart (торговый / торговля).
 */
export function sharedStems(query: string, profile: string): string[] {
  const words = (t: string): string[] =>
    (t.toLowerCase().replaceAll('ё', 'е').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w));
  const profileWords = [...new Set(words(profile))];
  const profileStems = new Set(profileWords.map(stem));
  const commonPrefix = (a: string, b: string): boolean => {
    const shortest = Math.min(a.length, b.length);
    let common = 0;
    while (common < shortest && a[common] === b[common]) common++;
    return shortest >= 4 && common >= Math.min(5, shortest);
  };
  return words(query).filter((w) => profileStems.has(stem(w)) || profileWords.some((p) => p === w || commonPrefix(w, p)));
}

export async function evaluateGradedSet(set: GradedSet, ranker: Ranker): Promise<QueryOutcome[]> {
  const out: QueryOutcome[] = [];
  for (const { q, kind, j } of set.queries) {
    const ranking = await ranker(q);
    out.push({ ndcg10: kind.includes('no-answer') ? null : gradedNdcg(ranking, j), empty: ranking.length === 0 });
  }
  return out;
}

/** Indexes of the answerable queries (those of one kind, if given). */
export function answerable(set: GradedSet, kind?: QueryKind): number[] {
  return set.queries.flatMap((q, i) => (!q.kind.includes('no-answer') && (!kind || q.kind.includes(kind)) ? [i] : []));
}

/** Mean nDCG@10 over the answerable queries (those of one kind, if given). */
export function meanNdcg(set: GradedSet, out: readonly QueryOutcome[], kind?: QueryKind): number {
  const idx = answerable(set, kind);
  return idx.reduce((s, i) => s + out[i]!.ndcg10!, 0) / Math.max(1, idx.length);
}

/** Share (0–1) of the no-answer queries that a ranker answered with no results at all. */
export function emptyShare(set: GradedSet, out: readonly QueryOutcome[]): number {
  const noAnswer = set.queries.flatMap((q, i) => (q.kind.includes('no-answer') ? [i] : []));
  return noAnswer.filter((i) => out[i]!.empty).length / Math.max(1, noAnswer.length);
}

/** Markdown: nDCG@10 over the answerable queries, by kind, and the empty share on the no-answer queries, one column per ranker. */
export function gradedSetTable(set: GradedSet, rankers: readonly [string, QueryOutcome[]][]): string {
  const row = (label: string, kind?: QueryKind): string =>
    `| ${label} | ${answerable(set, kind).length} | ${rankers.map(([, out]) => meanNdcg(set, out, kind).toFixed(4)).join(' | ')} |`;
  const rows = [row('**all answerable queries**')];
  for (const kind of QUERY_KINDS.filter((k) => k !== 'no-answer')) if (answerable(set, kind).length) rows.push(row(kind, kind));
  const noAnswerCount = set.queries.filter((q) => q.kind.includes('no-answer')).length;
  return `| kind of query | queries | ${rankers.map(([name]) => name).join(' | ')} |
|---|---|${rankers.map(() => '---|').join('')}
${rows.join('\n')}

| no-answer queries | queries | ${rankers.map(([name]) => name).join(' | ')} |
|---|---|${rankers.map(() => '---|').join('')}
| share answered empty (no results) | ${noAnswerCount} | ${rankers.map(([, out]) => `${(100 * emptyShare(set, out)).toFixed(0)} %`).join(' | ')} |`;
}
