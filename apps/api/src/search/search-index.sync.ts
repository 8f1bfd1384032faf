import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { EventBus, type Unsubscribe } from '@app/events';
import { type MentorDocument, SearchService } from '@app/search';
import { AfterCommit } from '../database/after-commit.js';
import { HealthRegistry } from '../health/health.registry.js';
import type { MentorEntity } from '../mentors/mentor.entity.js';
import { MentorRowsRepository } from './mentor-rows.repository.js';
import { MentorChangeFeed } from './mentor-change-feed.js';
import { MentorProfileCache } from './mentor-profile.cache.js';

/** A top-up at start that changed at least this many profiles is followed by a snapshot and a reload, like a build. */
const COMPACT_AFTER = 1000;
/**
 * A replica (or its snapshot) that has not held its place in the change feed for this long no longer
 * keeps removals from being pruned; its snapshot, if it comes back, is rebuilt instead of topped up.
 */
export const FEED_READER_TTL_MS = 7 * 24 * 3600_000;

/** Replicas tell each other that mentors changed: "catch up now" (the change itself is read from PostgreSQL). */
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
 * Keeps this replica's mentor index (and its cache of mentor rows) in step with PostgreSQL, which
 * is the truth; the event bus only wakes replicas up. One mechanism for every path: `catchUp` reads
 * what the change feed holds since this replica's watermark, applies it and moves the watermark.
 * It runs after a local commit, when another replica announces a change, when the bus reconnects
 * (messages sent while it was down are lost), every SEARCH_SYNC_INTERVAL_MS, and at start after a
 * snapshot was loaded. So a replica heals from any gap in the bus by itself.
 *
 * Start: load the snapshot (SEARCH_SNAPSHOT_PATH) when it is of this database and schema and top it
 * up; otherwise rebuild from every row (readiness waits; lists come from PostgreSQL meanwhile).
 * The index is snapshotted after a rebuild, every SEARCH_SNAPSHOT_INTERVAL_MS when it changed, and at
 * shutdown.
 */
@Injectable()
export class SearchIndexSync implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('SearchIndexSync');
  private reconciled = false;
  private starting?: Promise<void>;
  private unsubscribe: Unsubscribe[] = [];
  private timers: NodeJS.Timeout[] = [];
  /** The feed position everything before which is in the index; null until the index is built. */
  private watermark: string | null = null;
  /** This replica as a reader of the change feed (kept across restarts in its snapshot), and the position it holds there. */
  private reader: string | null = null;
  private held: string | null = null;
  /** A snapshot was loaded or written: a restart resumes from `held`, not from the index's watermark. */
  private snapshotted = false;
  /** Rows at or after the watermark already applied (id -> writer xid): read again, not re-indexed. */
  private applied = new Map<string, string>();
  /** The index changed since the last snapshot. */
  private dirty = false;
  /** The catch-up under way (resolved when none), and the one queued after it. */
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  /** Tells this replica's own announcements apart from the others'. */
  private readonly origin = randomUUID();

  constructor(
    private readonly afterCommit: AfterCommit,
    private readonly search: SearchService,
    private readonly mentors: MentorRowsRepository,
    private readonly feed: MentorChangeFeed,
    private readonly bus: EventBus,
    private readonly health: HealthRegistry,
    private readonly profiles: MentorProfileCache,
    private readonly config: AppConfig,
  ) {}

  /** True once the index was built or restored: until then lists come from PostgreSQL. */
  get ready(): boolean {
    return this.reconciled;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe.push(
      await this.bus.subscribe(MENTOR_CHANGED_CHANNEL, (message) => {
        if ((message as { origin?: unknown }).origin !== this.origin) void this.catchUp();
      }),
      this.bus.onReconnect(() => this.catchUp()),
    );
    this.health.register('search', async () => {
      const h = await this.search.health();
      if (!h.ok) return { status: 'down', backend: h.backend, detail: h.detail };
      if (!this.reconciled) return { status: 'down', backend: h.backend, detail: 'building the index from PostgreSQL' };
      return { status: 'up', backend: `${h.backend} (${h.documents} mentors)` };
    });
    this.search.onIndexReset(() => {
      // The index thread died and came back empty: lists come from PostgreSQL until it is rebuilt.
      this.reconciled = false;
      this.watermark = null;
      this.profiles.clear();
      this.starting = this.start();
    });
    this.search.onEmbedderRecovered(() => void this.repair());
    this.timers.push(
      setInterval(() => void this.catchUp(), this.config.SEARCH_SYNC_INTERVAL_MS),
      setInterval(() => void this.saveSnapshot().then(() => this.keepFeed()), this.config.SEARCH_SNAPSHOT_INTERVAL_MS),
    );
    for (const timer of this.timers) timer.unref();
    this.starting = this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const unsubscribe of this.unsubscribe) await unsubscribe();
    await this.starting;
    await this.queued;
    await this.running;
    await this.saveSnapshot();
  }

  /** Waits for the start-up build or restore (tests, the reindex command). */
  async whenReady(): Promise<void> {
    await this.starting;
  }

  /** Re-reads every mentor from PostgreSQL and repairs the index (`full` re-embeds everything). */
  async reconcile(full = false): Promise<void> {
    // Held before the read: no removal from here on is pruned while this index may need it.
    const reader = (this.reader ??= randomUUID());
    const held = await this.feed.position();
    await this.feed.hold(reader, held);
    this.held = held;
    this.snapshotted = false;
    const from = await this.feed.position();
    const mentors = this.mentors;
    async function* documents(): AsyncGenerator<MentorDocument> {
      for await (const batch of mentors.streamAll(1000)) for (const m of batch) yield toMentorDocument(m);
    }
    await this.search.reconcile(documents(), { full });
    this.profiles.clear();
    this.watermark = from;
    this.applied.clear();
    this.dirty = true;
    this.reconciled = true;
  }

  /**
   * The embedding model answers again after an outage: a reconcile re-embeds the profiles its fallback
   * embedded meanwhile (their fingerprints are marked), in the background. Before the first build there
   * is nothing to repair (the build embeds everything).
   */
  private async repair(): Promise<void> {
    if (!this.reconciled) return;
    try {
      await this.exclusive(() => this.reconcile());
    } catch (error) {
      this.logger.warn({ err: error }, 'could not re-embed the profiles embedded by the fallback');
    }
  }

  /** Inside a transaction: the index follows once the transaction commits. */
  markChanged(manager: EntityManager, mentorId: string): void {
    this.afterCommit.run(manager, () => void this.changed([mentorId]));
  }

  /**
   * After a commit that changed these mentors: this replica's index has the change when this returns,
   * and the other replicas are told to catch up.
   */
  async changed(ids: readonly string[]): Promise<void> {
    this.profiles.invalidate(ids);
    await this.catchUp();
    try {
      await this.bus.publish(MENTOR_CHANGED_CHANNEL, { ids, origin: this.origin });
    } catch (error) {
      // The others catch up on reconnect and every SEARCH_SYNC_INTERVAL_MS.
      this.logger.warn({ err: error }, 'could not announce a mentor change');
    }
  }

  /**
   * Applies every change since the watermark. One at a time: a call while one runs waits for the next
   * run, which starts after the current one and so sees every change committed before the call.
   */
  catchUp(): Promise<void> {
    this.queued ??= this.exclusive(async () => {
      this.queued = null;
      try {
        await this.applyChanges();
      } catch (error) {
        // The next trigger (timer, bus, reconnect) retries from the same watermark.
        this.logger.warn({ err: error }, 'could not catch the mentor index up');
      }
    });
    return this.queued;
  }

  /** Runs `fn` after every catch-up or reload before it, and before any after it. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.running.then(fn);
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async start(): Promise<void> {
    const started = Date.now();
    try {
      const restored = await this.search.loadSnapshot();
      const mark = restored === null ? null : parseMark(restored);
      if (mark && (await this.feed.sameDatabase(mark.position)) && (await this.feed.resume(mark.reader, mark.position))) {
        this.reader = mark.reader;
        this.held = mark.position;
        this.snapshotted = true;
        this.watermark = mark.position;
        const applied = await this.applyChanges();
        this.reconciled = true;
        this.logger.log(`Mentor index restored from its snapshot and topped up with ${applied} changes in ${Date.now() - started} ms`);
        if (applied >= COMPACT_AFTER) await this.compact(started);
        return;
      }
      if (restored) this.logger.warn('the search index snapshot is of another database, or older than the removals the change feed keeps: rebuilding');
      await this.reconcile();
      await this.compact(started);
    } catch (error) {
      this.logger.error({ err: error }, 'building the mentor index failed');
    }
  }

  /**
   * After a build (or a large top-up): writes the snapshot and loads it back, into a fresh index thread,
   * so the memory the build left behind (heap grown while embedding) goes with the old thread.
   */
  private async compact(started: number): Promise<void> {
    if (!(await this.saveSnapshot())) return;
    await this.exclusive(async () => {
      const saved = await this.search.loadSnapshot();
      const mark = saved === null ? null : parseMark(saved);
      if (mark === null) return this.reconcile();
      this.watermark = mark.position;
      this.applied.clear();
      await this.applyChanges();
      this.logger.log(`Mentor index reloaded from its snapshot after the build (${Date.now() - started} ms in all)`);
    });
  }

  /** Applies the changes since the watermark and moves it; answers how many profiles changed. */
  private async applyChanges(): Promise<number> {
    const from = this.watermark;
    if (from === null) return 0;
    let count = 0;
    const next = await this.feed.position();
    const applied = new Map<string, string>();
    const [, nextXid] = next.split(/:(?=\d+$)/);
    for await (const batch of this.feed.changedSince(from)) {
      const fresh = batch.filter((c) => this.applied.get(c.mentor.id) !== c.changeXid);
      // Rows at or after the next watermark will be read again next time: remember them.
      for (const c of batch) if (BigInt(c.changeXid) >= BigInt(nextXid!)) applied.set(c.mentor.id, c.changeXid);
      if (fresh.length === 0) continue;
      this.profiles.invalidate(fresh.map((c) => c.mentor.id));
      await this.search.onProfileChanged(fresh.map((c) => toMentorDocument(c.mentor)));
      this.dirty = true;
      count += fresh.length;
    }
    const removed = await this.feed.removedSince(from);
    if (removed.length) {
      this.profiles.invalidate(removed);
      await this.search.onProfileDeleted(removed);
      this.dirty = true;
      count += removed.length;
    }
    this.watermark = next;
    this.applied = applied;
    return count;
  }

  /** Writes the snapshot when the index changed since the last one; true when one was written. */
  private async saveSnapshot(): Promise<boolean> {
    if (!this.dirty || this.watermark === null || this.reader === null || !this.reconciled) return false;
    const watermark = this.watermark;
    const reader = this.reader;
    try {
      this.dirty = false;
      const started = Date.now();
      const saved = await this.search.saveSnapshot(`${reader}@${watermark}`);
      if (!saved) return false;
      this.logger.log(`Mentor index snapshot written in ${Date.now() - started} ms`);
      // After the file: until this commits the feed keeps the removals since the older position (safe).
      this.snapshotted = true;
      this.held = watermark;
      await this.feed.hold(reader, watermark);
      return true;
    } catch (error) {
      this.dirty = true;
      this.logger.warn({ err: error }, 'could not write the mentor index snapshot');
      return false;
    }
  }

  /**
   * Holds this replica's place in the change feed (where a restart resumes: its snapshot's position, or
   * without snapshots its index's watermark) and prunes the removals every reader has passed.
   */
  async keepFeed(): Promise<void> {
    const position = this.snapshotted ? this.held : this.watermark;
    if (this.reader === null || position === null) return;
    try {
      await this.feed.hold(this.reader, position);
      const pruned = await this.feed.prune(FEED_READER_TTL_MS);
      if (pruned > 0) this.logger.log(`Pruned ${pruned} mentor removals every feed reader has passed`);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not hold the change feed position or prune the removal log');
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A snapshot's mark: "reader@position" (the reader's uuid, a change feed position); null when it is not one. */
function parseMark(mark: string): { reader: string; position: string } | null {
  const [reader, position, ...rest] = mark.split('@');
  return rest.length === 0 && reader && UUID.test(reader) && position && /^\d+:\d+:\d+$/.test(position) ? { reader, position } : null;
}
