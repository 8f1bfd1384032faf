import { Module } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import { PasswordService } from './password.service.js';

@Module({
  providers: [AccountsRepository, AccountsService, PasswordService],
  exports: [AccountsService],
})
export class AccountsModule {}
