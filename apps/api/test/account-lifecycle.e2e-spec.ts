import { randomUUID } from 'node:crypto';
import { type Actor, aMentor, aRequest, aRequestIn, aStudent, expectProblem, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Actor;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, STATS_CACHE_TTL_SECONDS: '0' });
  admin = await theAdmin(t.http);
});
afterAll(() => t.close());

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const today = () => new Date().toISOString().slice(0, 10);

async function types(actor: Actor): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return (await t.http.get('/api/notifications?limit=100').set(actor.auth).expect(200)).body.items;
}

describe('changing the password', () => {
  it('revokes every other session; the old password no longer signs in', async () => {
    const student = await aStudent(t.http);
    const laptop = await t.http.post('/api/students/sign-in').send({ email: student.email, password: student.password }).expect(200);
    expectProblem(await t.http.post('/api/auth/password').set(student.auth).send({ currentPassword: 'wrong-password', newPassword: 'brand-new-pass' }), 403, 'AUTH.WRONG_PASSWORD');
    const res = await t.http.post('/api/auth/password').set(student.auth).send({ currentPassword: student.password, newPassword: 'brand-new-pass' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), role: 'student' });
    for (const old of [student.refreshToken, laptop.body.refreshToken]) expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: old }), 401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: res.body.refreshToken }).expect(200);
    expectProblem(await t.http.post('/api/students/sign-in').send({ email: student.email, password: student.password }), 401);
    await t.http.post('/api/students/sign-in').send({ email: student.email, password: 'brand-new-pass' }).expect(200);
  });

  it('bad input is a 400, no token a 401', async () => {
    const mentor = await aMentor(t.http);
    for (const body of [{}, { currentPassword: mentor.password }, { currentPassword: mentor.password, newPassword: 'short' }, { currentPassword: mentor.password, newPassword: 'x'.repeat(129) }, { currentPassword: 1, newPassword: 'long-enough-1' }]) {
      expectProblem(await t.http.post('/api/auth/password').set(mentor.auth).send(body), 400);
    }
    expectProblem(await t.http.post('/api/auth/password').send({ currentPassword: mentor.password, newPassword: 'long-enough-1' }), 401);
  });
});

describe('deleting a student', () => {
  it('erases the person, closes the open requests with a word to the mentors, keeps ratings and statistics', async () => {
    const student = await aStudent(t.http, { name: 'Vera Secret', about: 'private things', telegram: 'vera_secret' });
    const [pendingMentor, acceptedMentor, ratedMentor, otherStudent, otherMentor] = await Promise.all([aMentor(t.http), aMentor(t.http, { capacity: 1 }), aMentor(t.http), aStudent(t.http), aMentor(t.http)]);
    const pending = await aRequest(t.http, student, pendingMentor);
    const accepted = await aRequest(t.http, student, acceptedMentor);
    await setStatus(t.http, acceptedMentor, accepted.id, 'accepted').expect(200);
    const rated = await aRequest(t.http, student, ratedMentor);
    await setStatus(t.http, ratedMentor, rated.id, 'accepted').expect(200);
    await setStatus(t.http, student, rated.id, 'completed').expect(200);
    await t.http.post(`/api/mentors/${ratedMentor.id}/score`).set(student.auth).send({ score: 5, comment: 'Great' }).expect(200);
    await t.http.put(`/api/mentors/${pendingMentor.id}/favorite`).set(student.auth).send({}).expect(200);
    const statsBefore = (await t.http.get(`/api/stats?from=${today()}&to=${today()}`).set(admin.auth).expect(200)).body;

    const del = (actor: Actor, body: Record<string, unknown> = {}) => t.http.delete(`/api/students/${student.id}`).set(actor.auth).send(body);
    expectProblem(await del(otherStudent, { password: otherStudent.password }), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await del(otherMentor, { password: otherMentor.password }), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await del(student), 400, 'AUTH.PASSWORD_REQUIRED');
    expectProblem(await del(student, { password: 'not-my-password' }), 403, 'AUTH.WRONG_PASSWORD');
    expectProblem(await del(student, { password: 42 }), 400);
    expectProblem(await t.http.delete(`/api/students/${student.id}`).send({ password: student.password }), 401);
    expect((await del(student, { password: student.password })).status).toBe(204);

    // The old credentials and sessions are gone; the email may sign up again.
    expectProblem(await t.http.post('/api/students/sign-in').send({ email: student.email, password: student.password }), 401);
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: student.refreshToken }), 401);
    // The access token lives on until it expires, but it cannot open new requests.
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: otherMentor.id, message: 'still here?' }), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.post(`/api/mentors/${ratedMentor.id}/score`).set(student.auth).send({ score: 1 }), 404, 'STUDENT.NOT_FOUND');
    await aStudent(t.http, { email: student.email });
    // Nobody sees the profile any more; the personal data is erased from the database.
    expectProblem(await t.http.get(`/api/students/${student.id}`).set(admin.auth), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.patch(`/api/students/${student.id}`).set(admin.auth).send({ name: 'Vera again' }), 404, 'STUDENT.NOT_FOUND');
    expect((await sql(t, 'SELECT name, about, telegram, interests FROM students WHERE id = $1', [student.id]))[0]).toEqual({ name: 'Deleted student', about: '', telegram: null, interests: [] });
    expect((await sql(t, `SELECT count(*)::int AS n FROM accounts WHERE id = $1 AND email LIKE '%@%'`, [student.id]))[0]).toEqual({ n: 0 });
    expect((await sql(t, 'SELECT count(*)::int AS n FROM favorites WHERE student_id = $1', [student.id]))[0]).toEqual({ n: 0 });

    // Open requests are cancelled by the system and each mentor is told; the place is free again.
    for (const [mentor, id] of [
      [pendingMentor, pending.id],
      [acceptedMentor, accepted.id],
    ] as const) {
      const r = await t.http.get(`/api/request/${id}`).set(mentor.auth).expect(200);
      expect(r.body).toMatchObject({ status: 'cancelled', closeReason: 'other', studentName: 'Deleted student' });
      expect(r.body.history.at(-1)).toMatchObject({ byRole: 'system', from: mentor === pendingMentor ? 'pending' : 'accepted', to: 'cancelled' });
      expect((await types(mentor)).filter((n) => n.type === 'request.cancelled')).toEqual([expect.objectContaining({ data: expect.objectContaining({ requestId: id, by: 'system' }) })]);
    }
    expect((await t.http.get(`/api/mentors/${acceptedMentor.id}`)).body).toMatchObject({ activeMentees: 0, available: true });

    // Ratings and statistics stay, without the person.
    const ratings = await t.http.get(`/api/mentors/${ratedMentor.id}/ratings`).expect(200);
    expect(ratings.body.items).toEqual([expect.objectContaining({ score: 5, comment: 'Great', studentName: 'Deleted' })]);
    expect((await t.http.get(`/api/mentors/${ratedMentor.id}`)).body.rating).toMatchObject({ count: 1, average: 5 });
    const statsAfter = (await t.http.get(`/api/stats?from=${today()}&to=${today()}`).set(admin.auth).expect(200)).body;
    expect(statsAfter.requests.total).toBe(statsBefore.requests.total);
    expect(statsAfter.requests.byStatus.cancelled).toBe(statsBefore.requests.byStatus.cancelled + 2);
    expect(statsAfter.requests.byStatus.completed).toBe(statsBefore.requests.byStatus.completed);
    expect(statsAfter.accounts.all.students).toBe(statsBefore.accounts.all.students + 1); // the anonymised row and the new sign-up

    // Deleting again: there is nothing left to delete.
    expectProblem(await t.http.delete(`/api/students/${student.id}`).set(admin.auth).send({}), 404, 'STUDENT.NOT_FOUND');
  });
});

describe('deleting while the other party acts', () => {
  it('a deletion racing with accepts ends with every request cancelled, counters exact, and no 500', async () => {
    const student = await aStudent(t.http);
    const mentors = await Promise.all(Array.from({ length: 4 }, () => aMentor(t.http)));
    const requests: { id: string }[] = [];
    for (const m of mentors) requests.push(await aRequest(t.http, student, m));
    const answers = await Promise.all([
      t.http.delete(`/api/students/${student.id}`).set(student.auth).send({ password: student.password }),
      ...mentors.map((m, i) => setStatus(t.http, m, requests[i]!.id, 'accepted')),
    ]);
    expect(answers[0]!.status).toBe(204);
    for (const a of answers.slice(1)) expect([200, 409]).toContain(a.status);
    for (const [i, m] of mentors.entries()) {
      expect((await t.http.get(`/api/request/${requests[i]!.id}`).set(m.auth)).body.status).toBe('cancelled');
      expect((await t.http.get(`/api/mentors/${m.id}`)).body.activeMentees).toBe(0);
    }
  });
});

describe('deleting a mentor while students ask', () => {
  it('every request that got in is cancelled; the others are told the mentor is gone', async () => {
    const mentor = await aMentor(t.http);
    const students = await Promise.all(Array.from({ length: 6 }, () => aStudent(t.http)));
    const answers = await Promise.all([
      t.http.delete(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ password: mentor.password }),
      ...students.map((s) => t.http.post('/api/request').set(s.auth).send({ mentorId: mentor.id, message: 'me too' })),
    ]);
    expect(answers[0]!.status).toBe(204);
    for (const a of answers.slice(1)) expect([201, 404]).toContain(a.status);
    expect(await sql(t, `SELECT count(*)::int AS n FROM mentorship_requests WHERE mentor_id = $1 AND status IN ('pending', 'accepted')`, [mentor.id])).toEqual([{ n: 0 }]);
  });
});

describe('deleting a mentor', () => {
  it('an admin deletes any mentor without a password: hidden from pages and search, students told, slots freed', async () => {
    const skill = `gone-${randomUUID().slice(0, 8)}`;
    const mentor = await aMentor(t.http, { skills: [skill] });
    const { student, id } = await aRequestIn(t.http, 'pending');
    const mine = await aRequest(t.http, student, mentor);
    expect((await t.http.get(`/api/mentors?skills=${skill}`)).body.items).toHaveLength(1);
    expectProblem(await t.http.delete(`/api/mentors/${mentor.id}`).set(student.auth).send({}), 403, 'AUTH.ROLE_NOT_ALLOWED');
    const otherMentor = await aMentor(t.http);
    expectProblem(await t.http.delete(`/api/mentors/${mentor.id}`).set(otherMentor.auth).send({ password: otherMentor.password }), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.delete(`/api/mentors/${NO_SUCH_ID}`).set(admin.auth).send({}), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.delete('/api/mentors/not-a-uuid').set(admin.auth).send({}), 400);
    await t.http.delete(`/api/mentors/${mentor.id}`).set(admin.auth).send({}).expect(204);

    expectProblem(await t.http.get(`/api/mentors/${mentor.id}`), 404, 'MENTOR.NOT_FOUND');
    expect((await t.http.get(`/api/mentors?skills=${skill}`)).body.items).toHaveLength(0);
    expectProblem(await t.http.post('/api/mentors/sign-in').send({ email: mentor.email, password: mentor.password }), 401);
    const request = await t.http.get(`/api/request/${mine.id}`).set(student.auth).expect(200);
    expect(request.body).toMatchObject({ status: 'cancelled', mentorName: 'Deleted mentor' });
    expect((await types(student)).some((n) => n.type === 'request.cancelled' && n.data.requestId === mine.id)).toBe(true);
    expectProblem(await t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'hello?' }), 404, 'MENTOR.NOT_FOUND');
    // The student's other request is untouched.
    expect((await t.http.get(`/api/request/${id}`).set(student.auth)).body.status).toBe('pending');
  });
});
