import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { ProblemDto } from '@app/common';

/**
 * Sign-in and sign-up are limited per client IP and route (AUTH_RATE_LIMIT per
 * AUTH_RATE_WINDOW_SECONDS); with REDIS_URL set the counters are shared by all replicas.
 */
export const AuthRateLimit = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(ThrottlerGuard),
    ApiResponse({ status: 429, description: 'Too many attempts; retry after the Retry-After seconds', type: ProblemDto }),
  );

export { SkipThrottle };
