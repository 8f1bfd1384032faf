import { Module } from '@nestjs/common';
import { MentorsModule } from '../mentors/mentors.module.js';
import { StudentsModule } from '../students/students.module.js';
import { RatingEvents } from './rating-events.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';
import { RequestsQueries } from './requests-queries.js';

/**
 * Ratings of mentors by their mentees. Hooks for other features: `RatingEvents` (after-commit
 * stream, exported) and the optional `RatingNotifier` port (provide it from a global module).
 */
@Module({
  imports: [MentorsModule, StudentsModule],
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService, RequestsQueries, RatingEvents],
  exports: [RatingsService, RatingEvents],
})
export class RatingsModule {}
