import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** The parts of a node-postgres Pool read at scrape time. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Prometheus metrics of this replica, on a registry of its own (several apps in one process, as in
 * tests, do not collide). Features record through this service:
 * - `observeSearch(seconds)` or `startSearchTimer()` around a search;
 * - `notificationsPublished.inc()` when a notification is published on the bus,
 *   `notificationsDelivered.inc()` when one is written to a live stream.
 * HTTP latency is recorded by HttpMetricsHook; pool gauges are read at scrape time.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly searchDuration = new Histogram({
    name: 'search_duration_seconds',
    help: 'Mentor search latency (ranking included, HTTP excluded).',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly notificationsPublished = new Counter({
    name: 'notifications_published_total',
    help: 'Notifications published on the event bus after commit.',
    registers: [this.registry],
  });

  readonly notificationsDelivered = new Counter({
    name: 'notifications_delivered_total',
    help: 'Notifications written to a live client stream by this replica.',
    registers: [this.registry],
  });

  /** Reads the number of open notification streams at scrape time (set by the notifications feature). */
  private openStreams: () => number = () => 0;

  countOpenStreamsWith(source: () => number): void {
    this.openStreams = source;
  }

  constructor(@InjectDataSource() dataSource: DataSource) {
    const openStreams = (): number => this.openStreams();
    new Gauge({
      name: 'notification_streams_open',
      help: 'Server-Sent Events streams open on this replica.',
      registers: [this.registry],
      collect() {
        this.set(openStreams());
      },
    });
    const pool = (): PoolCounts | undefined => (dataSource.driver as unknown as { master?: PoolCounts }).master;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state (total = open, idle, waiting = callers queued for one).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'total' }, p?.totalCount ?? 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'waiting' }, p?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'Largest size the database pool may grow to.',
      registers: [this.registry],
      collect() {
        this.set(pool()?.options?.max ?? 0);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  observeSearch(seconds: number): void {
    if (Number.isFinite(seconds) && seconds >= 0) this.searchDuration.observe(seconds);
  }

  /** Starts timing a search; call the returned function when it is done. */
  startSearchTimer(): () => void {
    const started = process.hrtime.bigint();
    return () => this.observeSearch(Number(process.hrtime.bigint() - started) / 1e9);
  }

  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  contentType(): string {
    return this.registry.contentType;
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
