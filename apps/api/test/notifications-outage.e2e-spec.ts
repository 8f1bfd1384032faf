import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { RedisProcess, waitFor } from '../../../libs/events/src/testing/redis-process.js';
import { createApp } from '../src/bootstrap.js';
import { aMentor, aRequest, aStudent, setStatus } from './support/factories.js';
import { SseClient } from './support/sse-client.js';
import { serverUrl } from './support/databases.js';
import { createTestApp, TEST_ENV, type TestApp } from './support/test-app.js';

/**
 * Two replicas in this process (A takes the writes, B holds the stream) sharing a database and
 * a private redis-server that the test kills and restarts.
 */
let redis: RedisProcess;
let a: TestApp;
let b: NestFastifyApplication;
let bUrl: string;
const clients: SseClient[] = [];
/** The two replicas must share one database: PGlite lives inside one process. */
const shared = serverUrl() ? it : it.skip;
if (!serverUrl()) process.stdout.write('notifications-outage: two replicas on one database need DATABASE_URL; skipped\n');

beforeAll(async () => {
  if (!serverUrl()) return;
  redis = await RedisProcess.start();
  a = await createTestApp({ REDIS_URL: redis.url });
  // Heartbeats (which also poll the database while Redis is down) are slowed down on B, so
  // that what B's client gets after the outage can only come from the reconnect replay.
  b = await createApp({ ...TEST_ENV, DATABASE_URL: a.databaseUrl, REDIS_URL: redis.url, SSE_HEARTBEAT_SECONDS: '300' });
  await b.listen(0, '127.0.0.1');
  bUrl = (await b.getUrl()).replace('[::1]', '127.0.0.1');
}, 60_000);
afterAll(async () => {
  clients.forEach((c) => c.close());
  await b?.close();
  await a?.close();
  await redis?.kill();
});

const ready = async (http: TestApp['http']) => (await http.get('/api/health/ready')).body as { status: string; checks: Record<string, { status: string }> };

shared('Redis down: changes commit, notifications are stored, readiness degrades, and live push resumes by itself', async () => {
  const [student, mentor] = await Promise.all([aStudent(a.http, { name: 'Outage' }), aMentor(a.http)]);
  const onB = await SseClient.connect(`${bUrl}/api/notifications/stream`, { authorization: `Bearer ${mentor.accessToken}` });
  clients.push(onB);
  await onB.until((c) => c.events.some((e) => e.event === 'ready'));

  // First change with Redis up: A's publish reaches B's stream.
  const r1 = await aRequest(a.http, student, mentor);
  await onB.waitForMessages(1, 1000);

  await redis.kill();
  await waitFor(async () => (await ready(a.http)).checks.redis?.status === 'down', 5000, 'readiness to see redis down');
  const degraded = await a.http.get('/api/health/ready');
  expect(degraded.status).toBe(200);
  expect(degraded.body).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, redis: { status: 'down', backend: 'redis' } } });

  // Two changes while Redis is down: both commit and both notifications are stored.
  await setStatus(a.http, mentor, r1.id, 'accepted').expect(200);
  await setStatus(a.http, student, r1.id, 'completed').expect(200);
  const studentInbox = (await a.http.get('/api/notifications').set(student.auth)).body.items as { type: string }[];
  const mentorInbox = (await a.http.get('/api/notifications').set(mentor.auth)).body.items as { type: string }[];
  expect(studentInbox.map((n) => n.type)).toEqual(['request.accepted']);
  expect(mentorInbox.map((n) => n.type)).toEqual(['request.completed', 'request.created']);
  const r2 = await aRequest(a.http, student, mentor, 'Created during the outage');

  // Redis returns: B re-subscribes and replays from the database what its stream missed.
  await redis.start();
  await onB.waitForMessages(3, 10_000);
  expect(onB.messages<{ type: string }>().map((n) => n.type)).toEqual(['request.created', 'request.completed', 'request.created']);
  await waitFor(async () => (await ready(a.http)).status === 'ok', 10_000, 'readiness ok again');

  // And a new event travels live from A to B again.
  const started = Date.now();
  await setStatus(a.http, student, r2.id, 'cancelled').expect(200);
  await onB.waitForMessages(4, 1000);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(onB.messages<{ type: string }>()[3]).toMatchObject({ type: 'request.cancelled' });
  // Nothing twice.
  const ids = onB.messages().map((n) => n._id);
  expect(new Set(ids).size).toBe(ids.length);
}, 60_000);

shared('a client that reconnects during the outage catches up from the database', async () => {
  const [student, mentor] = await Promise.all([aStudent(a.http), aMentor(a.http)]);
  const first = await SseClient.connect(`${bUrl}/api/notifications/stream`, { authorization: `Bearer ${mentor.accessToken}` });
  clients.push(first);
  await first.until((c) => c.events.some((e) => e.event === 'ready'));
  const lastId = first.events.find((e) => e.event === 'ready')!.id!;
  first.close();

  await redis.kill();
  await aRequest(a.http, student, mentor);
  // The ticket lives in PostgreSQL: it works on B while Redis is down.
  const ticket = (await a.http.post('/api/notifications/ticket').set(mentor.auth)).body.ticket as string;
  const again = await SseClient.connect(`${bUrl}/api/notifications/stream?ticket=${ticket}`, { 'last-event-id': lastId });
  clients.push(again);
  await again.waitForMessages(1, 2000);
  expect(again.messages()[0]).toMatchObject({ type: 'request.created' });
  await redis.start();
  expect((await request(bUrl).get('/api/health/ready')).status).toBe(200);
}, 60_000);
