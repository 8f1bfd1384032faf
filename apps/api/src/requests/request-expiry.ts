import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Clock } from '../database/clock.js';
import { Transactions } from '../database/transactions.js';
import { Notifier, type NotifyInput } from '../notifications/notifier.js';
import { RequestMessagesRepository } from './request-messages.repository.js';
import { RequestsRepository, type SweptRequest } from './requests.repository.js';
import { notificationData } from './requests.service.js';

/** Rows one transaction of the job takes. */
const BATCH = 100;

export interface SweepReport {
  expired: number;
  reminded: number;
}

/**
 * Pending requests nobody answers: the mentor is reminded once at half of REQUEST_TTL_DAYS, and
 * at REQUEST_TTL_DAYS the request becomes `expired` (freeing the student's pending slot); both
 * parties are told. Every replica runs the sweep every REQUEST_EXPIRY_INTERVAL_SECONDS; the rows
 * themselves are the queue: each batch takes its rows `FOR UPDATE SKIP LOCKED` and changes them
 * in the same transaction as the thread entries and notifications, so a due request is handled
 * exactly once however many replicas sweep at the same time, and a replica that stops mid-way
 * leaves its rows (rolled back) to the next sweep. Works the same on the embedded PGlite.
 */
@Injectable()
export class RequestExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RequestExpiry');
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepReport>;
  private stopped = false;

  constructor(
    private readonly transactions: Transactions,
    private readonly requests: RequestsRepository,
    private readonly thread: RequestMessagesRepository,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep().catch((err: unknown) => this.logger.warn({ err }, 'the expiry sweep failed; the next one retries')), this.config.REQUEST_EXPIRY_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep at the clock's time (one at a time per replica): expires, then reminds, batch by batch. */
  sweep(): Promise<SweepReport> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<SweepReport> {
    const now = this.clock.now();
    const ttl = this.config.REQUEST_TTL_DAYS * 86_400_000;
    const report = { expired: 0, reminded: 0 };
    for (let n = BATCH; n === BATCH && !this.stopped; ) {
      n = await this.expireBatch(new Date(now.getTime() - ttl), now);
      report.expired += n;
    }
    for (let n = BATCH; n === BATCH && !this.stopped; ) {
      n = await this.remindBatch(new Date(now.getTime() - ttl / 2), now);
      report.reminded += n;
    }
    if (report.expired + report.reminded > 0) this.logger.log(`expired ${report.expired} and reminded ${report.reminded} pending request(s)`);
    return report;
  }

  private expireBatch(dueBefore: Date, now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const expired = await this.requests.expireDue(manager, dueBefore, now, BATCH);
      if (expired.length === 0) return 0;
      await this.thread.insertMany(
        manager,
        expired.map((r) => ({ requestId: r.id, authorId: null, authorRole: 'system' as const, body: null, fromStatus: 'pending' as const, toStatus: 'expired' as const, reason: null })),
      );
      const views = await this.requests.findViews(ids(expired), manager);
      await this.notifier.notifyAll(
        manager,
        views.flatMap((v): NotifyInput[] => [v.studentId, v.mentorId].map((recipientId) => ({ recipientId, type: 'request.expired', data: notificationData(v, 'system') }))),
      );
      return expired.length;
    });
  }

  private remindBatch(dueBefore: Date, now: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const due = await this.requests.remindDue(manager, dueBefore, now, BATCH);
      if (due.length === 0) return 0;
      const expiresInMs = this.config.REQUEST_TTL_DAYS * 86_400_000;
      const views = await this.requests.findViews(ids(due), manager);
      await this.notifier.notifyAll(
        manager,
        views.map((v): NotifyInput => ({ recipientId: v.mentorId, type: 'request.reminder', data: { ...notificationData(v, 'system'), expiresAt: new Date(v.createdAt.getTime() + expiresInMs).toISOString() } })),
      );
      return due.length;
    });
  }
}

const ids = (rows: SweptRequest[]): string[] => rows.map((r) => r.id);
