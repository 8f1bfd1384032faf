import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal } from '@app/auth';
import { ApiProblem } from '@app/common';
import { uuidPipe } from '../http/uuid.pipe.js';
import { RequestPageDto } from '../requests/dto/request.dto.js';
import { AdminAccountDto, AdminAccountPageDto, AdminAccountsQueryDto, AdminRequestsQueryDto, SuspensionDto } from './dto/admin-console.dto.js';
import { ModerationService } from './moderation.service.js';

/** What the admin console lists and moderates. Admins only. */
@ApiTags('admin')
@Controller('admin')
@Authenticated({ roles: ['admin'] })
export class AdminConsoleController {
  constructor(private readonly moderation: ModerationService) {}

  /** Every mentorship request, newest first; filter by `status`, `mentorId`, `studentId`, `from`/`to` (creation day, UTC, inclusive). */
  @Get('requests')
  requests(@Query() query: AdminRequestsQueryDto, @CurrentAccount() admin: Principal): Promise<RequestPageDto> {
    return this.moderation.listRequests(admin, query);
  }

  /** Every account, newest first; filter by `kind`, `q` (email or name) and `suspended`. */
  @Get('accounts')
  accounts(@Query() query: AdminAccountsQueryDto): Promise<AdminAccountPageDto> {
    return this.moderation.listAccounts(query);
  }

  /**
   * Suspends an account, all in one transaction: sign-in refused (403 ACCOUNT.SUSPENDED), every
   * session revoked, its access tokens refused at once, a mentor hidden from search, every open
   * request cancelled with a notification to the other party. Logged with the admin's id. Idempotent.
   */
  @Post('accounts/:id/suspend')
  @HttpCode(200)
  @ApiProblem('ACCOUNT.NOT_FOUND', 'ACCOUNT.CANNOT_SUSPEND_SELF')
  suspend(@Param('id', uuidPipe) id: string, @CurrentAccount() admin: Principal): Promise<SuspensionDto> {
    return this.moderation.suspend(admin, id);
  }

  /** Reinstates a suspended account (requests closed by the suspension stay closed). Idempotent. */
  @Post('accounts/:id/unsuspend')
  @HttpCode(200)
  @ApiProblem('ACCOUNT.NOT_FOUND')
  unsuspend(@Param('id', uuidPipe) id: string, @CurrentAccount() admin: Principal): Promise<AdminAccountDto> {
    return this.moderation.unsuspend(admin, id);
  }
}
