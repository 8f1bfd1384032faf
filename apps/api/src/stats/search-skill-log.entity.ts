import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Anonymous demand from search: how many searches matched each skill on each (UTC) day. No
 * account, query text or IP is kept. Fed by `SearchDemandService.record()`.
 */
@Entity('search_skill_log')
@Check('ck_search_skill_log_count', '"count" > 0')
export class SearchSkillLogEntity {
  /** UTC day, `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  /** A normalised skill tag. */
  @PrimaryColumn({ type: 'text' })
  skill: string;

  @Column({ type: 'integer' })
  count: number;
}
