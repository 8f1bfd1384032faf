import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsTagList, PageQueryDto } from '@app/common';
import type { MentorDto } from '../mentors/dto/mentor.dto.js';
import type { MentorRelationDto } from '../relationships/relationships.service.js';

const csv = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.split(',') : value);
const bool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class ListMentorsQueryDto extends PageQueryDto {
  /** Free text in Russian or English, e.g. "хочу разобраться в ML на питоне". */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  query?: string;

  /** Comma-separated skills the mentor must have, e.g. `python,sql`. */
  // No `example`: Swagger UI would pre-fill it and "Try it out" would answer an empty page.
  @ApiPropertyOptional({ type: String, description: 'Comma-separated skills the mentor must have (all of them), e.g. `python,sql`' })
  @IsOptional()
  @Transform(csv)
  @IsTagList()
  skills?: string[];

  /** ISO 639-1 code of a language the mentor speaks. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be an ISO 639 code such as "en" or "ru"' })
  language?: string;

  /** Only mentors accepting requests and below capacity. */
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  acceptingOnly?: boolean;
}

export class MentorHitDto {
  mentor: MentorDto;
  /** Relevance (with a query) or rating score (without); always finite. */
  score: number;
  /** Skills and terms that made the mentor match. */
  matched: string[];
  /** For a signed-in student: their open request, rating and favourite with this mentor. */
  relation?: MentorRelationDto;
}

/** A concept of the skills graph, labelled in the query's script. */
export class SuggestedConceptDto {
  /** Stable concept id, e.g. `machine-learning`. */
  @ApiProperty({ maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })
  id: string;
  /** Its name in the query's script (Russian for a Cyrillic query, else English), e.g. "Машинное обучение". */
  @ApiProperty({ maxLength: 100 })
  label: string;
}

/** What to try instead when a text query has no answer. */
export class SearchSuggestionsDto {
  /** The query with its typos corrected ("pyton" → "python"), or null when nothing was corrected. */
  @ApiProperty({ type: String, nullable: true, maxLength: 1000 })
  didYouMean: string | null;
  /** Concepts next to the ones the query named (broader, related, narrower) that some mentor has; at most 5. */
  @ApiProperty({ type: [SuggestedConceptDto], maxItems: 5 })
  concepts: SuggestedConceptDto[];
}

export class MentorHitPageDto {
  items: MentorHitDto[];
  nextCursor: string | null;
  /** Mentors matching the query and filters; the same for every `limit` and page. */
  total?: number;
  /** Present (true) when `total` is the size of the index's candidate pool rather than an exact count (the Qdrant index). */
  totalIsEstimate?: boolean;
  /**
   * Present when a text query has no answer: it names no concept and no word any mentor has, or the specific
   * things it names ("rust", "1С") no mentor has. `items` is then empty.
   */
  suggestions?: SearchSuggestionsDto;
}
