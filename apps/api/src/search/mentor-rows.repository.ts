import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MentorColumns, type MentorRow } from '../mentors/mentor-columns.js';
import type { MentorEntity } from '../mentors/mentor.entity.js';
import { conceptOfTag } from '../skills/skill-concepts.js';

export interface MentorListFilter {
  skills?: string[];
  language?: string;
  acceptingOnly?: boolean;
}

/**
 * The search feature's reads of the `mentors` table: rows for result pages, every row for a rebuild,
 * the rows of the change feed, and the PostgreSQL fallback's browse order. Raw SQL mapped through the
 * entity's own column list (MentorColumns).
 */
@Injectable()
export class MentorRowsRepository {
  private columnsOf?: MentorColumns;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Read from the metadata on first use (the DataSource is initialised by then). */
  private get columns(): MentorColumns {
    return (this.columnsOf ??= new MentorColumns(this.dataSource));
  }

  /**
   * Mentors by id, in no particular order, not deleted or hidden (suspended) ones. On every search page (20 rows), so one raw
   * primary-key query mapped by hand: the query builder and entity hydration cost more than the query itself.
   */
  async findByIds(ids: string[]): Promise<MentorEntity[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(`SELECT ${this.columns.list} FROM "mentors" WHERE "id" = ANY($1::uuid[]) AND "deleted_at" IS NULL AND NOT "hidden"`, [ids])) as MentorRow[];
    return rows.map((r) => this.columns.fromRow(r));
  }

  /**
   * A batch of the mentors written by transactions with an id >= `fromXid` (the change feed, see
   * search/mentor-change-feed.ts), in id order after `afterId`, each with the id of its last writer.
   * Deleted and hidden (suspended) accounts are not among them: the feed reports those as removals.
   */
  async findChangedSince(fromXid: string, afterId: string | null, limit: number): Promise<{ mentor: MentorEntity; changeXid: string }[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${this.columns.list}, "change_xid"::text AS "change_xid" FROM "mentors" WHERE "change_xid" >= $1::bigint AND "deleted_at" IS NULL AND NOT "hidden" AND ($2::uuid IS NULL OR "id" > $2::uuid) ORDER BY "id" LIMIT $3`,
      [fromXid, afterId, limit],
    )) as (MentorRow & { change_xid: string })[];
    return rows.map((r) => ({ mentor: this.columns.fromRow(r), changeXid: r.change_xid }));
  }

  /**
   * A page in the search index's browse order: available first, then the Bayesian rating (0..1, to 4
   * decimals), then newest (to the second), then id; keyset on that key (`browsePlace` in @app/search
   * computes the same key from a row) and the id.
   */
  async listInBrowseOrder(filter: MentorListFilter, limit: number, after: { key: number; id: string } | null): Promise<MentorEntity[]> {
    const where: string[] = ['"deleted_at" IS NULL', 'NOT "hidden"'];
    const params: unknown[] = [];
    if (filter.skills?.length) {
      // Keyed by concept, as the index's filter (skillKey): "js" finds a mentor who typed "JavaScript".
      const concepts = filter.skills.map(conceptOfTag);
      const free = filter.skills.filter((_, i) => !concepts[i]);
      const known = concepts.filter((c): c is string => c !== undefined);
      if (known.length) where.push(`"concepts" @> $${params.push(known)}::text[]`);
      if (free.length) where.push(`"skills" @> $${params.push(free)}::text[]`);
    }
    if (filter.language) where.push(`$${params.push(filter.language)} = ANY("languages")`);
    if (filter.acceptingOnly) where.push('"accepting_requests" AND "active_mentees" < "capacity"');
    const key = `(CASE WHEN "accepting_requests" AND "active_mentees" < "capacity" THEN 2e14 ELSE 0 END
      + floor(least(greatest(("rating_score" - 1) / 4, 0), 1) * 1e4 + 0.5) * 1e10
      + least(greatest(floor(extract(epoch FROM "created_at"))::float8, 0), 9999999999))`;
    const page = after ? `WHERE "browse_key" < $${params.push(after.key)} OR ("browse_key" = $${params.length} AND "id" > $${params.push(after.id)}::uuid)` : '';
    const rows = (await this.dataSource.query(
      `SELECT * FROM (SELECT ${this.columns.list}, ${key}::float8 AS "browse_key" FROM "mentors" WHERE ${where.join(' AND ')}) m
       ${page} ORDER BY "browse_key" DESC, "id" ASC LIMIT $${params.push(limit)}`,
      params,
    )) as MentorRow[];
    return rows.map((r) => this.columns.fromRow(r));
  }

  /** Every listed mentor (account not deleted, not hidden), in id order, a batch at a time (index reconciliation, exports). */
  async *streamAll(batchSize = 1000): AsyncGenerator<MentorEntity[]> {
    let lastId: string | undefined;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT ${this.columns.list} FROM "mentors" WHERE "deleted_at" IS NULL AND NOT "hidden" AND ($1::uuid IS NULL OR "id" > $1::uuid) ORDER BY "id" LIMIT $2`,
        [lastId ?? null, batchSize],
      )) as MentorRow[];
      const batch = rows.map((r) => this.columns.fromRow(r));
      if (batch.length === 0) return;
      yield batch;
      lastId = batch.at(-1)!.id;
    }
  }
}
