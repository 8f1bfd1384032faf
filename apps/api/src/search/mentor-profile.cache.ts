import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '@app/config';
import type { MentorEntity } from '../mentors/mentor.entity.js';

/**
 * Mentor rows for search pages, cached per replica: a page of 20 hits is then served without a
 * PostgreSQL round trip. Bounded (LRU, MENTOR_CACHE_SIZE rows) and short-lived (MENTOR_CACHE_TTL_MS),
 * and emptied of a mentor whenever that mentor changes: SearchIndexSync invalidates on this replica
 * after the commit and on the others through the event bus. The TTL bounds what a lost bus message
 * (Redis down) can leave stale. Rows are shared between requests and never mutated.
 */
@Injectable()
export class MentorProfileCache {
  private readonly rows: LRUCache<string, MentorEntity> | null;
  /** Bumped by every invalidation: a load that started before one does not fill the cache. */
  private generation = 0;

  constructor(config: AppConfig) {
    this.rows = config.MENTOR_CACHE_SIZE > 0 ? new LRUCache({ max: config.MENTOR_CACHE_SIZE, ttl: config.MENTOR_CACHE_TTL_MS, ttlAutopurge: false }) : null;
  }

  /** The mentors with these ids (missing ones left out, in no particular order); `load` reads the rest. */
  async getMany(ids: readonly string[], load: (ids: string[]) => Promise<MentorEntity[]>): Promise<MentorEntity[]> {
    if (!this.rows) return load([...ids]);
    const found: MentorEntity[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const row = this.rows.get(id);
      if (row) found.push(row);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const loaded = await load(missing);
    // A change committed while we read may not be in what we read: use it for this answer, don't keep it.
    if (generation === this.generation) for (const row of loaded) this.rows.set(row.id, row);
    return found.concat(loaded);
  }

  invalidate(ids: readonly string[]): void {
    this.generation++;
    if (this.rows) for (const id of ids) this.rows.delete(id);
  }

  clear(): void {
    this.generation++;
    this.rows?.clear();
  }
}
