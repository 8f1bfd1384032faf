/**
 * Concepts library figures: graph build time, query analysis latency (p50 / p99 / mean over the
 * repository's relevance-set queries and a fixed list of student phrasings), autocomplete latency,
 * and how many skills of the demo data and of the relevance mentor set map to a concept.
 *   node --import ./bench/register.mjs bench/concepts/measure.ts [--rounds 50]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { bundledConceptGraph } from '@app/concepts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '50' } } });
const rounds = Number(values.rounds);

const set = JSON.parse(readFileSync(new URL('../relevance/mentor-set.json', import.meta.url), 'utf8')) as {
  mentors: Array<[string, string, string, string[], string, string[]]>;
  queries: Array<{ q: string }>;
};
const PHRASINGS = ['хочу стать фронтендером', 'нейросети', 'data science', 'mashinnoe obuchenie', 'pyton', 'мобилки под айфон',
  'rust', '1С программист', 'asdfghjk', 'у нас прод падает по ночам', 'торговый робот', 'хочу в айти с нуля', 'сайт для незрячих',
  'kubernets и терраформ', 'подготовка к system design интервью в яндекс', 'ищу ментора по реакту и тайпскрипту'];
const queries = [...set.queries.map((query) => query.q), ...PHRASINGS];

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const time = (label: string, run: () => void, count: number): void => {
  const samples: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    samples.push((performance.now() - start) / count);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerCall = (cpu.user + cpu.system) / (rounds * count);
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  console.log(`${label}: wall mean ${(mean * 1000).toFixed(1)} µs, p50 ${(percentile(samples, 50) * 1000).toFixed(1)} µs, p99 ${(percentile(samples, 99) * 1000).toFixed(1)} µs; CPU ${cpuPerCall.toFixed(1)} µs per call (${count} calls x ${rounds} rounds; p50/p99 are of per-round means)`);
};

const buildStart = performance.now();
const graph = bundledConceptGraph();
console.log(`graph: ${graph.size} concepts, built and validated in ${(performance.now() - buildStart).toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);

for (const query of queries) graph.analyze(query); // warm-up
time('analyze()', () => queries.forEach((query) => graph.analyze(query)), queries.length);
const prefixes = ['re', 'реа', 'kube', 'машин', 'mashin', 'kubr', 'pyhon', 'фронт', 'data', 's'];
time('suggest(prefix, 10)', () => prefixes.forEach((prefix) => graph.suggest(prefix, 10)), prefixes.length);

const coverage = (label: string, skills: string[]): void => {
  const unique = [...new Set(skills.map((skill) => skill.toLowerCase()))];
  const missing = unique.filter((skill) => !graph.canonicalSkill(skill));
  console.log(`${label}: ${unique.length - missing.length}/${unique.length} distinct skills map to a concept${missing.length ? `; free tags: ${missing.join(', ')}` : ''}`);
};
const demoSource = readFileSync(new URL('../../apps/api/src/seed/demo-data.ts', import.meta.url), 'utf8');
const demoSkills = [...demoSource.matchAll(/skills: \[([^\]]*)\]/g)].flatMap((match) => [...match[1].matchAll(/'([^']+)'/g)].map((skill) => skill[1]));
coverage('demo data skills', demoSkills);
coverage('relevance mentor-set skills', set.mentors.flatMap((mentor) => mentor[3]));

const reached = set.queries.filter((query) => graph.analyze(query.q).concepts.length > 0).length;
console.log(`relevance mentor-set queries reaching at least one concept: ${reached}/${set.queries.length}`);
