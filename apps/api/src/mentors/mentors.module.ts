import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { SearchSyncModule } from '../search/search-sync.module.js';
import { MentorsController } from './mentors.controller.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorsService } from './mentors.service.js';

@Module({
  imports: [SessionsModule, SearchSyncModule],
  controllers: [MentorsController],
  providers: [MentorsRepository, MentorsService],
  exports: [MentorsService, SearchSyncModule],
})
export class MentorsModule {}
