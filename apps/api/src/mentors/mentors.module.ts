import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RelationshipsModule } from '../relationships/relationships.module.js';
import { SearchSyncModule } from '../search/search-sync.module.js';
import { FavoritesController } from './favorites.controller.js';
import { FavoritesRepository } from './favorites.repository.js';
import { FavoritesService } from './favorites.service.js';
import { MentorsController } from './mentors.controller.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorsService } from './mentors.service.js';

/** Mentor profiles and contacts, and students' favourites (whose "tell me when free" follows the mentor row); search is in ../search. */
@Module({
  imports: [SessionsModule, SearchSyncModule, RelationshipsModule, NotificationsModule],
  controllers: [MentorsController, FavoritesController],
  providers: [MentorsRepository, MentorsService, FavoritesRepository, FavoritesService],
  exports: [MentorsService, SearchSyncModule],
})
export class MentorsModule {}
