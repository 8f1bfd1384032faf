import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDay } from '@app/common';
import { RatingDto } from '../../mentors/dto/mentor.dto.js';

/** `?from=&to=`: UTC calendar days, both inclusive; default the last 30 days; at most 366 days. */
export class StatsRangeQueryDto {
  /** First day, `YYYY-MM-DD` (UTC). Default: `to` minus 29 days. */
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  /** Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

export class StatsRangeDto {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  days: number;
}

export class RequestsByStatusDto {
  pending: number;
  accepted: number;
  rejected: number;
  cancelled: number;
  completed: number;
  /** Pending requests nobody answered within REQUEST_TTL_DAYS. */
  expired: number;
}

/** Rejected and cancelled requests by the reason the closer gave. */
export class ClosedByReasonDto {
  no_capacity: number;
  outside_expertise: number;
  schedule: number;
  not_a_fit: number;
  other: number;
  /** Rejected or cancelled without a reason. */
  unspecified: number;
}

/** Figures over the requests created in the range (status as of now). */
export class RequestFiguresDto {
  /** Requests created in the range. */
  total: number;
  byStatus: RequestsByStatusDto;
  closedByReason: ClosedByReasonDto;
  /** Requests the mentor answered (accepted or rejected: `respondedAt` is set). */
  answered: number;
  /** Answered requests the mentor accepted: now accepted, completed, or cancelled after acceptance. */
  acceptedAnswers: number;
  /** `acceptedAnswers / answered` (0..1, 4 decimals); null when nothing was answered. Pending requests do not count. */
  acceptanceRate: number | null;
  /** Median seconds from creation to the mentor's first answer, over answered requests; null when none. */
  medianResponseSeconds: number | null;
}

export class DayCountDto {
  /** UTC day, `YYYY-MM-DD`. */
  date: string;
  /** Requests created that day. */
  count: number;
}

export class MenteesDto {
  /** Accepted requests open now. */
  active: number;
  capacity: number;
  acceptingRequests: boolean;
  atCapacity: boolean;
}

export class CompletedMentorshipsDto {
  /** Completed (closed) within the range. */
  inRange: number;
  allTime: number;
}

export class MentorRatingStatsDto extends RatingDto {
  /** Bayesian average (prior 3.5 weighted as 5 ratings): the order of "by rating". */
  bayesian: number;
}

export class MentorStatsDto {
  mentorId: string;
  range: StatsRangeDto;
  requests: RequestFiguresDto;
  /** One entry per day of the range, oldest first; days without requests are 0. */
  requestsPerDay: DayCountDto[];
  /** Now, not range-bound. */
  mentees: MenteesDto;
  completedMentorships: CompletedMentorshipsDto;
  /** All ratings so far, not range-bound. */
  rating: MentorRatingStatsDto;
  generatedAt: Date;
}

export class AccountCountsDto {
  students: number;
  mentors: number;
  admins: number;
  total: number;
}

export class AccountsStatsDto {
  /** All accounts now. */
  all: AccountCountsDto;
  /** Accounts created within the range. */
  createdInRange: AccountCountsDto;
}

export class TopMentorByDemandDto {
  mentorId: string;
  name: string;
  /** Requests received in the range. */
  requests: number;
  activeMentees: number;
  capacity: number;
}

export class TopMentorByRatingDto {
  mentorId: string;
  name: string;
  /** Bayesian average, the ranking key. */
  bayesian: number;
  average: number;
  count: number;
}

/** Mentor capacity now, not range-bound. */
export class MentorCapacityDto {
  mentors: number;
  acceptingRequests: number;
  /** Mentors whose active mentees reached their capacity. */
  atCapacity: number;
  activeMentees: number;
  totalCapacity: number;
}

/** Supply vs demand of one skill, keyed by its canonical form (aliases such as `js`/`javascript` or `питон`/`python` are one row). */
export class SkillDemandDto {
  /** The skill's name: its canonical form (what the `skills=` filter matches on) when a tag spells it, else the first of its tags. */
  skill: string;
  /** The tags merged into this row, as mentors and searches wrote them. */
  aliases: string[];
  /** Mentors offering the skill (now). */
  mentors: number;
  /** Of those, accepting requests and below capacity. */
  availableMentors: number;
  /** Requests created in the range to mentors offering the skill ("asked for"). */
  requested: number;
  /** Searches in the range whose matched skills included it ("searched for"). */
  searched: number;
}

export class PlatformStatsDto {
  range: StatsRangeDto;
  accounts: AccountsStatsDto;
  requests: RequestFiguresDto;
  /** One entry per day of the range, oldest first; days without requests are 0. */
  requestsPerDay: DayCountDto[];
  /** The 10 mentors who received the most requests in the range. */
  topMentorsByDemand: TopMentorByDemandDto[];
  /** The 10 best rated mentors by Bayesian average (rated at least once; not range-bound). */
  topMentorsByRating: TopMentorByRatingDto[];
  capacity: MentorCapacityDto;
  /** The 30 skills most in demand (requested + searched), with their supply. */
  skills: SkillDemandDto[];
  /** Unmet demand: skills searched or asked for in the range that no mentor offers, most wanted first (up to 30). */
  unmetDemand: SkillDemandDto[];
  /** When the figures were computed (they may be cached for a few seconds). */
  generatedAt: Date;
}

export class StatsSeriesQueryDto extends StatsRangeQueryDto {
  /** Bucket size: `day` (default) or `week` (ISO weeks, Monday first; a bucket is named by its first day). */
  @IsOptional()
  @IsIn(['day', 'week'])
  @ApiProperty({ enum: ['day', 'week'], required: false, default: 'day' })
  interval?: 'day' | 'week';
}

export class SignUpCountsDto {
  students: number;
  mentors: number;
  admins: number;
}

export class SeriesPointDto {
  /** First day of the bucket, `YYYY-MM-DD`. */
  date: string;
  signUps: SignUpCountsDto;
  /** Searches (first pages). */
  searches: number;
  requestsCreated: number;
  /** Requests the mentor accepted in the bucket (by the day of the answer). */
  requestsAccepted: number;
  /** Requests completed in the bucket (by the day they were closed). */
  requestsCompleted: number;
  /** Median seconds from creation to the mentor's answer, of the requests answered in the bucket; null when none was. */
  @ApiProperty({ type: Number, nullable: true })
  medianResponseSeconds: number | null;
}

export class StatsSeriesDto {
  range: StatsRangeDto;
  @ApiProperty({ enum: ['day', 'week'] })
  interval: 'day' | 'week';
  points: SeriesPointDto[];
}

export class StatsExportQueryDto extends StatsSeriesQueryDto {
  /** Which table: `series` (default, per bucket) or `skills` (supply vs demand, every skill). */
  @IsOptional()
  @IsIn(['series', 'skills'])
  @ApiProperty({ enum: ['series', 'skills'], required: false, default: 'series' })
  table?: 'series' | 'skills';
}
