import { createHash } from 'node:crypto';
import { Logger, type OnApplicationShutdown } from '@nestjs/common';
// Type-only: a runtime import of the CJS @nestjs/throttler next to the ESM @nestjs/common fails
// under Jest's ESM loader ("Cannot require() ES Module ... in a cycle"), and none is needed.
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { errorText } from './handler-registry.js';

/**
 * One atomic step of a fixed-window limiter with blocking, same rules as the built-in in-memory
 * storage: a hit is counted unless blocked; the hit that exceeds `limit` blocks the key for
 * `blockDuration` ms (while blocked nothing is counted) and afterwards counting starts afresh.
 * With blockDuration <= 0 the key is refused until its window ends.
 * KEYS: hits, block. ARGV: ttl ms, limit, blockDuration ms.
 * Returns {totalHits, msToExpire, isBlocked (0|1), msToBlockExpire}.
 */
const SCRIPT = `
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local blockDuration = tonumber(ARGV[3])
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  local blockedHits = tonumber(redis.call('GET', KEYS[2])) or (limit + 1)
  return {blockedHits, blockTtl, 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
local hitTtl = redis.call('PTTL', KEYS[1])
if hitTtl < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  hitTtl = ttl
end
if hits <= limit then
  return {hits, hitTtl, 0, 0}
end
if blockDuration > 0 then
  redis.call('SET', KEYS[2], hits, 'PX', blockDuration)
  redis.call('DEL', KEYS[1])
  return {hits, blockDuration, 1, blockDuration}
end
return {hits, hitTtl, 1, hitTtl}
`;
/** Not re-exported by the package index, so derived from the interface. */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const SCRIPT_SHA = createHash('sha1').update(SCRIPT).digest('hex');

export interface RedisThrottlerStorageOptions {
  /** Key prefix, default `throttle:`. */
  prefix?: string;
  /**
   * Used while Redis is unreachable so sign-in stays both available and limited (per replica
   * instead of shared). Default: an in-memory window with the same rules as the script.
   */
  fallback?: ThrottlerStorage;
}

/**
 * `@nestjs/throttler` v6 storage shared by all replicas through Redis. Wire it with the module's
 * `REDIS_CLIENT` (fail-fast connection, so an outage costs no waiting):
 *
 *   ThrottlerModule.forRootAsync({ inject: [REDIS_CLIENT], useFactory: (redis: Redis | null) => ({
 *     throttlers: [...], storage: redis ? new RedisThrottlerStorage(redis) : undefined }) })
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RedisThrottlerStorage');
  private readonly prefix: string;
  private readonly fallback: ThrottlerStorage;
  private degraded = false;

  constructor(
    private readonly redis: Redis,
    options: RedisThrottlerStorageOptions = {},
  ) {
    this.prefix = options.prefix ?? 'throttle:';
    this.fallback = options.fallback ?? new InMemoryThrottlerStorage();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    // The hash tag keeps both keys in one slot should Redis Cluster be used.
    const base = `${this.prefix}{${key}}:${throttlerName}`;
    const args = [2, `${base}:hits`, `${base}:block`, Math.max(1, Math.ceil(ttl)), limit, Math.ceil(blockDuration)] as const;
    try {
      const reply = await this.run(args);
      if (this.degraded) this.logger.log('rate limits are shared through redis again');
      this.degraded = false;
      const [totalHits, msToExpire, blocked, msToBlockExpire] = (reply as unknown[]).map(Number);
      return record(totalHits, msToExpire, blocked === 1, msToBlockExpire);
    } catch (err) {
      if (!this.degraded) this.logger.warn(`redis unavailable (${errorText(err)}); rate limits are per replica until it returns`);
      this.degraded = true;
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    (this.fallback as Partial<OnApplicationShutdown>).onApplicationShutdown?.();
  }

  private async run(args: readonly [number, string, string, number, number, number]): Promise<unknown> {
    try {
      return await this.redis.evalsha(SCRIPT_SHA, ...args);
    } catch (err) {
      if (!errorText(err).includes('NOSCRIPT')) throw err;
      return this.redis.eval(SCRIPT, ...args);
    }
  }
}

interface Window {
  hits: number;
  expiresAt: number;
  blockedHits: number;
  blockedUntil: number;
}

/** The script's rules in memory, per process: the fallback while Redis is unreachable. */
export class InMemoryThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper = setInterval(() => this.sweep(), 60_000);

  constructor() {
    this.sweeper.unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const id = `${key}:${throttlerName}`;
    let w = this.windows.get(id);
    if (w && w.blockedUntil > now) {
      const ms = w.blockedUntil - now;
      return record(w.blockedHits, ms, true, ms);
    }
    if (!w || w.expiresAt <= now) {
      w = { hits: 0, expiresAt: now + Math.max(1, ttl), blockedHits: 0, blockedUntil: 0 };
      this.windows.set(id, w);
    }
    w.hits++;
    const msToExpire = w.expiresAt - now;
    if (w.hits <= limit) return record(w.hits, msToExpire, false, 0);
    if (blockDuration > 0) {
      const hits = w.hits;
      this.windows.set(id, { hits: 0, expiresAt: 0, blockedHits: hits, blockedUntil: now + blockDuration });
      return record(hits, blockDuration, true, blockDuration);
    }
    return record(w.hits, msToExpire, true, msToExpire);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
    this.windows.clear();
  }

  private sweep(now = Date.now()): void {
    for (const [id, w] of this.windows) if (w.expiresAt <= now && w.blockedUntil <= now) this.windows.delete(id);
  }
}

function record(totalHits: number, msToExpire: number, isBlocked: boolean, msToBlockExpire: number): ThrottlerStorageRecord {
  return {
    totalHits,
    timeToExpire: Math.ceil(msToExpire / 1000),
    isBlocked,
    timeToBlockExpire: Math.ceil(msToBlockExpire / 1000),
  };
}
