import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { AppConfig } from '@app/config';
import { notFound } from '@app/common';
import type { AccountCountsDto, MentorStatsDto, PlatformStatsDto, RequestFiguresDto, StatsRangeQueryDto } from './dto/stats.dto.js';
import { resolveRange } from './stats-range.js';
import { type DayRange, type MentorProfileRow, type RequestSummaryRow, StatsRepository } from './stats.repository.js';
import { TtlCache } from './ttl-cache.js';

const TOP_MENTORS = 10;
const TOP_SKILLS = 30;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
const RATING_BAYES_DIGITS = 3;

function requestFigures(s: RequestSummaryRow): RequestFiguresDto {
  return {
    total: s.total,
    byStatus: { pending: s.pending, accepted: s.accepted, rejected: s.rejected, cancelled: s.cancelled, completed: s.completed, expired: s.expired },
    closedByReason: {
      no_capacity: s.reason_no_capacity,
      outside_expertise: s.reason_outside_expertise,
      schedule: s.reason_schedule,
      not_a_fit: s.reason_not_a_fit,
      other: s.reason_other,
      unspecified: s.reason_unspecified,
    },
    answered: s.answered,
    acceptedAnswers: s.accepted_answers,
    acceptanceRate: s.answered > 0 ? round(s.accepted_answers / s.answered, 4) : null,
    medianResponseSeconds: s.median_response_seconds === null ? null : round(Number(s.median_response_seconds), 3),
  };
}

function mentorRating(p: MentorProfileRow): MentorStatsDto['rating'] {
  const [d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0] = p.rating_distribution;
  return {
    average: p.rating_count > 0 ? round(p.rating_sum / p.rating_count, 2) : null,
    count: p.rating_count,
    distribution: { '1': d1, '2': d2, '3': d3, '4': d4, '5': d5 },
    bayesian: round(p.rating_score, RATING_BAYES_DIGITS),
  };
}

@Injectable()
export class StatsService {
  private readonly platformCache: TtlCache<PlatformStatsDto>;

  constructor(
    private readonly stats: StatsRepository,
    config: AppConfig,
  ) {
    this.platformCache = new TtlCache(config.STATS_CACHE_TTL_SECONDS * 1000);
  }

  /** One mentor's figures: that mentor or an admin; anyone else is told there is no such mentor. */
  async mentor(mentorId: string, query: StatsRangeQueryDto, caller: Principal): Promise<MentorStatsDto> {
    if (caller.role !== 'admin' && caller.id !== mentorId) throw notFound('MENTOR.NOT_FOUND', 'No mentor with this id is visible to you.');
    const range = resolveRange(query);
    const [profile, summary, perDay] = await Promise.all([
      this.stats.mentorProfile(mentorId, range),
      this.stats.requestSummary(range, mentorId),
      this.stats.requestsPerDay(range, mentorId),
    ]);
    if (!profile) throw notFound('MENTOR.NOT_FOUND', 'No mentor with this id is visible to you.');
    return {
      mentorId,
      range,
      requests: requestFigures(summary),
      requestsPerDay: perDay.map((d) => ({ date: d.day, count: d.count })),
      mentees: { active: profile.active_mentees, capacity: profile.capacity, acceptingRequests: profile.accepting_requests, atCapacity: profile.active_mentees >= profile.capacity },
      completedMentorships: { inRange: profile.completed_in_range, allTime: profile.completed_all_time },
      rating: mentorRating(profile),
      generatedAt: new Date(),
    };
  }

  /** The platform's figures (admins). Cached per range for STATS_CACHE_TTL_SECONDS on each replica. */
  platform(query: StatsRangeQueryDto): Promise<PlatformStatsDto> {
    const range = resolveRange(query);
    return this.platformCache.get(`${range.from}/${range.to}`, () => this.computePlatform(range));
  }

  private async computePlatform(range: DayRange & { days: number }): Promise<PlatformStatsDto> {
    const [accounts, summary, perDay, demand, capacity, topRated] = await Promise.all([
      this.stats.accountsByKind(range),
      this.stats.requestSummary(range),
      this.stats.requestsPerDay(range),
      this.stats.demand(range, TOP_MENTORS, TOP_SKILLS),
      this.stats.capacity(),
      this.stats.topRated(TOP_MENTORS),
    ]);
    const counts = (pick: (row: (typeof accounts)[number]) => number): AccountCountsDto => {
      const of = (kind: string) => accounts.filter((a) => a.kind === kind).reduce((n, a) => n + pick(a), 0);
      const c = { students: of('student'), mentors: of('mentor'), admins: of('admin') };
      return { ...c, total: c.students + c.mentors + c.admins };
    };
    return {
      range,
      accounts: { all: counts((a) => a.total), createdInRange: counts((a) => a.created_in_range) },
      requests: requestFigures(summary),
      requestsPerDay: perDay.map((d) => ({ date: d.day, count: d.count })),
      topMentorsByDemand: demand.top_mentors.map((m) => ({ mentorId: m.mentor_id, name: m.name, requests: m.requests, activeMentees: m.active_mentees, capacity: m.capacity })),
      topMentorsByRating: topRated.map((m) => ({ mentorId: m.mentor_id, name: m.name, bayesian: round(m.rating_score, RATING_BAYES_DIGITS), average: round(m.rating_sum / m.rating_count, 2), count: m.rating_count })),
      capacity: { mentors: capacity.mentors, acceptingRequests: capacity.accepting, atCapacity: capacity.at_capacity, activeMentees: capacity.active_mentees, totalCapacity: capacity.total_capacity },
      skills: demand.skills.map((s) => ({ skill: s.skill, mentors: s.mentors, availableMentors: s.available, requested: s.requested, searched: s.searched })),
      generatedAt: new Date(),
    };
  }
}
