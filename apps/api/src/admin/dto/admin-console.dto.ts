import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDay, PageQueryDto } from '@app/common';
import { ROLES, type Role } from '@app/auth';
import { ListRequestsQueryDto } from '../../requests/dto/request.dto.js';

const bool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/** `GET /api/admin/requests`: every request, newest first. */
export class AdminRequestsQueryDto extends ListRequestsQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'mentorId must be a UUID' })
  mentorId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'studentId must be a UUID' })
  studentId?: string;

  /** Created on or after this day, `YYYY-MM-DD` (UTC). */
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  /** Created on or before this day, `YYYY-MM-DD` (UTC), inclusive. */
  @IsOptional()
  @IsCalendarDay()
  to?: string;
}

/** `GET /api/admin/accounts`: every account, newest first. */
export class AdminAccountsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(ROLES)
  @ApiProperty({ enum: ROLES, required: false })
  kind?: Role;

  /** Part of the email or the name, case-insensitive. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** `true`: suspended accounts only; `false`: active ones only. */
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  suspended?: boolean;
}

export class AdminAccountDto {
  id: string;
  @ApiProperty({ enum: ROLES })
  kind: Role;
  email: string;
  name: string;
  createdAt: Date;
  /** When it was suspended; null while active. */
  @ApiProperty({ type: Date, nullable: true })
  suspendedAt: Date | null;
  /** The admin who suspended it. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  suspendedBy: string | null;
}

export class AdminAccountPageDto {
  items: AdminAccountDto[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
  total: number;
}

/** What a suspension did. */
export class SuspensionDto {
  account: AdminAccountDto;
  /** Refresh tokens revoked (every device signed out). */
  sessionsRevoked: number;
  /** Open requests cancelled, each with a notification to the other party. */
  requestsClosed: number;
}
