import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PasswordField } from '../../http/account-fields.js';
import { ROLES, type Role } from '@app/auth';
import { ApiProperty } from '@nestjs/swagger';

export class RefreshDto {
  /**
   * The refresh token from sign-in, sign-up or the previous refresh. Leave it out to use the
   * `mm_refresh` cookie (sign-in with `refreshCookie: true`); then send `x-csrf-token`.
   */
  @IsOptional()
  @IsString()
  @Length(10, 200)
  refreshToken?: string;
}

export class TokenPairDto {
  /** Short-lived JWT for `Authorization: Bearer`. */
  accessToken: string;
  /** Opaque, single-use; exchange it at POST /api/auth/refresh. Absent when it went to the httpOnly cookie instead. */
  refreshToken?: string;
  /** With the cookie only: send it as `x-csrf-token` to POST /api/auth/refresh and /api/auth/logout. Stable for the session. */
  csrfToken?: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  @ApiProperty({ enum: ROLES })
  role: Role;
}


export class ChangePasswordDto {
  /** The password in use now. */
  @IsString()
  @MaxLength(128)
  currentPassword: string;

  /** 8..128 characters. */
  @PasswordField()
  newPassword: string;
}
