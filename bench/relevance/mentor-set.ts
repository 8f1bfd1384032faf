import { readFileSync } from 'node:fs';
import { gradedNdcg } from './metrics.js';
import type { Profile, Ranker } from './rankers.js';

/** A mentor row of the hand-written sets: [id, name, expertise, skills, bio, languages]. */
export type MentorRow = [string, string, string, string[], string, string[]];
export interface MentorSet {
  profiles: Profile[];
  queries: { q: string; j: Record<string, number> }[];
}

export function profilesFromRows(rows: readonly MentorRow[]): Profile[] {
  const createdAt = new Date('2024-01-01T00:00:00Z');
  return rows.map(([id, name, expertise, skills, bio, languages]) => ({
    id,
    text: [name, expertise, skills.join(', '), bio].join('\n'),
    doc: { id, name, expertise, bio, skills, languages, acceptingRequests: true, atCapacity: false, ratingAverage: 0, ratingCount: 0, createdAt },
  }));
}

export function loadMentorSet(path: string): MentorSet {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { mentors: MentorRow[]; queries: MentorSet['queries'] };
  return { profiles: profilesFromRows(data.mentors), queries: data.queries };
}

/** Mean graded nDCG@10, plus the per-query values. */
export async function evaluateMentorSet(set: MentorSet, ranker: Ranker): Promise<{ ndcg10: number; per: number[] }> {
  const per: number[] = [];
  for (const q of set.queries) per.push(gradedNdcg(await ranker(q.q), q.j));
  return { ndcg10: per.reduce((a, b) => a + b, 0) / Math.max(1, per.length), per };
}
