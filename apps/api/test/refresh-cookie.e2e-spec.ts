import { aStudent, expectProblem } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The `mm_refresh` value of a Set-Cookie answer, with its attributes. */
function refreshCookie(res: { headers: Record<string, unknown> }): { value: string; attributes: string } | undefined {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const line = all.find((c) => c.startsWith('mm_refresh='));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split('; ');
  return { value: pair!.slice('mm_refresh='.length), attributes: attributes.join('; ') };
}

describe('refresh token as an httpOnly cookie', () => {
  it('opt-in at sign-in: the token goes to a Secure, httpOnly, SameSite=Strict cookie on /api/auth and the body has a CSRF token instead', async () => {
    const s = await aStudent(t.http);
    const res = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password, refreshCookie: true });
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect(res.body).toMatchObject({ accessToken: expect.any(String), csrfToken: expect.any(String), role: 'student' });
    const cookie = refreshCookie(res)!;
    expect(cookie.value).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
    expect(cookie.attributes).toMatch(/HttpOnly/);
    expect(cookie.attributes).toMatch(/Secure/);
    expect(cookie.attributes).toMatch(/SameSite=Strict/);
    expect(cookie.attributes).toMatch(/Path=\/api\/auth/);
    expect(cookie.attributes).toMatch(/Max-Age=2592000/);
  });

  it('refresh with the cookie needs the CSRF token; rotation renews the cookie; logout clears it', async () => {
    const s = await aStudent(t.http);
    const signIn = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password, refreshCookie: true });
    const first = refreshCookie(signIn)!.value;
    const csrf = signIn.body.csrfToken as string;

    expectProblem(await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${first}`).send({}), 403, 'AUTH.CSRF_FAILED');
    expectProblem(await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${first}`).set('x-csrf-token', 'forged').send({}), 403, 'AUTH.CSRF_FAILED');
    expectProblem(await t.http.post('/api/auth/refresh').set('x-csrf-token', csrf).send({}), 401, 'AUTH.INVALID_REFRESH_TOKEN');

    // The refused attempts did not spend the token.
    const rotated = await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${first}`).set('x-csrf-token', csrf).send({});
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).toBeUndefined();
    expect(rotated.body.csrfToken).toBe(csrf);
    const second = refreshCookie(rotated)!.value;
    expect(second).not.toBe(first);
    expect((await t.http.get('/api/students').set('Authorization', `Bearer ${rotated.body.accessToken}`)).status).toBe(200);

    // Reuse of the spent cookie still revokes the family.
    expectProblem(await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${first}`).set('x-csrf-token', csrf).send({}), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    expectProblem(await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${second}`).set('x-csrf-token', csrf).send({}), 401, 'AUTH.INVALID_REFRESH_TOKEN');

    const again = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password, refreshCookie: true });
    const auth = { Authorization: `Bearer ${again.body.accessToken}` };
    const cookie = `mm_refresh=${refreshCookie(again)!.value}`;
    expectProblem(await t.http.post('/api/auth/logout').set(auth).set('Cookie', cookie).send({}), 403, 'AUTH.CSRF_FAILED');
    const out = await t.http.post('/api/auth/logout').set(auth).set('Cookie', cookie).set('x-csrf-token', again.body.csrfToken).send({});
    expect(out.status).toBe(204);
    expect(refreshCookie(out)?.attributes).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/);
    expectProblem(await t.http.post('/api/auth/refresh').set('Cookie', cookie).set('x-csrf-token', again.body.csrfToken).send({}), 401);
  });

  it('the body flow stays as it was, side by side with a cookie session of the same account', async () => {
    const s = await aStudent(t.http);
    expect(s.refreshToken).toEqual(expect.any(String));
    const body = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password });
    expect(body.body).toMatchObject({ refreshToken: expect.any(String) });
    expect(body.body.csrfToken).toBeUndefined();
    expect(refreshCookie(body)).toBeUndefined();
    const cookieSession = await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password, refreshCookie: true });

    const viaBody = await t.http.post('/api/auth/refresh').send({ refreshToken: body.body.refreshToken });
    expect(viaBody.status).toBe(200);
    expect(viaBody.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookie(viaBody)).toBeUndefined();
    // A body token wins over a cookie and needs no CSRF token (no cookie authenticates it).
    const both = await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${refreshCookie(cookieSession)!.value}`).send({ refreshToken: viaBody.body.refreshToken });
    expect(both.status).toBe(200);
    const viaCookie = await t.http.post('/api/auth/refresh').set('Cookie', `mm_refresh=${refreshCookie(cookieSession)!.value}`).set('x-csrf-token', cookieSession.body.csrfToken).send({});
    expect(viaCookie.status).toBe(200);
    expectProblem(await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password, refreshCookie: 'yes' }), 400, 'VALIDATION_FAILED');
  });
});
