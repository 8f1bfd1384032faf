import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { SkillSuggestionsDto, SkillsQueryDto } from './dto/skill.dto.js';
import { SkillsService } from './skills.service.js';

@ApiTags('skills')
@Controller('skills')
export class SkillsController {
  constructor(private readonly skills: SkillsService) {}

  /**
   * Skill autocomplete over the skills graph: concepts whose name, alias, transliteration, slang or
   * a common misspelling starts with `query`, in either script ("реа" → React, "mashinnoe" →
   * machine learning), then near misses ("pyton" → Python); each with its id (what `skills=`
   * filters and statistics key on), Russian and English names, the form matched, and how many
   * mentors offer it. Without `query`: the most offered concepts.
   */
  @Get()
  @Public()
  suggest(@Query() query: SkillsQueryDto): Promise<SkillSuggestionsDto> {
    return this.skills.suggest(query);
  }
}
