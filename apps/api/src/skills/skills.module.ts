import { Module } from '@nestjs/common';
import { SkillSupplyRepository } from './skill-supply.repository.js';
import { SkillsController } from './skills.controller.js';
import { SkillsService } from './skills.service.js';

/** The skills graph's concepts over HTTP: autocomplete with how many mentors offer each (see skill-concepts.ts for the tag → concept mapping). */
@Module({
  controllers: [SkillsController],
  providers: [SkillSupplyRepository, SkillsService],
})
export class SkillsModule {}
