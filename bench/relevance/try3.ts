import { loadDblp, evaluateDblp } from './dblp.js';
import { postgresRanker } from './rankers.js';
const set = loadDblp('/work/shared/bench/dblp-expert-finding.json');
const t = Date.now();
const pgr = await postgresRanker(set.profiles, 'postgres://postgres@127.0.0.1:5432/postgres', 'english');
console.log('pg', JSON.stringify(await evaluateDblp(set, pgr.rank)), Date.now() - t); await pgr.close();
