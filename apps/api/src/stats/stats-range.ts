import { badRequest } from '@app/common';
import type { DayRange } from './stats.repository.js';

export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/**
 * The statistics range in whole UTC days, both ends inclusive. Defaults: `to` = today,
 * `from` = `to` − 29 days (30 days). `from` must not be after `to`, and the range spans at most
 * 366 days. Inputs are already `YYYY-MM-DD` calendar dates (validated by the DTO).
 */
export function resolveRange(query: { from?: string; to?: string }, now: Date = new Date()): DayRange & { days: number } {
  const to = query.to ?? isoDay(now.getTime());
  const from = query.from ?? isoDay(dayMs(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  const days = Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;
  if (days < 1) throw badRequest('STATS.INVALID_RANGE', '`from` must not be after `to`.', { errors: [{ field: 'from', message: 'from must not be after to' }] });
  if (days > MAX_RANGE_DAYS) {
    throw badRequest('STATS.INVALID_RANGE', `The range spans ${days} days; at most ${MAX_RANGE_DAYS} are allowed.`, { errors: [{ field: 'to', message: `the range must span at most ${MAX_RANGE_DAYS} days` }] });
  }
  return { from, to, days };
}
