import { histogramMedian } from './stats-histogram.js';
import type { DayRange, SeriesFactRow } from './stats.repository.js';

export interface SeriesPoint {
  date: string;
  signUps: { students: number; mentors: number; admins: number };
  searches: number;
  requestsCreated: number;
  requestsAccepted: number;
  requestsCompleted: number;
  medianResponseSeconds: number | null;
}

const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The bucket a day falls in: the day itself, or the Monday of its ISO week. */
function bucketOf(day: string, interval: 'day' | 'week'): string {
  if (interval === 'day') return day;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return dayOf(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS);
}

/**
 * The time series from the daily facts: every bucket of the range (empty ones included), each
 * day's counts added into its bucket and the median response time read from the bucket's
 * merged histogram. The first and last weeks may be partial.
 */
export function seriesPoints(range: DayRange, interval: 'day' | 'week', facts: SeriesFactRow[]): SeriesPoint[] {
  const points = new Map<string, SeriesPoint & { histogram: Map<number, number> }>();
  for (let ms = Date.parse(`${range.from}T00:00:00Z`); dayOf(ms) <= range.to; ms += DAY_MS) {
    const date = bucketOf(dayOf(ms), interval);
    if (!points.has(date)) {
      points.set(date, { date, signUps: { students: 0, mentors: 0, admins: 0 }, searches: 0, requestsCreated: 0, requestsAccepted: 0, requestsCompleted: 0, medianResponseSeconds: null, histogram: new Map() });
    }
  }
  for (const f of facts) {
    const p = points.get(bucketOf(f.day, interval));
    if (!p) continue;
    if (f.metric === 'account.created') {
      if (f.key === 'student') p.signUps.students += f.n;
      else if (f.key === 'mentor') p.signUps.mentors += f.n;
      else if (f.key === 'admin') p.signUps.admins += f.n;
    } else if (f.metric === 'searches') p.searches += f.n;
    else if (f.metric === 'req.created') p.requestsCreated += f.n;
    else if (f.metric === 'req.accepted_on') p.requestsAccepted += f.n;
    else if (f.metric === 'req.completed_on') p.requestsCompleted += f.n;
    else if (f.metric === 'req.answer_time_on') p.histogram.set(Number(f.key), (p.histogram.get(Number(f.key)) ?? 0) + f.n);
  }
  return [...points.values()].map(({ histogram, ...point }) => ({ ...point, medianResponseSeconds: histogramMedian(histogram) }));
}
