import { aMentor, aStudent, type Actor } from './support/factories.js';
import { PostgresProcess } from './support/postgres-process.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * PostgreSQL stopped under load: every request that needs it answers 503 SERVICE.UNAVAILABLE with
 * Retry-After (which nginx retries for idempotent methods), none a 500; readiness reports it; once
 * the server is back, requests succeed again without a restart.
 */
const run = PostgresProcess.binaries() ? describe : describe.skip;

run('PostgreSQL outage', () => {
  let pg: PostgresProcess;
  let t: TestApp;
  let student: Actor;
  let mentor: Actor;

  beforeAll(async () => {
    pg = await PostgresProcess.start();
    t = await createTestApp({ DATABASE_URL: pg.url, DB_POOL_SIZE: '4' });
    [student, mentor] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    pg?.destroy();
  });

  const load = () => [
    t.http.get('/api/students').set(student.auth),
    t.http.get(`/api/mentors/${mentor.id}/ratings`),
    t.http.get('/api/notifications').set(mentor.auth),
    t.http.patch(`/api/students/${student.id}`).set(student.auth).send({ name: 'Renamed' }),
    t.http.post('/api/request').set(student.auth).send({ mentorId: mentor.id, message: 'Teach me' }),
    t.http.post('/api/students/sign-in').send({ email: student.email, password: student.password }),
  ];

  it('answers 503 with Retry-After while it is down, and recovers when it is back', async () => {
    pg.stopServer('fast');
    const answers = (await Promise.all(Array.from({ length: 5 }, load).flat()));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s !== 503)).toEqual([]);
    for (const res of answers) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE', requestId: res.headers['x-request-id'] });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(503);

    pg.startServer();
    const deadline = Date.now() + 15_000;
    let back = 0;
    while (Date.now() < deadline) {
      back = (await t.http.get('/api/students').set(student.auth)).status;
      if (back === 200) break;
      expect(back).toBe(503);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(back).toBe(200);
    expect((await t.http.patch(`/api/students/${student.id}`).set(student.auth).send({ name: 'Back' })).status).toBe(200);
    expect((await t.http.get('/api/health/ready')).status).toBe(200);
  }, 60_000);
});
