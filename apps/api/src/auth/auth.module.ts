import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthController } from './auth.controller.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { SessionsService } from './sessions.service.js';
import { TokensService } from './tokens.service.js';

@Module({
  imports: [AccountsModule],
  controllers: [AuthController],
  providers: [RefreshTokensRepository, TokensService, SessionsService],
  exports: [SessionsService, TokensService, AccountsModule],
})
export class SessionsModule {}
