/**
 * Search latency of the library alone (in-process index on this thread, built-in embedder) at N synthetic
 * mentors: p50 and p99 over every search of a fixed mix of queries (the 12 + 2 verbose of query-breakdown,
 * plus students' phrasings) and filters. Run it on two versions back to back to compare them:
 *   node --import ./bench/register.mjs bench/search/library-latency.ts [--count 100000] [--reps 20]
 */
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import type { SearchParams } from '@app/search';
import { syntheticIndex } from './synthetic-index.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, reps: { type: 'string', default: '20' } } });
Logger.overrideLogger(['error', 'warn']);

const QUERIES = ['python', 'хочу разобраться в ML на питоне', 'system design interview prep', 'react typescript', 'k8s docker',
  'java spring', 'алгоритмы собеседование', 'data engineering kafka', 'go backend', 'плюсы', 'figma ux', 'career team lead',
  'senior backend developer python django postgresql docker kubernetes mentoring career interview',
  'хочу стать data scientist: статистика, pandas, машинное обучение, pytorch и подготовка к собеседованию',
  'фронтендер', 'мобилки под айфон', 'нейросети', 'mashinnoe obuchenie', 'pyton', 'хочу в айти с нуля', 'rust', 'asdfghjk'];
const FILTERS: Partial<SearchParams>[] = [{}, { acceptingOnly: true }, { language: 'ru' }, { skills: ['python'] }];

const { index, seconds: built } = await syntheticIndex(Number(values.count));
for (const query of QUERIES) await index.search({ query, limit: 20 }); // warm-up
const samples: number[] = [];
for (let r = 0; r < Number(values.reps); r++) {
  for (const query of QUERIES) {
    for (const f of FILTERS) {
      const t = performance.now();
      await index.search({ query, ...f, limit: 20 });
      samples.push(performance.now() - t);
    }
  }
}
samples.sort((a, b) => a - b);
const at = (q: number): string => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))]!.toFixed(2);
console.log(`${values.count} mentors, built in ${built.toFixed(1)} s; ${samples.length} searches: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2)} ms`);
