import { jest } from '@jest/globals';
import { Clock } from '../src/database/clock.js';
import { RequestExpiry } from '../src/requests/request-expiry.js';
import { aMentor, aRequest, aStudent, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The main flows on the embedded PGlite, whatever database the rest of the suite uses. PGlite is
 * one connection: a query that runs outside the transaction holding it waits forever, so every
 * step here has a short deadline (regression: refresh-token rotation hung `npm start` this way).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ ...WITH_ADMIN, DATABASE_URL: '' });
});
afterAll(() => t.close());

const STEP_MS = 8000;

describe('on the embedded database', () => {
  it('health says so', async () => {
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body.checks.database.backend).toMatch(/PGlite/);
  });

  it('sessions: refresh rotation, reuse and logout', async () => {
    const s = await aStudent(t.http);
    const next = await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: next.body.refreshToken }).expect(401);
    const again = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password }).expect(200);
    await t.http.post('/api/auth/logout').set({ Authorization: `Bearer ${again.body.accessToken}` }).send({ refreshToken: again.body.refreshToken }).expect(204);
  }, STEP_MS);

  it('a mentorship from request to rating, with notifications, statistics and search', async () => {
    const student = await aStudent(t.http);
    const mentor = await aMentor(t.http, { skills: ['haskell'], capacity: 1 });
    const request = await aRequest(t.http, student, mentor);
    await setStatus(t.http, mentor, request.id, 'accepted').expect(200);
    await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 5, comment: 'Great' }).expect(200);
    await setStatus(t.http, student, request.id, 'completed').expect(200);
    const inbox = await t.http.get('/api/notifications').set(mentor.auth).expect(200);
    expect(inbox.body.items.map((n: { type: string }) => n.type)).toEqual(expect.arrayContaining(['request.created', 'rating.created', 'request.completed']));
    const stats = await t.http.get(`/api/stats/${mentor.id}`).set(mentor.auth).expect(200);
    expect(stats.body.rating).toMatchObject({ count: 1 });
    const admin = await theAdmin(t.http);
    await t.http.get('/api/stats').set(admin.auth).expect(200);
    const found = await t.http.get('/api/mentors?query=haskell').expect(200);
    expect(found.body.items[0].mentor).toMatchObject({ id: mentor.id, rating: { count: 1 } });
    await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ capacity: 2 }).expect(200);
  }, STEP_MS * 2);

  it('the thread, favourites, expiry (FOR UPDATE SKIP LOCKED), password change and account deletion', async () => {
    const [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    const request = await aRequest(t.http, student, mentor);
    await t.http.post(`/api/request/${request.id}/messages`).set(mentor.auth).send({ body: 'Tell me more' }).expect(201);
    await t.http.get(`/api/request/${request.id}/messages`).set(student.auth).expect(200);
    await t.http.put(`/api/mentors/${mentor.id}/favorite`).set(student.auth).send({ notifyWhenFree: true }).expect(200);
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 15 * 86_400_000));
    expect(await t.app.get(RequestExpiry).sweep()).toEqual({ expired: 1, reminded: 0 });
    const changed = await t.http.post('/api/auth/password').set(student.auth).send({ currentPassword: student.password, newPassword: 'another-password' }).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: student.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: changed.body.refreshToken }).expect(200);
    await aRequest(t.http, student, mentor);
    await t.http.delete(`/api/students/${student.id}`).set(student.auth).send({ password: 'another-password' }).expect(204);
    await t.http.post('/api/students/sign-in').send({ email: student.email, password: 'another-password' }).expect(401);
    await t.http.delete(`/api/mentors/${mentor.id}`).set(mentor.auth).send({ password: mentor.password }).expect(204);
    await t.http.get(`/api/mentors/${mentor.id}`).expect(404);
  }, STEP_MS * 2);
});
