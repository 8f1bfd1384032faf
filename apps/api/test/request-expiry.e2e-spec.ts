import { jest } from '@jest/globals';
import { Clock } from '../src/database/clock.js';
import { RequestExpiry } from '../src/requests/request-expiry.js';
import { serverUrl } from './support/databases.js';
import { type Actor, aMentor, aRequest, aStudent, expectProblem } from './support/factories.js';
import { sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Expiry and reminders with a clock the test moves (the app's Clock provider, its `now` replaced).
 * The sweep timer is set far out so that only the sweeps the test runs happen.
 */
const DAY = 86_400_000;
const ENV = { REQUEST_TTL_DAYS: '14', REQUEST_EXPIRY_INTERVAL_SECONDS: '86400' };

function setClock(t: TestApp, at: Date): void {
  jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
}

const inFuture = (days: number) => new Date(Date.now() + days * DAY);

async function count(t: TestApp, text: string, params: unknown[]): Promise<number> {
  return (await sql<{ n: number }>(t, text, params))[0]!.n;
}

describe('expiry on one replica', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(ENV);
  });
  afterAll(() => t.close());

  it('reminds the mentor once at half the time, expires at the end, tells both, frees the slot', async () => {
    const student = await aStudent(t.http);
    const mentors = await Promise.all(Array.from({ length: 6 }, () => aMentor(t.http)));
    const requests = [];
    for (const m of mentors.slice(0, 5)) requests.push(await aRequest(t.http, student, m));
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: mentors[5]!.id, message: 'hi' }), 409, 'REQUEST.TOO_MANY_PENDING');
    const expiry = t.app.get(RequestExpiry);

    setClock(t, inFuture(6));
    expect(await expiry.sweep()).toEqual({ expired: 0, reminded: 0 });
    setClock(t, inFuture(7.5));
    expect(await expiry.sweep()).toEqual({ expired: 0, reminded: 5 });
    expect(await expiry.sweep()).toEqual({ expired: 0, reminded: 0 });
    const reminders = (await t.http.get('/api/notifications').set(mentors[0]!.auth)).body.items.filter((n: { type: string }) => n.type === 'request.reminder');
    expect(reminders).toEqual([expect.objectContaining({ data: expect.objectContaining({ requestId: requests[0]!.id, expiresAt: expect.any(String) }) })]);

    setClock(t, inFuture(14.5));
    expect(await expiry.sweep()).toEqual({ expired: 5, reminded: 0 });
    expect(await expiry.sweep()).toEqual({ expired: 0, reminded: 0 });
    const after = await t.http.get(`/api/request/${requests[0]!.id}`).set(student.auth).expect(200);
    expect(after.body).toMatchObject({ status: 'expired', allowedTransitions: [], expiresAt: null, closedAt: expect.any(String) });
    expect(after.body.history.at(-1)).toMatchObject({ byRole: 'system', byId: null, from: 'pending', to: 'expired' });
    const expiredFor = async (who: Actor) => (await t.http.get('/api/notifications?limit=100').set(who.auth)).body.items.filter((n: { type: string }) => n.type === 'request.expired');
    expect(await expiredFor(student)).toHaveLength(5);
    expect(await expiredFor(mentors[0]!)).toHaveLength(1);
    // Final: nobody moves it, nobody writes in it, and the student may ask again.
    expectProblem(await t.http.patch(`/api/request/${requests[0]!.id}`).set(mentors[0]!.auth).send({ status: 'accepted' }), 409, 'REQUEST.INVALID_TRANSITION');
    expectProblem(await t.http.post(`/api/request/${requests[0]!.id}/messages`).set(student.auth).send({ body: 'hello?' }), 409, 'REQUEST.THREAD_CLOSED');
    await aRequest(t.http, student, mentors[5]!);
    await aRequest(t.http, student, mentors[0]!);
  });

  it('an accept racing with the sweep: either accepted or expired, never both', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const mine = await aRequest(t.http, student, mentor);
    setClock(t, inFuture(15));
    const [, accept] = await Promise.all([t.app.get(RequestExpiry).sweep(), t.http.patch(`/api/request/${mine.id}`).set(mentor.auth).send({ status: 'accepted' })]);
    const status = (await t.http.get(`/api/request/${mine.id}`).set(student.auth)).body.status;
    if (accept.status === 200) expect(status).toBe('accepted');
    else {
      expectProblem(accept, 409, 'REQUEST.INVALID_TRANSITION');
      expect(status).toBe('expired');
    }
    expect(await count(t, `SELECT count(*)::int AS n FROM request_messages WHERE request_id = $1 AND to_status IN ('accepted', 'expired')`, [mine.id])).toBe(1);
  });

  it('answered requests never expire', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const r = await aRequest(t.http, student, mentor);
    await t.http.patch(`/api/request/${r.id}`).set(mentor.auth).send({ status: 'accepted' }).expect(200);
    setClock(t, inFuture(100));
    await t.app.get(RequestExpiry).sweep();
    expect((await t.http.get(`/api/request/${r.id}`).set(student.auth)).body.status).toBe('accepted');
  });
});

// Replicas share a PostgreSQL server (the embedded PGlite belongs to one process).
const describeShared = serverUrl() ? describe : describe.skip;

describeShared('expiry across replicas and restarts', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp(ENV);
    b = await createTestApp({ ...ENV, DATABASE_URL: a.databaseUrl });
  });
  afterAll(async () => {
    await b.app.close();
    await a.close();
  });

  it('two replicas sweeping at the same time expire each due request exactly once', async () => {
    const mentors = await Promise.all(Array.from({ length: 5 }, () => aMentor(a.http)));
    const students = await Promise.all(Array.from({ length: 50 }, () => aStudent(a.http)));
    const ids: string[] = [];
    // 250 pending requests: more than two batches of the job.
    for (const s of students) for (const m of mentors) ids.push((await aRequest(a.http, s, m)).id);
    const at = inFuture(15);
    setClock(a, at);
    setClock(b, at);
    const [ra, rb] = await Promise.all([a.app.get(RequestExpiry).sweep(), b.app.get(RequestExpiry).sweep()]);
    expect(ra.expired + rb.expired).toBe(ids.length);
    expect(await count(a, `SELECT count(*)::int AS n FROM mentorship_requests WHERE id = ANY($1::uuid[]) AND status = 'expired'`, [ids])).toBe(ids.length);
    // Exactly once: one thread entry per request, one notification per party and request; no reminder for an expired one.
    expect(await count(a, `SELECT count(*)::int AS n FROM request_messages WHERE request_id = ANY($1::uuid[]) AND to_status = 'expired'`, [ids])).toBe(ids.length);
    expect(await count(a, `SELECT count(*)::int AS n FROM notifications WHERE type = 'request.expired' AND data->>'requestId' = ANY($1::text[])`, [ids])).toBe(2 * ids.length);
    expect(await count(a, `SELECT count(DISTINCT (recipient_id, data->>'requestId'))::int AS n FROM notifications WHERE type = 'request.expired' AND data->>'requestId' = ANY($1::text[])`, [ids])).toBe(2 * ids.length);
    expect(await count(a, `SELECT count(*)::int AS n FROM notifications WHERE type = 'request.reminder' AND data->>'requestId' = ANY($1::text[])`, [ids])).toBe(0);
  }, 120_000);

  it('a replica that restarts in between loses none', async () => {
    const [student, mentor] = await Promise.all([aStudent(a.http), aMentor(a.http)]);
    const r = await aRequest(a.http, student, mentor);
    // B goes away (restart) before anything is due; a new replica on the same database takes over.
    await b.app.close();
    b = await createTestApp({ ...ENV, DATABASE_URL: a.databaseUrl });
    setClock(b, inFuture(8));
    expect((await b.app.get(RequestExpiry).sweep()).reminded).toBeGreaterThanOrEqual(1);
    await b.app.close();
    b = await createTestApp({ ...ENV, DATABASE_URL: a.databaseUrl });
    setClock(b, inFuture(15));
    expect((await b.app.get(RequestExpiry).sweep()).expired).toBeGreaterThanOrEqual(1);
    expect((await b.http.get(`/api/request/${r.id}`).set(student.auth)).body.status).toBe('expired');
    expect(await count(a, `SELECT count(*)::int AS n FROM notifications WHERE type = 'request.reminder' AND data->>'requestId' = $1`, [r.id])).toBe(1);
  });
});
