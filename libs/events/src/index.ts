export { EventBus, type ConnectionState, type EventBusHealth, type EventBusStats, type EventHandler, type Unsubscribe } from './event-bus.js';
export { InProcessEventBus } from './in-process-event-bus.js';
export { RedisEventBus, type RedisEventBusOptions } from './redis-event-bus.js';
export { createRedisClient, redactRedisUrl, type RedisConnectionOptions } from './redis-client.js';
export { EventsModule, REDIS_CLIENT, type EventsModuleOptions } from './events.module.js';
export { NOTIFICATION_CHANNEL_PREFIX, notificationChannel } from './channels.js';
export { InMemoryThrottlerStorage, RedisThrottlerStorage, type RedisThrottlerStorageOptions } from './redis-throttler-storage.js';
