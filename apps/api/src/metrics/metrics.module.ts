import { Global, Module } from '@nestjs/common';
import { HttpMetricsHook } from './http-metrics.hook.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.service.js';

/** `GET /api/metrics` and the `Metrics` service, global so that any feature can record. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, HttpMetricsHook],
  exports: [Metrics],
})
export class MetricsModule {}
