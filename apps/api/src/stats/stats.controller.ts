import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ApiProblem } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { MentorStatsDto, PlatformStatsDto, StatsExportQueryDto, StatsRangeQueryDto, StatsSeriesDto, StatsSeriesQueryDto } from './dto/stats.dto.js';
import { StatsService } from './stats.service.js';

@ApiTags('stats')
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  /**
   * Platform statistics for the admin console: accounts, requests, acceptance, response time,
   * requests per day, top mentors, capacity, and skill supply vs demand. `?from=&to=` (UTC days,
   * inclusive, at most 366 days; default the last 30). May be up to STATS_CACHE_TTL_SECONDS old.
   */
  @Get()
  @Authenticated({ roles: ['admin'] })
  platform(@Query() query: StatsRangeQueryDto): Promise<PlatformStatsDto> {
    return this.stats.platform(query);
  }

  /**
   * Time series for the admin console, per `interval` (`day` or ISO `week`): sign-ups by kind,
   * searches, requests created, accepted and completed, median response time. `?from=&to=` as above.
   */
  @Get('series')
  @Authenticated({ roles: ['admin'] })
  series(@Query() query: StatsSeriesQueryDto): Promise<StatsSeriesDto> {
    return this.stats.series(query);
  }

  /** The statistics as CSV (`text/csv`): `table=series` (per bucket, default) or `table=skills` (supply vs demand of every skill). */
  @Get('export.csv')
  @Authenticated({ roles: ['admin'] })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' }, example: 'date,signups_students,...\r\n2026-01-05,3,1,0,42,7,5,2,3600\r\n' } } })
  async export(@Query() query: StatsExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const csv = await this.stats.csv(query);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="mentor-match-${query.table ?? 'series'}.csv"`);
    return csv;
  }

  /** One mentor's statistics: that mentor or an admin. `?from=&to=` as for the platform. */
  @Get(':mentorId')
  @Authenticated({ roles: ['mentor', 'admin'] })
  @ApiProblem('MENTOR.NOT_FOUND')
  mentor(@Param('mentorId', uuidPipe) mentorId: string, @Query() query: StatsRangeQueryDto, @CurrentAccount() caller: Principal): Promise<MentorStatsDto> {
    return this.stats.mentor(mentorId, query, caller);
  }
}
