import { aMentor, aStudent, expectProblem } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signUp = '/api/students/sign-up';
const valid = { email: 'v@example.com', password: 'password-123', name: 'V' };

describe('bad input answers 4xx problem+json, never 500', () => {
  it.each([
    ['an empty body', {}],
    ['a missing password', { email: 'a@example.com', name: 'A' }],
    ['an unknown field', { ...valid, role: 'admin' }],
    ['a wrong type', { ...valid, name: 42 }],
    ['a bad email', { ...valid, email: 'not-an-email' }],
    ['a short password', { ...valid, password: 'short' }],
    ['a long password', { ...valid, password: 'x'.repeat(129) }],
    ['an over-long name', { ...valid, name: 'x'.repeat(101) }],
    ['an over-long about', { ...valid, about: 'x'.repeat(2001) }],
    ['too many tags', { ...valid, interests: Array.from({ length: 31 }, (_, i) => `t${i}`) }],
    ['an over-long tag', { ...valid, interests: ['x'.repeat(41)] }],
    ['tags that are not strings', { ...valid, interests: [1, 2] }],
    ['a bad telegram', { ...valid, telegram: 'a b' }],
    ['an array body', [valid]],
    ['a null body', null],
  ])('sign-up with %s', async (_, body) => {
    const res = await t.http.post(signUp).set('content-type', 'application/json').send(JSON.stringify(body));
    expectProblem(res, 400);
  });

  it('lists each bad field', async () => {
    const res = await t.http.post(signUp).send({ email: 'bad', password: 'x', extra: true });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'name', 'extra']));
  });

  it('malformed JSON is a 400', async () => {
    const res = await t.http.post(signUp).set('content-type', 'application/json').send('{"email": ');
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('a non-JSON body is a 415', async () => {
    const res = await t.http.post(signUp).set('content-type', 'text/plain').send('email=a');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a form-encoded body is a 415', async () => {
    const res = await t.http.post(signUp).type('form').send({ email: 'a@example.com' });
    expectProblem(res, 415);
  });

  it('a body over 1 MiB is a 413', async () => {
    const res = await t.http.post(signUp).set('content-type', 'application/json').send(JSON.stringify({ ...valid, about: 'x'.repeat(1_100_000) }));
    expectProblem(res, 413, 'BODY_TOO_LARGE');
  });

  it('mentor fields are checked', async () => {
    const m = await aMentor(t.http);
    for (const body of [{ capacity: -1 }, { capacity: 101 }, { capacity: 2.5 }, { capacity: '3' }, { experienceYears: 200 }, { timezone: 'Mars/Olympus' }, { languages: ['english'] }, { acceptingRequests: 'yes' }, { skills: 'go' }]) {
      expectProblem(await t.http.patch(`/api/mentors/${m.id}`).set(m.auth).send(body), 400);
    }
  });

  it('ids in paths must be UUIDs', async () => {
    const s = await aStudent(t.http);
    for (const path of ['/api/mentors/123', "/api/mentors/1' OR '1'='1", '/api/mentors/%00']) {
      expectProblem(await t.http.get(path), 400);
    }
    expectProblem(await t.http.patch('/api/students/nope').set(s.auth).send({ name: 'x' }), 400, 'INVALID_ID');
  });

  it('list queries are checked', async () => {
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'cursor=garbage', 'acceptingOnly=maybe', 'language=english', `query=${'x'.repeat(501)}`]) {
      expectProblem(await t.http.get(`/api/mentors?${q}`), 400);
    }
  });

  it('unknown routes are a 404 problem', async () => {
    expectProblem(await t.http.get('/api/nothing-here'), 404, 'NOT_FOUND');
  });
});

describe('operations', () => {
  it('ping, liveness and readiness', async () => {
    expect((await t.http.get('/api/ping')).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/api/health/live')).status).toBe(200);
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toMatchObject({ status: 'up' });
  });

  it('every response carries a request id; a sane incoming one is kept', async () => {
    const res = await t.http.get('/api/ping').set('x-request-id', 'abc-123-from-nginx');
    expect(res.headers['x-request-id']).toBe('abc-123-from-nginx');
    const problem = await t.http.get('/api/mentors/nope').set('x-request-id', 'abc-456-from-nginx');
    expect(problem.body.requestId).toBe('abc-456-from-nginx');
    const generated = await t.http.get('/api/ping').set('x-request-id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Swagger UI and the OpenAPI document with every route', async () => {
    const ui = await t.http.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
    const doc = await t.http.get('/api/docs-json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/students/sign-up', '/api/students/sign-in', '/api/students', '/api/students/{id}',
        '/api/mentors/sign-up', '/api/mentors/sign-in', '/api/mentors', '/api/mentors/{id}',
        '/api/admin/sign-up', '/api/admin/sign-in', '/api/auth/refresh', '/api/auth/logout',
        '/api/get-role', '/api/get-role/{instance_id}', '/api/ping', '/api/health/live', '/api/health/ready',
      ]),
    );
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
