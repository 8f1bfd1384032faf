import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ConceptRefDto } from './concept-ref.dto.js';

export const MAX_SKILL_SUGGESTIONS = 50;
export const MAX_SKILL_QUERY_CHARS = 100;

export class SkillsQueryDto {
  /** What the user typed so far, in Russian or English, any script ("pyt", "реа", "mashinnoe"); empty = the most offered concepts. */
  @ApiPropertyOptional({ example: 'pyt', maxLength: MAX_SKILL_QUERY_CHARS })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SKILL_QUERY_CHARS)
  query?: string;

  /** Suggestions to return, 1..50. */
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: MAX_SKILL_SUGGESTIONS, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SKILL_SUGGESTIONS)
  limit: number = 10;
}

export class SkillSuggestionDto extends ConceptRefDto {
  /** The form of the concept the typed text matched: a label, alias, transliteration, slang or misspelling ("pyton"); empty for the most offered concepts. */
  @ApiProperty({ example: 'python', maxLength: 200 })
  matched: string;
  /** Listed mentors who offer the concept (whatever they typed for it); refreshed about once a minute. */
  @ApiProperty({ example: 12, minimum: 0 })
  mentors: number;
}

export class SkillSuggestionsDto {
  /** Best first. */
  @ApiProperty({
    type: [SkillSuggestionDto],
    maxItems: MAX_SKILL_SUGGESTIONS,
    example: [
      { id: 'python', labels: { en: 'Python', ru: 'Python' }, matched: 'python', mentors: 12 },
      { id: 'pytorch', labels: { en: 'PyTorch', ru: 'PyTorch' }, matched: 'pytorch', mentors: 3 },
    ],
  })
  items: SkillSuggestionDto[];
}
