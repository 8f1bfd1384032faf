import { DEMO_ADMIN_EMAIL, DEMO_MENTOR_EMAIL, DEMO_PASSWORD, DEMO_STUDENT_EMAIL } from '../src/seed/demo-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The demo a newcomer meets on first start: the demo student can ask the demo mentor, and every
 * section of the admin statistics has something to show over the last 90 days.
 */
describe('demo platform', () => {
  let t: TestApp;
  const signIn = async (kind: string, email: string): Promise<string> => {
    const res = await t.http.post(`/api/${kind}/sign-in`).send({ email, password: DEMO_PASSWORD }).expect(200);
    return res.body.accessToken as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO: 'true' });
  }, 120_000);
  afterAll(() => t?.close());

  it('the demo student can send the demo mentor a request at once', async () => {
    const student = await signIn('students', DEMO_STUDENT_EMAIL);
    const mentor = await signIn('mentors', DEMO_MENTOR_EMAIL);
    const mentorId = (await t.http.get('/api/get-role').auth(mentor, { type: 'bearer' }).expect(200)).body.id;
    const created = await t.http.post('/api/request').auth(student, { type: 'bearer' }).send({ mentorId, message: 'Hello from the README' }).expect(201);
    expect(created.body.status).toBe('pending');
    const inbox = await t.http.get('/api/notifications?unread=true').auth(mentor, { type: 'bearer' }).expect(200);
    expect(inbox.body.items.some((n: { data: { requestId?: string } }) => n.data.requestId === created.body.id)).toBe(true);
  });

  it('the demo mentor has a history: requests in every state, ratings, read and unread notifications', async () => {
    const mentor = await signIn('mentors', DEMO_MENTOR_EMAIL);
    const mentorId = (await t.http.get('/api/get-role').auth(mentor, { type: 'bearer' }).expect(200)).body.id;
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const stats = (await t.http.get(`/api/stats/${mentorId}?from=${from}`).auth(mentor, { type: 'bearer' }).expect(200)).body;
    for (const status of ['pending', 'accepted', 'rejected', 'cancelled', 'completed']) expect(stats.requests.byStatus[status]).toBeGreaterThan(0);
    expect(stats.rating.count).toBeGreaterThan(0);
    const requests = (await t.http.get(`/api/request/mentor/${mentorId}?limit=100`).auth(mentor, { type: 'bearer' }).expect(200)).body.items as { id: string; status: string }[];
    const talked = requests.find((r) => r.status === 'completed')!;
    const thread = (await t.http.get(`/api/request/${talked.id}/messages?limit=100`).auth(mentor, { type: 'bearer' }).expect(200)).body.items as { createdAt: string }[];
    expect(thread.length).toBeGreaterThan(2);
    const times = thread.map((m) => Date.parse(m.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b)); // the conversation reads in order
    const all = (await t.http.get('/api/notifications?limit=100').auth(mentor, { type: 'bearer' }).expect(200)).body.items as { readAt: string | null }[];
    expect(all.some((n) => n.readAt === null)).toBe(true);
    expect(all.some((n) => n.readAt !== null)).toBe(true);
  });

  it('every section of the admin statistics over 90 days is non-zero', async () => {
    const admin = await signIn('admin', DEMO_ADMIN_EMAIL);
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const s = (await t.http.get(`/api/stats?from=${from}`).auth(admin, { type: 'bearer' }).expect(200)).body;
    expect(s.accounts.all).toMatchObject({ students: 50, mentors: 300, admins: 1 });
    for (const status of ['pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired']) expect(s.requests.byStatus[status]).toBeGreaterThan(0);
    for (const reason of ['no_capacity', 'outside_expertise', 'schedule', 'not_a_fit']) expect(s.requests.closedByReason[reason]).toBeGreaterThan(0);
    expect(s.requests.acceptanceRate).toBeGreaterThan(0);
    expect(s.requests.medianResponseSeconds).toBeGreaterThan(0);
    // Spread over the range, not all on one day.
    expect(s.requestsPerDay.filter((d: { count: number }) => d.count > 0).length).toBeGreaterThan(30);
    const series = (await t.http.get(`/api/stats/series?from=${from}`).auth(admin, { type: 'bearer' }).expect(200)).body;
    expect(series.points.filter((p: { signUps: { students: number; mentors: number } }) => p.signUps.students + p.signUps.mentors > 0).length).toBeGreaterThan(30);
    expect(s.topMentorsByDemand.length).toBeGreaterThan(0);
    expect(s.topMentorsByRating.length).toBeGreaterThan(0);
    expect(s.capacity.activeMentees).toBeGreaterThan(0);
    expect(s.skills.some((k: { searched: number }) => k.searched > 0)).toBe(true);
    expect(s.skills.some((k: { requested: number }) => k.requested > 0)).toBe(true);
  });
});
