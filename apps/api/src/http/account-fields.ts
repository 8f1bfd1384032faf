import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Trim } from '@app/common';

/** Email: trimmed and lower-cased before validation, at most 254 characters. */
export const EmailField = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: 'email must be a valid email address' }),
    MaxLength(254),
  );

/** Password: 8..128 characters, kept exactly as typed. */
export const PasswordField = (): PropertyDecorator => applyDecorators(IsString(), Length(8, 128));

/** Display name: trimmed, 1..100 characters. */
export const NameField = (): PropertyDecorator => applyDecorators(Trim(), IsString(), Length(1, 100));

/** Telegram username, with or without the leading @ (stored without it), or null to clear it. */
export const TelegramField = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/^@/, '') : value)),
    IsOptional(),
    IsString(),
    Matches(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, { message: 'telegram must be a Telegram username (5..32 letters, digits or _)' }),
  );

/** Long free text: trimmed, up to `max` characters. */
export const TextField = (max: number): PropertyDecorator => applyDecorators(Trim(), IsString(), MaxLength(max));
