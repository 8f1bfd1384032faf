import { IsBoolean, IsOptional } from 'class-validator';
import { MentorDto } from './mentor.dto.js';

export class SaveFavoriteDto {
  /** Tell me once when this mentor, full or paused, takes requests again (default false). */
  @IsOptional()
  @IsBoolean()
  notifyWhenFree?: boolean;
}

export class FavoriteDto {
  mentorId: string;
  notifyWhenFree: boolean;
  createdAt: Date;
  /** The mentor's public profile. */
  mentor: MentorDto;
}

export class FavoritePageDto {
  items: FavoriteDto[];
  nextCursor: string | null;
  total: number;
}
