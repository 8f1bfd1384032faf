import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/config';
import { notFound, ProblemDto } from '@app/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/auth';
import { Metrics } from './metrics.service.js';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | undefined;
  private readonly open: boolean;

  constructor(
    private readonly metrics: Metrics,
    config: AppConfig,
  ) {
    this.token = config.METRICS_TOKEN ? createHash('sha256').update(`Bearer ${config.METRICS_TOKEN}`).digest() : undefined;
    this.open = !this.token && config.NODE_ENV !== 'production';
  }

  private allowed(authorization: string | undefined): boolean {
    if (!this.token) return this.open;
    return authorization !== undefined && timingSafeEqual(createHash('sha256').update(authorization).digest(), this.token);
  }

  /**
   * Prometheus metrics of this replica (text exposition format), for the scraper only: with
   * METRICS_TOKEN set it needs `Authorization: Bearer <METRICS_TOKEN>`; without, it answers only
   * outside production. nginx does not route /api/metrics either.
   */
  @Get()
  @Public()
  @Header('cache-control', 'no-store')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  @ApiResponse({ status: 404, description: 'No METRICS_TOKEN, or not the right one', type: ProblemDto })
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    if (!this.allowed(reply.request.headers.authorization)) throw notFound('NOT_FOUND', 'No such route.');
    void reply.header('content-type', this.metrics.contentType());
    return this.metrics.scrape();
  }
}
