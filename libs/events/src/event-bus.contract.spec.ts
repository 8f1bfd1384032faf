import { Logger } from '@nestjs/common';
import type { EventBus } from './event-bus.js';
import { InProcessEventBus } from './in-process-event-bus.js';
import { RedisEventBus } from './redis-event-bus.js';
import { runEventBusContract } from './testing/event-bus.contract.js';

// Tests may read process.env; the shared Redis of the dev box / CI service by default.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

Logger.overrideLogger(false);

const shutdown = async (bus: EventBus): Promise<void> => {
  await (bus as InProcessEventBus | RedisEventBus).onApplicationShutdown();
};

runEventBusContract('in-process', {
  sharedBetweenInstances: false,
  async create() {
    const bus = new InProcessEventBus();
    bus.onModuleInit();
    return bus;
  },
  close: shutdown,
});

runEventBusContract('redis', {
  sharedBetweenInstances: true,
  async create() {
    const bus = new RedisEventBus({ url: REDIS_URL, heartbeatIntervalMs: 0 });
    await bus.onModuleInit();
    return bus;
  },
  close: shutdown,
});
