import { Module } from '@nestjs/common';
import { MentorsModule } from '../mentors/mentors.module.js';
import { RecommendationsController } from './recommendations.controller.js';
import { RecommendationsRepository } from './recommendations.repository.js';
import { RecommendationsService } from './recommendations.service.js';

/** GET /api/mentors/recommended: mentors for a student from their interests and past requests, through the skills graph. */
@Module({
  imports: [MentorsModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsRepository, RecommendationsService],
})
export class RecommendationsModule {}
