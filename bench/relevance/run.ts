/**
 * Relevance benchmark: the search library (built-in embedder + in-process index + shared ranking)
 * against PostgreSQL full-text search and plain TF-IDF cosine, on the DBLP expert-finding set and on
 * the hand-written RU/EN mentor set. Writes a section of docs/benchmarks.md with --write.
 *
 *   npm run bench:relevance -- [--dblp PATH] [--pg postgres://postgres@127.0.0.1:5432/postgres] [--no-pg] [--write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { DEFAULT_RANKING } from '../../libs/search/src/ranking/ranking.js';
import { machineLine, upsertSection } from '../machine.js';
import { evaluateDblp, loadDblp } from './dblp.js';
import { evaluateMentorSet, loadMentorSet } from './mentor-set.js';
import type { Metrics } from './metrics.js';
import { libraryRanker, postgresRanker, tfidfRanker } from './rankers.js';

const { values } = parseArgs({
  options: {
    dblp: { type: 'string', default: '/work/shared/bench/dblp-expert-finding.json' },
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-pg': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
Logger.overrideLogger(['error', 'warn']);
const f = (x: number): string => x.toFixed(4);
const started = Date.now();

// --- DBLP expert finding -------------------------------------------------------------------------
const dblp = loadDblp(values.dblp!);
// The only corpus statistic passed in: BM25's average passage length (a profile's passages are its papers).
const library = await libraryRanker(dblp.profiles, { avgDocLength: Math.round(dblp.avgLength), candidateLimit: 1000 });
const rows: [string, Metrics][] = [['search library (built-in embedder, in-process index)', await evaluateDblp(dblp, library)]];
rows.push(['plain TF-IDF cosine', await evaluateDblp(dblp, tfidfRanker(dblp.profiles))]);
let fts: Metrics | null = null;
if (!values['no-pg']) {
  const pg = await postgresRanker(dblp.profiles, values.pg!, 'english');
  fts = await evaluateDblp(dblp, pg.rank);
  await pg.close();
  rows.push(["PostgreSQL FTS (to_tsvector('english'), OR of query lexemes, ts_rank_cd)", fts]);
}

// --- Mentor-domain set ---------------------------------------------------------------------------
const mentors = loadMentorSet(new URL('./mentor-set.json', import.meta.url).pathname);
const mentorRows: [string, number][] = [
  ['search library', (await evaluateMentorSet(mentors, await libraryRanker(mentors.profiles))).ndcg10],
  ['plain TF-IDF cosine', (await evaluateMentorSet(mentors, tfidfRanker(mentors.profiles))).ndcg10],
];
if (!values['no-pg']) {
  const pg = await postgresRanker(mentors.profiles, values.pg!, 'simple');
  mentorRows.push(["PostgreSQL FTS (to_tsvector('simple'))", (await evaluateMentorSet(mentors, pg.rank)).ndcg10]);
  await pg.close();
}

const libMap = rows[0]![1].map;
const ratio = (m: Metrics): string => (fts ? `${(m.map / fts.map).toFixed(2)}×` : 'n/a');
const body = `- Machine: ${machineLine()}
- Date: ${new Date().toISOString()}
- Command: \`npm run bench:relevance -- --write\` (took ${((Date.now() - started) / 1000).toFixed(0)} s)
- Ranking defaults: ${JSON.stringify({ ...DEFAULT_RANKING })}; for DBLP only \`avgDocLength\` is set to the corpus mean passage (paper) length (${Math.round(dblp.avgLength)} analysed tokens) and \`candidateLimit\` to 1000 so every candidate can be ranked.

### DBLP expert finding (${dblp.queries.length} queries, ${dblp.profiles.length} candidates, scored over ${dblp.judged.length} judged)

Protocol from the file's \`about\`: a candidate's profile is the text of their papers; a query is a labelled paper; relevant = judged authors sharing a topic label. Candidates a ranker does not return are appended in id order.

| ranker | MAP | P@10 | MRR | nDCG@10 | MAP vs FTS |
|---|---|---|---|---|---|
${rows.map(([name, m]) => `| ${name} | ${f(m.map)} | ${f(m.p10)} | ${f(m.mrr)} | ${f(m.ndcg10)} | ${ratio(m)} |`).join('\n')}

Targets: MAP ≥ 0.30 — ${libMap >= 0.3 ? 'met' : 'NOT met'}; ≥ 1.2× PostgreSQL FTS — ${fts && libMap >= 1.2 * fts.map ? 'met' : fts ? 'NOT met' : 'not measured'}.

Note on the baseline: FTS here OR-s every query lexeme and ranks with un-normalised \`ts_rank_cd\`, which favours
long profiles (prolific authors), a strong prior in expert finding; with \`plainto_tsquery\` (AND) almost no
profile matches a whole abstract.

What the library does here (general methods, nothing fitted to DBLP ids or single queries): a profile is scored
as the **sum of its passages** (document-centric model: each paper saturates on its own, so prolific authors
accumulate evidence); a verbose query keeps its **30 terms with the highest weight × IDF**; queries with ≥ 8 terms
get **RM3-style pseudo-relevance feedback** (20 terms from the 5 best lexical matches, weight 0.5). Before these
(issue 4): MAP 0.3111, P@10 0.3061, MRR 0.6219, nDCG@10 0.3738 (1.00× FTS at 0.3104); profile-centric BM25 with
other k1/b reached only ≈0.32. Ablation (this data, MAP): passages alone 0.328, + term cap 0.338,
+ feedback 0.365; varying the feedback parameters (5–10 docs, 10–30 terms, weight 0.4–0.6) or the dense weight
stays within 0.358–0.367, so 1.2× FTS (≈0.372) is not reached by these means. On the mentor set, feedback is
off (queries are short); switching it on for every query (\`feedbackMinQueryTerms: 1\`) raises nDCG@10 from 0.959 to 0.979.

### Mentor-domain set (${mentors.queries.length} RU/EN queries, ${mentors.profiles.length} profiles, graded 0–3)

\`bench/relevance/mentor-set.json\`: slang, typos, transliteration, near-miss traps (Java vs JavaScript, React vs React Native, C vs C#).

| ranker | nDCG@10 |
|---|---|
${mentorRows.map(([name, v]) => `| ${name} | ${f(v)} |`).join('\n')}`;

console.log(body);
if (values.write) {
  const path = new URL('../../docs/benchmarks.md', import.meta.url);
  const md = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  writeFileSync(path, upsertSection(md, 'Search relevance', body));
}
