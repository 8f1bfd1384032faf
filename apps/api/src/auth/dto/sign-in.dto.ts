import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { EmailField } from '../../http/account-fields.js';

export class SignInDto {
  @EmailField()
  email: string;

  /** The password chosen at sign-up. */
  @IsString()
  @MaxLength(128)
  password: string;

  /**
   * Browser clients: `true` puts the refresh token in an httpOnly, Secure, SameSite=Strict cookie
   * scoped to /api/auth instead of the body, and the body carries `csrfToken` instead.
   */
  @IsOptional()
  @IsBoolean()
  refreshCookie?: boolean;
}
