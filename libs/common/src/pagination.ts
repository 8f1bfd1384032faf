import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badRequest } from './domain-error.js';

/** `?limit=&cursor=` on every list. */
export class PageQueryDto {
  /** Page size, 1..100. */
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit: number = 20;

  /** Opaque cursor from the previous page's `nextCursor`. */
  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's nextCursor", maxLength: 512 })
  @IsOptional() @IsString() @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** Keyset cursor over (timestamp, id): stable under concurrent inserts. */
export interface KeysetCursor {
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeKeysetCursor(cursor: string | undefined): KeysetCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<KeysetCursor>;
    if (typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)) && typeof value.id === 'string' && UUID.test(value.id)) {
      return { at: value.at, id: value.id };
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('INVALID_CURSOR', 'The cursor is not one this API issued.');
}

/** Given `limit + 1` rows ordered by (at desc, id desc), the page and the cursor of the next. */
export function keysetPage<T, R>(rows: T[], limit: number, key: (row: T) => KeysetCursor, map: (row: T) => R, total?: number): Page<R> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: more && last ? encodeCursor(key(last)) : null, ...(total === undefined ? {} : { total }) };
}
