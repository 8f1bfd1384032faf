import { createHmac } from 'node:crypto';
import { aMentor, aStudent, ADMIN, expectProblem, theAdmin, WITH_ADMIN } from './support/factories.js';
import { createTestApp, TEST_ENV, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(WITH_ADMIN);
});
afterAll(() => t.close());

const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
function sign(claims: object, secret = TEST_ENV.JWT_SECRET!, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
const now = (): number => Math.floor(Date.now() / 1000);

describe('access tokens', () => {
  it('a forged, expired, tampered or foreign token is refused', async () => {
    const s = await aStudent(t.http);
    const claims = { sub: s.id, role: 'student', typ: 'access', iss: 'mentor-match', iat: now(), exp: now() + 600 };
    expect((await t.http.get('/api/students').set('Authorization', `Bearer ${sign(claims)}`)).status).toBe(200);
    const cases = {
      expired: sign({ ...claims, iat: now() - 1000, exp: now() - 10 }),
      wrongSecret: sign(claims, 'another-secret-another-secret-another-secret'),
      tampered: (() => {
        const [h, , sig] = s.accessToken.split('.');
        return `${h}.${b64({ ...claims, role: 'admin' })}.${sig}`;
      })(),
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
      wrongIssuer: sign({ ...claims, iss: 'someone-else' }),
      notAccess: sign({ ...claims, typ: 'refresh' }),
      unknownRole: sign({ ...claims, role: 'root' }),
      garbage: 'not.a.jwt',
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await t.http.get('/api/students').set('Authorization', `Bearer ${token}`);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectProblem(res, 401, 'AUTH.INVALID_TOKEN');
    }
    expectProblem(await t.http.get('/api/students').set('Authorization', 'Basic abc'), 401);
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works, the old refresh token is spent', async () => {
    const s = await aStudent(t.http);
    const first = await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ role: 'student', expiresIn: 900 });
    expect(first.body.refreshToken).not.toBe(s.refreshToken);
    expect((await t.http.get('/api/students').set('Authorization', `Bearer ${first.body.accessToken}`)).status).toBe(200);
    const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
  });

  it('reuse of a spent token revokes the whole family', async () => {
    const s = await aStudent(t.http);
    const next = await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken });
    expect(next.status).toBe(200);
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    // the thief's replay also killed the legitimate holder's newer token
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: next.body.refreshToken }), 401);
    // other sessions (families) are untouched
    const again = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password });
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: again.body.refreshToken })).status).toBe(200);
  });

  it('two concurrent refreshes with one token: one wins, the family is revoked', async () => {
    const s = await aStudent(t.http);
    const results = await Promise.all([0, 1, 2].map(() => t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const winner = results.find((r) => r.status === 200)!;
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: winner.body.refreshToken }), 401);
  });

  it('logout revokes the family; refresh afterwards is refused', async () => {
    const m = await aMentor(t.http);
    expect((await t.http.post('/api/auth/logout').set(m.auth).send({ refreshToken: m.refreshToken })).status).toBe(204);
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: m.refreshToken }), 401);
  });

  it("logout with another account's refresh token changes nothing", async () => {
    const victim = await aStudent(t.http);
    const attacker = await aStudent(t.http);
    expect((await t.http.post('/api/auth/logout').set(attacker.auth).send({ refreshToken: victim.refreshToken })).status).toBe(204);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: victim.refreshToken })).status).toBe(200);
  });

  it('logout needs an access token; malformed refresh tokens are refused', async () => {
    const s = await aStudent(t.http);
    expectProblem(await t.http.post('/api/auth/logout').send({ refreshToken: s.refreshToken }), 401);
    for (const refreshToken of ['short', 'x'.repeat(201), `${s.id}.tooshort`, '00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await t.http.post('/api/auth/refresh').send({ refreshToken });
      expect([400, 401]).toContain(res.status);
    }
    // No token in the body means the cookie; without one either, there is no session to refresh.
    expectProblem(await t.http.post('/api/auth/refresh').send({}), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: 42 }), 400, 'VALIDATION_FAILED');
  });
});

describe('admins', () => {
  it('the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD and may create another', async () => {
    const admin = await theAdmin(t.http);
    expect(admin.profile).toMatchObject({ email: ADMIN.email, name: 'Administrator' });
    const res = await t.http.post('/api/admin/sign-up').set(admin.auth).send({ email: 'second@example.com', password: 'second-admin-1', name: 'Second' });
    expect(res.status).toBe(201);
    // The new admin's profile, never their tokens: the creator must not be able to act as them.
    expect(res.body).toEqual({ id: expect.any(String), email: 'second@example.com', name: 'Second', createdAt: expect.any(String) });
    expect((await t.http.post('/api/admin/sign-in').send({ email: 'second@example.com', password: 'second-admin-1' })).status).toBe(200);
    expectProblem(await t.http.post('/api/admin/sign-up').set(admin.auth).send({ email: 'SECOND@example.com', password: 'second-admin-1', name: 'Again' }), 409);
  });

  it('nobody else may create an admin', async () => {
    const s = await aStudent(t.http);
    const m = await aMentor(t.http);
    const body = { email: 'evil@example.com', password: 'evil-admin-1', name: 'Evil' };
    expectProblem(await t.http.post('/api/admin/sign-up').send(body), 401);
    expectProblem(await t.http.post('/api/admin/sign-up').set(s.auth).send(body), 403);
    expectProblem(await t.http.post('/api/admin/sign-up').set(m.auth).send(body), 403);
    expectProblem(await t.http.post('/api/admin/sign-in').send({ email: body.email, password: body.password }), 401);
  });

  it('restarting with the same ADMIN_EMAIL keeps the one admin', async () => {
    const again = await createTestApp({ ...WITH_ADMIN, DATABASE_URL: t.databaseUrl });
    try {
      expect((await again.http.post('/api/admin/sign-in').send(ADMIN)).status).toBe(200);
    } finally {
      await again.app.close();
    }
  });
});
