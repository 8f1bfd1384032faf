import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem, unauthorized } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { ChangePasswordDto, RefreshDto, TokenPairDto } from './dto/auth.dto.js';
import { clearRefreshCookie, RefreshCookie, refreshTokenOf } from './refresh-cookie.js';
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
  @RefreshCookie()
  @ApiProblem('AUTH.INVALID_REFRESH_TOKEN', 'AUTH.CSRF_FAILED')
  async refresh(@Body() body: RefreshDto, @Req() request: FastifyRequest): Promise<TokenPairDto> {
    const { token, csrf } = refreshTokenOf(request, body);
    if (!token) throw unauthorized('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or revoked.');
    const { principal, ...pair } = await this.tokens.rotate(token, (id, manager) => this.accounts.findRole(id, manager), csrf);
    return { ...pair, role: principal.role };
  }

  /**
   * Revokes the refresh-token family (this device's session) given in the body or the cookie (then
   * with `x-csrf-token`), and clears the cookie. The access token expires on its own.
   */
  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  @ApiProblem('AUTH.CSRF_FAILED')
  async logout(@Body() body: RefreshDto, @CurrentAccount() caller: Principal, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const { token, csrf } = refreshTokenOf(request, body);
    if (token) await this.tokens.revoke(token, caller, csrf);
    if (csrf) clearRefreshCookie(reply);
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
  @ApiProblem('AUTH.WRONG_PASSWORD')
  async changePassword(@Body() body: ChangePasswordDto, @CurrentAccount() caller: Principal): Promise<TokenPairDto> {
    const { profile: _none, csrfToken: _csrf, ...pair } = await this.sessions.changePassword(caller, body.currentPassword, body.newPassword);
    return pair;
  }
}
