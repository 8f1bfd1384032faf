/**
 * Skills wiring figures at scale: the SQL of GET /api/mentors/recommended (a student's signals and
 * one page of candidates) and the mentor count per concept behind GET /api/skills, over N synthetic
 * mentors in a fresh database; and the cost of keying skill filters by concept (`skillKey`) per tag.
 *   node --import ./bench/register.mjs bench/skills/measure.ts [--mentors 100000] [--rounds 30]
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { bundledConceptGraph } from '@app/concepts';
import { buildDataSourceOptions } from '@app/database';
import { generateMentors, skillKey } from '@app/search';
import { migrations } from '../../migrations/index.js';
import { entities } from '../../apps/api/src/entities.js';
import { RecommendationsRepository } from '../../apps/api/src/recommendations/recommendations.repository.js';
import { SkillSupplyRepository } from '../../apps/api/src/skills/skill-supply.repository.js';
import { createMentors, createStudents } from '../lib/accounts.js';
import { createDatabase, withClient } from '../lib/db.js';

const { values } = parseArgs({ options: { mentors: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '10' } } });
const mentorCount = Number(values.mentors);
const rounds = Number(values.rounds);

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  console.log(`${label}: p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms (${rounds} runs)`);
}

console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const graph = bundledConceptGraph();
const tags = [...generateMentors(20000)].flatMap((m) => m.skills);
let start = performance.now();
for (const tag of tags) graph.canonicalSkill(tag);
console.log(`canonicalSkill, uncached: ${(((performance.now() - start) / tags.length) * 1000).toFixed(1)} µs per tag (${tags.length} tags of 20k synthetic mentors)`);
start = performance.now();
for (const tag of tags) skillKey(tag);
console.log(`skillKey (memoised concept, then analyser): ${(((performance.now() - start) / tags.length) * 1000).toFixed(1)} µs per tag, first pass`);

const db = await createDatabase('skills');
const dataSource = new DataSource(buildDataSourceOptions({ url: db.url, pgliteDir: 'memory', poolSize: 4 }, entities, migrations));
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  start = performance.now();
  await createMentors(db.url, generateMentors(mentorCount), { tokens: false });
  console.log(`${mentorCount} mentors inserted with their concepts in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const students = await createStudents(db.url, 3);
  const interests = [['python', 'machine learning'], ['frontend'], ['go', 'kubernetes', 'system design']];
  await withClient(db.url, async (c) => {
    for (const [i, s] of students.entries()) await c.query('UPDATE students SET interests = $2 WHERE id = $1', [s.id, interests[i]]);
    await c.query('ANALYZE');
  });
  if (process.env.EXPLAIN) {
    const explaining = Object.create(dataSource) as DataSource;
    explaining.query = (async (sql: string, params?: unknown[]) => {
      const plan = (await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as { 'QUERY PLAN': string }[];
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
      return [];
    }) as DataSource['query'];
    const wanted = graph.expand(interests[0]!.map((tag) => ({ id: graph.canonicalSkill(tag)!, weight: 1 }))).slice(0, 200);
    await new RecommendationsRepository(explaining).candidates(students[0]!.id, wanted, 21, undefined);
  }
  const recommendations = new RecommendationsRepository(dataSource);
  const supply = new SkillSupplyRepository(dataSource);
  for (const [i, s] of students.entries()) {
    const wanted = graph.expand(interests[i]!.map((tag) => ({ id: graph.canonicalSkill(tag)!, weight: 1 }))).slice(0, 200);
    await time(`recommended, interests ${JSON.stringify(interests[i])} (${wanted.length} concepts): signals + page of 21`, async () => {
      await recommendations.studentSignals(s.id);
      await recommendations.candidates(s.id, wanted, 21, undefined);
    });
  }
  await time('mentor count per concept (the /api/skills refresh, once a minute per replica)', () => supply.mentorsPerConcept());
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await db.drop();
}
