import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { StudentsModule } from '../students/students.module.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

/**
 * Ratings of mentors by their mentees. The new aggregate reaches the search index through the
 * mentor row (MentorsService.setCounters); the mentor is told through the `RatingNotifier` port,
 * which the notifications feature provides.
 */
@Module({
  imports: [MentorsModule, StudentsModule, NotificationsModule, RelationshipsModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService],
  exports: [RatingsService],
})
export class RatingsModule {}
