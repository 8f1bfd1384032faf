import { SearchDemandService } from '../src/stats/search-demand.service.js';
import { aMentor, aStudent, type Actor, expectProblem, theAdmin, WITH_ADMIN } from './support/factories.js';
import { insertRequests, type RequestRow, sql, withinOnePercent } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
});
afterAll(() => t.close());

const RANGE = '?from=2026-01-01&to=2026-01-07';
const at = (iso: string, plusSeconds = 0): string => new Date(Date.parse(iso) + plusSeconds * 1000).toISOString();
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * A hand-computed fixture. Range 2026-01-01..07 (UTC, inclusive).
 *   A (python, ml; capacity 1, 1 active): 5 requests in range, answered after 60, 120, 300 s (odd);
 *     one completed before the range (closed inside it), one pending just after it.
 *   B (python, go; 1 active): 5 in range, answered after 30, 90, 600, 45 s (even), one of them
 *     cancelled after acceptance.
 *   C (rust): 1 pending in range. D (python, not accepting): none.
 */
describe('statistics figures (hand-computed fixture)', () => {
  let admin: Actor;
  let A: Actor, B: Actor, C: Actor, D: Actor;
  let s: Actor[];

  beforeAll(async () => {
    admin = await theAdmin(t.http);
    A = await aMentor(t.http, { name: 'Alice Mentor', skills: ['python', 'ml'], capacity: 1 });
    B = await aMentor(t.http, { name: 'Bob Mentor', skills: ['python', 'go'] });
    C = await aMentor(t.http, { name: 'Carol Mentor', skills: ['rust'] });
    D = await aMentor(t.http, { name: 'Dan Mentor', skills: ['python'], acceptingRequests: false });
    s = [];
    for (let i = 0; i < 6; i++) s.push(await aStudent(t.http, { name: `Student ${i + 1}` }));
    const [s1, s2, s3, s4, s5, s6] = s as [Actor, Actor, Actor, Actor, Actor, Actor];
    const rows: RequestRow[] = [
      // A, in range
      { studentId: s1.id, mentorId: A.id, status: 'completed', createdAt: '2026-01-01T10:00:00Z', respondedAt: at('2026-01-01T10:00:00Z', 60), closedAt: '2026-01-05T00:00:00Z' },
      { studentId: s2.id, mentorId: A.id, status: 'rejected', createdAt: '2026-01-01T23:59:59Z', respondedAt: at('2026-01-01T23:59:59Z', 120), closedAt: at('2026-01-01T23:59:59Z', 120) },
      { studentId: s3.id, mentorId: A.id, status: 'accepted', createdAt: '2026-01-03T00:00:00Z', respondedAt: at('2026-01-03T00:00:00Z', 300) },
      { studentId: s4.id, mentorId: A.id, status: 'pending', createdAt: '2026-01-03T12:00:00Z' },
      { studentId: s5.id, mentorId: A.id, status: 'cancelled', createdAt: '2026-01-07T23:00:00Z', closedAt: '2026-01-07T23:30:00Z' },
      // A, outside the range
      { studentId: s6.id, mentorId: A.id, status: 'completed', createdAt: '2025-12-31T23:59:59Z', respondedAt: at('2025-12-31T23:59:59Z', 10), closedAt: '2026-01-02T00:00:00Z' },
      { studentId: s6.id, mentorId: A.id, status: 'pending', createdAt: '2026-01-08T00:00:00Z' },
      // B
      { studentId: s1.id, mentorId: B.id, status: 'accepted', createdAt: '2026-01-02T08:00:00Z', respondedAt: at('2026-01-02T08:00:00Z', 30) },
      { studentId: s2.id, mentorId: B.id, status: 'completed', createdAt: '2026-01-02T09:00:00Z', respondedAt: at('2026-01-02T09:00:00Z', 90), closedAt: '2026-01-06T00:00:00Z' },
      { studentId: s3.id, mentorId: B.id, status: 'rejected', createdAt: '2026-01-04T00:00:00Z', respondedAt: at('2026-01-04T00:00:00Z', 600), closedAt: at('2026-01-04T00:00:00Z', 600) },
      { studentId: s4.id, mentorId: B.id, status: 'pending', createdAt: '2026-01-04T01:00:00Z' },
      { studentId: s5.id, mentorId: B.id, status: 'cancelled', createdAt: '2026-01-05T00:00:00Z', respondedAt: at('2026-01-05T00:00:00Z', 45), closedAt: '2026-01-05T06:00:00Z' },
      // C
      { studentId: s6.id, mentorId: C.id, status: 'pending', createdAt: '2026-01-06T12:00:00Z' },
    ];
    await insertRequests(t, rows);
    await sql(t, 'UPDATE mentors SET active_mentees = 1 WHERE id = ANY($1)', [[A.id, B.id]]);
    for (const [who, score] of [[s1, 4], [s3, 5]] as const) {
      expect((await t.http.post(`/api/mentors/${A.id}/score`).set(who.auth).send({ score })).status).toBe(200);
    }
    const demand = t.app.get(SearchDemandService);
    demand.record(['Python', 'kubernetes'], new Date('2026-01-03T10:00:00Z'));
    demand.record(['python', 'KUBERNETES', 'python'], new Date('2026-01-03T11:00:00Z'));
    demand.record(['ml'], new Date('2026-01-01T00:00:00Z'));
    demand.record(['python'], new Date('2026-01-08T00:00:00Z')); // outside the range
    demand.record([], new Date('2026-01-02T00:00:00Z'));
    await demand.flush();
  });

  const days = (counts: number[]) => counts.map((count, i) => ({ date: `2026-01-0${i + 1}`, count }));

  it('mentor A: every figure, odd median', async () => {
    const res = await t.http.get(`/api/stats/${A.id}${RANGE}`).set(A.auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mentorId: A.id,
      range: { from: '2026-01-01', to: '2026-01-07', days: 7 },
      requests: {
        total: 5,
        byStatus: { pending: 1, accepted: 1, rejected: 1, cancelled: 1, completed: 1, expired: 0 }, closedByReason: { no_capacity: 0, outside_expertise: 0, schedule: 0, not_a_fit: 0, other: 0, unspecified: 2 },
        answered: 3,
        acceptedAnswers: 2,
        acceptanceRate: 0.6667,
        medianResponseSeconds: 120,
      },
      requestsPerDay: days([2, 0, 2, 0, 0, 0, 1]),
      mentees: { active: 1, capacity: 1, acceptingRequests: true, atCapacity: true },
      completedMentorships: { inRange: 2, allTime: 2 },
      rating: { average: 4.5, count: 2, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 }, bayesian: 3.786 },
      generatedAt: expect.any(String),
    });
  });

  it('mentor B: even median (mean of the middle two), cancelled after acceptance counts as accepted', async () => {
    const res = await t.http.get(`/api/stats/${B.id}${RANGE}`).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      requests: { total: 5, byStatus: { pending: 1, accepted: 1, rejected: 1, cancelled: 1, completed: 1, expired: 0 }, closedByReason: { no_capacity: 0, outside_expertise: 0, schedule: 0, not_a_fit: 0, other: 0, unspecified: 2 }, answered: 4, acceptedAnswers: 3, acceptanceRate: 0.75, medianResponseSeconds: 67.5 },
      requestsPerDay: days([0, 2, 0, 2, 1, 0, 0]),
      mentees: { active: 1, capacity: 5, acceptingRequests: true, atCapacity: false },
      completedMentorships: { inRange: 1, allTime: 1 },
      rating: { average: null, count: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }, bayesian: 3.5 },
    });
  });

  it('mentor D: nothing answered is null, not NaN or zero', async () => {
    const res = await t.http.get(`/api/stats/${D.id}${RANGE}`).set(D.auth);
    expect(res.body.requests).toEqual({ total: 0, byStatus: { pending: 0, accepted: 0, rejected: 0, cancelled: 0, completed: 0, expired: 0 }, closedByReason: { no_capacity: 0, outside_expertise: 0, schedule: 0, not_a_fit: 0, other: 0, unspecified: 0 }, answered: 0, acceptedAnswers: 0, acceptanceRate: null, medianResponseSeconds: null });
    expect(res.body.requestsPerDay).toEqual(days([0, 0, 0, 0, 0, 0, 0]));
  });

  it('platform: every figure', async () => {
    const res = await t.http.get(`/api/stats${RANGE}`).set(admin.auth);
    expect(res.status).toBe(200);
    const [first, second] = [A, B].sort((x, y) => (x.id < y.id ? -1 : 1)) as [Actor, Actor];
    const name = (m: Actor) => (m === A ? 'Alice Mentor' : 'Bob Mentor');
    expect(res.body).toEqual({
      range: { from: '2026-01-01', to: '2026-01-07', days: 7 },
      accounts: { all: { students: 6, mentors: 4, admins: 1, total: 11 }, createdInRange: { students: 0, mentors: 0, admins: 0, total: 0 } },
      requests: {
        total: 11,
        byStatus: { pending: 3, accepted: 2, rejected: 2, cancelled: 2, completed: 2, expired: 0 }, closedByReason: { no_capacity: 0, outside_expertise: 0, schedule: 0, not_a_fit: 0, other: 0, unspecified: 4 },
        answered: 7,
        acceptedAnswers: 5,
        acceptanceRate: 0.7143,
        medianResponseSeconds: withinOnePercent(90),
      },
      requestsPerDay: days([2, 2, 2, 2, 1, 1, 1]),
      topMentorsByDemand: [
        { mentorId: first.id, name: name(first), requests: 5, activeMentees: 1, capacity: first === A ? 1 : 5 },
        { mentorId: second.id, name: name(second), requests: 5, activeMentees: 1, capacity: second === A ? 1 : 5 },
        { mentorId: C.id, name: 'Carol Mentor', requests: 1, activeMentees: 0, capacity: 5 },
      ],
      topMentorsByRating: [{ mentorId: A.id, name: 'Alice Mentor', bayesian: 3.786, average: 4.5, count: 2 }],
      capacity: { mentors: 4, acceptingRequests: 3, atCapacity: 1, activeMentees: 2, totalCapacity: 16 },
      skills: [
        { skill: 'python', aliases: ['python'], mentors: 3, availableMentors: 1, requested: 10, searched: 2 },
        { skill: 'ml', aliases: ['ml'], mentors: 1, availableMentors: 0, requested: 5, searched: 1 },
        { skill: 'go', aliases: ['go'], mentors: 1, availableMentors: 1, requested: 5, searched: 0 },
        { skill: 'kubernetes', aliases: ['kubernetes'], mentors: 0, availableMentors: 0, requested: 0, searched: 2 },
        { skill: 'rust', aliases: ['rust'], mentors: 1, availableMentors: 1, requested: 1, searched: 0 },
      ],
      unmetDemand: [{ skill: 'kubernetes', aliases: ['kubernetes'], mentors: 0, availableMentors: 0, requested: 0, searched: 2 }],
      generatedAt: expect.any(String),
    });
  });

  it('defaults to the last 30 days up to today, zero days included', async () => {
    const res = await t.http.get('/api/stats').set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.range).toMatchObject({ to: today(), days: 30 });
    expect(res.body.requestsPerDay).toHaveLength(30);
    expect(res.body.requestsPerDay.at(-1)).toEqual({ date: today(), count: 0 });
    expect(res.body.requestsPerDay.every((d: { count: number }) => d.count === 0)).toBe(true);
    expect(res.body.accounts.createdInRange).toEqual({ students: 6, mentors: 4, admins: 1, total: 11 });
    expect(res.body.requests).toMatchObject({ total: 0, acceptanceRate: null, medianResponseSeconds: null });
    const mine = await t.http.get(`/api/stats/${A.id}`).set(A.auth);
    expect(mine.body.requestsPerDay).toHaveLength(30);
    expect(mine.body.range).toEqual({ from: expect.any(String), to: today(), days: 30 });
  });

  it('a request created today shows on today', async () => {
    await insertRequests(t, [{ studentId: s[0]!.id, mentorId: C.id, status: 'pending' }]);
    const res = await t.http.get(`/api/stats/${C.id}`).set(C.auth);
    expect(res.body.requestsPerDay.at(-1)).toEqual({ date: today(), count: 1 });
    expect(res.body.requests.byStatus.pending).toBe(1);
  });
});

describe('statistics access', () => {
  it('a mentor reads their own; another mentor gets 404; students 403; anonymous 401; admins any', async () => {
    const m = await aMentor(t.http);
    const other = await aMentor(t.http);
    const student = await aStudent(t.http);
    const admin = await theAdmin(t.http);
    expect((await t.http.get(`/api/stats/${m.id}`).set(m.auth)).status).toBe(200);
    expectProblem(await t.http.get(`/api/stats/${m.id}`).set(other.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.get(`/api/stats/${m.id}`).set(student.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get(`/api/stats/${m.id}`), 401);
    expect((await t.http.get(`/api/stats/${m.id}`).set(admin.auth)).status).toBe(200);
    expectProblem(await t.http.get('/api/stats/00000000-0000-4000-8000-000000000000').set(admin.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.get(`/api/stats/${student.id}`).set(admin.auth), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.get('/api/stats/not-a-uuid').set(admin.auth), 400, 'INVALID_ID');
  });

  it('platform statistics are for admins only: students and mentors 403, anonymous 401', async () => {
    const m = await aMentor(t.http);
    const student = await aStudent(t.http);
    expectProblem(await t.http.get('/api/stats').set(student.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/stats').set(m.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/stats'), 401);
  });
});

describe('statistics range validation', () => {
  it.each([
    ['from after to', '?from=2026-01-02&to=2026-01-01', 'STATS.INVALID_RANGE'],
    ['367 days', '?from=2025-01-01&to=2026-01-02', 'STATS.INVALID_RANGE'],
    ['a non-date', '?from=yesterday', 'VALIDATION_FAILED'],
    ['a short date', '?from=2026-1-1', 'VALIDATION_FAILED'],
    ['an impossible date', '?to=2026-02-30', 'VALIDATION_FAILED'],
    ['a timestamp', '?to=2026-02-01T00:00:00Z', 'VALIDATION_FAILED'],
    ['an unknown parameter', '?since=2026-01-01', 'VALIDATION_FAILED'],
  ])('refuses %s with a 400', async (_name, query, code) => {
    const admin = await theAdmin(t.http);
    expectProblem(await t.http.get(`/api/stats${query}`).set(admin.auth), 400, code);
    expectProblem(await t.http.get(`/api/stats/${admin.id}${query}`).set(admin.auth), 400, code);
  });

  it('366 days is allowed', async () => {
    const admin = await theAdmin(t.http);
    const res = await t.http.get('/api/stats?from=2024-01-01&to=2024-12-31').set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body.requestsPerDay).toHaveLength(366);
  });
});
