import { Module } from '@nestjs/common';
import { MentorsModule } from '../mentors/mentors.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { StudentsModule } from '../students/students.module.js';
import { RequestExpiry } from './request-expiry.js';
import { RequestMessagesRepository } from './request-messages.repository.js';
import { RequestThreadService } from './request-thread.service.js';
import { RequestsController } from './requests.controller.js';
import { RequestsRepository } from './requests.repository.js';
import { RequestsService } from './requests.service.js';

/** Mentorship requests: the lifecycle, the thread of each request, expiry and reminders. */
@Module({
  imports: [MentorsModule, StudentsModule, NotificationsModule],
  controllers: [RequestsController],
  providers: [RequestsRepository, RequestMessagesRepository, RequestsService, RequestThreadService, RequestExpiry],
  exports: [RequestsService, RequestThreadService, RequestExpiry],
})
export class RequestsModule {}
