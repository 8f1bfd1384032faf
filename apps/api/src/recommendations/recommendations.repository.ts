import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MentorColumns, type MentorRow } from '../mentors/mentor-columns.js';
import type { MentorEntity } from '../mentors/mentor.entity.js';

/** Where a page of recommendations continues: after this score, rating and id. */
export interface RecommendationPlace {
  score: number;
  rating: number;
  id: string;
}

export interface ScoredRow {
  mentor: MentorEntity;
  score: number;
  matched: string[];
}

/**
 * A read model over students, their requests and mentors (plain SQL like the statistics): what a
 * student is interested in and asked for, and the mentors who offer it.
 */
@Injectable()
export class RecommendationsRepository {
  private columnsOf?: MentorColumns;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get columns(): MentorColumns {
    return (this.columnsOf ??= new MentorColumns(this.dataSource));
  }

  /** The student's interests (tags as typed) and the concepts of every mentor they ever sent a request to. */
  async studentSignals(studentId: string): Promise<{ interests: string[]; requested: string[] }> {
    const [row] = (await this.dataSource.query(
      `SELECT s."interests",
              coalesce((SELECT array_agg(DISTINCT c.concept)
                          FROM "mentorship_requests" r JOIN "mentors" m ON m."id" = r."mentor_id"
                          CROSS JOIN unnest(m."concepts") AS c(concept)
                         WHERE r."student_id" = s."id"), '{}') AS "requested"
         FROM "students" s WHERE s."id" = $1 AND s."deleted_at" IS NULL`,
      [studentId],
    )) as { interests: string[]; requested: string[] }[];
    return row ?? { interests: [], requested: [] };
  }

  /**
   * Listed mentors with free capacity who accept requests and offer at least one of `concepts`,
   * without those the student has an open request with; scored by the sum of the weights of the
   * concepts they offer (rounded, so cursors compare exactly), then by Bayesian rating, then id.
   */
  async candidates(studentId: string, concepts: { id: string; weight: number }[], limit: number, after: RecommendationPlace | undefined): Promise<ScoredRow[]> {
    const params: unknown[] = [concepts.map((c) => c.id), concepts.map((c) => c.weight), studentId];
    let page = '';
    if (after) {
      const [score, rating, id] = [params.push(after.score), params.push(after.rating), params.push(after.id)];
      page = `WHERE x."score" < $${score}::float8
                 OR (x."score" = $${score}::float8 AND x."rating_score" < $${rating}::float8)
                 OR (x."score" = $${score}::float8 AND x."rating_score" = $${rating}::float8 AND x."id" > $${id}::uuid)`;
    }
    const rows = (await this.dataSource.query(
      `WITH wanted AS (SELECT * FROM unnest($1::text[], $2::float8[]) AS w(concept, weight))
       SELECT * FROM (
         SELECT ${this.columns.list}, s."score", s."matched"
           FROM "mentors" m
           CROSS JOIN LATERAL (
             SELECT round(sum(w.weight)::numeric, 4)::float8 AS "score",
                    array_agg(w.concept ORDER BY w.weight DESC, w.concept) AS "matched"
               FROM wanted w WHERE w.concept = ANY(m."concepts")
           ) s
          WHERE m."concepts" && $1::text[]
            AND m."deleted_at" IS NULL AND NOT m."hidden"
            AND m."accepting_requests" AND m."active_mentees" < m."capacity"
            AND m."id" <> $3::uuid
            AND NOT EXISTS (SELECT 1 FROM "mentorship_requests" r
                             WHERE r."student_id" = $3::uuid AND r."mentor_id" = m."id" AND r."status" IN ('pending', 'accepted'))
       ) x
       ${page}
       ORDER BY x."score" DESC, x."rating_score" DESC, x."id" ASC
       LIMIT $${params.push(limit)}`,
      params,
    )) as (MentorRow & { score: number; matched: string[] })[];
    return rows.map((r) => ({ mentor: this.columns.fromRow(r), score: r.score, matched: r.matched }));
  }
}
