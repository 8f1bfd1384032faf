import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ApiProblem } from '@app/common';
import { RecommendedPageDto, RecommendedQueryDto } from './recommendations.dto.js';
import { RecommendationsService } from './recommendations.service.js';

@ApiTags('mentors')
@Controller('mentors')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  /**
   * Mentors recommended to the signed-in student, without typing: from their interests and the
   * skills of the mentors they asked before (concepts of the skills graph, widened to narrower and
   * related ones), only mentors accepting requests with a free place, never one they have an open
   * request with; each explained by the concepts that matched. Empty when the student has no
   * interests and no requests yet. Students only.
   */
  @Get('recommended')
  @Authenticated({ roles: ['student'] })
  @ApiProblem('INVALID_CURSOR')
  recommended(@Query() query: RecommendedQueryDto, @CurrentAccount() student: Principal): Promise<RecommendedPageDto> {
    return this.recommendations.recommend(student, query);
  }
}
