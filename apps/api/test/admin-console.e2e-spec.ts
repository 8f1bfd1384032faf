import { randomUUID } from 'node:crypto';
import { aMentor, aRequest, aStudent, expectProblem, setStatus, theAdmin, WITH_ADMIN } from './support/factories.js';
import { SseClient } from './support/sse-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(WITH_ADMIN);
});
afterAll(() => t.close());

const ids = (res: { body: { items: { id: string }[] } }): string[] => res.body.items.map((i) => i.id);

describe('admin lists', () => {
  it('requests filtered by status, mentor, student and creation day', async () => {
    const admin = await theAdmin(t.http);
    const [s1, s2, m] = await Promise.all([aStudent(t.http), aStudent(t.http), aMentor(t.http, { skills: ['rust'] })]);
    const r1 = await aRequest(t.http, s1, m);
    const r2 = await aRequest(t.http, s2, m);
    await setStatus(t.http, m, r2.id, 'accepted').expect(200);
    const byMentor = await t.http.get(`/api/admin/requests?mentorId=${m.id}`).set(admin.auth);
    expect(byMentor.status).toBe(200);
    expect(ids(byMentor)).toEqual([r2.id, r1.id]);
    expect(byMentor.body.total).toBe(2);
    expect(ids(await t.http.get(`/api/admin/requests?mentorId=${m.id}&status=accepted`).set(admin.auth))).toEqual([r2.id]);
    expect(ids(await t.http.get(`/api/admin/requests?studentId=${s1.id}`).set(admin.auth))).toEqual([r1.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect(ids(await t.http.get(`/api/admin/requests?mentorId=${m.id}&from=${today}&to=${today}`).set(admin.auth))).toHaveLength(2);
    expect(ids(await t.http.get(`/api/admin/requests?mentorId=${m.id}&to=2020-01-01`).set(admin.auth))).toEqual([]);
    const page = await t.http.get(`/api/admin/requests?mentorId=${m.id}&limit=1`).set(admin.auth);
    const next = await t.http.get(`/api/admin/requests?mentorId=${m.id}&limit=1&cursor=${page.body.nextCursor}`).set(admin.auth);
    expect([...ids(page), ...ids(next)]).toEqual([r2.id, r1.id]);
    expectProblem(await t.http.get('/api/admin/requests?mentorId=nope').set(admin.auth), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get('/api/admin/requests').set(s1.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.get('/api/admin/requests').set(m.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
  });

  it('accounts filtered by kind, text and suspension, paged', async () => {
    const admin = await theAdmin(t.http);
    const tag = randomUUID().slice(0, 6);
    const s = await aStudent(t.http, { name: `Zed ${tag}` });
    const m = await aMentor(t.http, { email: `mentor-${tag}@example.com` });
    const byName = await t.http.get(`/api/admin/accounts?q=zed%20${tag}`).set(admin.auth);
    expect(byName.status).toBe(200);
    expect(byName.body.items).toEqual([expect.objectContaining({ id: s.id, kind: 'student', name: `Zed ${tag}`, suspendedAt: null })]);
    expect(ids(await t.http.get(`/api/admin/accounts?q=${tag}&kind=mentor`).set(admin.auth))).toEqual([m.id]);
    expect(ids(await t.http.get(`/api/admin/accounts?q=%25`).set(admin.auth))).toEqual([]);
    const first = await t.http.get(`/api/admin/accounts?q=${tag}&limit=1`).set(admin.auth);
    const second = await t.http.get(`/api/admin/accounts?q=${tag}&limit=1&cursor=${first.body.nextCursor}`).set(admin.auth);
    expect([...ids(first), ...ids(second)].sort()).toEqual([s.id, m.id].sort());
    expect(first.body.total).toBe(2);
    expectProblem(await t.http.get('/api/admin/accounts?kind=root').set(admin.auth), 400);
    expectProblem(await t.http.get('/api/admin/accounts').set(s.auth), 403);
  });
});

describe('suspension', () => {
  it('a suspended mentor: sign-in refused, sessions and tokens dead at once, hidden from search, open requests closed with notifications', async () => {
    const admin = await theAdmin(t.http);
    const skill = `suspend${randomUUID().slice(0, 6)}`;
    const [s1, s2, m] = await Promise.all([aStudent(t.http), aStudent(t.http), aMentor(t.http, { skills: [skill] })]);
    const pending = await aRequest(t.http, s1, m);
    const accepted = await aRequest(t.http, s2, m);
    await setStatus(t.http, m, accepted.id, 'accepted').expect(200);
    expect(ids({ body: { items: (await t.http.get(`/api/mentors?skills=${skill}`)).body.items.map((h: { mentor: { id: string } }) => h.mentor) } })).toEqual([m.id]);

    const res = await t.http.post(`/api/admin/accounts/${m.id}/suspend`).set(admin.auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ account: { id: m.id, kind: 'mentor', suspendedBy: admin.id }, sessionsRevoked: 1, requestsClosed: 2 });
    expect(res.body.account.suspendedAt).toEqual(expect.any(String));

    expectProblem(await t.http.post('/api/mentors/sign-in').send({ email: m.email, password: m.password }), 403, 'ACCOUNT.SUSPENDED');
    expectProblem(await t.http.post('/api/mentors/sign-in').send({ email: m.email, password: 'wrong-password' }), 401, 'AUTH.BAD_CREDENTIALS');
    expectProblem(await t.http.post('/api/auth/refresh').send({ refreshToken: m.refreshToken }), 401, 'AUTH.INVALID_REFRESH_TOKEN');
    expectProblem(await t.http.get('/api/notifications').set(m.auth), 403, 'ACCOUNT.SUSPENDED');
    expect((await t.http.get(`/api/mentors?skills=${skill}`)).body.items).toEqual([]);

    for (const [student, request] of [[s1, pending], [s2, accepted]] as const) {
      const view = await t.http.get(`/api/request/${request.id}`).set(student.auth);
      expect(view.body).toMatchObject({ status: 'cancelled', note: expect.stringContaining('suspended') });
      const inbox = await t.http.get('/api/notifications?limit=1').set(student.auth);
      expect(inbox.body.items[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: request.id, by: 'system', status: 'cancelled' } });
    }
    const again = await t.http.post(`/api/admin/accounts/${m.id}/suspend`).set(admin.auth);
    expect(again.body).toMatchObject({ sessionsRevoked: 0, requestsClosed: 0 });
    expect(ids(await t.http.get(`/api/admin/accounts?suspended=true&kind=mentor&q=${encodeURIComponent(m.email)}`).set(admin.auth))).toEqual([m.id]);

    const back = await t.http.post(`/api/admin/accounts/${m.id}/unsuspend`).set(admin.auth);
    expect(back.body).toMatchObject({ id: m.id, suspendedAt: null, suspendedBy: null });
    const signIn = await t.http.post('/api/mentors/sign-in').send({ email: m.email, password: m.password });
    expect(signIn.status).toBe(200);
    expect((await t.http.get('/api/notifications').set('Authorization', `Bearer ${signIn.body.accessToken}`)).status).toBe(200);
    const found = await t.http.get(`/api/mentors?skills=${skill}`);
    expect(found.body.items.map((h: { mentor: { id: string; activeMentees?: number } }) => h.mentor.id)).toEqual([m.id]);
  });

  it('a suspended student: their open requests are closed, the mentor told and their mentee slot freed', async () => {
    const admin = await theAdmin(t.http);
    const [s, m] = await Promise.all([aStudent(t.http), aMentor(t.http, { capacity: 1 })]);
    const r = await aRequest(t.http, s, m);
    await setStatus(t.http, m, r.id, 'accepted').expect(200);
    const res = await t.http.post(`/api/admin/accounts/${s.id}/suspend`).set(admin.auth);
    expect(res.body).toMatchObject({ requestsClosed: 1, sessionsRevoked: 1 });
    const inbox = await t.http.get('/api/notifications?limit=1').set(m.auth);
    expect(inbox.body.items[0]).toMatchObject({ type: 'request.cancelled', data: { requestId: r.id, by: 'system' } });
    const other = await aStudent(t.http);
    const next = await aRequest(t.http, other, m);
    expect((await setStatus(t.http, m, next.id, 'accepted')).status).toBe(200);
  });

  it('refuses other roles, self-suspension, unknown and malformed ids', async () => {
    const admin = await theAdmin(t.http);
    const [s, m] = await Promise.all([aStudent(t.http), aMentor(t.http)]);
    expectProblem(await t.http.post(`/api/admin/accounts/${m.id}/suspend`).set(s.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.post(`/api/admin/accounts/${s.id}/suspend`).set(m.auth), 403, 'AUTH.ROLE_NOT_ALLOWED');
    expectProblem(await t.http.post(`/api/admin/accounts/${s.id}/suspend`), 401);
    expectProblem(await t.http.post(`/api/admin/accounts/${admin.id}/suspend`).set(admin.auth), 409, 'ACCOUNT.CANNOT_SUSPEND_SELF');
    expectProblem(await t.http.post(`/api/admin/accounts/${randomUUID()}/suspend`).set(admin.auth), 404, 'ACCOUNT.NOT_FOUND');
    expectProblem(await t.http.post('/api/admin/accounts/nope/unsuspend').set(admin.auth), 400, 'INVALID_ID');
  });
});

describe('suspension and open notification streams', () => {
  it('ends the suspended account’s open streams (bearer and cookie) with a reauthenticate event, and refuses them again', async () => {
    const t2 = await createTestApp({ ...WITH_ADMIN, SSE_HEARTBEAT_SECONDS: '1' });
    const clients: SseClient[] = [];
    try {
      const admin = await theAdmin(t2.http);
      const s = await aStudent(t2.http);
      const res = await t2.http.post('/api/notifications/stream-cookie').set(s.auth);
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('mm_stream='))!.split(';')[0]!;
      await t2.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `${(await t2.app.getUrl()).replace('[::1]', '127.0.0.1')}/api/notifications/stream`;
      for (const headers of [{ authorization: s.auth.Authorization }, { cookie }] as Record<string, string>[]) {
        const client = await SseClient.connect(url, headers);
        clients.push(client);
        await client.until((c) => c.events.some((e) => e.event === 'ready'), 5000, 'ready');
      }
      expect((await t2.http.post(`/api/admin/accounts/${s.id}/suspend`).set(admin.auth)).status).toBe(200);
      for (const client of clients) {
        await client.until((c) => c.isEnded, 5000, 'the stream to end');
        expect(client.events.find((e) => e.event === 'reauthenticate')?.data).toMatch(/account-suspended|session-revoked/);
      }
      await expect(SseClient.connect(url, { cookie })).rejects.toMatchObject({ status: 401 });
      await expect(SseClient.connect(url, { authorization: s.auth.Authorization })).rejects.toMatchObject({ status: 401 });
    } finally {
      for (const c of clients) c.close();
      await t2.close();
    }
  });
});
