import { Module } from '@nestjs/common';
import { MentorsModule } from '../mentors/mentors.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { MentorSearchController } from './mentor-search.controller.js';
import { MentorSearch } from './mentor-search.service.js';
import { SearchSyncModule } from './search-sync.module.js';

/** GET /api/mentors: search and browsing (see MentorSearch). */
@Module({
  imports: [MentorsModule, SearchSyncModule, StatsModule],
  controllers: [MentorSearchController],
  providers: [MentorSearch],
})
export class MentorSearchModule {}
