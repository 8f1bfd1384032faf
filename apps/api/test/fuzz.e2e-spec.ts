import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { aMentor, aStudent, type Actor, theAdmin, WITH_ADMIN } from './support/factories.js';
import { type FuzzRequest, type OpenApiDocument, type Operation, operationsOf, SchemaArbitraries } from './support/openapi-fuzz.js';
import { insertRequests, sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Schema-driven fuzzing of every operation in openapi.json, with and without valid tokens.
 * Asserts: no 5xx; every error is problem+json carrying the request id of its x-request-id
 * header; a refused request writes nothing. Seeded (FUZZ_SEED, printed on failure) and bounded by
 * FUZZ_SECONDS (default 45) over all operations.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 800);
const ROUND = 20;

let t: TestApp;
let fastify: FastifyInstance;
let fingerprintSql: string;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, LOG_LEVEL: 'fatal' });
  fastify = t.app.getHttpAdapter().getInstance();
  const [student, other, mentor, admin] = await Promise.all([aStudent(t.http), aStudent(t.http), aMentor(t.http), theAdmin(t.http)]);
  Object.assign(actors, { student, other, mentor, admin });
  await insertRequests(t, [{ studentId: student.id, mentorId: mentor.id, status: 'accepted', respondedAt: new Date().toISOString() }]);
  await t.http.post('/api/request').set(other.auth).send({ mentorId: mentor.id, message: 'Teach me' });
  await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 5, comment: 'Great' });
  // Every table the API writes, by row count and newest row version: any insert, update or delete changes it (the anonymous search tallies aside: a flush of earlier searches may land at any time).
  // The statistics facts are moved between tables by the background fold: their content (a weighted hash of every fact) is compared instead.
  const tables = await sql<{ tablename: string }>(
    t,
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'search_skill_log', 'search_daily_log', 'stat_daily', 'stat_deltas', 'stat_histograms') ORDER BY 1",
  );
  fingerprintSql = [
    ...tables.map(({ tablename }) => `SELECT '${tablename}:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS f FROM "${tablename}"`),
    `SELECT 'stat facts:' || coalesce(sum(n::bigint * hashtext(metric || day || key)), 0) FROM (
       SELECT metric, day, key, n FROM stat_daily UNION ALL SELECT metric, day, key, n FROM stat_deltas
       UNION ALL SELECT h.metric, h.day, (c.i - 1)::text, c.n FROM stat_histograms h, unnest(h.counts) WITH ORDINALITY AS c(n, i)) x`,
  ].join(' UNION ALL ');
}, 60_000);
afterAll(() => t.close());

const fingerprint = async (): Promise<string> => (await sql<{ f: string }>(t, fingerprintSql)).map((r) => r.f).join(' ');

interface Figures {
  operations: number;
  cases: number;
  byStatus: Record<string, number>;
  fiveHundreds: number;
}

async function check(request: FuzzRequest): Promise<number> {
  const before = await fingerprint();
  const res = await fastify.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, payload: request.payload });
  const what = `${request.method} ${request.url} ${request.payload?.slice(0, 300) ?? ''} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (res.statusCode >= 500) throw new Error(`5xx: ${what}`);
  if (res.statusCode >= 400) {
    if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`not problem+json: ${what}`);
    const body = JSON.parse(res.body) as { requestId?: string };
    if (!body.requestId || body.requestId !== res.headers['x-request-id']) throw new Error(`no request id: ${what}`);
    const after = await fingerprint();
    if (after !== before) throw new Error(`a refused request wrote: ${what}\nbefore ${before}\nafter  ${after}`);
  }
  return res.statusCode;
}

describe('fuzzing every operation of openapi.json', () => {
  it('never answers 5xx, always problem+json with the request id, never writes on refusal', async () => {
    const doc = JSON.parse(readFileSync('openapi.json', 'utf8')) as OpenApiDocument;
    const operations = operationsOf(doc);
    const { student, other, mentor, admin } = actors as Record<string, Actor>;
    const notifications = await sql<{ id: string }>(t, 'SELECT id FROM notifications');
    const requests = await sql<{ id: string }>(t, 'SELECT id FROM mentorship_requests');
    const ids = [student!.id, other!.id, mentor!.id, admin!.id, ...notifications.map((n) => n.id), ...requests.map((r) => r.id)];
    const arbitraries = new SchemaArbitraries(doc, ids);
    const tokens = [student!, other!, mentor!, admin!].map((a) => a.auth.Authorization);
    const anyAuth = fc.oneof(fc.constant(undefined), fc.constantFrom(...tokens), fc.constantFrom('Bearer nope', 'Basic Zm9vOmJhcg==', `Bearer ${tokens[0]!.slice(7, -4)}AAAA`));
    const anonymous = fc.oneof(fc.constant(undefined), fc.constantFrom('Bearer nope', `Bearer ${tokens[0]!.slice(7, -4)}AAAA`));
    const figures: Figures = { operations: operations.length, cases: 0, byStatus: {}, fiveHundreds: 0 };
    const perOperationMs = (SECONDS * 1000) / operations.length;

    for (const [index, op] of operations.entries()) {
      // With a valid token the event stream never ends: fuzz its refusals only.
      const auth = (op as Operation).streams ? anonymous : anyAuth;
      // Rounds of ROUND runs until the operation's share of the time is spent: a deadline between
      // rounds, not fast-check's interruptAfterTimeLimit, which would leave the last request
      // running into the next operation's fingerprints.
      const deadline = Date.now() + perOperationMs;
      const property = fc.asyncProperty(arbitraries.request(op, auth), async (request) => {
        const status = await check(request);
        figures.cases++;
        figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
      });
      for (let round = 0, runs = 0; Date.now() < deadline && runs < RUNS_PER_OPERATION; round++, runs += ROUND) {
        const seed = SEED + index * 10_000 + round;
        try {
          await fc.assert(property, { seed, numRuns: ROUND, endOnFailure: true });
        } catch (error) {
          throw new Error(`fuzzing ${op.method} ${op.path} failed (FUZZ_SEED=${SEED}, round seed ${seed})\n${(error as Error).message}`, { cause: error });
        }
      }
    }
    process.stdout.write(`\nfuzz: seed ${SEED}, ${figures.operations} operations, ${figures.cases} cases, 5xx ${figures.fiveHundreds}, by status ${JSON.stringify(figures.byStatus)}\n`);
    expect(figures.cases).toBeGreaterThan(figures.operations * 10);
  }, (SECONDS + 120) * 1000);
});
