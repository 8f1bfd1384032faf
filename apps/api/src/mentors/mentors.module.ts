import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { FavoritesController } from './favorites.controller.js';
import { FavoritesRepository } from './favorites.repository.js';
import { FavoritesService } from './favorites.service.js';
import { MentorsController } from './mentors.controller.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorProfileCache } from './mentor-profile.cache.js';
import { MentorSearchSync } from './mentor-search.sync.js';
import { MentorsService } from './mentors.service.js';

/** Mentor profiles, search, and students' favourites (whose "tell me when free" follows the mentor row). */
@Module({
  imports: [SessionsModule, StatsModule, RelationshipsModule, NotificationsModule],
  controllers: [MentorsController, FavoritesController],
  providers: [MentorsRepository, MentorsService, MentorSearchSync, MentorProfileCache, FavoritesRepository, FavoritesService],
  exports: [MentorsService, MentorSearchSync],
})
export class MentorsModule {}
