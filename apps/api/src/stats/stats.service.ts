import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/auth';
import { AppConfig } from '@app/config';
import { notFound } from '@app/common';
import { skillKey } from '@app/search';
import type { AccountCountsDto, MentorStatsDto, PlatformStatsDto, RequestFiguresDto, SkillDemandDto, StatsRangeQueryDto, StatsExportQueryDto, StatsSeriesDto, StatsSeriesQueryDto } from './dto/stats.dto.js';
import { resolveRange } from './stats-range.js';
import { seriesPoints } from './stats-series.js';
import { type DayRange, type DemandRow, type MentorProfileRow, type RequestSummaryRow, StatsRepository } from './stats.repository.js';
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

const demandOf = (s: SkillDemandDto): number => s.requested + s.searched;

/** Most wanted first (requested + searched), then most offered, then by name. */
function byDemand(a: SkillDemandDto, b: SkillDemandDto): number {
  return demandOf(b) - demandOf(a) || b.mentors - a.mentors || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0);
}

/** Named by the canonical key when a tag spells it (`javascript`), else by the first tag (`ml`, not the stem `machin learn`). */
function toSkill(s: DemandRow['skills'][number]): SkillDemandDto {
  return { skill: s.aliases.includes(s.skill) ? s.skill : s.aliases[0]!, aliases: s.aliases, mentors: s.mentors, availableMentors: s.available, requested: s.requested, searched: s.searched };
}

@Injectable()
export class StatsService {
  private readonly platformCache: TtlCache<PlatformStatsDto>;
  private readonly seriesCache: TtlCache<StatsSeriesDto>;

  constructor(
    private readonly stats: StatsRepository,
    config: AppConfig,
  ) {
    this.platformCache = new TtlCache(config.STATS_CACHE_TTL_SECONDS * 1000);
    this.seriesCache = new TtlCache(config.STATS_CACHE_TTL_SECONDS * 1000);
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
    const tags = await this.stats.skillTags(range);
    const [accounts, summary, perDay, demand, capacity, topRated] = await Promise.all([
      this.stats.accountsByKind(range),
      this.stats.requestSummary(range),
      this.stats.requestsPerDay(range),
      this.stats.demand(range, TOP_MENTORS, tags, tags.map(skillKey)),
      this.stats.capacity(),
      this.stats.topRated(TOP_MENTORS),
    ]);
    const skills = demand.skills.map(toSkill).sort(byDemand);
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
      skills: skills.slice(0, TOP_SKILLS),
      unmetDemand: skills.filter((s) => s.mentors === 0 && demandOf(s) > 0).slice(0, TOP_SKILLS),
      generatedAt: new Date(),
    };
  }

  /** The admin time series per day or week (cached like the platform figures). */
  series(query: StatsSeriesQueryDto): Promise<StatsSeriesDto> {
    const range = resolveRange(query);
    const interval = query.interval ?? 'day';
    return this.seriesCache.get(`${range.from}/${range.to}/${interval}`, async () => ({
      range,
      interval,
      points: seriesPoints(range, interval, ...(await Promise.all([this.stats.seriesFacts(range), this.stats.histograms(range, 'req.answer_time_on')]))).map((p) => ({
        ...p,
        medianResponseSeconds: p.medianResponseSeconds === null ? null : round(p.medianResponseSeconds, 3),
      })),
    }));
  }

  /** The statistics as CSV: the series per bucket, or supply vs demand of every skill. */
  async csv(query: StatsExportQueryDto): Promise<string> {
    if (query.table === 'skills') {
      const range = resolveRange(query);
      const tags = await this.stats.skillTags(range);
      const demand = await this.stats.demand(range, 0, tags, tags.map(skillKey));
      const rows = demand.skills.map(toSkill).sort(byDemand);
      return toCsv(
        ['skill', 'aliases', 'mentors', 'available_mentors', 'requested', 'searched', 'unmet'],
        rows.map((r) => [r.skill, r.aliases.join(' '), r.mentors, r.availableMentors, r.requested, r.searched, r.mentors === 0 && demandOf(r) > 0]),
      );
    }
    const { points } = await this.series(query);
    return toCsv(
      ['date', 'signups_students', 'signups_mentors', 'signups_admins', 'searches', 'requests_created', 'requests_accepted', 'requests_completed', 'median_response_seconds'],
      points.map((p) => [p.date, p.signUps.students, p.signUps.mentors, p.signUps.admins, p.searches, p.requestsCreated, p.requestsAccepted, p.requestsCompleted, p.medianResponseSeconds]),
    );
  }
}

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
function toCsv(header: string[], rows: unknown[][]): string {
  const cell = (value: unknown): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
