import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Transactions } from '../database/transactions.js';
import type { MentorEntity } from '../mentors/mentor.entity.js';
import { MentorRowsRepository } from './mentor-rows.repository.js';

/** Mentors read per query while catching up. */
const BATCH = 1000;

/**
 * What changed among the mentors since a point of the feed, read from PostgreSQL, the source of truth
 * (Redis only says "look now"). Triggers stamp every written mentor row with its transaction id
 * (`change_xid`) and log every delete in `mentor_removals` (migration MentorChangeFeed).
 *
 * A position is the xmin of a snapshot: every transaction with a lower id had finished when it was
 * taken, so reading "xid >= position" later finds every change not yet seen, including those of
 * transactions that were still open (a plain sequence would miss a change whose transaction took its
 * number first and committed last). A row may be read twice; applying it again is harmless.
 *
 * A position names its database (system id and database oid) too: a snapshot of another database, or
 * of this one before it was recreated, is not topped up from here (`sameDatabase`).
 *
 * The removal log is pruned below the oldest position a reader holds (`search_feed_readers`: each
 * replica holds the position its snapshot, or without one its index, resumes from). A reader silent
 * for longer than the TTL no longer holds anything back: its row is dropped, and a snapshot of it is
 * not resumed (`resume`), since removals it needed may be gone.
 */
@Injectable()
export class MentorChangeFeed {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mentors: MentorRowsRepository,
    private readonly transactions: Transactions,
  ) {}

  /** The feed's position now. */
  async position(): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT (SELECT system_identifier FROM pg_control_system())::text || ':' || (SELECT oid FROM pg_database WHERE datname = current_database())::text || ':' || pg_snapshot_xmin(pg_current_snapshot())::text AS position`,
    )) as { position: string }[];
    return row!.position;
  }

  /** True when `position` was taken from this database (and not later than now). */
  async sameDatabase(position: string): Promise<boolean> {
    const [database, xid] = split(position);
    const [nowDatabase, nowXid] = split(await this.position());
    return database === nowDatabase && BigInt(xid) <= BigInt(nowXid);
  }

  /** The mentors written since `position`, a batch at a time, each with the id of its last writer. */
  async *changedSince(position: string): AsyncGenerator<{ mentor: MentorEntity; changeXid: string }[]> {
    const [, xid] = split(position);
    let after: string | null = null;
    for (;;) {
      const batch = await this.mentors.findChangedSince(xid, after, BATCH);
      if (batch.length === 0) return;
      yield batch;
      after = batch.at(-1)!.mentor.id;
    }
  }

  /**
   * Ids of the mentors gone since `position`: rows deleted and not there now, accounts deleted
   * (`deleted_at` set, the row kept anonymised) and mentors hidden (a suspended account); those
   * writes stamp the row like any other.
   */
  async removedSince(position: string): Promise<string[]> {
    const [, xid] = split(position);
    const rows = (await this.dataSource.query(
      `SELECT r."mentor_id" AS id FROM "mentor_removals" r WHERE r."change_xid" >= $1::bigint AND NOT EXISTS (SELECT 1 FROM "mentors" m WHERE m."id" = r."mentor_id")
       UNION SELECT m."id" FROM "mentors" m WHERE m."change_xid" >= $1::bigint AND (m."deleted_at" IS NOT NULL OR m."hidden")`,
      [xid],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** `reader` may resume from `position`: removals from there on are kept. Marks the reader seen. */
  async hold(reader: string, position: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO "search_feed_readers" ("reader", "position", "seen_at") VALUES ($1, $2::bigint, now())
       ON CONFLICT ("reader") DO UPDATE SET "position" = EXCLUDED."position", "seen_at" = now()`,
      [reader, split(position)[1]],
    );
  }

  /**
   * Whether `reader`'s snapshot at `position` can be topped up from the feed: the reader still holds a
   * position at or before it, so no removal after it was pruned. Marks the reader seen.
   */
  async resume(reader: string, position: string): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `WITH seen AS (UPDATE "search_feed_readers" SET "seen_at" = now() WHERE "reader" = $1 AND "position" <= $2::bigint RETURNING 1)
       SELECT count(*)::int AS n FROM seen`,
      [reader, split(position)[1]],
    )) as { n: number }[];
    return row!.n > 0;
  }

  /**
   * Drops the readers not seen for `readerTtlMs`, then the removals every remaining reader has passed
   * (none when there is no reader); answers how many removals went. Two statements, so the second sees
   * a reader that a concurrent `resume` kept.
   */
  prune(readerTtlMs: number): Promise<number> {
    return this.transactions.run(async (manager) => {
      await manager.query(`DELETE FROM "search_feed_readers" WHERE "seen_at" < now() - make_interval(secs => $1::double precision / 1000)`, [readerTtlMs]);
      const [row] = (await manager.query(
        `WITH gone AS (DELETE FROM "mentor_removals" WHERE "change_xid" < (SELECT min("position") FROM "search_feed_readers") RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
      )) as { n: number }[];
      return row!.n;
    });
  }
}

/** "system:oid:xid" -> ["system:oid", "xid"]. */
function split(position: string): [string, string] {
  const cut = position.lastIndexOf(':');
  const xid = position.slice(cut + 1);
  if (cut < 0 || !/^\d+$/.test(xid)) throw new Error(`not a change feed position: ${position}`);
  return [position.slice(0, cut), xid];
}
