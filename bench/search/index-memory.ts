/**
 * Memory of the in-process index alone (no app): builds N synthetic mentors and writes a snapshot, or
 * loads that snapshot in a fresh process, and prints RSS, V8 heap spaces and (with HEAPSNAP) a heap snapshot.
 *   node --expose-gc --import ./bench/register.mjs bench/search/index-memory.ts build [count]   # then:
 *   node --expose-gc --import ./bench/register.mjs bench/search/index-memory.ts load
 * SNAP sets the snapshot path (default /tmp/mentor-index-memory/mentors.snapshot).
 */
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { Logger } from '@nestjs/common';
import { BuiltinEmbedder, DEFAULT_RANKING, generateMentors, InProcessMentorIndex, MentorEncoder } from '@app/search';

Logger.overrideLogger(['error', 'warn']);
const mode = process.argv[2] ?? 'load';
const count = Number(process.argv[3] ?? 100_000);
const path = process.env.SNAP ?? '/tmp/mentor-index-memory/mentors.snapshot';
const mib = (x: number): string => (x / 2 ** 20).toFixed(0);
const gc = (globalThis as { gc?: () => void }).gc;

function report(label: string): void {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  const spaces = getHeapSpaceStatistics().filter((s) => s.space_size >= 2 ** 20).map((s) => `${s.space_name} ${mib(s.space_used_size)}/${mib(s.space_size)}`);
  console.log(`${label}: RSS ${mib(m.rss)} MiB, heap used ${mib(m.heapUsed)} of ${mib(m.heapTotal)}, array buffers ${mib(m.arrayBuffers)}; spaces (used/size MiB): ${spaces.join(', ')}`);
}

report('start');
const index = new InProcessMentorIndex(new MentorEncoder(new BuiltinEmbedder(), DEFAULT_RANKING), { snapshotPath: path });
const t0 = performance.now();
if (mode === 'build') {
  const batch = [];
  for (const doc of generateMentors(count)) {
    batch.push(doc);
    if (batch.length === 5000) await index.upsert(batch.splice(0));
  }
  await index.upsert(batch);
  console.log(`built ${count} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  report('after the build');
  await index.saveSnapshot('bench');
  console.log(`snapshot written to ${path}`);
} else {
  if ((await index.loadSnapshot()) === null) throw new Error(`no usable snapshot at ${path}: run with "build" first`);
  console.log(`loaded ${await index.count()} mentors in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  report('after the load');
  const queries = ['python', 'хочу разобраться в ML на питоне', 'system design interview prep', 'react typescript', 'k8s docker', 'java spring'];
  const filters = [{}, { acceptingOnly: true }, { language: 'ru' }, { skills: ['python'] }];
  for (let i = 0; i < 800; i++) await index.search({ query: i < 700 ? queries[i % queries.length] : undefined, ...filters[i % filters.length], limit: 20 });
  report('after 800 searches');
  if (process.env.HEAPSNAP) console.log(`heap snapshot: ${writeHeapSnapshot(process.env.HEAPSNAP)}`);
}
