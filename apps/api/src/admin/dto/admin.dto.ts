import { EmailField, NameField, PasswordField } from '../../http/account-fields.js';

export class AdminSignUpDto {
  @EmailField()
  email: string;

  /** 8..128 characters. */
  @PasswordField()
  password: string;

  @NameField()
  name: string;
}

export class AdminDto {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
}

export class AdminSessionDto {
  accessToken: string;
  /** Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
  refreshToken?: string;
  /** With the cookie only: the session's token for `x-csrf-token`. */
  csrfToken?: string;
  expiresIn: number;
  /** Always `admin`. */
  role: string;
  profile: AdminDto;
}
