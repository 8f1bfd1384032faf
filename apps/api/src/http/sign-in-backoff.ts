import { applyDecorators, type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { catchError, from, mergeMap, type Observable, tap } from 'rxjs';
import { AppConfig } from '@app/config';
import { DomainError } from '@app/common';
import { REDIS_CLIENT } from '@app/events';

/** Counters with a lifetime, shared by every replica through Redis (or per process without it). */
interface CounterStore {
  get(key: string): Promise<number>;
  increment(key: string, ttlSeconds: number): Promise<number>;
  remove(key: string): Promise<void>;
}

const PREFIX = 'mm:signin:';
/** Redis is only a helper here: when it does not answer quickly, sign-in goes on unthrottled. */
const STORE_TIMEOUT_MS = 300;
/** How long an address that signed in to an account stays known to it. */
const KNOWN_ADDRESS_SECONDS = 30 * 86400;

function redisStore(redis: Redis): CounterStore {
  return {
    get: async (key) => Number((await redis.get(PREFIX + key)) ?? 0),
    increment: async (key, ttl) => {
      const [[, count]] = (await redis.multi().incr(PREFIX + key).expire(PREFIX + key, ttl).exec()) as [[unknown, number], unknown];
      return count;
    },
    remove: async (key) => void (await redis.del(PREFIX + key)),
  };
}

function memoryStore(): CounterStore {
  const counters = new LRUCache<string, number>({ max: 100_000, ttl: 1000, ttlAutopurge: false });
  return {
    get: (key) => Promise.resolve(counters.get(key) ?? 0),
    increment: (key, ttl) => {
      const count = (counters.get(key) ?? 0) + 1;
      counters.set(key, count, { ttl: ttl * 1000 });
      return Promise.resolve(count);
    },
    remove: (key) => Promise.resolve(void counters.delete(key)),
  };
}

function withTimeout<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), STORE_TIMEOUT_MS)));
  return Promise.race([work.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

/**
 * Per-account sign-in back-off that an attacker cannot turn into a lock-out of the owner.
 *
 * - From one address, SIGNIN_FAILURES_PER_ADDRESS wrong passwords for an account block that
 *   address for that account for SIGNIN_BACKOFF_SECONDS (the per-IP rate limit still applies).
 * - Across all addresses, SIGNIN_FAILURES_PER_ACCOUNT wrong passwords block the account for
 *   addresses that never signed in to it, so guessing from many addresses stops; an address that
 *   signed in to the account in the last 30 days is exempt, so the owner still gets in.
 * - A successful sign-in makes the address known and clears its failures.
 */
@Injectable()
export class SignInBackoff implements NestInterceptor {
  private readonly store: CounterStore;

  constructor(
    private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) redis: Redis | null,
  ) {
    this.store = redis ? redisStore(redis) : memoryStore();
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = ctx.switchToHttp();
    const request = http.getRequest<FastifyRequest<{ Body: { email?: unknown } }>>();
    const reply = http.getResponse<FastifyReply>();
    const email = typeof request.body?.email === 'string' ? request.body.email.trim().toLowerCase() : '';
    const account = `${ctx.getClass().name}:${email}`;
    const keys = { address: `fail:${account}:${request.ip}`, account: `fail:${account}`, known: `known:${account}:${request.ip}` };
    return from(this.refuseIfBlocked(keys, reply)).pipe(
      mergeMap(() => next.handle()),
      tap(() => void this.succeeded(keys)),
      catchError((error: unknown) => {
        const failed = error instanceof DomainError && error.code === 'AUTH.BAD_CREDENTIALS';
        return from(failed ? this.failed(keys) : Promise.resolve()).pipe(mergeMap(() => Promise.reject(error as Error)));
      }),
    );
  }

  private async refuseIfBlocked(keys: { address: string; account: string; known: string }, reply: FastifyReply): Promise<void> {
    const [address, account, known] = await withTimeout(Promise.all([this.store.get(keys.address), this.store.get(keys.account), this.store.get(keys.known)]), [0, 0, 0]);
    const blocked = address >= this.config.SIGNIN_FAILURES_PER_ADDRESS || (account >= this.config.SIGNIN_FAILURES_PER_ACCOUNT && known === 0);
    if (!blocked) return;
    void reply.header('retry-after', this.config.SIGNIN_BACKOFF_SECONDS);
    throw new DomainError(429, 'AUTH.SIGN_IN_BACKOFF', `Too many wrong passwords for this account; try again in ${this.config.SIGNIN_BACKOFF_SECONDS} s.`);
  }

  private async failed(keys: { address: string; account: string }): Promise<void> {
    const ttl = this.config.SIGNIN_BACKOFF_SECONDS;
    await withTimeout(Promise.all([this.store.increment(keys.address, ttl), this.store.increment(keys.account, ttl)]), [0, 0]);
  }

  private async succeeded(keys: { address: string; known: string }): Promise<void> {
    await withTimeout(Promise.all([this.store.increment(keys.known, KNOWN_ADDRESS_SECONDS), this.store.remove(keys.address)]), [0, undefined]);
  }
}

/** Applies the per-account back-off to a sign-in route (after the per-address rate limit). */
export const SignInBackoffLimit = (): MethodDecorator => applyDecorators(UseInterceptors(SignInBackoff));
