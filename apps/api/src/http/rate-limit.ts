import { applyDecorators, type CanActivate, type ExecutionContext, Global, Inject, Injectable, Module, UseGuards } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppConfig } from '@app/config';
import { ApiProblem, DomainError } from '@app/common';
import { InMemoryThrottlerStorage, REDIS_CLIENT, RedisThrottlerStorage } from '@app/events';
import { SignInBackoff } from './sign-in-backoff.js';

export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

/**
 * Limits sign-in and sign-up per client IP and route: AUTH_RATE_LIMIT attempts per
 * AUTH_RATE_WINDOW_SECONDS, counted in Redis when REDIS_URL is set so that every replica shares
 * them. The counting rules are @nestjs/throttler's storage contract; its guard is not used
 * because that CommonJS package cannot load next to ESM Nest 12 under Jest.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(
    private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const http = ctx.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const limit = this.config.AUTH_RATE_LIMIT;
    const key = `auth:${ctx.getClass().name}.${ctx.getHandler().name}:${request.ip}`;
    const hit = await this.storage.increment(key, this.config.AUTH_RATE_WINDOW_SECONDS * 1000, limit, 0, 'auth');
    void reply.header('x-ratelimit-limit', limit).header('x-ratelimit-remaining', Math.max(0, limit - hit.totalHits));
    if (hit.isBlocked) {
      void reply.header('retry-after', Math.max(1, hit.timeToBlockExpire));
      throw new DomainError(429, 'RATE_LIMITED', `Too many attempts. Try again in ${Math.max(1, hit.timeToBlockExpire)} s.`);
    }
    return true;
  }
}

@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORAGE,
      inject: [REDIS_CLIENT],
      useFactory: (redis: Redis | null): ThrottlerStorage => (redis ? new RedisThrottlerStorage(redis, { prefix: 'mm:rl:' }) : new InMemoryThrottlerStorage()),
    },
    AuthRateLimitGuard,
    SignInBackoff,
  ],
  exports: [RATE_LIMIT_STORAGE, AuthRateLimitGuard, SignInBackoff],
})
export class RateLimitModule {}

/** Applies the sign-in/sign-up limit to a route. */
export const AuthRateLimit = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(AuthRateLimitGuard),
    ApiProblem('RATE_LIMITED'),
  );
