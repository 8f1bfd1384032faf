import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { cursorCodec, type CursorValue, MAX_CURSOR_LENGTH } from './cursor.js';

/** `?limit=&cursor=` on every list. */
export class PageQueryDto {
  /** Page size, 1..100. */
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit: number = 20;

  /** Opaque cursor from the previous page's `nextCursor`. */
  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's nextCursor", maxLength: MAX_CURSOR_LENGTH })
  @IsOptional() @IsString() @MaxLength(MAX_CURSOR_LENGTH)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** Keyset cursor over (timestamp, id): stable under concurrent inserts. */
export const keysetCursor = cursorCodec({ at: 'timestamp', id: 'uuid' });
export type KeysetCursor = CursorValue<{ at: 'timestamp'; id: 'uuid' }>;

/** Given `limit + 1` rows ordered by (at desc, id desc), the page and the cursor of the next. */
export function keysetPage<T, R>(rows: T[], limit: number, key: (row: T) => KeysetCursor, map: (row: T) => R, total?: number): Page<R> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items: items.map(map), nextCursor: more && last ? keysetCursor.encode(key(last)) : null, ...(total === undefined ? {} : { total }) };
}
