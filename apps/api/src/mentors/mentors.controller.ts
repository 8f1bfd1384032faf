import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem } from '@app/common';
import { SignInDto } from '../auth/dto/sign-in.dto.js';
import { RefreshCookie } from '../auth/refresh-cookie.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';
import { SignInBackoffLimit } from '../http/sign-in-backoff.js';
import { uuidPipe } from '../http/uuid.pipe.js';
import { ListMentorsQueryDto, MentorHitPageDto } from './dto/list-mentors.dto.js';
import { MentorDto, MentorSessionDto, MentorSignUpDto, UpdateMentorDto } from './dto/mentor.dto.js';
import type { JsonBody } from './mentor-hit-page.json.js';
import { MentorsService } from './mentors.service.js';

@ApiTags('mentors')
@Controller('mentors')
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  /** Registers a mentor and signs them in. */
  @Post('sign-up')
  @Public()
  @AuthRateLimit()
  @ApiProblem('ACCOUNT.EMAIL_TAKEN')
  signUp(@Body() dto: MentorSignUpDto): Promise<MentorSessionDto> {
    return this.mentors.signUp(dto);
  }

  /** Signs a mentor in. */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @SignInBackoffLimit()
  @RefreshCookie()
  signIn(@Body() dto: SignInDto): Promise<MentorSessionDto> {
    return this.mentors.signIn(dto.email, dto.password);
  }

  /** Searches and lists mentors: by relevance with `query`, else by rating then newest. */
  @Get()
  @Public({ optionalAuth: true })
  // The body is assembled from the mentors' cached JSON bytes (see mentor-hit-page.json.ts).
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: MentorHitPageDto })
  @ApiProblem('SEARCH.WARMING_UP', 'SEARCH.UNAVAILABLE')
  list(@Query() query: ListMentorsQueryDto, @CurrentAccount() viewer?: Principal): Promise<JsonBody<MentorHitPageDto>> {
    return this.mentors.list(query, viewer);
  }

  /** A mentor's public profile; contacts only for students with an accepted request. */
  @Get(':id')
  @Public({ optionalAuth: true })
  @ApiProblem('MENTOR.NOT_FOUND')
  get(@Param('id', uuidPipe) id: string, @CurrentAccount() viewer?: Principal): Promise<MentorDto> {
    return this.mentors.get(id, viewer);
  }

  /** Updates the profile, capacity or acceptingRequests: the mentor themself or an admin. */
  @Patch(':id')
  @Authenticated({ roles: ['mentor', 'admin'] })
  @ApiProblem('MENTOR.NOT_FOUND', 'MENTOR.CAPACITY_BELOW_ACTIVE')
  update(@Param('id', uuidPipe) id: string, @Body() dto: UpdateMentorDto, @CurrentAccount() caller: Principal): Promise<MentorDto> {
    return this.mentors.update(id, dto, caller);
  }
}
