import { aMentor, aStudent, type Actor, expectProblem } from './support/factories.js';
import { insertRequests, sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ DB_POOL_SIZE: '12' });
});
afterAll(() => t.close());

async function mentee(mentor: Actor, status: 'accepted' | 'completed' = 'accepted', fields: Record<string, unknown> = {}): Promise<Actor> {
  const student = await aStudent(t.http, fields);
  await insertRequests(t, [{ studentId: student.id, mentorId: mentor.id, status, respondedAt: new Date().toISOString() }]);
  return student;
}

const rate = (mentorId: string, who: Actor | undefined, body: unknown) => {
  const req = t.http.post(`/api/mentors/${mentorId}/score`);
  if (who) void req.set(who.auth);
  return req.send(body as object);
};

async function mentorRow(id: string) {
  const [row] = await sql<{ rating_count: number; rating_sum: number; rating_distribution: number[]; rating_score: number }>(
    t,
    'SELECT rating_count, rating_sum, rating_distribution, rating_score FROM mentors WHERE id = $1',
    [id],
  );
  return row!;
}

describe('POST /api/mentors/{id}/score', () => {
  it('is refused (403 problem) without an accepted or completed request; pending, rejected and cancelled do not count', async () => {
    const mentor = await aMentor(t.http);
    const student = await aStudent(t.http);
    expectProblem(await rate(mentor.id, student, { score: 5 }), 403, 'RATING.NOT_A_MENTEE');
    await insertRequests(t, [
      { studentId: student.id, mentorId: mentor.id, status: 'rejected', respondedAt: new Date().toISOString(), closedAt: new Date().toISOString() },
      { studentId: student.id, mentorId: mentor.id, status: 'cancelled', closedAt: new Date().toISOString() },
      { studentId: student.id, mentorId: mentor.id, status: 'pending' },
    ]);
    expectProblem(await rate(mentor.id, student, { score: 5 }), 403, 'RATING.NOT_A_MENTEE');
    // A mentee of another mentor is no mentee of this one.
    const other = await aMentor(t.http);
    const theirs = await mentee(other);
    expectProblem(await rate(mentor.id, theirs, { score: 5 }), 403, 'RATING.NOT_A_MENTEE');
    expect(await mentorRow(mentor.id)).toMatchObject({ rating_count: 0, rating_sum: 0 });
  });

  it('only students may rate; anonymous is 401; unknown mentor is 404; a bad id is 400', async () => {
    const mentor = await aMentor(t.http);
    expectProblem(await rate(mentor.id, undefined, { score: 5 }), 401);
    expectProblem(await rate(mentor.id, mentor, { score: 5 }), 403, 'AUTH.ROLE_NOT_ALLOWED');
    const student = await aStudent(t.http);
    expectProblem(await rate('00000000-0000-4000-8000-000000000000', student, { score: 5 }), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await rate('nope', student, { score: 5 }), 400, 'INVALID_ID');
  });

  it.each([
    ['zero', { score: 0 }],
    ['six', { score: 6 }],
    ['negative', { score: -1 }],
    ['fractional', { score: 4.5 }],
    ['missing', {}],
    ['a string', { score: '5' }],
    ['null', { score: null }],
    ['a long comment', { score: 5, comment: 'x'.repeat(1001) }],
    ['a non-string comment', { score: 5, comment: 42 }],
    ['an unknown field', { score: 5, stars: 5 }],
  ])('refuses %s with a 400 naming the field', async (_name, body) => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor);
    const res = await rate(mentor.id, student, body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { field: string }[]).length).toBeGreaterThan(0);
    expect(await mentorRow(mentor.id)).toMatchObject({ rating_count: 0 });
  });

  it('rates, and a second rating replaces the first without double counting', async () => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor, 'completed', { name: 'Anna Karenina' });

    const first = await rate(mentor.id, student, { score: 2, comment: '  Too fast  ' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ mentorId: mentor.id, score: 2, comment: 'Too fast', replaced: false, mentorRating: { average: 2, count: 1, distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 0 } } });

    const second = await rate(mentor.id, student, { score: 5 });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body.id, score: 5, comment: null, replaced: true, mentorRating: { average: 5, count: 1, distribution: { '2': 0, '5': 1 } } });

    expect(await mentorRow(mentor.id)).toEqual({ rating_count: 1, rating_sum: 5, rating_distribution: [0, 0, 0, 0, 1], rating_score: (3.5 * 5 + 5) / 6 });
    expect((await sql(t, 'SELECT count(*)::int AS n FROM ratings WHERE mentor_id = $1', [mentor.id]))[0]).toEqual({ n: 1 });
    const profile = await t.http.get(`/api/mentors/${mentor.id}`);
    expect(profile.body.rating).toEqual({ average: 5, count: 1, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 } });
  });

  it('30 students rating one mentor at once give the exact aggregate', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 30 }, () => mentee(mentor)));
    const scores = students.map((_, i) => (i % 5) + 1); // six of each star
    const results = await Promise.all(students.map((s, i) => rate(mentor.id, s, { score: scores[i] })));
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    // And each replaces theirs with a 5 at once: still 30 ratings.
    const again = await Promise.all(students.map((s) => rate(mentor.id, s, { score: 5 })));
    expect(again.every((r) => r.status === 200 && r.body.replaced === true)).toBe(true);
    expect(await mentorRow(mentor.id)).toEqual({ rating_count: 30, rating_sum: 150, rating_distribution: [0, 0, 0, 0, 30], rating_score: (17.5 + 150) / 35 });
  });

  it('concurrent first ratings keep the exact distribution', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 30 }, () => mentee(mentor, 'completed')));
    await Promise.all(students.map((s, i) => rate(mentor.id, s, { score: (i % 5) + 1 })));
    expect(await mentorRow(mentor.id)).toEqual({ rating_count: 30, rating_sum: 90, rating_distribution: [6, 6, 6, 6, 6], rating_score: (17.5 + 90) / 35 });
  });
});

describe('GET /api/mentors/{id}/ratings', () => {
  it('is public, newest first, with first names, paged', async () => {
    const mentor = await aMentor(t.http);
    const a = await mentee(mentor, 'accepted', { name: 'Ivan Petrov' });
    const b = await mentee(mentor, 'completed', { name: 'Maria' });
    const c = await mentee(mentor, 'completed', { name: 'Olga Ivanova' });
    await rate(mentor.id, a, { score: 4, comment: 'Helpful' });
    await rate(mentor.id, b, { score: 3 });
    await rate(mentor.id, c, { score: 5, comment: 'Great' });
    await rate(mentor.id, a, { score: 5, comment: 'Even better' }); // replaced: now the newest

    const first = await t.http.get(`/api/mentors/${mentor.id}/ratings?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(3);
    expect(first.body.items).toEqual([
      { id: expect.any(String), score: 5, comment: 'Even better', studentName: 'Ivan', updatedAt: expect.any(String) },
      { id: expect.any(String), score: 5, comment: 'Great', studentName: 'Olga', updatedAt: expect.any(String) },
    ]);
    const second = await t.http.get(`/api/mentors/${mentor.id}/ratings?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toEqual([{ id: expect.any(String), score: 3, comment: null, studentName: 'Maria', updatedAt: expect.any(String) }]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('an unrated mentor has an empty page; an unknown mentor is 404', async () => {
    const mentor = await aMentor(t.http);
    expect((await t.http.get(`/api/mentors/${mentor.id}/ratings`)).body).toEqual({ items: [], nextCursor: null, total: 0 });
    expectProblem(await t.http.get('/api/mentors/00000000-0000-4000-8000-000000000000/ratings'), 404, 'MENTOR.NOT_FOUND');
  });
});
