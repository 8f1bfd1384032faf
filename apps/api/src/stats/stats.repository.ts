import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNTS_SQL, CAPACITY_SQL, DEMAND_SQL, FOLD_SQL, HISTOGRAMS_SQL, REQUEST_FIGURES_SQL, REQUESTS_PER_DAY_SQL, SERIES_FACTS_SQL, SKILL_TAGS_SQL } from './stats-facts.queries.js';
import { type Histogram, histogramMedian, mergeHistograms } from './stats-histogram.js';
import { ADD_SEARCH_DEMAND_SQL, ADD_SEARCHES_SQL, MENTOR_PER_DAY_SQL, MENTOR_PROFILE_SQL, MENTOR_SUMMARY_SQL, TOP_RATED_SQL } from './stats.queries.js';

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

/** One fact of a day of the time series (see SERIES_FACTS_SQL). */
export interface SeriesFactRow {
  day: string;
  metric: 'account.created' | 'req.created' | 'req.accepted_on' | 'req.completed_on' | 'searches';
  key: string;
  n: number;
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
 * Statistics are a read model over every feature's tables: plain SQL, no entities of other
 * features, small results only. One mentor's figures are aggregated from the requests table
 * (index-only, stats.queries.ts); the platform's from the daily facts that triggers keep
 * (stats-facts.queries.ts).
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
    if (mentorId) return (await this.rows<RequestSummaryRow>(MENTOR_SUMMARY_SQL, [range.from, range.to, mentorId]))[0]!;
    const [facts, histograms] = await Promise.all([
      this.rows<{ metric: string; key: string; n: number }>(REQUEST_FIGURES_SQL, [range.from, range.to]),
      this.histograms(range, 'req.response'),
    ]);
    const count = (metric: string, key = ''): number => facts.find((f) => f.metric === metric && f.key === key)?.n ?? 0;
    return {
      total: count('req.created'),
      pending: count('req.status', 'pending'),
      accepted: count('req.status', 'accepted'),
      rejected: count('req.status', 'rejected'),
      cancelled: count('req.status', 'cancelled'),
      completed: count('req.status', 'completed'),
      expired: count('req.status', 'expired'),
      reason_no_capacity: count('req.reason', 'no_capacity'),
      reason_outside_expertise: count('req.reason', 'outside_expertise'),
      reason_schedule: count('req.reason', 'schedule'),
      reason_not_a_fit: count('req.reason', 'not_a_fit'),
      reason_other: count('req.reason', 'other'),
      reason_unspecified: count('req.reason', 'unspecified'),
      answered: count('req.answered'),
      accepted_answers: count('req.accepted_answer'),
      median_response_seconds: histogramMedian(mergeHistograms(histograms.values())),
    };
  }

  requestsPerDay(range: DayRange, mentorId?: string): Promise<{ day: string; count: number }[]> {
    return mentorId ? this.rows(MENTOR_PER_DAY_SQL, [range.from, range.to, mentorId]) : this.rows(REQUESTS_PER_DAY_SQL, [range.from, range.to]);
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
    const rows = await this.rows<{ metric: string; n: number }>(CAPACITY_SQL, []);
    const of = (metric: string): number => rows.find((r) => r.metric === metric)?.n ?? 0;
    return { mentors: of('mentor.count'), accepting: of('mentor.accepting'), at_capacity: of('mentor.at_capacity'), active_mentees: of('mentor.active_mentees'), total_capacity: of('mentor.capacity') };
  }

  topRated(limit: number): Promise<TopRatedRow[]> {
    return this.rows(TOP_RATED_SQL, [limit]);
  }

  async addSearches(day: string, searches: number): Promise<void> {
    await this.dataSource.query(ADD_SEARCHES_SQL, [day, searches]);
  }

  /** The facts of each day of the range that the time series is made of (see SERIES_FACTS_SQL). */
  seriesFacts(range: DayRange): Promise<SeriesFactRow[]> {
    return this.rows(SERIES_FACTS_SQL, [range.from, range.to]);
  }

  /**
   * Response-time histograms by day: of the requests created that day (`req.response`) or
   * answered that day (`req.answer_time_on`).
   */
  async histograms(range: DayRange, metric: 'req.response' | 'req.answer_time_on'): Promise<Map<string, Histogram>> {
    const rows = await this.rows<{ day: string; counts: number[] | null; bucket: number | null; n: number | null }>(HISTOGRAMS_SQL, [range.from, range.to, metric]);
    const byDay = new Map<string, Histogram>();
    for (const row of rows) {
      const histogram = byDay.get(row.day) ?? new Map<number, number>();
      byDay.set(row.day, histogram);
      const add = (bucket: number, n: number) => n !== 0 && histogram.set(bucket, (histogram.get(bucket) ?? 0) + n);
      if (row.counts) row.counts.forEach((n, bucket) => add(bucket, n));
      else add(row.bucket!, row.n!);
    }
    return byDay;
  }

  /** Moves the deltas written by the triggers into the daily facts (see FOLD_SQL). */
  async fold(): Promise<void> {
    await this.dataSource.query(FOLD_SQL);
  }

  /** Adds search counts for one day (upsert; rows in skill order so concurrent flushes cannot deadlock). */
  async addSearchDemand(day: string, counts: [skill: string, count: number][]): Promise<void> {
    const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.dataSource.query(ADD_SEARCH_DEMAND_SQL, [day, sorted.map(([s]) => s), sorted.map(([, n]) => n)]);
  }
}
