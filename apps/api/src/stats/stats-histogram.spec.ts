import { describe, expect, it } from '@jest/globals';
import { bucketSeconds, histogramMedian } from './stats-histogram.js';

/** The bucket PostgreSQL's stat_response_bucket gives a time (same formula). */
const bucketOf = (seconds: number): number => (seconds <= 0.001 ? 0 : Math.ceil(Math.log(seconds * 1000) / Math.log(1.02)));

describe('response-time histogram', () => {
  it('reads every time back within 1 %', () => {
    for (let s = 0.002; s < 40 * 86_400; s *= 1.37) {
      expect(Math.abs(bucketSeconds(bucketOf(s)) - s) / s).toBeLessThanOrEqual(0.0100001);
    }
  });

  it('median: the middle value for an odd count, the mean of the middle two for an even one, within 1 %', () => {
    const median = (values: number[]) => {
      const counts = new Map<number, number>();
      for (const v of values) counts.set(bucketOf(v), (counts.get(bucketOf(v)) ?? 0) + 1);
      return histogramMedian(counts);
    };
    expect(median([60, 120, 3600])).toBeCloseTo(120, -0.5);
    expect(Math.abs(median([60, 120, 3600])! - 120) / 120).toBeLessThanOrEqual(0.01);
    expect(Math.abs(median([30, 60, 75, 600])! - 67.5) / 67.5).toBeLessThanOrEqual(0.01);
    expect(median([])).toBeNull();
    expect(histogramMedian([[5, 0]])).toBeNull();
  });
});
