import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Searches (first pages) per UTC day, for the admin time series. Fed by `SearchDemandService.record()`. */
@Entity('search_daily_log')
@Check('ck_search_daily_log_searches', '"searches" > 0')
export class SearchDailyLogEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  searches: number;
}
