import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '@app/auth';
import { ApiProblem } from '@app/common';
import { SignInDto } from '../auth/dto/sign-in.dto.js';
import { RefreshCookie } from '../auth/refresh-cookie.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';
import { SignInBackoffLimit } from '../http/sign-in-backoff.js';
import { AdminService } from './admin.service.js';
import { AdminDto, AdminSessionDto, AdminSignUpDto } from './dto/admin.dto.js';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(private readonly admins: AdminService) {}

  /** Creates another admin; only an admin may. Answers the new admin's profile: they sign in themselves. */
  @Post('sign-up')
  @Authenticated({ roles: ['admin'] })
  @AuthRateLimit()
  @ApiProblem('ACCOUNT.EMAIL_TAKEN')
  signUp(@Body() dto: AdminSignUpDto): Promise<AdminDto> {
    return this.admins.create(dto);
  }

  /** Signs an admin in. */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @SignInBackoffLimit()
  @RefreshCookie()
  signIn(@Body() dto: SignInDto): Promise<AdminSessionDto> {
    return this.admins.signIn(dto.email, dto.password);
  }
}
