import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { RatingDto } from '../../mentors/dto/mentor.dto.js';

export class RateMentorDto {
  /** Stars, an integer 1..5. */
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  /** Optional comment, up to 1000 characters (trimmed; empty or null means none). */
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  comment?: string | null;
}

/** The caller's rating as stored, with the mentor's aggregate after it. */
export class MyRatingDto {
  id: string;
  mentorId: string;
  score: number;
  comment: string | null;
  /** True when this call replaced an earlier rating by the same student. */
  replaced: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The mentor's rating after this one. */
  mentorRating: RatingDto;
}

/** A rating as anyone may see it: the student appears by first name only. */
export class PublicRatingDto {
  id: string;
  score: number;
  comment: string | null;
  /** The student's first name. */
  studentName: string;
  /** When the rating was given (or last replaced). */
  updatedAt: Date;
}

export class RatingPageDto {
  items: PublicRatingDto[];
  nextCursor: string | null;
  /** Number of ratings of the mentor. */
  total?: number;
}
