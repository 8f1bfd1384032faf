import { Module } from '@nestjs/common';
import { SearchDemandService } from './search-demand.service.js';
import { StatsFolding } from './stats-folding.js';
import { StatsController } from './stats.controller.js';
import { StatsRepository } from './stats.repository.js';
import { StatsService } from './stats.service.js';

/**
 * Mentor and platform statistics, and the search-demand log. Exports `SearchDemandService`:
 * the search feature calls `record(matchedSkills)` once per search.
 */
@Module({
  controllers: [StatsController],
  providers: [StatsRepository, StatsService, SearchDemandService, StatsFolding],
  exports: [SearchDemandService],
})
export class StatsModule {}
