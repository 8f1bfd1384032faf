import { PartialType, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, IsTimeZone, Matches, MaxLength } from 'class-validator';
import { IsTagList } from '@app/common';
import { EmailField, NameField, PasswordField, TelegramField, TextField } from '../../http/account-fields.js';
import type { Session } from '../../auth/sessions.service.js';
import type { StudentEntity } from '../student.entity.js';

export class StudentSignUpDto {
  @EmailField()
  email: string;

  /** 8..128 characters. */
  @PasswordField()
  password: string;

  @NameField()
  name: string;

  /** What the student is about and wants to learn (up to 2000 characters). */
  @IsOptional()
  @TextField(2000)
  about?: string;

  /** Tags, e.g. `["python", "machine learning"]`: normalised, at most 30 of 40 characters. */
  @IsOptional()
  @IsTagList()
  interests?: string[];

  /** ISO 639-1 language codes, e.g. `["ru", "en"]`. */
  @IsOptional()
  @IsTagList()
  @Matches(/^[a-z]{2,3}$/, { each: true, message: 'languages must be ISO 639 codes such as "en" or "ru"' })
  languages?: string[];

  /** IANA time zone, e.g. `Europe/Moscow`. */
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  /** Telegram username. */
  @TelegramField()
  telegram?: string | null;
}

export class UpdateStudentDto extends PartialType(PickType(StudentSignUpDto, ['name', 'about', 'interests', 'languages', 'timezone', 'telegram'] as const)) {}

export class StudentDto {
  id: string;
  email: string;
  name: string;
  about: string;
  interests: string[];
  languages: string[];
  timezone: string;
  telegram: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export class StudentContactsDto {
  email: string;
  telegram: string | null;
}

/**
 * A student as another account sees them: the public part for the student, admins and any mentor
 * they sent a request to; `contacts` for the student, admins, and a mentor from acceptance on.
 */
export class StudentProfileDto {
  id: string;
  name: string;
  about: string;
  interests: string[];
  languages: string[];
  timezone: string;
  contacts: StudentContactsDto | null;
}

export class DeleteAccountDto {
  /** The account's password (admins deleting another account leave it out). */
  @IsOptional()
  @IsString()
  @MaxLength(128)
  password?: string;
}

export class StudentSessionDto {
  accessToken: string;
  /** Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
  refreshToken?: string;
  /** With the cookie only: the session's token for `x-csrf-token`. */
  csrfToken?: string;
  expiresIn: number;
  /** Always `student`. */
  role: string;
  profile: StudentDto;
}

export function toStudentResponse(student: StudentEntity, email: string): StudentDto {
  const { id, name, about, interests, languages, timezone, telegram, createdAt, updatedAt } = student;
  return { id, email, name, about, interests, languages, timezone, telegram, createdAt, updatedAt };
}

export type StudentSession = Session<StudentDto>;
