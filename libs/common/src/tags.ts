import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export const MAX_TAGS = 30;
export const MAX_TAG_LENGTH = 40;

/** Trimmed, lower-cased, inner whitespace folded, empty and duplicate tags dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const t = tag.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
    if (t) seen.add(t);
  }
  return [...seen];
}

/** A list of tags in a DTO: normalised first, then at most 30 of at most 40 characters. */
export function IsTagList(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: [String], maxItems: MAX_TAGS, items: { type: 'string', minLength: 1, maxLength: MAX_TAG_LENGTH } }),
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) && value.every((v) => typeof v === 'string') ? normalizeTags(value as string[]) : value,
    ),
    IsArray(),
    ArrayMaxSize(MAX_TAGS),
    IsString({ each: true }),
    MinLength(1, { each: true }),
    MaxLength(MAX_TAG_LENGTH, { each: true }),
  );
}

/** Trims a string field before validation. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
