import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { ApiProblem, notFound, unauthorized } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { RefreshDto, RoleDto, TokenPairDto } from './dto/auth.dto.js';
import { clearRefreshCookie, RefreshCookie, refreshTokenOf } from './refresh-cookie.js';
import { TokensService } from './tokens.service.js';
import { uuidPipe } from '../http/uuid.pipe.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly tokens: TokensService,
    private readonly accounts: AccountsService,
  ) {}

  /** Exchanges a refresh token for a new pair. Reusing a spent refresh token revokes its whole family. */
  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
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
  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  @ApiProblem('AUTH.CSRF_FAILED')
  async logout(@Body() body: RefreshDto, @CurrentAccount() caller: Principal, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const { token, csrf } = refreshTokenOf(request, body);
    if (token) await this.tokens.revoke(token, caller, csrf);
    if (csrf) clearRefreshCookie(reply);
  }

  /** The id and role of the caller's token. */
  @Get('get-role')
  @Authenticated()
  @ApiOperation({ summary: 'Role of the signed-in account' })
  role(@CurrentAccount() caller: Principal): RoleDto {
    return { id: caller.id, role: caller.role };
  }

  /** The role of any account id; 404 if there is none. */
  @Get('get-role/:instance_id')
  @Authenticated()
  async roleOf(@Param('instance_id', uuidPipe) id: string): Promise<RoleDto> {
    const role = await this.accounts.findRole(id);
    if (!role) throw notFound('ACCOUNT.NOT_FOUND', 'No account has this id.');
    return { id, role };
  }
}
