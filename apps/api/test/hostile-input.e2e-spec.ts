import { connect } from 'node:net';
import { aMentor, aStudent, type Actor, expectProblem } from './support/factories.js';
import { insertRequests, sql } from './support/requests.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_HEADERS_TIMEOUT_MS: '1000' });
});
afterAll(() => t.close());

const post = (path: string, raw: string) => t.http.post(path).set('content-type', 'application/json').send(raw);
const crafted = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const ZERO_CURSOR = crafted({ at: '0', id: '00000000-0000-0000-0000-000000000000' });

async function mentee(mentor: Actor): Promise<Actor> {
  const student = await aStudent(t.http);
  await insertRequests(t, [{ studentId: student.id, mentorId: mentor.id, status: 'accepted', respondedAt: new Date().toISOString() }]);
  return student;
}

describe('one rule for text: no NUL, no unpaired surrogate, in any DTO string', () => {
  it.each([
    ['a NUL in a sign-up name', '/api/students/sign-up', '{"email":"n@example.com","password":"password-123","name":"a\\u0000b"}', 'name'],
    ['a lone surrogate in a sign-up email', '/api/mentors/sign-up', '{"email":"a\\uD800b@example.com","password":"password-123","name":"M"}', 'email'],
    ['a lone surrogate in a sign-in email', '/api/students/sign-in', '{"email":"a\\uD800b","password":"password-123"}', 'email'],
    ['a NUL in a tag', '/api/students/sign-up', '{"email":"t@example.com","password":"password-123","name":"T","interests":["ok","x\\u0000"]}', 'interests.1'],
  ])('%s is a 400 naming the field', async (_name, path, body, field) => {
    const res = await post(path, body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([{ field, message: expect.stringMatching(/NUL/) }]);
  });

  it('covers PATCH bodies, rating comments, queries and paths, and writes nothing', async () => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor);
    expectProblem(await t.http.patch(`/api/mentors/${mentor.id}`).set(mentor.auth).set('content-type', 'application/json').send('{"bio":"x\\u0000"}'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.patch(`/api/students/${student.id}`).set(student.auth).set('content-type', 'application/json').send('{"about":"\\uDFFFx"}'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).set('content-type', 'application/json').send('{"score":5,"comment":"\\uD83D"}'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get('/api/mentors?query=go%00lang'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get('/api/mentors/%00'), 400);
    expect(await sql(t, 'SELECT 1 FROM ratings WHERE mentor_id = $1', [mentor.id])).toEqual([]);
    const [row] = await sql<{ bio: string }>(t, 'SELECT bio FROM mentors WHERE id = $1', [mentor.id]);
    expect(row!.bio).not.toContain('\0');
  });
});

describe('PATCH semantics: null clears a nullable field, and is a 400 for any other', () => {
  it('students', async () => {
    const s = await aStudent(t.http, { telegram: 'stud_ent' });
    for (const field of ['name', 'about', 'interests']) {
      const res = await t.http.patch(`/api/students/${s.id}`).set(s.auth).send({ [field]: null });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([{ field, message: expect.stringMatching(/may not be null/) }]);
    }
    const cleared = await t.http.patch(`/api/students/${s.id}`).set(s.auth).send({ telegram: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.telegram).toBeNull();
  });

  it('mentors: every non-nullable field', async () => {
    const m = await aMentor(t.http, { telegram: 'men_tor' });
    const fields = ['name', 'bio', 'expertise', 'skills', 'experienceYears', 'languages', 'timezone', 'capacity', 'acceptingRequests'];
    const res = await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send(Object.fromEntries(fields.map((f) => [f, null])));
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([...fields].sort());
    const cleared = await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send({ telegram: null });
    expect(cleared.status).toBe(200);
  });

  it('a rating comment may be null', async () => {
    const mentor = await aMentor(t.http);
    const student = await mentee(mentor);
    const res = await t.http.post(`/api/mentors/${mentor.id}/score`).set(student.auth).send({ score: 4, comment: null });
    expect(res.status).toBeLessThan(300);
    expect(res.body.comment).toBeNull();
  });
});

describe('cursors: decoded and range-checked by one codec', () => {
  it('a crafted cursor is a 400 on every list', async () => {
    const mentor = await aMentor(t.http);
    const student = await aStudent(t.http);
    const lists = [
      [`/api/mentors/${mentor.id}/ratings`, undefined],
      [`/api/request/student/${student.id}`, student],
      [`/api/request/mentor/${mentor.id}`, mentor],
      ['/api/notifications', student],
      ['/api/mentors', undefined],
    ] as const;
    for (const cursor of [ZERO_CURSOR, crafted({ at: '275760-09-13T00:00:00.000Z', id: mentor.id }), crafted({ seq: '99999999999999999999' }), crafted({ score: 1e308, at: '2026-01-01T00:00:00.000Z', id: mentor.id })]) {
      for (const [path, who] of lists) {
        const req = t.http.get(`${path}?cursor=${cursor}`);
        expectProblem(await (who ? req.set(who.auth) : req), 400, 'INVALID_CURSOR');
      }
    }
  });
});

describe('bodies that cost nothing', () => {
  it('deep nesting is refused before any DTO transformation', async () => {
    const started = Date.now();
    expectProblem(await post('/api/students/sign-up', '['.repeat(5000) + ']'.repeat(5000)), 400, 'BODY_TOO_DEEP');
    expectProblem(await post('/api/auth/refresh', `{"refreshToken":${'['.repeat(100)}${']'.repeat(100)}}`), 400, 'BODY_TOO_DEEP');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a huge number of keys is refused, and a credential route takes only a few KB', async () => {
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}`;
    expectProblem(await post('/api/students/sign-up', keys(2000)), 400, 'BODY_TOO_COMPLEX');
    const refresh = await post('/api/auth/refresh', keys(60_000));
    expectProblem(refresh, 413, 'BODY_TOO_LARGE');
    expect(refresh.text.length).toBeLessThan(1000);
  });

  it('the list of field errors is capped', async () => {
    const body = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`unknown${i}`, 1]));
    const res = await t.http.post('/api/students/sign-up').send(body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toHaveLength(20);
    expect(res.body.detail).toMatch(/first 20 of \d+/);
  });
});

describe('errors the framework answers itself are problem+json with the request id', () => {
  it('404, 405, 413, 414, 415', async () => {
    const checks = [
      [await t.http.get('/api/nothing-here'), 404, 'NOT_FOUND'],
      [await t.http.put('/api/ping'), 405, 'METHOD_NOT_ALLOWED'],
      [await t.http.put(`/api/mentors/${'0'.repeat(36)}`), 405, 'METHOD_NOT_ALLOWED'],
      [await post('/api/students/sign-in', JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(5000) })), 413, 'BODY_TOO_LARGE'],
      [await t.http.get(`/api/mentors/${'a'.repeat(101)}`), 414, 'URI_TOO_LONG'],
      [await t.http.post('/api/students/sign-in').set('content-type', 'application/xml').send('<a/>'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ] as const;
    for (const [res, status, code] of checks) {
      expectProblem(res, status, code);
      expect(res.headers['x-request-id']).toBe(res.body.requestId);
    }
    expect(checks[1][0].headers.allow).toBe('GET');
  });

  it('a request body that never finishes is a 408 problem after the request timeout', async () => {
    const { port } = (t.app.getHttpServer().address() ?? (await t.app.listen(0, '127.0.0.1'), t.app.getHttpServer().address())) as { port: number };
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /api/students/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":');
      });
      let data = '';
      socket.on('data', (d: Buffer) => (data += d.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 8000);
    });
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(answer).toMatch(/content-type: application\/problem\+json/i);
    expect(answer).toMatch(/x-request-id: [0-9a-f-]{36}/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
  }, 15_000);
});
