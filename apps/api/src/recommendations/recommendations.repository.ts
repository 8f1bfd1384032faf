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
   * A mentor's score is read off their own few concepts by position in the wanted list (no join per
   * row); the page is cut on ids and scores only, then its rows are read by primary key.
   */
  async candidates(studentId: string, concepts: { id: string; weight: number }[], limit: number, after: RecommendationPlace | undefined): Promise<ScoredRow[]> {
    const params: unknown[] = [concepts.map((c) => c.id), concepts.map((c) => c.weight), studentId];
    let page = '';
    if (after) {
      const [score, rating, id] = [params.push(after.score), params.push(after.rating), params.push(after.id)];
      page = `WHERE s."score" < $${score}::float8
                 OR (s."score" = $${score}::float8 AND s."rating_score" < $${rating}::float8)
                 OR (s."score" = $${score}::float8 AND s."rating_score" = $${rating}::float8 AND s."id" > $${id}::uuid)`;
    }
    const rows = (await this.dataSource.query(
      `WITH scored AS (
         SELECT m."id", m."rating_score",
                (SELECT round(sum(($2::float8[])[array_position($1::text[], c)])::numeric, 4)::float8
                   FROM unnest(m."concepts") AS c WHERE c = ANY($1::text[])) AS "score"
           FROM "mentors" m
          WHERE m."concepts" && $1::text[]
            AND m."deleted_at" IS NULL AND NOT m."hidden"
            AND m."accepting_requests" AND m."active_mentees" < m."capacity"
            AND m."id" <> $3::uuid
            AND NOT EXISTS (SELECT 1 FROM "mentorship_requests" r
                             WHERE r."student_id" = $3::uuid AND r."mentor_id" = m."id" AND r."status" IN ('pending', 'accepted'))
       ),
       top AS (
         SELECT * FROM scored s ${page}
          ORDER BY s."score" DESC, s."rating_score" DESC, s."id" ASC
          LIMIT $${params.push(limit)}
       )
       SELECT ${this.columns.list.split(', ').map((c) => `m.${c}`).join(', ')}, t."score"
         FROM top t JOIN "mentors" m ON m."id" = t."id"
        ORDER BY t."score" DESC, t."rating_score" DESC, t."id" ASC`,
      params,
    )) as (MentorRow & { score: number })[];
    const weight = new Map(concepts.map((c) => [c.id, c.weight]));
    return rows.map((r) => {
      const mentor = this.columns.fromRow(r);
      // Strongest first, as a search hit's `matched`: the page's few rows, not every candidate.
      const matched = mentor.concepts.filter((id) => weight.has(id)).sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1));
      return { mentor, score: r.score, matched };
    });
  }
}
