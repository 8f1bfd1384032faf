import { Global, Module } from '@nestjs/common';
import { AccessRevocations } from '@app/auth';
import { SessionsModule } from '../auth/auth.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { AdminConsoleController } from './admin-console.controller.js';
import { AdminAccountsRepository } from './admin-accounts.repository.js';
import { AdminController } from './admin.controller.js';
import { AdminService } from './admin.service.js';
import { AdminsRepository } from './admins.repository.js';
import { ModerationService } from './moderation.service.js';
import { SuspendedAccounts } from './suspended-accounts.js';

/** Admins, and the admin console's moderation. Global only to give the guard `AccessRevocations`. */
@Global()
@Module({
  imports: [SessionsModule, MentorsModule, RequestsModule],
  controllers: [AdminController, AdminConsoleController],
  providers: [AdminsRepository, AdminService, AdminAccountsRepository, ModerationService, SuspendedAccounts, { provide: AccessRevocations, useExisting: SuspendedAccounts }],
  exports: [AdminService, AccessRevocations],
})
export class AdminModule {}
