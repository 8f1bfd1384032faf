import { MentorIndex, type QdrantMentorIndex } from '@app/search';
import { checkQdrantRequests } from '../../../libs/search/src/testing/qdrant-request-check.js';
import { QdrantStandIn } from '../../../libs/search/src/testing/qdrant-stand-in.js';
import { aMentor, expectProblem } from './support/factories.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The production search path (QDRANT_URL) in the real app, against the recording Qdrant stand-in:
 * two replicas starting at once on one database (the advisory lock lets one create the collection),
 * and each kind of Qdrant failure as the client sees it.
 */
const server = serverUrl();
const d = server ? describe : describe.skip;

d('search on Qdrant (stand-in)', () => {
  const qdrant = new QdrantStandIn();
  let db: { url: string; drop: () => Promise<void> };
  let a: TestApp;
  let b: TestApp;
  const collection = `mentors_e2e_${process.pid}`;

  beforeAll(async () => {
    await qdrant.start();
    db = await createDatabase(server!);
    // Migrated once (as compose's migrate job does), then both replicas start at the same moment.
    await (await createTestApp({ DATABASE_URL: db.url, QDRANT_URL: '' })).app.close();
    const env = { DATABASE_URL: db.url, MIGRATIONS_RUN: 'false', QDRANT_URL: qdrant.url, QDRANT_COLLECTION: collection, QDRANT_TIMEOUT_MS: '500' };
    [a, b] = await Promise.all([createTestApp(env), createTestApp(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await db?.drop();
    await qdrant.stop();
  });

  it('two replicas starting at once: one creates the collection under the lock, both serve it, the alias points at it', async () => {
    const name = (a.app.get(MentorIndex) as QdrantMentorIndex).collection;
    expect((b.app.get(MentorIndex) as QdrantMentorIndex).collection).toBe(name);
    expect(qdrant.requests.filter((r) => r.route === 'PUT /collections/{collection_name}' && r.path.endsWith(name))).toHaveLength(1);
    expect(qdrant.aliases.get(collection)).toBe(name);
    const mentor = await aMentor(a.http, { name: 'Quinn Qdrant', skills: ['rust', 'webassembly'], expertise: 'Systems programming' });
    const res = await b.http.get(`/api/mentors?query=${encodeURIComponent('rust webassembly')}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0].mentor.id).toBe(mentor.id);
  });

  it.each([500, 503])('Qdrant %i: a text search answers a retryable 503, browsing comes from PostgreSQL', async (status) => {
    qdrant.fail({ route: /points\/query\/batch/, status });
    const res = await a.http.get('/api/mentors?query=rust');
    expectProblem(res, 503, 'SEARCH.UNAVAILABLE');
    expect(res.headers['retry-after']).toBeDefined();
    qdrant.fail({ route: /points\/count/, status });
    const browse = await a.http.get('/api/mentors');
    expect(browse.status).toBe(200);
    expect(browse.body.items.length).toBeGreaterThan(0);
  });

  it('no answer from Qdrant within QDRANT_TIMEOUT_MS: 503, quickly', async () => {
    qdrant.fail({ route: /points\/query\/batch/, status: 'hang' });
    const started = Date.now();
    expectProblem(await a.http.get('/api/mentors?query=rust'), 503, 'SEARCH.UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('Qdrant refusing our request (4xx) is our bug: 500, not a 503 to retry', async () => {
    qdrant.fail({ route: /points\/query\/batch/, status: 400 });
    expectProblem(await a.http.get('/api/mentors?query=rust'), 500, 'INTERNAL');
  });

  it('every request the app sent matches the pinned client request types', () => {
    expect(checkQdrantRequests(qdrant.requests)).toEqual([]);
  }, 60_000);
});
