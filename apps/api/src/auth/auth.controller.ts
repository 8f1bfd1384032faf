import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ProblemDto } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { ChangePasswordDto, RefreshDto, TokenPairDto } from './dto/auth.dto.js';
import { SessionsService } from './sessions.service.js';
import { TokensService } from './tokens.service.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly tokens: TokensService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  /** Exchanges a refresh token for a new pair. Reusing a spent refresh token revokes its whole family. */
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  async refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    const { principal, ...pair } = await this.tokens.rotate(body.refreshToken, (id, manager) => this.accounts.findRole(id, manager));
    return { ...pair, role: principal.role };
  }

  /** Revokes the refresh-token family (this device's session). The access token expires on its own. */
  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  async logout(@Body() body: RefreshDto, @CurrentAccount() caller: Principal): Promise<void> {
    await this.tokens.revoke(body.refreshToken, caller);
  }

  /**
   * Changes the signed-in account's password. Every refresh token of the account is revoked (all
   * other devices must sign in again); the answer is a new pair for this device. Access tokens
   * already issued expire on their own (JWT_ACCESS_TTL).
   */
  @Post('password')
  @HttpCode(200)
  @Authenticated()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @ApiResponse({ status: 403, description: 'currentPassword is wrong (AUTH.WRONG_PASSWORD)', type: ProblemDto })
  async changePassword(@Body() body: ChangePasswordDto, @CurrentAccount() caller: Principal): Promise<TokenPairDto> {
    const { profile: _none, ...pair } = await this.sessions.changePassword(caller, body.currentPassword, body.newPassword);
    return pair;
  }
}
