/**
 * Ablation helper: DBLP MAP/P@10/MRR/nDCG@10, mentor-set nDCG@10 and dev-set figures of the library ranker for
 * ranking overrides given as JSON arguments (no PostgreSQL). It is the tuning tool, so it never loads the
 * held-out set.
 *
 *   node --import ./bench/register.mjs bench/relevance/ablate.ts '{}' '{"feedbackDocs":0}'
 *   VERBOSE=1 ...   also prints each dev-set query with its nDCG@10 and top 3
 */
import { Logger } from '@nestjs/common';
import { evaluateDblp, loadDblp } from './dblp.js';
import { emptyShare, evaluateGradedSet, loadGradedSet, meanNdcg } from './graded-set.js';
import { evaluateMentorSet, loadMentorSet } from './mentor-set.js';
import { libraryRanker, type Ranker } from './rankers.js';

Logger.overrideLogger(['error', 'warn']);
const dblp = loadDblp(process.env.DBLP ?? new URL('./dblp-expert-finding.json', import.meta.url).pathname);
const mentors = loadMentorSet(new URL('./mentor-set.json', import.meta.url).pathname);
const dev = loadGradedSet(new URL('./dev-set.json', import.meta.url).pathname);
const devNoAnswer = dev.queries.filter((q) => q.kind.includes('no-answer')).length;
const f = (x: number): string => x.toFixed(4);
/**
 * Queries that no profile of the mentor set answers, written for tuning the no-answer rule (the held-out
 * set's no-answer queries are never used for that): skills nobody has, gibberish, things outside IT.
 */
const DEV_NO_ANSWER = ['1С программист', 'asdfghjk', 'кулинария и выпечка хлеба', 'свадебная фотография', 'SAP ABAP', 'erlang otp',
  'COBOL mainframe', 'бухгалтерия', 'qwerty zxcv', 'salesforce developer', 'perl', 'fortran численные методы',
  'хочу научиться готовить борщ', 'how to train my dog', 'помогите выбрать машину', 'learn to play guitar', 'ремонт квартиры своими руками',
  'help me write a wedding speech'];
for (const arg of process.argv.slice(2).length ? process.argv.slice(2) : ['{}']) {
  const overrides = JSON.parse(arg) as Record<string, number>;
  const m = await evaluateDblp(dblp, await libraryRanker(dblp.profiles, { avgDocLength: Math.round(dblp.avgLength), candidateLimit: 1000, ...overrides }));
  const ranker = await libraryRanker(mentors.profiles, overrides);
  const mentor = await evaluateMentorSet(mentors, ranker);
  const answers = await Promise.all(DEV_NO_ANSWER.map(async (q) => [q, (await ranker(q)).length] as const));
  const empty = answers.filter(([, n]) => n === 0).length;
  const tops = new Map<string, string[]>();
  const devRanker = await libraryRanker(dev.profiles, overrides);
  const recording: Ranker = async (q) => {
    const out = await devRanker(q);
    tops.set(q, out.slice(0, 3));
    return out;
  };
  const d = await evaluateGradedSet(dev, recording);
  const devLine = `dev-set ${f(meanNdcg(dev, d))} (no-shared-word ${f(meanNdcg(dev, d, 'no-shared-word'))}, ru ${f(meanNdcg(dev, d, 'ru'))}, ` +
    `vague ${f(meanNdcg(dev, d, 'vague'))}), no-answer empty ${Math.round(emptyShare(dev, d) * devNoAnswer)}/${devNoAnswer}`;
  console.log(`MAP ${f(m.map)} P@10 ${f(m.p10)} MRR ${f(m.mrr)} nDCG@10 ${f(m.ndcg10)} | mentor ${f(mentor.ndcg10)} | dev no-answer empty ${empty}/${answers.length} | ${devLine} | ${arg}`);
  if (process.env.VERBOSE) {
    console.log(answers.filter(([, n]) => n > 0).map(([q, n]) => `${q}: ${n}`).join('; '));
    dev.queries.forEach(({ q, kind }, i) => console.log(`  ${d[i]!.ndcg10 === null ? 'no-answer' : f(d[i]!.ndcg10!)}  ${(tops.get(q) ?? []).join(',') || '(empty)'}  ${q}  [${kind.join(', ')}]`));
  }
}
