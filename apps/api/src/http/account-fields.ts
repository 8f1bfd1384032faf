import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from '@app/common';

/** Email: trimmed and lower-cased before validation, at most 254 characters. */
export const EmailField = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ format: 'email', maxLength: 254, example: 'ann@example.com' }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: 'email must be a valid email address' }),
    MaxLength(254),
  );

/** Password: 8..128 characters, kept exactly as typed. */
export const PasswordField = (): PropertyDecorator =>
  applyDecorators(ApiProperty({ minLength: 8, maxLength: 128, format: 'password' }), IsString(), Length(8, 128));

/** Display name: trimmed, 1..100 characters. */
export const NameField = (): PropertyDecorator => applyDecorators(ApiProperty({ minLength: 1, maxLength: 100 }), Trim(), IsString(), Length(1, 100));

/** Telegram username, with or without the leading @ (stored without it), or null to clear it. */
export const TelegramField = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, maxLength: 33, pattern: '^@?[A-Za-z][A-Za-z0-9_]{4,31}$', example: 'ann_dev' }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/^@/, '') : value)),
    IsOptional(),
    IsString(),
    Matches(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, { message: 'telegram must be a Telegram username (5..32 letters, digits or _)' }),
  );

/** Long free text: trimmed, up to `max` characters. */
export const TextField = (max: number): PropertyDecorator => applyDecorators(ApiProperty({ maxLength: max }), Trim(), IsString(), MaxLength(max));
