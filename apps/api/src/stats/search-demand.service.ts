import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { MAX_TAG_LENGTH, normalizeTags } from '@app/common';
import { StatsRepository } from './stats.repository.js';

const FLUSH_EVERY_MS = 5000;
/** Distinct skills kept between flushes; beyond it a flush is started at once. */
const MAX_PENDING_SKILLS = 5000;

/**
 * Counts the skills that searches matched, per UTC day, for "skills students search for" in the
 * admin statistics. `record()` is synchronous and cheap (it only adds to an in-memory tally); the
 * tally is upserted into `search_skill_log` every 5 s and at shutdown, so a search never waits on
 * it and never fails because of it. A crash loses at most the last few seconds of counts.
 */
@Injectable()
export class SearchDemandService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SearchDemand');
  private pending = new Map<string, Map<string, number>>();
  /** Searches per day since the last flush. */
  private searches = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly stats: StatsRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** One search, which matched these skills (normalised here; duplicates count once). */
  record(skills: readonly string[], at: Date = new Date()): void {
    const day = at.toISOString().slice(0, 10);
    this.searches.set(day, (this.searches.get(day) ?? 0) + 1);
    const tags = normalizeTags(skills.filter((s) => typeof s === 'string')).filter((s) => s.length <= MAX_TAG_LENGTH);
    if (tags.length === 0) return;
    let counts = this.pending.get(day);
    if (!counts) this.pending.set(day, (counts = new Map()));
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    if (counts.size >= MAX_PENDING_SKILLS) void this.flush();
  }

  /** Writes the tally now (tests, shutdown). Flushes run one at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending());
    return this.flushing;
  }

  private async writePending(): Promise<void> {
    const searches = this.searches;
    this.searches = new Map();
    for (const [day, n] of searches) {
      try {
        await this.stats.addSearches(day, n);
      } catch (e) {
        this.logger.warn({ err: e, day }, 'could not store the search count; it is dropped');
      }
    }
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    for (const [day, counts] of batch) {
      try {
        await this.stats.addSearchDemand(day, [...counts]);
      } catch (e) {
        this.logger.warn({ err: e, day, skills: counts.size }, 'could not store search demand; these counts are dropped');
      }
    }
  }
}
