import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { aMentor, aStudent, expectProblem, theAdmin, WITH_ADMIN } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(WITH_ADMIN);
});
afterAll(() => t.close());

describe('students', () => {
  it('sign up, sign in and read their own profile', async () => {
    const res = await t.http.post('/api/students/sign-up').send({ email: '  Ann@Example.COM ', password: 'password-123', name: ' Ann ', interests: ['Python', 'python ', ' Machine  Learning'], telegram: '@ann_dev' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ role: 'student', expiresIn: 900, profile: { email: 'ann@example.com', name: 'Ann', interests: ['python', 'machine learning'], telegram: 'ann_dev' } });
    expect(res.body.profile.id).toMatch(/^[0-9a-f-]{36}$/);

    const signIn = await t.http.post('/api/students/sign-in').send({ email: 'ANN@example.com', password: 'password-123' });
    expect(signIn.status).toBe(200);
    const me = await t.http.get('/api/students').set('Authorization', `Bearer ${signIn.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: res.body.profile.id, name: 'Ann', email: 'ann@example.com' });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const s = await aStudent(t.http);
    const wrong = await t.http.post('/api/students/sign-in').send({ email: s.email, password: 'not-the-password' });
    const unknown = await t.http.post('/api/students/sign-in').send({ email: `nobody-${randomUUID()}@example.com`, password: 'whatever-123' });
    expectProblem(wrong, 401, 'AUTH.BAD_CREDENTIALS');
    expectProblem(unknown, 401, 'AUTH.BAD_CREDENTIALS');
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('a mentor cannot sign in as a student with the same credentials', async () => {
    const m = await aMentor(t.http);
    expectProblem(await t.http.post('/api/students/sign-in').send({ email: m.email, password: m.password }), 401);
  });

  it('answers 409 to a duplicate email, compared case-insensitively', async () => {
    await aStudent(t.http, { email: 'dup@example.com' });
    expectProblem(await t.http.post('/api/students/sign-up').send({ email: 'DUP@example.com', password: 'password-123', name: 'Dup' }), 409, 'ACCOUNT.EMAIL_TAKEN');
  });

  it('the same email may be a student and a mentor', async () => {
    await aStudent(t.http, { email: 'both@example.com' });
    await aMentor(t.http, { email: 'both@example.com' });
  });

  it('two concurrent sign-ups with one email create one account', async () => {
    const body = { email: 'race@example.com', password: 'password-123', name: 'Racer' };
    const results = await Promise.all(Array.from({ length: 8 }, () => t.http.post('/api/students/sign-up').send(body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('updates their own profile; admins may too', async () => {
    const s = await aStudent(t.http);
    const res = await t.http.patch(`/api/students/${s.id}`).set(s.auth).send({ about: 'I want to learn Rust', interests: ['Rust'], telegram: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ about: 'I want to learn Rust', interests: ['rust'], telegram: null });
    const admin = await theAdmin(t.http);
    const byAdmin = await t.http.patch(`/api/students/${s.id}`).set(admin.auth).send({ name: 'Renamed' });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.name).toBe('Renamed');
  });

  it('another student gets 404 and changes nothing; a mentor is refused', async () => {
    const s = await aStudent(t.http, { name: 'Original' });
    const other = await aStudent(t.http);
    const mentor = await aMentor(t.http);
    expectProblem(await t.http.patch(`/api/students/${s.id}`).set(other.auth).send({ name: 'Hacked' }), 404, 'STUDENT.NOT_FOUND');
    expectProblem(await t.http.patch(`/api/students/${s.id}`).set(mentor.auth).send({ name: 'Hacked' }), 403);
    expectProblem(await t.http.patch(`/api/students/${s.id}`).send({ name: 'Hacked' }), 401);
    const me = await t.http.get('/api/students').set(s.auth);
    expect(me.body.name).toBe('Original');
  });

  it('GET /api/students is for students only', async () => {
    const m = await aMentor(t.http);
    expectProblem(await t.http.get('/api/students').set(m.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/students'), 401);
  });

  it('an unknown student id is 404 even for an admin', async () => {
    const admin = await theAdmin(t.http);
    expectProblem(await t.http.patch('/api/students/00000000-0000-4000-8000-000000000000').set(admin.auth).send({ name: 'X' }), 404);
  });
});

describe('mentors', () => {
  it('sign up with a full profile and read it publicly, without contacts', async () => {
    const m = await aMentor(t.http, { skills: ['Go', 'Kubernetes', 'go'], languages: ['RU', 'en'], timezone: 'Europe/Moscow', capacity: 3, telegram: 'mentor_go', experienceYears: 7 });
    expect(m.profile).toMatchObject({ skills: ['go', 'kubernetes'], languages: ['ru', 'en'], capacity: 3, acceptingRequests: true, available: true, contacts: { telegram: 'mentor_go' } });
    const pub = await t.http.get(`/api/mentors/${m.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ id: m.id, timezone: 'Europe/Moscow', experienceYears: 7, contacts: null, rating: { average: null, count: 0, distribution: { '1': 0, '5': 0 } } });
    const student = await aStudent(t.http);
    expect((await t.http.get(`/api/mentors/${m.id}`).set(student.auth)).body.contacts).toBeNull();
    expect((await t.http.get(`/api/mentors/${m.id}`).set(m.auth)).body.contacts).toEqual({ email: m.email, telegram: 'mentor_go' });
  });

  it('updates capacity and acceptingRequests; others get 404 or 403 and nothing changes', async () => {
    const m = await aMentor(t.http);
    const res = await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ capacity: 2, acceptingRequests: false, bio: 'Ten years of Go' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ capacity: 2, acceptingRequests: false, available: false, bio: 'Ten years of Go' });
    const other = await aMentor(t.http);
    const student = await aStudent(t.http);
    expectProblem(await t.http.patch(`/api/mentors/${m.id}`).set(other.auth).send({ capacity: 50 }), 404, 'MENTOR.NOT_FOUND');
    expectProblem(await t.http.patch(`/api/mentors/${m.id}`).set(student.auth).send({ capacity: 50 }), 403);
    expectProblem(await t.http.patch(`/api/mentors/${m.id}`).send({ capacity: 50 }), 401);
    expect((await t.http.get(`/api/mentors/${m.id}`)).body.capacity).toBe(2);
    const admin = await theAdmin(t.http);
    expect((await t.http.patch(`/api/mentors/${m.id}`).set(admin.auth).send({ capacity: 4 })).body.capacity).toBe(4);
  });

  it('creation times are kept at millisecond precision, so keyset cursors built from JS dates are exact (regression)', async () => {
    const rows = (await t.app.get(DataSource).query(
      `SELECT table_name, datetime_precision FROM information_schema.columns WHERE column_name = 'created_at' AND table_name IN ('mentors', 'mentorship_requests') ORDER BY table_name`,
    )) as { table_name: string; datetime_precision: number }[];
    expect(rows.map((r) => [r.table_name, Number(r.datetime_precision)])).toEqual([
      ['mentors', 3],
      ['mentorship_requests', 3],
    ]);
  });

  it('an unknown mentor is 404', async () => {
    expectProblem(await t.http.get('/api/mentors/00000000-0000-4000-8000-000000000000'), 404, 'MENTOR.NOT_FOUND');
  });

  it('lists mentors with filters and cursor paging without gaps or repeats; empty pages are 200', async () => {
    for (let i = 0; i < 3; i++) await aMentor(t.http, { skills: ['elixir-test'], name: `Elixir ${i}` });
    const first = await t.http.get('/api/mentors?skills=elixir-test&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({ score: expect.any(Number), matched: [] });
    expect(first.body.total).toBe(3);
    const second = await t.http.get(`/api/mentors?skills=elixir-test&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const names = [...first.body.items, ...second.body.items].map((h: { mentor: { name: string } }) => h.mentor.name);
    expect(names.sort()).toEqual(['Elixir 0', 'Elixir 1', 'Elixir 2']);
    const none = await t.http.get('/api/mentors?skills=no-such-skill');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ items: [], nextCursor: null });
  });
});

describe('roles', () => {
  it('GET /api/get-role answers the token role, /api/get-role/{id} any account', async () => {
    const s = await aStudent(t.http);
    const m = await aMentor(t.http);
    expect((await t.http.get('/api/get-role').set(s.auth)).body).toEqual({ id: s.id, role: 'student' });
    expect((await t.http.get(`/api/get-role/${m.id}`).set(s.auth)).body).toEqual({ id: m.id, role: 'mentor' });
    const admin = await theAdmin(t.http);
    expect((await t.http.get(`/api/get-role/${admin.id}`).set(m.auth)).body).toEqual({ id: admin.id, role: 'admin' });
    expectProblem(await t.http.get('/api/get-role/00000000-0000-4000-8000-000000000000').set(s.auth), 404, 'ACCOUNT.NOT_FOUND');
    expectProblem(await t.http.get('/api/get-role/not-a-uuid').set(s.auth), 400, 'INVALID_ID');
    expectProblem(await t.http.get('/api/get-role'), 401);
  });
});
