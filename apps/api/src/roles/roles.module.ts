import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { RolesController } from './roles.controller.js';

/** The role lookup of account ids. */
@Module({
  imports: [AccountsModule],
  controllers: [RolesController],
})
export class RolesModule {}
