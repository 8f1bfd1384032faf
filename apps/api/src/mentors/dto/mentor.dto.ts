import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { IsTagList } from '@app/common';
import { EmailField, NameField, PasswordField, TelegramField, TextField } from '../../http/account-fields.js';
import type { Session } from '../../auth/sessions.service.js';
import { MentorRelationDto } from '../../relationships/relationships.service.js';
import { ConceptRefDto } from '../../skills/dto/concept-ref.dto.js';

export class MentorSignUpDto {
  @EmailField()
  email: string;

  /** 8..128 characters. */
  @PasswordField()
  password: string;

  @NameField()
  name: string;

  /** Free-text biography, up to 4000 characters. */
  @IsOptional()
  @TextField(4000)
  bio?: string;

  /** Headline of expertise, up to 200 characters. */
  @IsOptional()
  @TextField(200)
  expertise?: string;

  /** Skill tags, e.g. `["python", "system design"]`: normalised, at most 30 of 40 characters. */
  @IsOptional()
  @IsTagList()
  skills?: string[];

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(70)
  experienceYears?: number;

  /** ISO 639-1 language codes, e.g. `["ru", "en"]`. */
  @IsOptional()
  @IsTagList()
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'languages must be ISO 639 codes such as "en" or "ru"' })
  languages?: string[];

  /** IANA time zone, e.g. `Europe/Moscow`. */
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @TelegramField()
  telegram?: string | null;

  /** Most mentees at once (0..100, default 5). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  capacity?: number;

  /** Whether students may send new requests (default true). */
  @IsOptional()
  @IsBoolean()
  acceptingRequests?: boolean;
}

export class UpdateMentorDto extends PartialType(
  PickType(MentorSignUpDto, ['name', 'bio', 'expertise', 'skills', 'experienceYears', 'languages', 'timezone', 'telegram', 'capacity', 'acceptingRequests'] as const),
) {}

/** Ratings by stars. */
export class RatingDistributionDto {
  @ApiProperty({ name: '1', type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647, example: 0 })
  '1': number;
  @ApiProperty({ name: '2', type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647, example: 0 })
  '2': number;
  @ApiProperty({ name: '3', type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647, example: 1 })
  '3': number;
  @ApiProperty({ name: '4', type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647, example: 2 })
  '4': number;
  @ApiProperty({ name: '5', type: 'integer', format: 'int32', minimum: 0, maximum: 2147483647, example: 3 })
  '5': number;
}

export class RatingDto {
  /** Mean of all ratings, null before the first. */
  average: number | null;
  count: number;
  /** Ratings by stars: `{ "1": 0, ..., "5": 3 }`. */
  distribution: RatingDistributionDto;
}

export class MentorContactsDto {
  email: string;
  telegram: string | null;
}

/** The public profile. `contacts` only for the mentor, admins and students with an accepted (or completed) request. */
export class MentorDto {
  id: string;
  name: string;
  bio: string;
  expertise: string;
  /** The skills as the mentor typed them (normalised tags). */
  skills: string[];
  /** The concepts of the skills graph those tags stand for, in their order ("js" and "JavaScript" are both `javascript`); tags that stand for none are free tags, in `skills` only. */
  @ApiProperty({ type: [ConceptRefDto], maxItems: 30 })
  concepts: ConceptRefDto[];
  experienceYears: number;
  languages: string[];
  timezone: string;
  capacity: number;
  activeMentees: number;
  acceptingRequests: boolean;
  /** Accepting requests and below capacity. */
  available: boolean;
  rating: RatingDto;
  contacts: MentorContactsDto | null;
  createdAt: Date;
  updatedAt: Date;
  /** GET /api/mentors/{id} only: the signed-in student's open request, rating and favourite with this mentor (null for anyone else). */
  relation?: MentorRelationDto | null;
}

export class MentorSessionDto {
  accessToken: string;
  /** Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
  refreshToken?: string;
  /** With the cookie only: the session's token for `x-csrf-token`. */
  csrfToken?: string;
  expiresIn: number;
  /** Always `mentor`. */
  role: string;
  profile: MentorDto;
}

export type MentorSession = Session<MentorDto>;
