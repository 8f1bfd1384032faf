import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { type AppProcess, startAppProcess } from './support/app-process.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { type Actor, aMentor, aRequest, aStudent, setStatus } from './support/factories.js';
import { SseClient } from './support/sse-client.js';
import { TEST_ENV } from './support/test-app.js';

/**
 * Two replicas of the built application in separate processes on different ports, sharing a
 * fresh PostgreSQL database and Redis, as behind nginx. Needs `npx nest build` first.
 */
const enabled = Boolean(serverUrl() && process.env.REDIS_URL);
const describeReplicas = enabled ? describe : describe.skip;

describeReplicas('two replicas sharing PostgreSQL and Redis', () => {
  let db: { url: string; drop: () => Promise<void> };
  let a: AppProcess;
  let b: AppProcess;
  let viaA: TestAgent;
  const clients: SseClient[] = [];

  beforeAll(async () => {
    db = await createDatabase(serverUrl()!);
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL,
      JWT_SECRET: TEST_ENV.JWT_SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_ITERATIONS: '1',
      AUTH_RATE_LIMIT: '100000',
    };
    a = await startAppProcess({ env }); // A migrates the fresh database before B starts
    b = await startAppProcess({ env });
    viaA = request(a.url);
  }, 90_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  }, 30_000);

  async function streamOn(app: AppProcess, who: Actor, lastEventId?: string): Promise<SseClient> {
    // A ticket issued by A and redeemed by the other replica: tickets are shared through PostgreSQL.
    const ticket = (await viaA.post('/api/notifications/ticket').set(who.auth).expect(201)).body.ticket as string;
    const client = await SseClient.connect(`${app.url}/api/notifications/stream?ticket=${ticket}`, lastEventId ? { 'last-event-id': lastEventId } : {});
    clients.push(client);
    await client.until((c) => c.events.some((e) => e.event === 'ready'), 5000, 'ready');
    return client;
  }

  it('runs as two processes on different ports', async () => {
    expect(a.port).not.toBe(b.port);
    expect(a.child.pid).not.toBe(b.child.pid);
    for (const app of [a, b]) expect((await request(app.url).get('/api/health/ready')).body).toMatchObject({ status: 'ok', checks: { redis: { status: 'up', backend: 'redis' } } });
  });

  it('a request created through A reaches an SSE client on B within one second', async () => {
    const [student, mentor] = await Promise.all([aStudent(viaA, { name: 'Across' }), aMentor(viaA)]);
    const onB = await streamOn(b, mentor);
    const started = Date.now();
    const r = await aRequest(viaA, student, mentor);
    await onB.waitForMessages(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(onB.messages()[0]).toMatchObject({ type: 'request.created', data: { requestId: r.id, studentName: 'Across' } });
  });

  it('a client that disconnects, misses two events and reconnects with Last-Event-ID gets exactly those two, in order', async () => {
    const [student, mentor] = await Promise.all([aStudent(viaA), aMentor(viaA)]);
    const first = await streamOn(b, mentor);
    const r1 = await aRequest(viaA, student, mentor, 'first');
    await first.waitForMessages(1, 1000);
    const lastId = first.messages()[0]!._id;
    first.close();

    await setStatus(viaA, student, r1.id, 'cancelled').expect(200);
    const r2 = await aRequest(viaA, student, mentor, 'second');

    for (const app of [b, a]) {
      const again = await streamOn(app, mentor, lastId);
      await again.waitForMessages(2, 2000);
      await new Promise((r) => setTimeout(r, 500)); // nothing else arrives
      expect(again.messages<{ type: string; data: { requestId: string } }>().map((n) => [n.type, n.data.requestId])).toEqual([
        ['request.cancelled', r1.id],
        ['request.created', r2.id],
      ]);
      again.close();
    }
  });

  it('SIGTERM ends the streams of that replica; the client resumes on the other without a gap', async () => {
    const [student, mentor] = await Promise.all([aStudent(viaA), aMentor(viaA)]);
    const onB = await streamOn(b, mentor);
    const r = await aRequest(viaA, student, mentor);
    await onB.waitForMessages(1, 1000);
    const lastId = onB.messages()[0]!._id;

    const end = await b.stop('SIGTERM');
    expect(end.signal === 'SIGTERM' || end.code === 0).toBe(true);
    await onB.until((c) => c.isEnded, 5000, 'the stream to end');
    await setStatus(viaA, student, r.id, 'cancelled').expect(200);

    const onA = await streamOn(a, mentor, lastId);
    await onA.waitForMessages(1, 2000);
    expect(onA.messages()[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: r.id } });
  });
});
