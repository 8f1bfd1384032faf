import { type Histogram, histogramMedian, mergeHistograms } from './stats-histogram.js';
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
 * day's counts added into its bucket, and the median response time of the requests answered in
 * the bucket read from its days' merged histograms (`answerTimes`, by day). The first and last
 * weeks may be partial.
 */
export function seriesPoints(range: DayRange, interval: 'day' | 'week', facts: SeriesFactRow[], answerTimes: Map<string, Histogram>): SeriesPoint[] {
  const points = new Map<string, SeriesPoint & { histograms: Histogram[] }>();
  for (let ms = Date.parse(`${range.from}T00:00:00Z`); dayOf(ms) <= range.to; ms += DAY_MS) {
    const date = bucketOf(dayOf(ms), interval);
    if (!points.has(date)) {
      points.set(date, { date, signUps: { students: 0, mentors: 0, admins: 0 }, searches: 0, requestsCreated: 0, requestsAccepted: 0, requestsCompleted: 0, medianResponseSeconds: null, histograms: [] });
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
  }
  for (const [day, histogram] of answerTimes) points.get(bucketOf(day, interval))?.histograms.push(histogram);
  return [...points.values()].map(({ histograms, ...point }) => ({ ...point, medianResponseSeconds: histogramMedian(mergeHistograms(histograms)) }));
}
