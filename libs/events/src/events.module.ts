import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { EventBus } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { createRedisClient } from './redis-client.js';
import { RedisEventBus, type RedisEventBusOptions } from './redis-event-bus.js';

/** Injection token of the shared command connection (`Redis | null`; null without a Redis URL). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

export interface EventsModuleOptions {
  /** REDIS_URL. Unset or empty: the in-process bus and `REDIS_CLIENT` = null. */
  redisUrl?: string;
  /** Tuning of the Redis adapter (timeouts, back-off, heartbeat). */
  redis?: Omit<RedisEventBusOptions, 'url' | 'publisher'>;
  /** Register the providers globally (default true) so features need not import the module. */
  isGlobal?: boolean;
}

/**
 * Provides `EventBus` (Redis adapter when `redisUrl` is set, in-process otherwise) and
 * `REDIS_CLIENT`, the bus's publisher connection, which other Redis users such as
 * `RedisThrottlerStorage` share. The bus owns that connection: it connects it at module init
 * (start-up continues, degraded, if Redis is unreachable) and quits it at application shutdown.
 */
@Module({})
export class EventsModule {
  static forRoot(options: EventsModuleOptions = {}): DynamicModule {
    const url = options.redisUrl?.trim() || undefined;
    const providers: Provider[] = [
      {
        provide: REDIS_CLIENT,
        useFactory: (): Redis | null => (url ? createRedisClient(url, 'publisher', options.redis) : null),
      },
      {
        provide: EventBus,
        inject: [REDIS_CLIENT],
        useFactory: (client: Redis | null): EventBus =>
          url && client ? new RedisEventBus({ ...options.redis, url, publisher: client }) : new InProcessEventBus(),
      },
    ];
    return {
      module: EventsModule,
      global: options.isGlobal ?? true,
      providers,
      exports: [EventBus, REDIS_CLIENT],
    };
  }
}
