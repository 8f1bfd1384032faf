import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { PageQueryDto, ApiProblem } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { MyRatingDto, RateMentorDto, RatingPageDto } from './dto/rating.dto.js';
import { RatingsService } from './ratings.service.js';

@ApiTags('ratings')
@Controller('mentors')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}

  /**
   * Rates a mentor 1..5 with an optional comment. Only a student with an accepted or completed
   * request to the mentor; one rating per student and mentor, a second call replaces the first.
   * Answers 200 either way.
   */
  @Post(':id/score')
  @HttpCode(200)
  @Authenticated({ roles: ['student'] })
  @ApiProblem('RATING.NOT_A_MENTEE', 'MENTOR.NOT_FOUND')
  rate(@Param('id', uuidPipe) id: string, @Body() dto: RateMentorDto, @CurrentAccount() student: Principal): Promise<MyRatingDto> {
    return this.ratings.rate(id, student, dto);
  }

  /** A mentor's ratings, newest first, with comments and each student's first name. */
  @Get(':id/ratings')
  @Public()
  @ApiProblem('MENTOR.NOT_FOUND')
  list(@Param('id', uuidPipe) id: string, @Query() page: PageQueryDto): Promise<RatingPageDto> {
    return this.ratings.list(id, page.limit, page.cursor);
  }
}
