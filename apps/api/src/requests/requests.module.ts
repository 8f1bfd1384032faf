import { Global, Module } from '@nestjs/common';
import { MentorsModule } from '../mentors/mentors.module.js';
import { MentorshipRelations } from '../mentors/mentorship-relations.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { StudentsModule } from '../students/students.module.js';
import { RequestsMentorshipRelations } from './mentorship-relations.provider.js';
import { RequestsController } from './requests.controller.js';
import { RequestsRepository } from './requests.repository.js';
import { RequestsService } from './requests.service.js';

/**
 * Mentorship requests. Global only to provide `MentorshipRelations` to the mentors feature
 * (which cannot import this module: this module imports it).
 */
@Global()
@Module({
  imports: [MentorsModule, StudentsModule, NotificationsModule],
  controllers: [RequestsController],
  providers: [RequestsRepository, RequestsService, { provide: MentorshipRelations, useClass: RequestsMentorshipRelations }],
  exports: [MentorshipRelations, RequestsService],
})
export class RequestsModule {}
