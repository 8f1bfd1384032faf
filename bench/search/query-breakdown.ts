/**
 * Per-query latency of the in-process index (the 12 queries × 5 filter sets of `bench:search` and the
 * HTTP scenario), plus a fingerprint of every answer (first page, second page through the cursor) so an
 * optimisation can be checked to return exactly the same results:
 *   node --import ./bench/register.mjs bench/search/query-breakdown.ts [--count 100000] [--reps 30] [--out answers.json] [--compare answers.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import usearch from 'usearch';
import type { SearchParams } from '@app/search';
import { syntheticIndex } from './synthetic-index.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, reps: { type: 'string', default: '30' }, out: { type: 'string' }, compare: { type: 'string' } } });
Logger.overrideLogger(['error', 'warn']);

const QUERIES = ['python', 'хочу разобраться в ML на питоне', 'system design interview prep', 'react typescript', 'k8s docker',
  'java spring', 'алгоритмы собеседование', 'data engineering kafka', 'go backend', 'плюсы', 'figma ux', 'career team lead',
  // verbose queries (pseudo-relevance feedback runs for >= 8 terms)
  'senior backend developer python django postgresql docker kubernetes mentoring career interview',
  'хочу стать data scientist: статистика, pandas, машинное обучение, pytorch и подготовка к собеседованию'];
const FILTERS: Partial<SearchParams>[] = [{}, { acceptingOnly: true }, { language: 'ru' }, { skills: ['python'] }, { skills: ['rust', 'go'] }];

// Multi-threaded HNSW inserts make the graph (and so a few dense candidates) differ from run to run:
// insert on one thread so two runs can be compared answer by answer.
const add = usearch.Index.prototype.add;
usearch.Index.prototype.add = function (this: InstanceType<typeof usearch.Index>, keys: Parameters<typeof add>[0], vectors: Parameters<typeof add>[1]) {
  return add.call(this, keys, vectors, 1);
} as typeof add;
const { index, seconds } = await syntheticIndex(Number(values.count));
console.log(`built in ${seconds.toFixed(1)} s`);

const answers: Record<string, unknown> = {};
const rows: { name: string; med: number; p90: number }[] = [];
const reps = Number(values.reps);
for (const query of QUERIES) {
  for (const f of FILTERS) {
    const params: SearchParams = { query, ...f, limit: 20 };
    const name = `${query} ${JSON.stringify(f)}`;
    const first = await index.search(params);
    const second = first.nextCursor ? await index.search({ ...params, cursor: first.nextCursor }) : null;
    answers[name] = { first, second };
    const samples: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t = performance.now();
      await index.search(params);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    rows.push({ name, med: samples[samples.length >> 1]!, p90: samples[Math.floor(samples.length * 0.9)]! });
  }
}
for (const r of rows) console.log(`${r.med.toFixed(2).padStart(7)} ${r.p90.toFixed(2).padStart(7)}  ${r.name}`);
const bench = rows.slice(0, 60);
console.log(`mean of medians (bench mix, 60): ${(bench.reduce((s, r) => s + r.med, 0) / bench.length).toFixed(3)} ms; all: ${(rows.reduce((s, r) => s + r.med, 0) / rows.length).toFixed(3)} ms`);
if (values.out) writeFileSync(values.out, JSON.stringify(answers, null, 1));
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, unknown>;
  let diffs = 0;
  for (const [name, a] of Object.entries(answers)) {
    if (JSON.stringify(a) !== JSON.stringify(before[name])) {
      diffs++;
      console.log(`DIFFERENT: ${name}`);
    }
  }
  console.log(diffs ? `${diffs} answers differ` : 'all answers identical');
}
