import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import { EventBus } from './event-bus.js';
import { EventsModule, REDIS_CLIENT } from './events.module.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { RedisEventBus } from './redis-event-bus.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A feature consuming the port, as notifications would (the module is global). */
@Injectable()
class Consumer {
  constructor(
    readonly bus: EventBus,
    @Inject(REDIS_CLIENT) readonly redis: Redis | null,
  ) {}
}

class Capture implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown): void {
    this.lines.push(String(message));
  }
  error(message: unknown): void {
    this.lines.push(String(message));
  }
  warn(message: unknown): void {
    this.lines.push(String(message));
  }
}

async function boot(redisUrl?: string): Promise<{ app: TestingModule; consumer: Consumer; logs: Capture }> {
  const app = await Test.createTestingModule({ imports: [EventsModule.forRoot({ redisUrl })], providers: [Consumer] }).compile();
  const logs = new Capture();
  app.useLogger(logs);
  await app.init();
  return { app, consumer: app.get(Consumer), logs };
}

describe('EventsModule.forRoot', () => {
  let app: TestingModule | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('uses the in-process bus and no Redis client without a URL, and says so', async () => {
    const booted = await boot(undefined);
    app = booted.app;
    expect(booted.consumer.bus).toBeInstanceOf(InProcessEventBus);
    expect(booted.consumer.redis).toBeNull();
    expect(booted.logs.lines).toContain('event bus: in-process');
    expect(booted.consumer.bus.health()).toEqual({ status: 'up', backend: 'in-process' });
  });

  it('treats an empty URL as unset', async () => {
    const booted = await boot('  ');
    app = booted.app;
    expect(booted.consumer.bus).toBeInstanceOf(InProcessEventBus);
  });

  it('uses the Redis bus with a URL, shares its publisher as REDIS_CLIENT, and closes it on shutdown', async () => {
    const booted = await boot(REDIS_URL);
    const bus = booted.consumer.bus as RedisEventBus;
    expect(bus).toBeInstanceOf(RedisEventBus);
    expect(booted.consumer.redis).toBe(bus.publisher);
    expect(booted.logs.lines).toContain(`event bus: redis ${REDIS_URL}`);
    expect(bus.health().status).toBe('up');
    expect(await booted.consumer.redis?.ping()).toBe('PONG');
    await booted.app.close();
    expect(bus.publisher.status).toBe('end');
    expect(bus.subscriber.status).toBe('end');
  });

  it('never logs the Redis password', async () => {
    const url = new URL(REDIS_URL);
    url.password = 'hunter2';
    // ioredis itself console.warns that the test server has no password.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const booted = await boot(url.toString());
    app = booted.app;
    expect(booted.logs.lines.join('\n')).not.toContain('hunter2');
    expect(booted.logs.lines.some((l) => l.startsWith(`event bus: redis redis://${url.host}`))).toBe(true);
    warn.mockRestore();
  });
});
