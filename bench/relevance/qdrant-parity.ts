/**
 * The production path's relevance next to the default's: the same three sets (DBLP, the mentor set, the
 * held-out set) ranked by the in-process index and by the Qdrant adapter (Qdrant retrieves, the shared
 * ranking orders), with the number of queries whose top 10 is the same list.
 *
 *   npm run bench:relevance:qdrant -- [--qdrant http://localhost:6333 | stand-in]
 *
 * `stand-in` (the default) is the test suite's in-memory Qdrant: exact (brute-force) retrieval, so it
 * measures the adapter and the ranking, not Qdrant's HNSW. Point it at a real Qdrant for that.
 */
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { QdrantStandIn } from '../../libs/search/src/testing/qdrant-stand-in.js';
import { evaluateDblp, loadDblp } from './dblp.js';
import { evaluateGradedSet, loadGradedSet, meanNdcg } from './graded-set.js';
import { evaluateMentorSet, loadMentorSet } from './mentor-set.js';
import { libraryRanker, type Ranker } from './rankers.js';

const { values } = parseArgs({ options: { qdrant: { type: 'string', default: 'stand-in' } } });
Logger.overrideLogger(['error']);
const standIn = values.qdrant === 'stand-in' ? await new QdrantStandIn().start() : null;
const url = standIn?.url ?? values.qdrant!;
const f = (x: number): string => x.toFixed(4);

/** Wraps a ranker to keep each query's top 10. */
function recording(ranker: Ranker, tops: Map<string, string>): Ranker {
  return async (query) => {
    const out = await ranker(query);
    tops.set(query, out.slice(0, 10).join(','));
    return out;
  };
}
const same = (a: Map<string, string>, b: Map<string, string>): string => `${[...a].filter(([q, top]) => b.get(q) === top).length} of ${a.size}`;

console.log(`Qdrant: ${standIn ? 'the in-memory stand-in (exact retrieval)' : url}\n`);
console.log('| set | in-process | Qdrant adapter | same top 10 |\n|---|---|---|---|');
const rows = { push: (row: string): void => console.log(row) };
const dblp = loadDblp(new URL('./dblp-expert-finding.json', import.meta.url).pathname);
const dblpRanking = { avgDocLength: Math.round(dblp.avgLength), candidateLimit: 1000 };
const [dIn, dQ] = [new Map<string, string>(), new Map<string, string>()];
const dblpIn = await evaluateDblp(dblp, recording(await libraryRanker(dblp.profiles, dblpRanking), dIn));
const dblpQ = await evaluateDblp(dblp, recording(await libraryRanker(dblp.profiles, dblpRanking, url), dQ));
rows.push(`| DBLP MAP (${dblp.queries.length} queries) | ${f(dblpIn.map)} | ${f(dblpQ.map)} | ${same(dIn, dQ)} |`);

const mentors = loadMentorSet(new URL('./mentor-set.json', import.meta.url).pathname);
const [mIn, mQ] = [new Map<string, string>(), new Map<string, string>()];
const mentorIn = await evaluateMentorSet(mentors, recording(await libraryRanker(mentors.profiles), mIn));
const mentorQ = await evaluateMentorSet(mentors, recording(await libraryRanker(mentors.profiles, {}, url), mQ));
rows.push(`| mentor set nDCG@10 | ${f(mentorIn.ndcg10)} | ${f(mentorQ.ndcg10)} | ${same(mIn, mQ)} |`);

const heldout = loadGradedSet(new URL('./heldout-set.json', import.meta.url).pathname);
const [hIn, hQ] = [new Map<string, string>(), new Map<string, string>()];
const heldIn = meanNdcg(heldout, await evaluateGradedSet(heldout, recording(await libraryRanker(heldout.profiles), hIn)));
const heldQ = meanNdcg(heldout, await evaluateGradedSet(heldout, recording(await libraryRanker(heldout.profiles, {}, url), hQ)));
rows.push(`| held-out set nDCG@10 | ${f(heldIn)} | ${f(heldQ)} | ${same(hIn, hQ)} |`);

await standIn?.stop();
