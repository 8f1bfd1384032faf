import { JwtService } from '@nestjs/jwt';
import { aMentor, aStudent, expectProblem } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Authorization headers no route can use: expired, forged, malformed, another scheme. */
function unusableHeaders(sub: string): Record<string, string> {
  const jwt = t.app.get(JwtService);
  const expired = jwt.sign({ sub, role: 'student', typ: 'access' }, { expiresIn: -10 });
  const forged = `${expired.slice(0, expired.lastIndexOf('.'))}.${'A'.repeat(43)}`;
  return { expired: `Bearer ${expired}`, forged: `Bearer ${forged}`, malformed: 'Bearer not-a-jwt', basic: 'Basic Zm9vOmJhcg==' };
}

describe('routes that do not use identity ignore the Authorization header', () => {
  it('refresh with a valid refresh token and an expired access token in the header', async () => {
    const s = await aStudent(t.http);
    const res = await t.http.post('/api/auth/refresh').set('Authorization', unusableHeaders(s.id).expired).send({ refreshToken: s.refreshToken });
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toEqual(expect.any(String));
  });

  it('sign-in, sign-up, ping and health answer as without the header', async () => {
    const s = await aStudent(t.http);
    for (const [kind, header] of Object.entries(unusableHeaders(s.id))) {
      const calls = [
        [t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password }), 200],
        [t.http.post('/api/students/sign-up').send({ email: `${kind}-${s.email}`, password: 'password-123', name: 'N' }), 201],
        [t.http.get('/api/ping'), 200],
        [t.http.get('/api/health/live'), 200],
        [t.http.get('/api/health/ready'), 200],
      ] as const;
      for (const [index, [call, status]] of calls.entries()) {
        const res = await call.set('Authorization', header);
        expect({ kind, index, status: res.status }).toEqual({ kind, index, status });
        expect(res.headers['www-authenticate']).toBeUndefined();
      }
    }
  });
});

describe('routes where identity is optional answer an unusable token as anonymous, and say so', () => {
  it('the mentor list and profile', async () => {
    const m = await aMentor(t.http);
    for (const header of Object.values(unusableHeaders(m.id))) {
      for (const path of ['/api/mentors', `/api/mentors/${m.id}`]) {
        const res = await t.http.get(path).set('Authorization', header);
        expect(res.status).toBe(200);
        expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
      }
      expect((await t.http.get(`/api/mentors/${m.id}`).set('Authorization', header)).body.contacts).toBeNull();
    }
    // A valid token is still read: the mentor sees their own contacts, without a hint.
    const own = await t.http.get(`/api/mentors/${m.id}`).set(m.auth);
    expect(own.body.contacts).toMatchObject({ email: m.email });
    expect(own.headers['www-authenticate']).toBeUndefined();
  });

  it('the notification stream without a ticket is still a 401', async () => {
    const s = await aStudent(t.http);
    expectProblem(await t.http.get('/api/notifications/stream').set('Authorization', unusableHeaders(s.id).expired), 401, 'AUTH.INVALID_TOKEN');
  });
});

describe('routes that need identity answer 401 with WWW-Authenticate', () => {
  it.each(['/api/get-role', '/api/notifications', '/api/students'])('%s', async (path) => {
    const s = await aStudent(t.http);
    for (const header of Object.values(unusableHeaders(s.id))) {
      const res = await t.http.get(path).set('Authorization', header);
      expectProblem(res, 401, 'AUTH.INVALID_TOKEN');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    }
  });
});
