/**
 * Ablation helper: DBLP MAP/P@10/MRR/nDCG@10 and mentor-set nDCG@10 of the library ranker for ranking
 * overrides given as JSON arguments (no PostgreSQL).
 *
 *   node --import ./bench/register.mjs bench/relevance/ablate.ts '{}' '{"feedbackDocs":0}'
 */
import { Logger } from '@nestjs/common';
import { evaluateDblp, loadDblp } from './dblp.js';
import { evaluateMentorSet, loadMentorSet } from './mentor-set.js';
import { libraryRanker } from './rankers.js';

Logger.overrideLogger(['error', 'warn']);
const dblp = loadDblp(process.env.DBLP ?? new URL('./dblp-expert-finding.json', import.meta.url).pathname);
const mentors = loadMentorSet(new URL('./mentor-set.json', import.meta.url).pathname);
const f = (x: number): string => x.toFixed(4);
for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ['{}']) {
  const overrides = JSON.parse(arg) as Record<string, number>;
  const m = await evaluateDblp(dblp, await libraryRanker(dblp.profiles, { avgDocLength: Math.round(dblp.avgLength), candidateLimit: 1000, ...overrides }));
  const mentor = await evaluateMentorSet(mentors, await libraryRanker(mentors.profiles, overrides));
  console.log(`MAP ${f(m.map)} P@10 ${f(m.p10)} MRR ${f(m.mrr)} nDCG@10 ${f(m.ndcg10)} | mentor ${f(mentor.ndcg10)} | ${arg}`);
}
