import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { StatsRepository } from './stats.repository.js';

const FOLD_EVERY_MS = 5000;

/**
 * Every 5 s, folds the statistics deltas that triggers wrote into the daily facts, so readers
 * add a few hundred rows per metric instead of one per change. Folding only keeps reads cheap:
 * figures are the same before and after, and a missed fold (database down) is caught up by the
 * next one. Several replicas may fold at once (see FOLD_SQL).
 */
@Injectable()
export class StatsFolding implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('StatsFolding');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly stats: StatsRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.fold(), FOLD_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async fold(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.stats.fold();
    } catch (e) {
      this.logger.warn({ err: e }, 'could not fold the statistics deltas (the next fold catches up)');
    } finally {
      this.running = false;
    }
  }
}
