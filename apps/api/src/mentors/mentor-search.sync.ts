import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EventBus, type Unsubscribe } from '@app/events';
import { type MentorDocument, SearchService } from '@app/search';
import type { MentorEntity } from './mentor.entity.js';
import { MentorProfileCache } from './mentor-profile.cache.js';
import { MentorsRepository } from './mentors.repository.js';
import { AfterCommit } from '../database/after-commit.js';
import { HealthRegistry } from '../health/health.registry.js';

/** Replicas tell each other which mentors changed (cache invalidation; re-index for in-process indexes). */
export const MENTOR_CHANGED_CHANNEL = 'search:mentor-changed';

export function toMentorDocument(m: MentorEntity): MentorDocument {
  return {
    id: m.id,
    name: m.name,
    expertise: m.expertise,
    bio: m.bio,
    skills: m.skills,
    languages: m.languages,
    acceptingRequests: m.acceptingRequests,
    atCapacity: m.activeMentees >= m.capacity,
    ratingAverage: m.ratingCount > 0 ? m.ratingSum / m.ratingCount : 0,
    ratingCount: m.ratingCount,
    createdAt: m.createdAt,
  };
}

/**
 * Keeps the mentor index (and the cache of mentor rows) in step with PostgreSQL: a start-up
 * reconciliation (in the background; readiness waits for it), a re-index of each mentor whose row
 * changed once its transaction commits, and on every other replica, through the event bus, the
 * cache invalidation and, for in-process indexes, the same re-index.
 */
@Injectable()
export class MentorSearchSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MentorSearchSync');
  private reconciled = false;
  private reconciling?: Promise<void>;
  private unsubscribe?: Unsubscribe;
  /** Tells this replica's own announcements apart from the others'. */
  private readonly origin = randomUUID();

  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly search: SearchService,
    private readonly mentors: MentorsRepository,
    private readonly bus: EventBus,
    private readonly health: HealthRegistry,
    private readonly profiles: MentorProfileCache,
  ) {}

  /** True once the start-up reconciliation finished: until then lists come from PostgreSQL. */
  get ready(): boolean {
    return this.reconciled;
  }

  async onApplicationBootstrap(): Promise<void> {
    const inProcess = (await this.search.health()).backend === 'in-process';
    this.unsubscribe = await this.bus.subscribe(MENTOR_CHANGED_CHANNEL, (message) => {
      const { ids, origin } = message as { ids?: unknown; origin?: unknown };
      if (origin === this.origin || !Array.isArray(ids)) return;
      const changed = ids.filter((id): id is string => typeof id === 'string');
      this.profiles.invalidate(changed);
      // A shared (Qdrant) index was updated by the replica that made the change.
      if (inProcess) void this.reindex(changed, false);
    });
    this.health.register('search', async () => {
      const h = await this.search.health();
      if (!h.ok) return { status: 'down', backend: h.backend, detail: h.detail };
      if (!this.reconciled) return { status: 'down', backend: h.backend, detail: 'building the index from PostgreSQL' };
      return { status: 'up', backend: `${h.backend} (${h.documents} mentors)` };
    });
    this.search.onIndexReset(() => {
      // The index thread died and came back empty: lists come from PostgreSQL until it is rebuilt.
      this.reconciled = false;
      this.profiles.clear();
      this.reconciling = this.reconcile().catch((error: unknown) => this.logger.error({ err: error }, 'rebuilding the index failed'));
    });
    this.reconciling = this.reconcile().catch((error: unknown) => this.logger.error({ err: error }, 'start-up reconciliation failed'));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.unsubscribe?.();
    await this.reconciling;
  }

  /** Waits for the start-up reconciliation (tests, the reindex command). */
  async whenReady(): Promise<void> {
    await this.reconciling;
  }

  /** Re-reads every mentor from PostgreSQL and repairs the index (`full` re-embeds everything). */
  async reconcile(full = false): Promise<void> {
    const mentors = this.mentors;
    async function* documents(): AsyncGenerator<MentorDocument> {
      for await (const batch of mentors.streamAll(1000)) for (const m of batch) yield toMentorDocument(m);
    }
    await this.search.reconcile(documents(), { full });
    this.reconciled = true;
  }

  /** Inside a transaction: re-index this mentor once the transaction commits. */
  markChanged(manager: EntityManager, mentorId: string): void {
    this.afterCommit.run(manager, () => void this.reindex([mentorId]));
  }

  /** Upserts the current rows (or removes deleted ones); tells other replicas when asked to. */
  async reindex(ids: string[], announce = true): Promise<void> {
    if (ids.length === 0) return;
    this.profiles.invalidate(ids);
    try {
      // A hidden mentor (suspended account) leaves the index like a deleted one.
      const rows = (await this.mentors.findByIds(ids)).filter((m) => !m.hidden);
      const found = new Set(rows.map((m) => m.id));
      if (rows.length) await this.search.onProfileChanged(rows.map(toMentorDocument));
      const gone = ids.filter((id) => !found.has(id));
      if (gone.length) await this.search.onProfileDeleted(gone);
      if (announce) await this.bus.publish(MENTOR_CHANGED_CHANNEL, { ids, origin: this.origin });
    } catch (error) {
      // The start-up reconciliation and `npm run reindex` repair what a failure here leaves behind.
      this.logger.warn({ err: error, ids }, 'could not re-index mentors');
    }
  }
}
