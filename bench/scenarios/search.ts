/**
 * Search over HTTP: 100k synthetic mentors (generateMentors, seed 42) inserted straight into
 * PostgreSQL, the app builds its index at start-up (readiness turns 200 when it is built), then
 * GET /api/mentors?query=... with 32 connections next to GET /api/ping on the same process.
 */
import { availableParallelism } from 'node:os';
import { generateMentors } from '@app/search';
import { type CpuPerRequest, measureCpu } from '../lib/cpu.js';
import { mib, rssBytes, startApp, type RunningProcess } from '../lib/app.js';
import { createMentors } from '../lib/accounts.js';
import { type BenchDatabase, createDatabase } from '../lib/db.js';
import { describeLoad, load, type LoadResult } from '../lib/load.js';
import type { Context, Scenario, ScenarioResult } from '../lib/scenario.js';
import { fmt, ratioSpread, spread } from '../lib/stats.js';

export const MENTORS = Number(process.env.BENCH_SEARCH_MENTORS ?? 100_000);
const CONNECTIONS = 32;
const QUERIES = ['python', 'хочу разобраться в ML на питоне', 'system design interview prep', 'react typescript', 'k8s docker', 'java spring',
  'алгоритмы собеседование', 'data engineering kafka', 'go backend', 'плюсы', 'figma ux', 'career team lead'];
const FILTERS = ['', '&acceptingOnly=true', '&language=ru', '&skills=python', '&skills=rust&skills=go'];
/** The same filters without a query: a page of 20 profiles from the index's browse order, no ranking work. */
const BROWSE_PATHS = FILTERS.map((f) => `/api/mentors?limit=20${f}`);
export const SEARCH_PATHS = QUERIES.flatMap((q, i) => FILTERS.map((f, j) => (i + j) % 2 === 0 ? `/api/mentors?query=${encodeURIComponent(q)}${f}` : `/api/mentors?query=${encodeURIComponent(q)}&limit=20${f}`));

export interface IndexedApp {
  db: BenchDatabase;
  app: RunningProcess;
  /** Start to ready with the mentors in the database, minus start to ready of the same app with none. */
  buildS: number;
  insertS: number;
  rss: number;
}

/** A database with MENTORS mentors and an app that has indexed them (the caller stops both). */
export async function indexedApp(ctx: Context): Promise<IndexedApp> {
  const db = await createDatabase('search');
  try {
    let t = performance.now();
    const empty = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs }); // migrates
    const emptyStartS = (performance.now() - t) / 1000;
    await empty.stop();
    t = performance.now();
    await createMentors(db.url, generateMentors(MENTORS), { tokens: false });
    const insertS = (performance.now() - t) / 1000;
    ctx.log(`${MENTORS} mentors inserted in ${insertS.toFixed(1)} s; starting the app to index them`);
    t = performance.now();
    const app = await startApp({ databaseUrl: db.url, nodeArgs: ctx.appNodeArgs, readyTimeoutMs: Math.max(60_000, Math.min(600_000, ctx.remainingMs())) });
    const buildS = (performance.now() - t) / 1000 - emptyStartS;
    const rss = rssBytes(app.pid);
    ctx.log(`index built: ready after ${(buildS + emptyStartS).toFixed(1)} s (empty start ${emptyStartS.toFixed(1)} s), RSS ${fmt(mib(rss))} MiB`);
    ctx.shared.set('rss.100k', rss);
    ctx.shared.set('search.buildS', buildS);
    return { db, app, buildS, insertS, rss };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

function describeCpu(c: CpuPerRequest): string {
  return `${c.total.toFixed(2)} (HTTP ${c.http.toFixed(2)}, index ${c.index.toFixed(2)}, other ${c.other.toFixed(2)}; load generator ${c.loadGenerator.toFixed(2)})`;
}

export const search: Scenario = {
  name: 'search',
  description: `GET /api/mentors?query=… over ${MENTORS.toLocaleString('en-US')} indexed mentors vs GET /api/ping on the same process`,
  estimateS: 300,
  async run(ctx: Context): Promise<ScenarioResult> {
    const { db, app, buildS, insertS, rss } = await indexedApp(ctx);
    try {
      const check = await fetch(`${app.url}${SEARCH_PATHS[1]}`);
      const page = (await check.json()) as { items?: unknown[] };
      if (check.status !== 200 || !page.items?.length) throw new Error(`search answered ${check.status} with ${page.items?.length ?? 0} items`);
      const cycling = (paths: readonly string[]) => [
        {
          setupRequest: (req: object, context: Record<string, unknown>) => {
            const i = ((context.i as number | undefined) ?? Math.floor(Math.random() * paths.length)) + 1;
            context.i = i;
            return { ...req, method: 'GET', path: paths[i % paths.length] };
          },
        },
      ];
      const runSearch = (durationS: number) => load({ url: app.url, connections: CONNECTIONS, durationS, requests: cycling(SEARCH_PATHS), timeoutS: 30 });
      const runBrowse = (durationS: number) => load({ url: app.url, connections: CONNECTIONS, durationS, requests: cycling(BROWSE_PATHS), timeoutS: 30 });
      const runPing = (durationS: number) => load({ url: `${app.url}/api/ping`, connections: CONNECTIONS, durationS });
      // CPU per request of each of the app's thread groups (and of the load generator, this process) around each run.
      const measured = (run: (durationS: number) => Promise<LoadResult>) => measureCpu(app.pid, () => run(ctx.durationS), (r) => r.ok + r.non2xx);
      await runSearch(2);
      await runPing(2);
      await runBrowse(2);
      const s: number[] = [];
      const p: number[] = [];
      const p50: number[] = [];
      const p99: number[] = [];
      const b: number[] = [];
      const cpu = { search: [] as CpuPerRequest[], ping: [] as CpuPerRequest[], browse: [] as CpuPerRequest[] };
      for (let i = 0; i < ctx.runs; i++) {
        const { result: x, cpu: cx } = await measured(runSearch);
        const { result: y, cpu: cy } = await measured(runPing);
        const { result: z, cpu: cz } = await measured(runBrowse);
        ctx.log(`run ${i + 1}: search ${describeLoad(x)} | ping ${describeLoad(y)} | browse ${describeLoad(z)}`);
        ctx.log(`run ${i + 1}: CPU ms per request: search ${describeCpu(cx)} | ping ${describeCpu(cy)} | browse ${describeCpu(cz)}`);
        s.push(x.reqPerSec);
        p.push(y.reqPerSec);
        b.push(z.reqPerSec);
        p50.push(x.p50);
        p99.push(x.p99);
        cpu.search.push(cx);
        cpu.ping.push(cy);
        cpu.browse.push(cz);
      }
      const ratio = ratioSpread(s, p);
      const p99s = spread(p99);
      const of = (runs: CpuPerRequest[], key: keyof CpuPerRequest) => spread(runs.map((c) => c[key]));
      // CPU the machine can give a search (app and load generator together) at 0.25× the median ping throughput.
      const cores = availableParallelism();
      const budgetMs = (cores * 1000) / (0.25 * spread(p).median);
      const searchAll = of(cpu.search, 'total').median + of(cpu.search, 'loadGenerator').median;
      return {
        rows: [
          { scenario: 'search', figure: `GET /api/mentors?query= (${MENTORS / 1000}k mentors)`, unit: 'req/s', app: spread(s), reference: { label: 'GET /api/ping, same process', value: spread(p) }, ratio, goal: '≥ 0.25×', met: ratio.median >= 0.25, digits: 1 },
          { scenario: 'search', figure: 'search p50', unit: 'ms', app: spread(p50) },
          { scenario: 'search', figure: 'search p99', unit: 'ms', app: p99s, goal: '≤ 50 ms', met: p99s.median <= 50 },
          { scenario: 'search', figure: 'for scale: GET /api/mentors, no query (20 profiles, no ranking)', unit: 'req/s', app: spread(b), reference: { label: 'GET /api/ping, same process', value: spread(p) }, ratio: ratioSpread(b, p), digits: 1 },
          { scenario: 'search', figure: 'app CPU per request, all threads (reference: ping; ratio: ping ÷ search)', unit: 'ms', app: of(cpu.search, 'total'), reference: { label: 'GET /api/ping', value: of(cpu.ping, 'total') }, ratio: spread(cpu.search.map((c, i) => cpu.ping[i]!.total / c.total)), digits: 2 },
          { scenario: 'search', figure: 'of which on the index threads', unit: 'ms', app: of(cpu.search, 'index'), digits: 2 },
          { scenario: 'search', figure: 'of which on the HTTP thread (reference: no query)', unit: 'ms', app: of(cpu.search, 'http'), reference: { label: 'GET /api/mentors, no query', value: of(cpu.browse, 'http') }, digits: 2 },
          { scenario: 'search', figure: 'of which on other threads (GC helpers, libuv)', unit: 'ms', app: of(cpu.search, 'other'), digits: 2 },
          { scenario: 'search', figure: 'index build at start-up (once)', unit: 's', app: spread([buildS]), digits: 1 },
          { scenario: 'search', figure: 'RSS after the index is built (once)', unit: 'MiB', app: spread([mib(rss)]) },
        ],
        notes: [
          `search: ${MENTORS} mentors from \`generateMentors\` (seed 42) inserted with SQL in ${insertS.toFixed(1)} s; build = start-to-ready minus an empty start (in-process index, built-in embedder); ${CONNECTIONS} connections cycling over ${QUERIES.length} RU/EN queries × ${FILTERS.length} filter sets (those of \`bench:search\`); with ${CONNECTIONS} connections on a saturated process, latency is mostly queueing (≈ connections ÷ throughput). The index runs on two threads, a copy each, below the HTTP thread's priority (SEARCH_INDEX_THREADS, SEARCH_INDEX_NICE: the defaults). The no-query row pages the same filters through the browse order: the page of 20 profiles read from PostgreSQL and serialised (≈ 15 KB) with no ranking at all, i.e. the ceiling any text search can reach on this process.`,
          `search CPU: thread CPU time of the app (from /proc/<pid>/task/*/stat) around each measured run, divided by the requests answered; the load generator (autocannon, in the bench process) took ${fmt(of(cpu.search, 'loadGenerator').median, 2)} ms per search and ${fmt(of(cpu.ping, 'loadGenerator').median, 2)} ms per ping. At 0.25× the median ping throughput, ${cores} cores leave ${fmt(budgetMs, 2)} ms of CPU per search for the app and the load generator together; a search took ${fmt(searchAll, 2)} ms (${fmt(searchAll / budgetMs, 1)}× that budget).`,
        ],
      };
    } finally {
      await app.stop();
      await db.drop();
    }
  },
};
