/**
 * Search over HTTP: 100k synthetic mentors (generateMentors, seed 42) inserted straight into
 * PostgreSQL, the app builds its index at start-up (readiness turns 200 when it is built), then
 * GET /api/mentors?query=... with 32 connections, alternating with PostgreSQL FTS (OR and AND) through
 * a bare Fastify server on the same mentors; then a restart from the snapshot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateMentors } from '@app/search';
import { type CpuPerRequest, measureCpu } from '../lib/cpu.js';
import { mib, ROOT, rssBytes, startApp, startScript, type RunningProcess } from '../lib/app.js';
import { stopChild } from '../lib/proc.js';
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
export async function indexedApp(ctx: Context, env: Record<string, string> = {}): Promise<IndexedApp> {
  const db = await createDatabase('search');
  try {
    let t = performance.now();
    // Migrates; no snapshot (a snapshot of the empty database would make the next start a top-up, not a build).
    const empty = await startApp({ databaseUrl: db.url, env: { ...env, SEARCH_SNAPSHOT_PATH: '' }, nodeArgs: ctx.appNodeArgs });
    const emptyStartS = (performance.now() - t) / 1000;
    await empty.stop();
    t = performance.now();
    await createMentors(db.url, generateMentors(MENTORS), { tokens: false });
    const insertS = (performance.now() - t) / 1000;
    ctx.log(`${MENTORS} mentors inserted in ${insertS.toFixed(1)} s; starting the app to index them`);
    t = performance.now();
    const app = await startApp({ databaseUrl: db.url, env, nodeArgs: ctx.appNodeArgs, readyTimeoutMs: Math.max(60_000, Math.min(600_000, ctx.remainingMs())) });
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

/** The FTS peers' column and GIN index (what a PostgreSQL-only search would add to the schema). */
async function prepareFts(databaseUrl: string): Promise<number> {
  const t = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ALTER TABLE mentors ADD COLUMN IF NOT EXISTS fts tsvector');
    // Without the change-feed trigger: filling a bench-only column is no change of any mentor (with it, the
    // app would re-index all of them during the measured runs).
    await client.query('SET session_replication_role = replica');
    await client.query(`UPDATE mentors SET fts = to_tsvector('simple', name || ' ' || expertise || ' ' || bio || ' ' || array_to_string(skills, ' '))`);
    await client.query('CREATE INDEX IF NOT EXISTS bench_mentors_fts ON mentors USING gin (fts)');
    await client.query('VACUUM ANALYZE mentors');
  } finally {
    await client.end();
  }
  return (performance.now() - t) / 1000;
}

const cycling = (paths: readonly string[]) => [
  {
    setupRequest: (req: object, context: Record<string, unknown>) => {
      const i = ((context.i as number | undefined) ?? Math.floor(Math.random() * paths.length)) + 1;
      context.i = i;
      return { ...req, method: 'GET', path: paths[i % paths.length] };
    },
  },
];

export const search: Scenario = {
  name: 'search',
  description: `GET /api/mentors?query=… over ${MENTORS.toLocaleString('en-US')} indexed mentors vs PostgreSQL FTS (OR, AND) through a bare Fastify server; restart from the snapshot`,
  estimateS: 420,
  async run(ctx: Context): Promise<ScenarioResult> {
    const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
    // Info logs: the bench waits for the snapshot written after the cold build.
    const env = { SEARCH_SNAPSHOT_PATH: join(dir, 'mentors.snapshot'), LOG_LEVEL: 'info' };
    const { db, app: cold, buildS, insertS, rss: builtRss } = await indexedApp(ctx, env);
    let app: RunningProcess = cold;
    const peers: RunningProcess[] = [];
    try {
      // After a cold build the app writes the snapshot and loads it back into a fresh index thread.
      const deadline = Date.now() + 600_000;
      while (!/reloaded from its snapshot/.test(app.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
      const coldRss = rssBytes(app.pid);
      ctx.log(`snapshot written and reloaded after the cold build: RSS ${fmt(mib(builtRss))} MiB when ready, ${fmt(mib(coldRss))} MiB after the reload`);
      // Restart: a graceful stop (it would write a snapshot if the index had changed); ready = loaded and topped up.
      await stopChild(app.child, 120_000);
      const t = performance.now();
      app = await startApp({ databaseUrl: db.url, env, nodeArgs: ctx.appNodeArgs, readyTimeoutMs: 120_000 });
      const restartS = (performance.now() - t) / 1000;
      const restartRss = rssBytes(app.pid);
      ctx.log(`restarted from the snapshot: ready after ${restartS.toFixed(1)} s, RSS ${fmt(mib(restartRss))} MiB`);
      const check = await fetch(`${app.url}${SEARCH_PATHS[1]}`);
      const page = (await check.json()) as { items?: unknown[] };
      if (check.status !== 200 || !page.items?.length) throw new Error(`search answered ${check.status} with ${page.items?.length ?? 0} items`);

      const ftsS = await prepareFts(db.url);
      ctx.log(`FTS column and GIN index built in ${ftsS.toFixed(1)} s`);
      const or = await startScript('fts-or', `${ROOT}/bench/reference/fts.mjs`, { DATABASE_URL: db.url, FTS_MODE: 'or' });
      peers.push(or);
      const and = await startScript('fts-and', `${ROOT}/bench/reference/fts.mjs`, { DATABASE_URL: db.url, FTS_MODE: 'and' });
      peers.push(and);

      const searchOn = (url: string) => (durationS: number) => load({ url, connections: CONNECTIONS, durationS, requests: cycling(SEARCH_PATHS), timeoutS: 30 });
      const runApp = searchOn(app.url);
      const runOr = searchOn(or.url);
      const runAnd = searchOn(and.url);
      // A search flood and a trickle of pings on the same process at once: does HTTP still answer?
      const runFlood = async (durationS: number) => {
        const [, ping] = await Promise.all([runApp(durationS), load({ url: `${app.url}/api/ping`, connections: 4, durationS })]);
        return ping;
      };
      const runPing = (durationS: number) => load({ url: `${app.url}/api/ping`, connections: 4, durationS });
      for (const warm of [runApp, runOr, runAnd]) await warm(2);
      const r = { app: [] as LoadResult[], or: [] as LoadResult[], and: [] as LoadResult[], flood: [] as LoadResult[], ping: [] as LoadResult[] };
      const cpu: CpuPerRequest[] = [];
      let peakRss = restartRss;
      for (let i = 0; i < ctx.runs; i++) {
        const { result: x, cpu: cx } = await measureCpu(app.pid, () => runApp(ctx.durationS), (res) => res.ok + res.non2xx);
        peakRss = Math.max(peakRss, rssBytes(app.pid));
        const y = await runOr(ctx.durationS);
        const z = await runAnd(ctx.durationS);
        const w = await runPing(ctx.durationS);
        const f = await runFlood(ctx.durationS);
        peakRss = Math.max(peakRss, rssBytes(app.pid));
        ctx.log(`run ${i + 1}: app CPU ms per search: ${cx.total.toFixed(2)} (HTTP thread ${cx.http.toFixed(2)}, index thread ${cx.index.toFixed(2)}, other ${cx.other.toFixed(2)})`);
        ctx.log(`run ${i + 1}: app ${describeLoad(x)} | FTS OR ${describeLoad(y)} | FTS AND ${describeLoad(z)} | ping alone ${describeLoad(w)} | ping under a search flood ${describeLoad(f)}`);
        r.app.push(x);
        r.or.push(y);
        r.and.push(z);
        r.ping.push(w);
        r.flood.push(f);
        cpu.push(cx);
      }
      const rps = (xs: LoadResult[]) => xs.map((x) => x.reqPerSec);
      const vsOr = ratioSpread(rps(r.app), rps(r.or));
      const vsAnd = ratioSpread(rps(r.app), rps(r.and));
      const p99 = spread(r.app.map((x) => x.p99));
      const rssMiB = mib(Math.max(restartRss, peakRss));
      return {
        rows: [
          { scenario: 'search', figure: `GET /api/mentors?query= (${MENTORS / 1000}k mentors) vs PostgreSQL FTS, OR of words`, unit: 'req/s', app: spread(rps(r.app)), reference: { label: 'FTS OR, ts_rank_cd, GIN (bare Fastify + pg)', value: spread(rps(r.or)) }, ratio: vsOr, goal: '≥ 10×', met: vsOr.median >= 10, digits: 1 },
          { scenario: 'search', figure: 'vs PostgreSQL FTS, websearch_to_tsquery (AND)', unit: 'req/s', app: spread(rps(r.app)), reference: { label: 'FTS AND, ts_rank_cd, GIN (bare Fastify + pg)', value: spread(rps(r.and)) }, ratio: vsAnd, goal: '≥ 2×', met: vsAnd.median >= 2, digits: 1 },
          { scenario: 'search', figure: 'search p99 (32 connections)', unit: 'ms', app: p99, reference: { label: 'FTS OR / AND p99', value: spread(r.or.map((x) => x.p99)) }, goal: '≤ 100 ms', met: p99.median <= 100 },
          { scenario: 'search', figure: 'FTS AND p99', unit: 'ms', app: spread(r.and.map((x) => x.p99)) },
          { scenario: 'search', figure: 'GET /api/ping (4 connections) during a search flood (32)', unit: 'req/s', app: spread(rps(r.flood)), reference: { label: 'ping alone', value: spread(rps(r.ping)) }, ratio: ratioSpread(rps(r.flood), rps(r.ping)), digits: 2 },
          { scenario: 'search', figure: 'ping p99 during the flood', unit: 'ms', app: spread(r.flood.map((x) => x.p99)), reference: { label: 'ping alone', value: spread(r.ping.map((x) => x.p99)) } },
          { scenario: 'search', figure: 'app CPU per search, all threads', unit: 'ms', app: spread(cpu.map((c) => c.total)), digits: 2 },
          { scenario: 'search', figure: 'RSS at 100k, after the restart and under load (max)', unit: 'MiB', app: spread([rssMiB]), goal: '≤ 600 MiB', met: rssMiB <= 600 },
          { scenario: 'search', figure: 'restart to ready (snapshot loaded and topped up)', unit: 's', app: spread([restartS]), goal: '≤ 10 s', met: restartS <= 10, digits: 1 },
          { scenario: 'search', figure: 'cold build at first start (once)', unit: 's', app: spread([buildS]), digits: 1 },
          { scenario: 'search', figure: 'RSS after the cold build, reloaded from its snapshot (once; when first ready: ' + fmt(mib(builtRss)) + ' MiB)', unit: 'MiB', app: spread([mib(coldRss)]) },
        ],
        notes: [
          `search: ${MENTORS} mentors from \`generateMentors\` (seed 42) inserted with SQL in ${insertS.toFixed(1)} s; cold build = start-to-ready minus an empty start (in-process index on one thread, built-in embedder); restart = stop (which writes the snapshot) then start-to-ready of the same build with SEARCH_SNAPSHOT_PATH. ${CONNECTIONS} connections cycling over ${QUERIES.length} RU/EN queries × ${FILTERS.length} filter sets for the app and both FTS peers alike, runs alternating app / FTS OR / FTS AND; the peers are bench/reference/fts.mjs on the same database with a tsvector column ('simple' configuration: name, expertise, bio, skills) and a GIN index (built in ${ftsS.toFixed(1)} s), returning 20 rows by ts_rank_cd with the same filters. The flood row runs 4 ping connections next to the 32 search connections on the app. The machine is shared: every timing is noisy.`,
        ],
      };
    } finally {
      for (const peer of peers) await peer.stop();
      await app.stop();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
