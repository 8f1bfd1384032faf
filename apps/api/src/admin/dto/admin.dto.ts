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
  refreshToken: string;
  expiresIn: number;
  /** Always `admin`. */
  role: string;
  profile: AdminDto;
}
