import { Module } from '@nestjs/common';
import { MentorRowsRepository } from './mentor-rows.repository.js';
import { MentorChangeFeed } from './mentor-change-feed.js';
import { MentorProfileCache } from './mentor-profile.cache.js';
import { SearchIndexSync } from './search-index.sync.js';

/**
 * The mentor index kept in step with PostgreSQL, and the cache of mentor rows for search pages.
 * Imported by the mentors feature (which tells it about the changes it commits) and by the search
 * feature (which reads through it).
 */
@Module({
  providers: [MentorRowsRepository, MentorChangeFeed, MentorProfileCache, SearchIndexSync],
  exports: [SearchIndexSync, MentorProfileCache, MentorRowsRepository],
})
export class SearchSyncModule {}
