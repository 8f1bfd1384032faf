import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsTagList, PageQueryDto } from '@app/common';
import type { MentorDto } from './mentor.dto.js';
import type { MentorRelationDto } from '../../relationships/relationships.service.js';

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

export class MentorHitPageDto {
  items: MentorHitDto[];
  nextCursor: string | null;
  total?: number;
}
