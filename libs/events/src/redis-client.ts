import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnectionOptions {
  /** Upper bound of the reconnect back-off (ms). Default 2000. */
  maxReconnectDelayMs?: number;
  /** Timeout for each command, e.g. PUBLISH or the throttler script (ms). Default 2000. */
  commandTimeoutMs?: number;
  /** Timeout of the TCP connect (ms). Default 5000. */
  connectTimeoutMs?: number;
}

/**
 * Exponential back-off 50ms, 100ms, ... capped at `maxDelayMs`, with ±20% jitter so replicas do
 * not reconnect in lock-step. It never gives up: a replica that stopped retrying would need a
 * restart, while readiness already reports `down` during the outage.
 */
export function boundedRetryStrategy(maxDelayMs: number): (attempt: number) => number {
  return (attempt) => {
    const base = Math.min(maxDelayMs, 50 * 2 ** Math.min(attempt - 1, 16));
    return Math.max(10, Math.round(base * (0.8 + Math.random() * 0.4)));
  };
}

/**
 * A fail-fast ioredis connection: `lazyConnect` (the owner connects at module init),
 * `enableOfflineQueue: false` and `maxRetriesPerRequest: 0` so that commands issued while Redis
 * is unreachable reject at once instead of piling up in memory, no resending of in-flight
 * commands after a reconnect (a PUBLISH must not be delivered twice), and a per-command timeout
 * for connections that hang without closing.
 */
export function createRedisClient(url: string, name: string, options: RedisConnectionOptions = {}): Redis {
  const redisOptions: RedisOptions = {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // The event bus re-subscribes from its own registry once the connection is ready, so that it
    // knows when every subscription is active again before it fires `onReconnect`.
    autoResubscribe: false,
    retryStrategy: boundedRetryStrategy(options.maxReconnectDelayMs ?? 2000),
    commandTimeout: options.commandTimeoutMs ?? 2000,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    keepAlive: 10_000,
    connectionName: `mentor-match:${name}`,
  };
  return new Redis(url, redisOptions);
}

/** `redis://:secret@host:6379/0` → `redis://host:6379/0`: safe to log. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '<unparseable redis url>';
  }
}

/** Resolves or rejects like `promise`, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms}ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
