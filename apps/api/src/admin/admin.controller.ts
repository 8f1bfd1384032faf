import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '@app/auth';
import { ProblemDto } from '@app/common';
import { SignInDto } from '../auth/dto/sign-in.dto.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';
import { SignInBackoffLimit } from '../http/sign-in-backoff.js';
import { AdminService } from './admin.service.js';
import { AdminSessionDto, AdminSignUpDto } from './dto/admin.dto.js';

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(private readonly admins: AdminService) {}

  /** Creates another admin; only an admin may. Answers with the new admin's session. */
  @Post('sign-up')
  @Authenticated({ roles: ['admin'] })
  @AuthRateLimit()
  @ApiResponse({ status: 409, description: 'An admin with this email exists', type: ProblemDto })
  signUp(@Body() dto: AdminSignUpDto): Promise<AdminSessionDto> {
    return this.admins.signUp(dto);
  }

  /** Signs an admin in. */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @SignInBackoffLimit()
  signIn(@Body() dto: SignInDto): Promise<AdminSessionDto> {
    return this.admins.signIn(dto.email, dto.password);
  }
}
