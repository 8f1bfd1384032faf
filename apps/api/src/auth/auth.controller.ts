import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentAccount, type Principal, Public } from '@app/auth';
import { notFound } from '@app/common';
import { AccountsService } from '../accounts/accounts.service.js';
import { RefreshDto, RoleDto, TokenPairDto } from './dto/auth.dto.js';
import { TokensService } from './tokens.service.js';
import { uuidPipe } from '../http/uuid.pipe.js';
import { AuthRateLimit } from '../http/rate-limit.js';
import { BodyLimit, CREDENTIALS_BODY_LIMIT_BYTES } from '../http/input-limits.js';

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
  @AuthRateLimit()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  async refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    const { principal, ...pair } = await this.tokens.rotate(body.refreshToken, (id, manager) => this.accounts.findRole(id, manager));
    return { ...pair, role: principal.role };
  }

  /** Revokes the refresh-token family (this device's session). The access token expires on its own. */
  @Post('auth/logout')
  @HttpCode(204)
  @Authenticated()
  @BodyLimit(CREDENTIALS_BODY_LIMIT_BYTES)
  async logout(@Body() body: RefreshDto, @CurrentAccount() caller: Principal): Promise<void> {
    await this.tokens.revoke(body.refreshToken, caller);
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
