import { loadMentorSet, evaluateMentorSet } from './mentor-set.js';
import { libraryRanker, tfidfRanker, postgresRanker } from './rankers.js';
const set = loadMentorSet(new URL('./mentor-set.json', import.meta.url).pathname);
const t = await evaluateMentorSet(set, tfidfRanker(set.profiles));
console.log('tfidf', t.ndcg10.toFixed(4));
const pgr = await postgresRanker(set.profiles, 'postgres://postgres@127.0.0.1:5432/postgres', 'simple');
console.log('pg simple', (await evaluateMentorSet(set, pgr.rank)).ndcg10.toFixed(4)); await pgr.close();
for (const cfg of JSON.parse(process.argv[2] ?? '[{}]')) {
  const r = await evaluateMentorSet(set, await libraryRanker(set.profiles, cfg));
  console.log(JSON.stringify(cfg), r.ndcg10.toFixed(4));
  if (process.env.V) set.queries.forEach((q, i) => r.per[i]! < 0.8 && console.log('   ', q.q, r.per[i]!.toFixed(3)));
}
