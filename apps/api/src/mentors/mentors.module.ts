import { Module } from '@nestjs/common';
import { SessionsModule } from '../auth/auth.module.js';
import { StatsModule } from '../stats/stats.module.js';
import { MentorsController } from './mentors.controller.js';
import { MentorsRepository } from './mentors.repository.js';
import { MentorProfileCache } from './mentor-profile.cache.js';
import { MentorSearchSync } from './mentor-search.sync.js';
import { MentorsService } from './mentors.service.js';

@Module({
  imports: [SessionsModule, StatsModule],
  controllers: [MentorsController],
  providers: [MentorsRepository, MentorsService, MentorSearchSync, MentorProfileCache],
  exports: [MentorsService, MentorSearchSync],
})
export class MentorsModule {}
