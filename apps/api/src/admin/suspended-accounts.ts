import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessRevocations } from '@app/auth';
import { EventBus, type Unsubscribe } from '@app/events';

const CHANNEL = 'accounts:suspension';
/** Re-read from PostgreSQL this often, in case a bus message was lost (Redis down). */
const RELOAD_MS = 30_000;

/**
 * The ids of suspended accounts, in memory on every replica, so the guard refuses their access
 * tokens at once without a query per request. A suspension updates this replica's set directly and
 * the others through the event bus; each replica also re-reads the set every 30 s, which bounds the
 * delay when a message is lost. Suspended accounts are few: the set is small.
 */
@Injectable()
export class SuspendedAccounts extends AccessRevocations implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SuspendedAccounts');
  private ids = new Set<string>();
  private off?: Unsubscribe;
  private offReconnect?: Unsubscribe;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
  ) {
    super();
  }

  isRevoked(accountId: string): boolean {
    return this.ids.size > 0 && this.ids.has(accountId);
  }

  async onModuleInit(): Promise<void> {
    this.off = await this.bus.subscribe<{ id?: unknown; suspended?: unknown }>(CHANNEL, (m) => {
      if (typeof m?.id === 'string') this.apply(m.id, m.suspended === true);
    });
    this.offReconnect = this.bus.onReconnect(() => this.reload());
    await this.reload();
    this.timer = setInterval(() => void this.reload(), RELOAD_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.off?.();
    this.offReconnect?.();
  }

  /** After the suspension committed: this replica at once, the others through the bus. */
  async changed(id: string, suspended: boolean): Promise<void> {
    this.apply(id, suspended);
    await this.bus.publish(CHANNEL, { id, suspended });
  }

  private apply(id: string, suspended: boolean): void {
    if (suspended) this.ids.add(id);
    else this.ids.delete(id);
  }

  private async reload(): Promise<void> {
    try {
      const rows = (await this.dataSource.query('SELECT id FROM accounts WHERE suspended_at IS NOT NULL')) as { id: string }[];
      this.ids = new Set(rows.map((r) => r.id));
    } catch (error) {
      this.logger.warn({ err: error }, 'could not reload the suspended accounts (the last set stays)');
    }
  }
}
