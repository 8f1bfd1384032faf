import { randomInt, randomUUID } from 'node:crypto';
import { expectProblem } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const LIMITED = { AUTH_RATE_LIMIT: '3', AUTH_RATE_WINDOW_SECONDS: '60', TRUST_PROXY_HOPS: '1' };
/** A client address of its own per test, so runs sharing one Redis do not count each other. */
const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
// A fresh email per run: the per-account sign-in back-off counts failures in the shared Redis.
const credentials = { email: `nobody-${randomUUID()}@example.com`, password: 'wrong-password' };

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(LIMITED);
  });
  afterAll(() => t.close());

  it('allows AUTH_RATE_LIMIT attempts per client and route, then answers 429 with Retry-After', async () => {
    const ip = randomIp();
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/api/students/sign-in').set('x-forwarded-for', ip).send(credentials);
      expect(res.status).toBe(401);
      expect(res.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    const limited = await t.http.post('/api/students/sign-in').set('x-forwarded-for', ip).send(credentials);
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // other routes have their own budget
    expect((await t.http.post('/api/mentors/sign-in').set('x-forwarded-for', ip).send(credentials)).status).toBe(401);
    // another client is not affected
    expect((await t.http.post('/api/students/sign-in').set('x-forwarded-for', randomIp()).send(credentials)).status).toBe(401);
  });
});

const redisUrl = process.env.REDIS_URL;
const describeWithRedis = redisUrl ? describe : describe.skip;
if (!redisUrl) process.stdout.write('rate-limit: the shared-limit suite needs REDIS_URL; skipped\n');

describeWithRedis('rate limits shared through Redis', () => {
  it('two replicas count together', async () => {
    const a = await createTestApp(LIMITED);
    const b = await createTestApp({ ...LIMITED, DATABASE_URL: a.databaseUrl });
    try {
      const ip = randomIp();
      const from = (app: TestApp) => app.http.post('/api/admin/sign-in').set('x-forwarded-for', ip).send(credentials);
      const statuses = [(await from(a)).status, (await from(b)).status, (await from(a)).status, (await from(b)).status];
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await b.app.close();
      await a.close();
    }
  });
});
