import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { createRedisClient } from './redis-client.js';
import { RedisThrottlerStorage } from './redis-throttler-storage.js';
import { RedisProcess, freePort } from './testing/redis-process.js';

Logger.overrideLogger(false);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('RedisThrottlerStorage', () => {
  let one: Redis;
  let two: Redis;
  let storage: RedisThrottlerStorage;
  let replica: RedisThrottlerStorage;
  // Unique prefix: other suites may share this Redis.
  const prefix = `test-throttle:${randomUUID()}:`;
  const key = (): string => randomUUID();

  beforeAll(async () => {
    one = createRedisClient(REDIS_URL, 'throttle-test-1');
    two = createRedisClient(REDIS_URL, 'throttle-test-2');
    await Promise.all([one.connect(), two.connect()]);
    storage = new RedisThrottlerStorage(one, { prefix });
    replica = new RedisThrottlerStorage(two, { prefix });
  });
  afterAll(async () => {
    const keys = await one.keys(`${prefix}*`);
    if (keys.length) await one.del(...keys);
    storage.onApplicationShutdown();
    replica.onApplicationShutdown();
    await Promise.all([one.quit(), two.quit()]);
  });

  it('counts hits within the window and reports the time to expire in seconds', async () => {
    const k = key();
    const first = await storage.increment(k, 60_000, 3, 60_000, 'default');
    expect(first).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    expect((await storage.increment(k, 60_000, 3, 60_000, 'default')).totalHits).toBe(2);
    const third = await storage.increment(k, 60_000, 3, 60_000, 'default');
    expect(third).toMatchObject({ totalHits: 3, isBlocked: false });
    expect(third.timeToExpire).toBeGreaterThanOrEqual(59);
  });

  it('starts a new window once the ttl has passed', async () => {
    const k = key();
    await storage.increment(k, 300, 5, 300, 'default');
    await storage.increment(k, 300, 5, 300, 'default');
    await sleep(400);
    expect(await storage.increment(k, 300, 5, 300, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('blocks the hit that exceeds the limit for blockDuration, then counts afresh', async () => {
    const k = key();
    await storage.increment(k, 60_000, 2, 500, 'default');
    await storage.increment(k, 60_000, 2, 500, 'default');
    const over = await storage.increment(k, 60_000, 2, 500, 'default');
    expect(over).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 1 });
    expect(await storage.increment(k, 60_000, 2, 500, 'default')).toMatchObject({ isBlocked: true, totalHits: 3 });
    await sleep(600);
    expect(await storage.increment(k, 60_000, 2, 500, 'default')).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('without a block duration, refuses until the window ends', async () => {
    const k = key();
    await storage.increment(k, 400, 1, 0, 'default');
    expect(await storage.increment(k, 400, 1, 0, 'default')).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    await sleep(500);
    expect(await storage.increment(k, 400, 1, 0, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('shares counts and blocks between two instances (replicas) on separate connections', async () => {
    const k = key();
    expect((await storage.increment(k, 60_000, 3, 60_000, 'sign-in')).totalHits).toBe(1);
    expect((await replica.increment(k, 60_000, 3, 60_000, 'sign-in')).totalHits).toBe(2);
    expect((await storage.increment(k, 60_000, 3, 60_000, 'sign-in')).totalHits).toBe(3);
    expect((await replica.increment(k, 60_000, 3, 60_000, 'sign-in')).isBlocked).toBe(true);
    expect((await storage.increment(k, 60_000, 3, 60_000, 'sign-in')).isBlocked).toBe(true);
  });

  it('keeps throttler names apart', async () => {
    const k = key();
    await storage.increment(k, 60_000, 1, 60_000, 'short');
    expect((await storage.increment(k, 60_000, 1, 60_000, 'short')).isBlocked).toBe(true);
    expect(await storage.increment(k, 60_000, 1, 60_000, 'long')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('is atomic under concurrent hits from both instances', async () => {
    const k = key();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? storage : replica).increment(k, 60_000, 25, 60_000, 'default')),
    );
    expect(results.filter((r) => !r.isBlocked)).toHaveLength(25);
    expect(results.filter((r) => !r.isBlocked).map((r) => r.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('loads its script on a server that has never seen it (EVALSHA → NOSCRIPT → EVAL)', async () => {
    const fresh = await RedisProcess.start();
    const client = createRedisClient(fresh.url, 'throttle-fresh');
    try {
      await client.connect();
      const onFresh = new RedisThrottlerStorage(client, { prefix });
      expect(await onFresh.increment(key(), 60_000, 2, 60_000, 'default')).toMatchObject({ totalHits: 1, isBlocked: false });
      onFresh.onApplicationShutdown();
    } finally {
      await client.quit();
      await fresh.kill();
    }
  });

  it('falls back to per-replica in-memory limits while Redis is unreachable, without throwing', async () => {
    const dead = createRedisClient(`redis://127.0.0.1:${await freePort()}`, 'throttle-dead', { maxReconnectDelayMs: 100 });
    dead.on('error', () => undefined);
    const degraded = new RedisThrottlerStorage(dead, { prefix });
    try {
      const k = key();
      const started = Date.now();
      expect((await degraded.increment(k, 60_000, 1, 60_000, 'default')).isBlocked).toBe(false);
      expect((await degraded.increment(k, 60_000, 1, 60_000, 'default')).isBlocked).toBe(true);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      degraded.onApplicationShutdown();
      dead.disconnect();
    }
  });
});
