import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { ConnectionState } from './event-bus.js';
import { withTimeout } from './redis-client.js';
import { RedisEventBus } from './redis-event-bus.js';
import { collector } from './testing/event-bus.contract.js';
import { RedisProcess, freePort, waitFor } from './testing/redis-process.js';

Logger.overrideLogger(false);

/** A bus with short back-off so the test sees the reconnect quickly. */
const newBus = (url: string): RedisEventBus =>
  new RedisEventBus({ url, maxReconnectDelayMs: 100, commandTimeoutMs: 500, subscribeTimeoutMs: 500, startupTimeoutMs: 500, heartbeatIntervalMs: 0 });

/** Publishes through an independent connection, like another replica would. */
async function publishExternally(url: string, channel: string, message: object): Promise<number> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    return await client.publish(channel, JSON.stringify(message));
  } finally {
    client.disconnect();
  }
}

describe('RedisEventBus across a Redis outage', () => {
  let redis: RedisProcess;
  const buses: RedisEventBus[] = [];

  beforeAll(async () => {
    redis = await RedisProcess.start();
  });
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((b) => b.onApplicationShutdown()));
    await redis.start();
  });
  afterAll(async () => {
    await redis?.kill();
  });

  it('fails publishes fast, reports down, then resubscribes by itself and fires onReconnect', async () => {
    const bus = newBus(redis.url);
    buses.push(bus);
    await bus.onModuleInit();
    const states: ConnectionState[] = [];
    bus.state$.subscribe((s) => states.push(s));
    let reconnects = 0;
    bus.onReconnect(() => {
      reconnects++;
    });

    const before = `test:${randomUUID()}`;
    const got = collector<{ n: number }>();
    await bus.subscribe(before, got.handler);
    expect(await bus.publish(before, { n: 1 })).toBe(true);
    await got.waitFor(1);

    await redis.kill();
    await waitFor(() => bus.health().status === 'down', 3000, 'health down');
    expect(bus.isHealthy()).toBe(false);
    expect(bus.health().detail).toBeTruthy();

    const started = Date.now();
    await expect(bus.publish(before, { n: 2 })).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(bus.stats().publishFailed).toBe(1);

    // An SSE stream that opens during the outage: subscribe still resolves, within bounds.
    const during = `test:${randomUUID()}`;
    const gotDuring = collector<{ n: number }>();
    const subscribeStarted = Date.now();
    await bus.subscribe(during, gotDuring.handler);
    expect(Date.now() - subscribeStarted).toBeLessThan(1000);

    const reconnected = new Promise<void>((resolve) => bus.onReconnect(resolve));
    await redis.start();
    await withTimeout(reconnected, 5000, 'onReconnect');
    expect(reconnects).toBe(1);
    expect(bus.health().status).toBe('up');

    // The subscriptions are active on the server when onReconnect fires: no extra wait needed.
    expect(await publishExternally(redis.url, before, { n: 3 })).toBe(1);
    expect(await publishExternally(redis.url, during, { n: 4 })).toBe(1);
    expect(await bus.publish(before, { n: 5 })).toBe(true);
    expect((await got.waitFor(3)).map((m) => m.n)).toEqual([1, 3, 5]);
    expect((await gotDuring.waitFor(1)).map((m) => m.n)).toEqual([4]);
    expect(states).toEqual(['up', 'down', 'up']);
  }, 20_000);

  it('keeps two replicas fanning out to each other after the outage', async () => {
    const a = newBus(redis.url);
    const b = newBus(redis.url);
    buses.push(a, b);
    await Promise.all([a.onModuleInit(), b.onModuleInit()]);
    const ch = `test:${randomUUID()}`;
    const onB = collector();
    await b.subscribe(ch, onB.handler);

    await redis.kill();
    await waitFor(() => !a.isHealthy() && !b.isHealthy(), 3000, 'both down');
    await expect(a.publish(ch, { lost: true })).resolves.toBe(false);

    const back = Promise.all([a, b].map((bus) => new Promise<void>((resolve) => bus.onReconnect(resolve))));
    await redis.start();
    await withTimeout(back, 5000, 'both reconnected');
    await expect(a.publish(ch, { after: true })).resolves.toBe(true);
    expect(await onB.waitFor(1)).toEqual([{ after: true }]);
  }, 20_000);

  it('starts degraded when Redis is unreachable, then comes up and fires onReconnect for early subscribers', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const bus = newBus(url);
    buses.push(bus);
    const started = Date.now();
    await bus.onModuleInit(); // must not throw
    expect(Date.now() - started).toBeLessThan(2000);
    expect(bus.health()).toMatchObject({ status: 'down', backend: 'redis' });
    await expect(bus.publish('test:nowhere', { n: 0 })).resolves.toBe(false);

    const ch = `test:${randomUUID()}`;
    const got = collector();
    await bus.subscribe(ch, got.handler);
    const reconnected = new Promise<void>((resolve) => bus.onReconnect(resolve));

    const late = await spawnOn(port);
    try {
      await withTimeout(reconnected, 5000, 'first connection');
      expect(await publishExternally(url, ch, { n: 1 })).toBe(1);
      expect(await got.waitFor(1)).toEqual([{ n: 1 }]);
    } finally {
      await bus.onApplicationShutdown();
      await late.kill();
    }
  }, 20_000);

  it('detects a frozen server (open sockets, no answers) by its heartbeat, and recovers', async () => {
    const bus = new RedisEventBus({ url: redis.url, maxReconnectDelayMs: 100, commandTimeoutMs: 300, subscribeTimeoutMs: 300, heartbeatIntervalMs: 200 });
    buses.push(bus);
    await bus.onModuleInit();
    const ch = `test:${randomUUID()}`;
    const got = collector();
    await bus.subscribe(ch, got.handler);
    let reconnects = 0;
    bus.onReconnect(() => {
      reconnects++;
    });

    const frozen = [bus.publisher.stream, bus.subscriber.stream];
    redis.pause();
    try {
      const started = Date.now();
      await expect(bus.publish(ch, { frozen: true })).resolves.toBe(false);
      expect(Date.now() - started).toBeLessThan(1500);
      await waitFor(() => !bus.isHealthy(), 3000, 'heartbeat notices the frozen server');
      // Each unanswered beat used to end() the same socket again, adding a 'close' listener each time
      // (MaxListenersExceededWarning) until ioredis destroyed it 2 s later; now the first one drops it.
      for (const socket of frozen) expect(socket.listenerCount('close')).toBeLessThanOrEqual(1);
    } finally {
      redis.resume();
    }
    await waitFor(() => reconnects === 1 && bus.isHealthy(), 5000, 'recovery after thaw');
    expect(await publishExternally(redis.url, ch, { thawed: true })).toBe(1);
    expect(await got.waitFor(1)).toEqual([{ thawed: true }]);
  }, 20_000);

  it('quits both connections on shutdown', async () => {
    const bus = newBus(redis.url);
    await bus.onModuleInit();
    await bus.subscribe(`test:${randomUUID()}`, () => undefined);
    await bus.onApplicationShutdown();
    expect(bus.publisher.status).toBe('end');
    expect(bus.subscriber.status).toBe('end');
    expect(bus.health()).toMatchObject({ status: 'down', detail: 'closed' });
    await expect(bus.publish('test:x', {})).resolves.toBe(false);
  });
});

/** A redis-server on a port chosen before it was started. */
async function spawnOn(port: number): Promise<RedisProcess> {
  const proc = Object.create(RedisProcess.prototype) as RedisProcess;
  Object.assign(proc, { port });
  await proc.start();
  return proc;
}
