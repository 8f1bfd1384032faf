import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ApiProblem } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { MentorStatsDto, PlatformStatsDto, StatsRangeQueryDto } from './dto/stats.dto.js';
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

  /** One mentor's statistics: that mentor or an admin. `?from=&to=` as for the platform. */
  @Get(':mentorId')
  @Authenticated({ roles: ['mentor', 'admin'] })
  @ApiProblem('MENTOR.NOT_FOUND')
  mentor(@Param('mentorId', uuidPipe) mentorId: string, @Query() query: StatsRangeQueryDto, @CurrentAccount() caller: Principal): Promise<MentorStatsDto> {
    return this.stats.mentor(mentorId, query, caller);
  }
}
