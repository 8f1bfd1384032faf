import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { MentorsModule } from '../mentors/mentors.module.js';
import { StudentsModule } from '../students/students.module.js';
import { RatingEvents } from './rating-events.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';

/**
 * Ratings of mentors by their mentees. Hooks for other features: `RatingEvents` (after-commit
 * stream, exported); the mentor is told through the `RatingNotifier` port, which the
 * notifications feature provides.
 */
@Module({
  imports: [MentorsModule, StudentsModule, NotificationsModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService, RatingEvents],
  exports: [RatingsService, RatingEvents],
})
export class RatingsModule {}
