import { loadDblp, evaluateDblp } from './dblp.js';
import { libraryRanker, tfidfRanker } from './rankers.js';
const set = loadDblp('/work/shared/bench/dblp-expert-finding.json');
console.log('avgLength', set.avgLength, 'maxq', Math.max(...set.queries.map(q=>q.text.length)));
const fmt = (m: any) => Object.entries(m).map(([k, v]) => `${k}=${(v as number).toFixed(4)}`).join(' ');
console.log('tfidf', fmt(await evaluateDblp(set, tfidfRanker(set.profiles))));
for (const cfg of JSON.parse(process.argv[2] ?? '[{}]')) {
  const t = Date.now();
  const r = await libraryRanker(set.profiles, { avgDocLength: set.avgLength, candidateLimit: 1000, ...cfg });
  console.log(JSON.stringify(cfg), fmt(await evaluateDblp(set, r)), Date.now() - t, 'ms');
}
