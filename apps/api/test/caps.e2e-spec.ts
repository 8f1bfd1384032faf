import { aMentor, aStudent, type Actor } from './support/factories.js';
import { insertRequests, sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DB_POOL_SIZE: '12' });
});
afterAll(() => t.close());

async function mentee(mentor: Actor): Promise<Actor> {
  const student = await aStudent(t.http);
  await insertRequests(t, [{ studentId: student.id, mentorId: mentor.id, status: 'accepted', respondedAt: new Date().toISOString() }]);
  return student;
}

describe('re-rating notifications are coalesced', () => {
  it('30 re-ratings in a burst are one notification with the latest score; another student is another', async () => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor);
    for (let i = 0; i < 30; i++) {
      expect((await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: (i % 5) + 1 })).status).toBeLessThan(300);
    }
    const rows = await sql<{ data: { score: number; studentId: string } }>(t, "SELECT data FROM notifications WHERE recipient_id = $1 AND type = 'rating.created'", [mentor.id]);
    expect(rows.map((r) => r.data.score)).toEqual([5]);
    const inbox = await t.http.get('/api/notifications').set(mentor.auth);
    expect(inbox.body.total).toBe(1);

    await t.http.post(`/api/mentors/${mentor.id}/score`).set((await mentee(mentor)).auth).send({ score: 2 });
    expect(await sql(t, "SELECT 1 FROM notifications WHERE recipient_id = $1 AND type = 'rating.created'", [mentor.id])).toHaveLength(2);
  });

  it('a rewritten notification is the newest event and unread again', async () => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor);
    await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 3 });
    const [first] = (await t.http.get('/api/notifications').set(mentor.auth)).body.items as { id: string; eventId: string }[];
    await t.http.post(`/api/notifications/${first!.id}/read`).set(mentor.auth);
    await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 4 });
    const [again] = (await t.http.get('/api/notifications?unread=true').set(mentor.auth)).body.items as { id: string; eventId: string; data: { score: number } }[];
    expect(again).toMatchObject({ id: first!.id, data: { score: 4 } });
    expect(BigInt(again!.eventId)).toBeGreaterThan(BigInt(first!.eventId));
  });
});

describe('per-account sign-in back-off', () => {
  let b: TestApp;
  beforeAll(async () => {
    b = await createTestApp({ SIGNIN_FAILURES_PER_ADDRESS: '3', SIGNIN_FAILURES_PER_ACCOUNT: '10', TRUST_PROXY_HOPS: '1' });
  });
  afterAll(() => b.close());
  const signIn = (email: string, password: string, ip: string) => b.http.post('/api/students/sign-in').set('x-forwarded-for', ip).send({ email, password });

  it('guessing from many addresses stops, and the owner still gets in from an address they used', async () => {
    const owner = await aStudent(b.http);
    expect((await signIn(owner.email, owner.password, '10.0.0.1')).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await signIn(owner.email, 'wrong-password', `192.0.2.${i + 1}`)).status).toBe(401);
    // A new address now waits, even with the right password ...
    const refused = await signIn(owner.email, owner.password, '198.51.100.7');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('AUTH.SIGN_IN_BACKOFF');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // ... but the owner's known address is not locked out.
    expect((await signIn(owner.email, owner.password, '10.0.0.1')).status).toBe(200);
  });

  it('one address guessing one account waits after a few failures; other accounts and addresses do not', async () => {
    const [victim, other] = await Promise.all([aStudent(b.http), aStudent(b.http)]);
    for (let i = 0; i < 3; i++) expect((await signIn(victim.email, 'wrong-password', '203.0.113.9')).status).toBe(401);
    expect((await signIn(victim.email, victim.password, '203.0.113.9')).status).toBe(429);
    expect((await signIn(other.email, other.password, '203.0.113.9')).status).toBe(200);
    expect((await signIn(victim.email, victim.password, '203.0.113.10')).status).toBe(200);
  });
});
