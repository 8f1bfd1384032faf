import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Reads of the skills feature: how many listed mentors offer each concept. */
@Injectable()
export class SkillSupplyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Listed mentors (not deleted, not hidden) per concept, from `mentors.concepts`. */
  async mentorsPerConcept(): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT c.concept, count(*)::int AS mentors FROM "mentors" m CROSS JOIN unnest(m."concepts") AS c(concept)
        WHERE m."deleted_at" IS NULL AND NOT m."hidden" GROUP BY c.concept`,
    )) as { concept: string; mentors: number }[];
    return new Map(rows.map((r) => [r.concept, r.mentors]));
  }
}
