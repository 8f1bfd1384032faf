import { JwtService } from '@nestjs/jwt';
import { aStudent, expectProblem } from './support/factories.js';
import { SseClient } from './support/sse-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let base: string;
const clients: SseClient[] = [];
beforeAll(async () => {
  t = await createTestApp({ SSE_HEARTBEAT_SECONDS: '1', SSE_MAX_STREAMS_PER_ACCOUNT: '2', STREAM_TICKETS_PER_MINUTE: '3' });
  await t.app.listen(0, '127.0.0.1');
  base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterEach(() => clients.splice(0).forEach((c) => c.close()));
afterAll(() => t.close());

async function stream(headers: Record<string, string>, query = ''): Promise<SseClient> {
  const client = await SseClient.connect(`${base}/api/notifications/stream${query}`, headers);
  clients.push(client);
  await client.until((c) => c.events.some((e) => e.event === 'ready'), 5000, 'the ready event');
  return client;
}

const reason = (c: SseClient): unknown => {
  const event = c.events.find((e) => e.event === 'reauthenticate');
  return event ? (JSON.parse(event.data) as { reason: string }).reason : undefined;
};

describe('stream caps', () => {
  it('at most N open streams per account: a new one ends the oldest', async () => {
    const s = await aStudent(t.http);
    const auth = { authorization: `Bearer ${s.accessToken}` };
    const first = await stream(auth);
    const second = await stream(auth);
    const third = await stream(auth);
    await first.ended;
    expect(reason(first)).toBe('too-many-streams');
    expect(second.isEnded || third.isEnded).toBe(false);
  });

  it('stream tickets are rate limited per account', async () => {
    const s = await aStudent(t.http);
    for (let i = 0; i < 3; i++) expect((await t.http.post('/api/notifications/ticket').set(s.auth)).status).toBe(201);
    const refused = await t.http.post('/api/notifications/ticket').set(s.auth);
    expectProblem(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.http.post('/api/notifications/ticket').set((await aStudent(t.http)).auth)).status).toBe(201);
  });

  it('a stream ends when its access token expires, also when opened with a ticket bought with it', async () => {
    const s = await aStudent(t.http);
    const shortLived = t.app.get(JwtService).sign({ sub: s.id, role: 'student', typ: 'access' }, { expiresIn: 2 });
    const direct = await stream({ authorization: `Bearer ${shortLived}` });
    const ticket = (await t.http.post('/api/notifications/ticket').set('Authorization', `Bearer ${shortLived}`)).body.ticket as string;
    const viaTicket = await stream({}, `?ticket=${ticket}`);
    await Promise.all([direct.ended, viaTicket.ended]);
    expect([reason(direct), reason(viaTicket)]).toEqual(['credential-expired', 'credential-expired']);
  }, 10_000);

  it('a stream ends when its session is signed out; other sessions stay', async () => {
    const s = await aStudent(t.http);
    const other = (await t.http.post('/api/students/sign-in').send({ email: s.email, password: s.password })).body as { accessToken: string };
    const signedOut = await stream({ authorization: `Bearer ${s.accessToken}` });
    const stays = await stream({ authorization: `Bearer ${other.accessToken}` });
    expect((await t.http.post('/api/auth/logout').set(s.auth).send({ refreshToken: s.refreshToken })).status).toBe(204);
    await signedOut.ended;
    expect(reason(signedOut)).toBe('session-revoked');
    await new Promise((r) => setTimeout(r, 1500));
    expect(stays.isEnded).toBe(false);
  }, 10_000);
});
