import { DataSource } from 'typeorm';
import { type Actor, aMentor, aRequest, aStudent, expectProblem, setStatus } from './support/factories.js';
import { SseClient } from './support/sse-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let base: string;
const clients: SseClient[] = [];
beforeAll(async () => {
  t = await createTestApp({ SSE_HEARTBEAT_SECONDS: '1' });
  await t.app.listen(0, '127.0.0.1');
  base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterEach(() => clients.splice(0).forEach((c) => c.close()));
afterAll(() => t.close());

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

async function stream(query = '', headers: Record<string, string> = {}): Promise<SseClient> {
  const client = await SseClient.connect(`${base}/api/notifications/stream${query}`, headers);
  clients.push(client);
  await client.until((c) => c.events.some((e) => e.event === 'ready'), 5000, 'the ready event');
  return client;
}

const bearer = (a: Actor) => ({ authorization: `Bearer ${a.accessToken}` });

async function sql(text: string, params: unknown[] = []): Promise<void> {
  await t.app.get(DataSource).query(text, params);
}

describe('inbox', () => {
  it('lists newest first with paging and an unread filter; marking read is idempotent', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 3 }, (_, i) => aStudent(t.http, { name: `S${i}` })));
    for (const s of students) await aRequest(t.http, s, mentor);

    const page1 = await t.http.get('/api/notifications?limit=2').set(mentor.auth);
    expect(page1.status).toBe(200);
    expect(page1.body.total).toBe(3);
    expect(page1.body.items.map((n: { data: { studentName: string } }) => n.data.studentName)).toEqual(['S2', 'S1']);
    expect(page1.body.items[0]).toMatchObject({ id: expect.any(String), eventId: expect.stringMatching(/^\d+$/), type: 'request.created', readAt: null, createdAt: expect.any(String) });
    const page2 = await t.http.get(`/api/notifications?limit=2&cursor=${page1.body.nextCursor}`).set(mentor.auth);
    expect(page2.body).toMatchObject({ nextCursor: null, items: [{ data: { studentName: 'S0' } }] });

    const first = page1.body.items[0];
    const read = await t.http.post(`/api/notifications/${first.id}/read`).set(mentor.auth);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first.id, readAt: expect.any(String) });
    const again = await t.http.post(`/api/notifications/${first.id}/read`).set(mentor.auth);
    expect(again.body.readAt).toBe(read.body.readAt);

    const unread = await t.http.get('/api/notifications?unread=true').set(mentor.auth);
    expect(unread.body.total).toBe(2);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(first.id);
  });

  it('an empty inbox is 200', async () => {
    const s = await aStudent(t.http);
    expect((await t.http.get('/api/notifications').set(s.auth)).body).toEqual({ items: [], nextCursor: null, total: 0, unread: 0 });
  });

  it("another account's notification is 404 and stays unread", async () => {
    const [student, mentor, other] = await Promise.all([aStudent(t.http), aMentor(t.http), aMentor(t.http)]);
    await aRequest(t.http, student, mentor);
    const [n] = (await t.http.get('/api/notifications').set(mentor.auth)).body.items;
    expectProblem(await t.http.post(`/api/notifications/${n.id}/read`).set(other.auth), 404, 'NOTIFICATION.NOT_FOUND');
    expectProblem(await t.http.post(`/api/notifications/${n.id}/read`).set(student.auth), 404, 'NOTIFICATION.NOT_FOUND');
    expectProblem(await t.http.post(`/api/notifications/${n.id}/read`), 401);
    expect((await t.http.get('/api/notifications?unread=true').set(mentor.auth)).body.total).toBe(1);
  });

  it('bad input', async () => {
    const s = await aStudent(t.http);
    expectProblem(await t.http.post(`/api/notifications/${NO_SUCH_ID}/read`).set(s.auth), 404);
    expectProblem(await t.http.post('/api/notifications/not-a-uuid/read').set(s.auth), 400, 'INVALID_ID');
    for (const q of ['unread=maybe', 'limit=0', 'limit=500', 'cursor=garbage', 'other=1']) {
      expectProblem(await t.http.get(`/api/notifications?${q}`).set(s.auth), 400);
    }
    expectProblem(await t.http.get('/api/notifications'), 401);
    expectProblem(await t.http.post('/api/notifications/ticket'), 401);
  });
});

describe('stream', () => {
  it('answers an event stream with proxy-safe headers, a ready event and heartbeats', async () => {
    const s = await aStudent(t.http);
    const client = await stream('', bearer(s));
    expect(client.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(client.headers.get('cache-control')).toMatch(/no-cache/);
    expect(client.headers.get('x-accel-buffering')).toBe('no');
    expect(client.headers.get('x-request-id')).toBeTruthy();
    expect(client.events[0]).toMatchObject({ event: 'ready', id: '0' });
    await client.until((c) => c.comments >= 2, 4000, 'two heartbeats');
  });

  it('pushes a notification live, with its event id', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http, { name: 'Live' }), aMentor(t.http)]);
    const client = await stream('', bearer(mentor));
    const started = Date.now();
    const r = await aRequest(t.http, student, mentor);
    await client.waitForMessages(1, 1000);
    expect(Date.now() - started).toBeLessThan(1000);
    const [n] = client.messages<{ eventId: string; type: string; data: Record<string, unknown> }>();
    expect(n).toMatchObject({ type: 'request.created', data: { requestId: r.id, studentName: 'Live' } });
    expect(n!._id).toBe(n!.eventId);
    const [stored] = (await t.http.get('/api/notifications').set(mentor.auth)).body.items;
    expect(stored.eventId).toBe(n!.eventId);
  });

  it('replays exactly what was missed after Last-Event-ID, in order, then goes on live', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const first = await stream('', bearer(mentor));
    const r1 = await aRequest(t.http, student, mentor);
    await first.waitForMessages(1);
    const lastId = first.messages()[0]!._id;
    first.close();

    await setStatus(t.http, student, r1.id, 'cancelled').expect(200);
    const r2 = await aRequest(t.http, student, mentor);

    const second = await stream('', { ...bearer(mentor), 'last-event-id': lastId });
    await second.waitForMessages(2);
    await new Promise((r) => setTimeout(r, 300));
    const replayed = second.messages<{ type: string; data: { requestId: string }; eventId: string }>();
    expect(replayed.map((n) => [n.type, n.data.requestId])).toEqual([
      ['request.cancelled', r1.id],
      ['request.created', r2.id],
    ]);
    expect(BigInt(replayed[0]!.eventId) < BigInt(replayed[1]!.eventId)).toBe(true);
    await setStatus(t.http, mentor, r2.id, 'accepted').expect(200); // to the student: not on this stream
    await setStatus(t.http, student, r2.id, 'completed').expect(200);
    await second.waitForMessages(3, 1000);
    expect(second.messages().map((n) => n.type)).toEqual(['request.cancelled', 'request.created', 'request.completed']);
  });

  it('concurrent events reach the stream once each, in event-id order, as in the inbox', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 20 }, () => aStudent(t.http)));
    const client = await stream('', bearer(mentor));
    await Promise.all(students.map((s) => aRequest(t.http, s, mentor)));
    await client.waitForMessages(20, 5000);
    await new Promise((r) => setTimeout(r, 300));
    const ids = client.messages<{ eventId: string }>().map((n) => n.eventId);
    expect(ids).toHaveLength(20);
    expect([...ids].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : 1))).toEqual(ids);
    const inboxIds = ((await t.http.get('/api/notifications?limit=100').set(mentor.auth)).body.items as { eventId: string }[]).map((n) => n.eventId).reverse();
    expect(ids).toEqual(inboxIds);
  });

  it('?lastEventId= works like the header for a first connection', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    await aRequest(t.http, student, mentor);
    const client = await stream('?lastEventId=0', bearer(mentor));
    await client.waitForMessages(1);
    expect(client.messages()[0]).toMatchObject({ type: 'request.created' });
  });

  it('a Last-Event-ID from the future (e.g. a reset database) does not block new events', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const client = await stream('', { ...bearer(mentor), 'last-event-id': '999999999999' });
    await aRequest(t.http, student, mentor);
    await client.waitForMessages(1, 1000);
  });

  it('a browser gets in with a one-time ticket; a used, expired or unknown ticket is 401', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const res = await t.http.post('/api/notifications/ticket').set(mentor.auth);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ticket: expect.stringMatching(/^[\w-]{43}$/), expiresIn: 60, expiresAt: expect.any(String) });
    const client = await stream(`?ticket=${res.body.ticket}`);
    await aRequest(t.http, student, mentor);
    await client.waitForMessages(1);

    const reuse = await t.http.get(`/api/notifications/stream?ticket=${res.body.ticket}`);
    expectProblem(reuse, 401, 'NOTIFICATIONS.INVALID_TICKET');
    const old = (await t.http.post('/api/notifications/ticket').set(mentor.auth)).body.ticket as string;
    await sql(`UPDATE stream_tickets SET expires_at = now() - interval '1 second'`);
    expectProblem(await t.http.get(`/api/notifications/stream?ticket=${old}`), 401, 'NOTIFICATIONS.INVALID_TICKET');
    expectProblem(await t.http.get(`/api/notifications/stream?ticket=${'a'.repeat(43)}`), 401, 'NOTIFICATIONS.INVALID_TICKET');
  });

  it('refuses missing or bad credentials and a bad Last-Event-ID', async () => {
    const s = await aStudent(t.http);
    expectProblem(await t.http.get('/api/notifications/stream'), 401, 'AUTH.INVALID_TOKEN');
    expectProblem(await t.http.get('/api/notifications/stream').set('authorization', 'Bearer nope'), 401);
    expectProblem(await t.http.get('/api/notifications/stream?ticket=bad%20ticket'), 400);
    expectProblem(await t.http.get('/api/notifications/stream').set(s.auth).set('last-event-id', 'abc'), 400, 'INVALID_LAST_EVENT_ID');
    expectProblem(await t.http.get('/api/notifications/stream?lastEventId=-1').set(s.auth), 400);
  });

  it('a stream sees only its own account', async () => {
    const [student, mentor, other] = await Promise.all([aStudent(t.http), aMentor(t.http), aMentor(t.http)]);
    const mine = await stream('', bearer(mentor));
    const theirs = await stream('?lastEventId=0', bearer(other));
    await aRequest(t.http, student, mentor);
    await mine.waitForMessages(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.messages()).toEqual([]);
  });
});

describe('readiness', () => {
  it('reports the event bus', async () => {
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up', backend: process.env.REDIS_URL ? 'redis' : 'in-process' } } });
  });
});

describe('shutdown', () => {
  it('ends open streams so that clients reconnect elsewhere', async () => {
    const other = await createTestApp();
    await other.app.listen(0, '127.0.0.1');
    const url = (await other.app.getUrl()).replace('[::1]', '127.0.0.1');
    const s = await aStudent(other.http);
    const client = await SseClient.connect(`${url}/api/notifications/stream`, bearer(s));
    clients.push(client);
    await client.until((c) => c.events.length > 0);
    const closing = other.close();
    await client.until((c) => c.isEnded, 5000, 'the stream to end');
    await closing;
    expect(client.isEnded).toBe(true);
  });
});

describe('the stream cookie', () => {
  it('is httpOnly, Secure, SameSite=Strict on the stream path, opens the stream again and again, and nothing else does', async () => {
    const t2 = await createTestApp();
    try {
      const m = await aMentor(t2.http);
      const res = await t2.http.post('/api/notifications/stream-cookie').set(m.auth);
      expect(res.status).toBe(204);
      const line = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('mm_stream='))!;
      expect(line).toMatch(/HttpOnly/);
      expect(line).toMatch(/Secure/);
      expect(line).toMatch(/SameSite=Strict/);
      expect(line).toMatch(/Path=\/api\/notifications\/stream(;|$)/);
      const cookie = line.split(';')[0]!;
      await t2.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `${(await t2.app.getUrl()).replace('[::1]', '127.0.0.1')}/api/notifications/stream`;
      for (let i = 0; i < 2; i++) {
        const client = await SseClient.connect(url, { cookie });
        await client.until((c) => c.events.some((e) => e.event === 'ready'), 5000, 'ready');
        client.close();
      }
      await expect(SseClient.connect(url, { cookie: 'mm_stream=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).rejects.toMatchObject({ status: 401 });
      expectProblem(await t2.http.post('/api/notifications/stream-cookie'), 401);
    } finally {
      await t2.close();
    }
  });
});

describe('the stream cookie after sign-out', () => {
  it('is refused once its session is revoked', async () => {
    const t3 = await createTestApp();
    try {
      const m = await aMentor(t3.http);
      const res = await t3.http.post('/api/notifications/stream-cookie').set(m.auth);
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('mm_stream='))!.split(';')[0]!;
      await t3.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `${(await t3.app.getUrl()).replace('[::1]', '127.0.0.1')}/api/notifications/stream`;
      (await SseClient.connect(url, { cookie })).close();
      expect((await t3.http.post('/api/auth/logout').set(m.auth).send({ refreshToken: m.refreshToken })).status).toBe(204);
      await expect(SseClient.connect(url, { cookie })).rejects.toMatchObject({ status: 401 });
    } finally {
      await t3.close();
    }
  });
});
