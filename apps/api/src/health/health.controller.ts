import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/auth';
import { HealthRegistry } from './health.registry.js';

export class PingDto {
  /** Always `ok`. */
  status: string;
}

export class ReadinessDto {
  /** `ok` (all up), `degraded` (a non-critical dependency is down; still 200), `down` or `shutting-down` (503). */
  status: string;
  /** Each dependency: `{ status: up|down, backend, detail }`. */
  checks: Record<string, unknown>;
}

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly health: HealthRegistry) {}

  /** Liveness, kept from the original API. */
  @Get('ping')
  @Public()
  ping(): PingDto {
    return { status: 'ok' };
  }

  /** The process is up and serving. */
  @Get('health/live')
  @Public()
  live(): PingDto {
    return { status: 'ok' };
  }

  /**
   * Ready for traffic. 503 when a critical dependency (PostgreSQL) is down or the instance is
   * shutting down. A non-critical one (Redis: without it writes still succeed and clients catch up
   * on reconnect) is reported as down with `status: degraded` and HTTP 200, so that a Redis outage
   * does not take every replica out of the load balancer at once.
   */
  @Get('health/ready')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down or the instance is shutting down' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessDto> {
    const checks = await this.health.run();
    const down = Object.entries(checks).filter(([, c]) => c.status !== 'up');
    const ready = !this.health.isShuttingDown && down.every(([name]) => !this.health.isCritical(name));
    if (!ready) void reply.status(503);
    const status = this.health.isShuttingDown ? 'shutting-down' : !ready ? 'down' : down.length > 0 ? 'degraded' : 'ok';
    return { status, checks };
  }
}
