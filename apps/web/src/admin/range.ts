/** The console's date range: ISO days (UTC), inclusive, as the statistics endpoints take them. */
export interface StatsRange {
  from: string;
  to: string;
  interval: 'day' | 'week';
}

export const isoDay = (offsetDays: number, now = Date.now()): string => new Date(now + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The last `days` days up to today. */
export const lastDays = (days: number, interval: StatsRange['interval'] = 'day', now = Date.now()): StatsRange => ({ from: isoDay(1 - days, now), to: isoDay(0, now), interval });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_RANGE_DAYS = 366;

/** Why the range cannot be asked for (an i18n key), or undefined when it can. */
export function rangeProblem(range: Pick<StatsRange, 'from' | 'to'>): 'admin.range.missing' | 'admin.range.reversed' | 'admin.range.tooLong' | undefined {
  if (!DAY.test(range.from) || !DAY.test(range.to) || Number.isNaN(Date.parse(range.from)) || Number.isNaN(Date.parse(range.to))) return 'admin.range.missing';
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
  if (days < 1) return 'admin.range.reversed';
  if (days > MAX_RANGE_DAYS) return 'admin.range.tooLong';
  return undefined;
}
