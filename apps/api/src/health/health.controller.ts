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
  /** `ok` when every dependency is up. */
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

  /** Ready for traffic: PostgreSQL, the event bus and the vector index answer. 503 otherwise. */
  @Get('health/ready')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down or the instance is shutting down' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessDto> {
    const checks = await this.health.run();
    const up = !this.health.isShuttingDown && Object.values(checks).every((c) => c.status === 'up');
    if (!up) void reply.status(503);
    return { status: up ? 'ok' : this.health.isShuttingDown ? 'shutting-down' : 'degraded', checks };
  }
}
