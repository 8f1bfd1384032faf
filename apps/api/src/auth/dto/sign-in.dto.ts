import { IsString, MaxLength } from 'class-validator';
import { EmailField } from '../../http/account-fields.js';

export class SignInDto {
  @EmailField()
  email: string;

  /** The password chosen at sign-up. */
  @IsString()
  @MaxLength(128)
  password: string;
}
