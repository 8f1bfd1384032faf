import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Metrics } from './metrics.service.js';

/** Label for requests that matched no route: raw URLs would make the label set unbounded. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Records every HTTP response in `http_request_duration_seconds`, labelled by the route pattern
 * (`/api/mentors/:id`), never the raw URL. Server-Sent Event streams are left out: their
 * "latency" is the life of the connection.
 */
@Injectable()
export class HttpMetricsHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      const contentType = reply.getHeader('content-type');
      if (!(typeof contentType === 'string' && contentType.startsWith('text/event-stream'))) {
        this.metrics.observeHttp(request.method, request.routeOptions.url ?? UNMATCHED_ROUTE, reply.statusCode, reply.elapsedTime / 1000);
      }
      done();
    });
  }
}
