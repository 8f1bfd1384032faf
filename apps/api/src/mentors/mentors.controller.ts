import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem } from '@app/common';
import { SignInDto } from '../auth/dto/sign-in.dto.js';
import { RefreshCookie } from '../auth/refresh-cookie.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';
import { SignInBackoffLimit } from '../http/sign-in-backoff.js';
import { uuidPipe } from '../http/uuid.pipe.js';
import { MentorDto, MentorSessionDto, MentorSignUpDto, UpdateMentorDto } from './dto/mentor.dto.js';
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
