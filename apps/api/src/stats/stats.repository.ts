import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ACCOUNTS_SQL,
  ADD_SEARCH_DEMAND_SQL,
  ADD_SEARCHES_SQL,
  SERIES_SQL,
  SKILL_TAGS_SQL,
  CAPACITY_SQL,
  DEMAND_SQL,
  MENTOR_PER_DAY_SQL,
  MENTOR_PROFILE_SQL,
  MENTOR_SUMMARY_SQL,
  PLATFORM_PER_DAY_SQL,
  PLATFORM_SUMMARY_SQL,
  TOP_RATED_SQL,
} from './stats.queries.js';

export interface DayRange {
  /** First day, `YYYY-MM-DD` (UTC), inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface RequestSummaryRow {
  total: number;
  pending: number;
  accepted: number;
  rejected: number;
  cancelled: number;
  completed: number;
  expired: number;
  reason_no_capacity: number;
  reason_outside_expertise: number;
  reason_schedule: number;
  reason_not_a_fit: number;
  reason_other: number;
  reason_unspecified: number;
  answered: number;
  accepted_answers: number;
  median_response_seconds: number | null;
}

export interface MentorProfileRow {
  capacity: number;
  active_mentees: number;
  accepting_requests: boolean;
  rating_count: number;
  rating_sum: number;
  rating_distribution: number[];
  rating_score: number;
  completed_all_time: number;
  completed_in_range: number;
}

export interface DemandRow {
  top_mentors: { mentor_id: string; name: string; requests: number; active_mentees: number; capacity: number }[];
  skills: { skill: string; aliases: string[]; mentors: number; available: number; requested: number; searched: number }[];
}

export interface SeriesRow {
  bucket: string;
  students: number;
  mentors: number;
  admins: number;
  searches: number;
  created: number;
  accepted: number;
  completed: number;
  median_response_seconds: number | null;
}

export interface CapacityRow {
  mentors: number;
  accepting: number;
  at_capacity: number;
  active_mentees: number;
  total_capacity: number;
}

export interface TopRatedRow {
  mentor_id: string;
  name: string;
  rating_score: number;
  rating_count: number;
  rating_sum: number;
}

/**
 * Statistics are a read model over every feature's tables: plain SQL (stats.queries.ts), no
 * entities of other features, aggregates computed by PostgreSQL, small results only.
 */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return (await this.dataSource.query(sql, params)) as T[];
  }

  /** The mentor's standing figures; undefined when there is no such mentor. */
  async mentorProfile(mentorId: string, range: DayRange): Promise<MentorProfileRow | undefined> {
    return (await this.rows<MentorProfileRow>(MENTOR_PROFILE_SQL, [range.from, range.to, mentorId]))[0];
  }

  async requestSummary(range: DayRange, mentorId?: string): Promise<RequestSummaryRow> {
    const [row] = mentorId
      ? await this.rows<RequestSummaryRow>(MENTOR_SUMMARY_SQL, [range.from, range.to, mentorId])
      : await this.rows<RequestSummaryRow>(PLATFORM_SUMMARY_SQL, [range.from, range.to]);
    return row!;
  }

  requestsPerDay(range: DayRange, mentorId?: string): Promise<{ day: string; count: number }[]> {
    return mentorId ? this.rows(MENTOR_PER_DAY_SQL, [range.from, range.to, mentorId]) : this.rows(PLATFORM_PER_DAY_SQL, [range.from, range.to]);
  }

  accountsByKind(range: DayRange): Promise<{ kind: string; total: number; created_in_range: number }[]> {
    return this.rows(ACCOUNTS_SQL, [range.from, range.to]);
  }

  /** Every distinct skill tag offered or searched in the range. */
  async skillTags(range: DayRange): Promise<string[]> {
    return (await this.rows<{ skill: string }>(SKILL_TAGS_SQL, [range.from, range.to])).map((r) => r.skill);
  }

  /** Demand by canonical skill: `keys[i]` is the canonical key of `tags[i]`. */
  async demand(range: DayRange, topMentors: number, tags: string[], keys: string[]): Promise<DemandRow> {
    const [row] = await this.rows<DemandRow>(DEMAND_SQL, [range.from, range.to, topMentors, tags, keys]);
    return row!;
  }

  async capacity(): Promise<CapacityRow> {
    return (await this.rows<CapacityRow>(CAPACITY_SQL, []))[0]!;
  }

  topRated(limit: number): Promise<TopRatedRow[]> {
    return this.rows(TOP_RATED_SQL, [limit]);
  }

  async addSearches(day: string, searches: number): Promise<void> {
    await this.dataSource.query(ADD_SEARCHES_SQL, [day, searches]);
  }

  /** The time series of `interval` buckets over the range (see SERIES_SQL). */
  series(range: DayRange, interval: 'day' | 'week'): Promise<SeriesRow[]> {
    return this.rows(SERIES_SQL, [range.from, range.to, interval]);
  }

  /** Adds search counts for one day (upsert; rows in skill order so concurrent flushes cannot deadlock). */
  async addSearchDemand(day: string, counts: [skill: string, count: number][]): Promise<void> {
    const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.dataSource.query(ADD_SEARCH_DEMAND_SQL, [day, sorted.map(([s]) => s), sorted.map(([, n]) => n)]);
  }
}
