import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { StudentsModule } from '../students/students.module.js';
import { AccountDeletionController } from './account-deletion.controller.js';
import { AccountDeletionService } from './account-deletion.service.js';

/** Account deletion: above the features whose data it closes or erases. */
@Module({
  imports: [SessionsModule, StudentsModule, MentorsModule, RequestsModule, NotificationsModule],
  controllers: [AccountDeletionController],
  providers: [AccountDeletionService],
})
export class AccountDeletionModule {}
